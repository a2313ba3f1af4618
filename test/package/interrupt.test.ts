import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { csdef } from '../helpers/lint-harness.js';
import { repoRoot } from '../helpers/paths.js';

type Ending = { code: number | null; signal: NodeJS.Signals | null };

/** How `child` ends: its exit code, or the signal that ended it. */
function ending(child: ChildProcess): Promise<Ending> {
  return new Promise((done) => child.on('exit', (code, signal) => done({ code, signal })));
}

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
      const ended = ending(child);
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

/** Runs `script` (ES module code) in a fresh Node; returns how it ended and what it printed. */
async function runScript(script: string): Promise<{ end: Ending; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return { end: await ending(child), stdout, stderr };
}

describe('tempDirRemovedOnInterrupt', () => {
  const module = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'package', 'interrupt.js')).href;
  let parent: string;
  before(async () => {
    parent = await mkdtemp(join(tmpdir(), 'interrupt-temp-'));
  });
  after(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it('registers the folder before it returns, so a signal right after its creation removes it', async () => {
    // The signal is handled in the same turn as the folder's creation: a folder created by an
    // awaited mkdtemp and registered afterwards would still be there.
    const prefix = join(parent, 'at-once-');
    const { end, stdout, stderr } = await runScript(`
      const { tempDirRemovedOnInterrupt } = await import(${JSON.stringify(module)});
      const { path } = tempDirRemovedOnInterrupt(${JSON.stringify(prefix)});
      process.stdout.write(path);
      process.emit('SIGTERM', 'SIGTERM');
      setTimeout(() => {}, 5000);`);
    assert.deepEqual(end, { code: null, signal: 'SIGTERM' }, stderr);
    assert.ok(stdout.startsWith(prefix), `the child created its folder (${stdout})`);
    assert.deepEqual(await readdir(parent), [], 'the folder is gone');
  });

  it('removes the folder while writes already under way go on adding files to it', async () => {
    // Writes handed to libuv's threads before the signal keep creating files while the handler
    // removes the folder; one removal pass then fails on a folder that is not empty (about every
    // other run did, before the passes).
    for (let run = 0; run < 8; run++) {
      const { end, stdout, stderr } = await runScript(`
        const { writeFile } = await import('node:fs');
        const { tempDirRemovedOnInterrupt } = await import(${JSON.stringify(module)});
        const { path } = tempDirRemovedOnInterrupt(${JSON.stringify(join(parent, `busy-${run}-`))});
        process.stdout.write(path);
        for (let i = 0; i < 400; i++) writeFile(path + '/f' + i, 'x', () => {});
        process.emit('SIGTERM', 'SIGTERM');`);
      assert.deepEqual(end, { code: null, signal: 'SIGTERM' }, stderr);
      assert.ok(stdout.length > 0, 'the child created its folder');
      assert.deepEqual(await readdir(parent), [], `run ${run}: the folder and every file written into it are gone`);
    }
  });
});
