import assert from 'node:assert/strict';
import { cp, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildPackage } from '../../src/package/build.js';
import { inspectPackage } from '../../src/package/inspect.js';
import { fixtures } from '../helpers/paths.js';

const SIZE = 256 * 1024 * 1024;

describe('streaming', () => {
  it(`packages, verifies and inspects a ${SIZE / 1024 / 1024} MiB file without holding it in memory`, async () => {
    const work = await mkdtemp(join(tmpdir(), 'stream-test-'));
    try {
      const svc = join(work, 'svc');
      await cp(join(fixtures, 'package', 'multi'), svc, { recursive: true });
      // A sparse file: large on read, nothing on disk.
      const fh = await open(join(svc, 'Back', 'data', 'big.bin'), 'w');
      await fh.truncate(SIZE);
      await fh.close();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const timer = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
      }, 20);
      try {
        const built = await buildPackage({
          csdef: join(svc, 'ServiceDefinition.csdef'),
          roles: new Map([['Front', join(svc, 'Front')], ['Back', join(svc, 'Back')]]),
          sdkKit: 'stub',
          out: join(work, 'big.cspkg'),
        });
        const listing = await inspectPackage(built.out);
        const big = listing.roles.find((r) => r.name === 'Back')!.files.find((f) => f.path === '\\approot\\data\\big.bin');
        assert.equal(big?.size, SIZE);
        // SHA-256 of 256 MiB of zero bytes, from `head -c 268435456 /dev/zero | sha256sum`.
        assert.equal(big?.sha256, 'a6d72ac7690f53be6ae46ba88506bd97302a093f7108472bd9efc3cefda06484');
      } finally {
        clearInterval(timer);
      }
      assert.ok(peak - baseline < 160 * 1024 * 1024, `memory grew by ${Math.round((peak - baseline) / 1024 / 1024)} MiB`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
