import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { csdef } from '../helpers/lint-harness.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * A cancelled CI job interrupts the packager: what it had half written must not stay in the output
 * folder, where a later upload step could pick it up.
 */
describe('packaging interrupted by a signal', () => {
  let dir: string;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'interrupt-'));
    await writeFile(join(dir, 'ServiceDefinition.csdef'), csdef('  <WorkerRole name="Worker" vmsize="Small" />', 'name="Interrupted"'));
    // Incompressible bytes: deflating them takes long enough to be caught half-way.
    await mkdir(join(dir, 'role'));
    for (let i = 0; i < 8; i++) await writeFile(join(dir, 'role', `blob-${i}.bin`), randomBytes(8 * 1024 * 1024));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`leaves nothing in the output folder on ${signal}, and ends by that signal`, async () => {
      const out = join(dir, `out-${signal}`);
      await mkdir(out);
      const child = spawn(
        process.execPath,
        [join(repoRoot, 'dist', 'cli.js'), 'package', join(dir, 'ServiceDefinition.csdef'), '--role', `Worker=${join(dir, 'role')}`, '--sdk-kit', 'stub', '--out', join(out, 'service.cspkg')],
        { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
      );
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, sig) => done({ code, signal: sig })));
      // Waits for the packager's temporary folder to appear beside the output, then interrupts.
      let seen: string[] = [];
      for (let i = 0; i < 1500 && seen.length === 0; i++) {
        seen = await readdir(out);
        if (seen.length === 0) await new Promise((r) => setTimeout(r, 10));
      }
      assert.ok(seen.length > 0 && !seen.includes('service.cspkg'), `caught the packager half-way (saw ${seen.join(', ') || 'nothing'})`);
      child.kill(signal);
      const end = await ended;
      assert.deepEqual(end, { code: null, signal }, stderr);
      assert.deepEqual(await readdir(out), [], 'the output folder is empty');
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    });
  }
});
