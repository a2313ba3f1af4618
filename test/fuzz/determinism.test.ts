import assert from 'node:assert/strict';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadKit } from '../../src/package/kit.js';
import { planService } from '../../src/package/layout.js';
import { writeLegacyPackage } from '../../src/package/writer.js';
import { fixtures } from '../helpers/paths.js';
import { rng } from './rng.js';

describe('parallel compression', () => {
  it('writes the same bytes whatever the number of threads and however their jobs interleave', async () => {
    const work = await mkdtemp(join(tmpdir(), 'determinism-'));
    const kit = await loadKit('stub', { cwd: work });
    try {
      const svc = join(work, 'svc');
      await cp(join(fixtures, 'package', 'multi'), svc, { recursive: true });
      // Multi-block files (compressible and not) between many small ones: blocks of one file land
      // on different threads (one thread alone is this one), and small files finish before the
      // big ones started earlier.
      const r = rng(99);
      for (let i = 0; i < 40; i++) await writeFile(join(svc, 'Back', 'data', `small-${i}.txt`), `file ${i} `.repeat(r.int(1, 3000)));
      await writeFile(join(svc, 'Back', 'data', 'text.log'), Buffer.from(Array.from({ length: 300_000 }, (_, i) => `line ${i} ${r.int(0, 99)}\n`).join('')));
      await writeFile(join(svc, 'Back', 'data', 'noise.bin'), Buffer.from(Array.from({ length: 2_500_000 }, () => r.int(0, 255))));
      const plan = await planService({
        csdef: join(svc, 'ServiceDefinition.csdef'),
        roles: new Map([['Front', join(svc, 'Front')], ['Back', join(svc, 'Back')]]),
        kit,
      });
      const digests = [];
      for (const threads of [1, 2, 3, 5]) {
        const out = join(work, `t${threads}.cspkg`);
        digests.push((await writeLegacyPackage(plan, out, { time: Date.UTC(2024, 0, 1), threads })).sha256);
      }
      assert.equal(new Set(digests).size, 1, digests.join(' '));
    } finally {
      await kit.close();
      await rm(work, { recursive: true, force: true });
    }
  });
});
