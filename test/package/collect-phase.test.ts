import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MANY_FILES } from '../../src/package/off-heap-garbage.js';
import { writeZip } from './zip-edit.js';

/**
 * `collectPhase` is meant to hand back the pages a phase grew the heap to, which V8 keeps in a
 * pool after an ordinary full collection. A fresh process grows its heap with objects that then
 * die, and reports its resident memory after an ordinary full collection and after `collectPhase`.
 */
const MODULE = new URL('../../src/package/off-heap-garbage.js', import.meta.url).href;
const PROBE = `
const { setFlagsFromString } = await import('node:v8');
const { runInNewContext } = await import('node:vm');
const { collectPhase } = await import(${JSON.stringify(MODULE)});
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
let live = [];
for (let i = 0; i < 400000; i++) live.push({ name: 'file' + i, at: [i, i + 1] });
live = null;
gc({ type: 'major' });
const ordinary = process.memoryUsage().rss;
collectPhase();
console.log(JSON.stringify({ ordinary: ordinary / 1048576, phase: process.memoryUsage().rss / 1048576 }));
`;

/** Probe code that counts full collections in `major` from here on (entries arrive after the current task). */
const COUNT_MAJOR = `
const { PerformanceObserver, constants } = await import('node:perf_hooks');
let major = 0;
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major++;
});
observer.observe({ entryTypes: ['gc'] });
`;

/** Counts the full collections `collectAfter` runs for a few sizes of phase, in a fresh process. */
const AFTER_PROBE = `
${COUNT_MAJOR}
const { collectAfter, MANY_FILES } = await import(${JSON.stringify(MODULE)});
const counts = {};
for (const files of [0, MANY_FILES - 1, MANY_FILES, 68000]) {
  const before = major;
  collectAfter(files);
  // Entries are delivered after the current task.
  await new Promise((resolve) => setTimeout(resolve, 20));
  counts[files] = major - before;
}
observer.disconnect();
console.log(JSON.stringify({ many: MANY_FILES, counts }));
`;

/** Hashes every entry of the archive at argv[1] and counts the full collections made meanwhile. */
const HASH_PROBE = `
${COUNT_MAJOR}
const { ZipArchive } = await import(${JSON.stringify(new URL('../../src/package/zip-read.js', import.meta.url).href)});
const { EntryHasher } = await import(${JSON.stringify(new URL('../../src/package/entry-hasher.js', import.meta.url).href)});
const archive = await ZipArchive.openFile(process.argv[1]);
const hasher = new EntryHasher({ workers: 0, boundMemory: process.argv[2] === 'bound' });
// Only the hashing counts, not loading the modules and opening the archive.
major = 0;
const measures = await archive.hashEntries(archive.entries, hasher);
await new Promise((resolve) => setTimeout(resolve, 20));
observer.disconnect();
await hasher.close();
await archive.close();
const last = archive.entries[archive.entries.length - 1];
const expected = (await import('node:crypto')).createHash('sha256').update('file ' + (archive.entries.length - 1) + '\\n').digest('hex');
console.log(JSON.stringify({ entries: archive.entries.length, major, lastHashed: measures.get(last)?.sha256 === expected }));
`;

describe('collectPhase', () => {
  it('releases the pages a full collection keeps', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const { ordinary, phase } = JSON.parse(r.stdout) as { ordinary: number; phase: number };
    // About 135 MiB against 57 on Node 24.
    assert.ok(phase < ordinary - 40, `resident ${ordinary.toFixed(0)} MiB after a full collection, ${phase.toFixed(0)} MiB after collectPhase`);
  });

  it('runs after a phase of many files only', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', AFTER_PROBE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const { many, counts } = JSON.parse(r.stdout) as { many: number; counts: Record<string, number> };
    assert.equal(many, 10_000);
    // A memory-reducing collection is two full ones on Node 24; how many is V8's business.
    assert.deepEqual({ 0: counts[0], 9999: counts[9999] }, { 0: 0, 9999: 0 });
    assert.ok((counts[10000] ?? 0) >= 1 && (counts[68000] ?? 0) >= 1, JSON.stringify(counts));
  });

  it('runs before the read-back hashes an archive of many entries, not before verify does', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'collect-after-'));
    try {
      const file = join(dir, 'many.zip');
      await writeFile(file, await writeZip(Array.from({ length: MANY_FILES }, (_, i) => ({ name: `f/${i}.txt`, data: Buffer.from(`file ${i}\n`), compress: i % 2 === 0 }))));
      const probe = (mode: string): { entries: number; major: number; lastHashed: boolean } => {
        const r = spawnSync(process.execPath, ['--input-type=module', '-e', HASH_PROBE, file, mode], { encoding: 'utf8' });
        assert.equal(r.status, 0, r.stderr);
        return JSON.parse(r.stdout) as { entries: number; major: number; lastHashed: boolean };
      };
      const bound = probe('bound');
      const plain = probe('plain');
      assert.deepEqual([bound.entries, bound.lastHashed, plain.entries, plain.lastHashed], [MANY_FILES, true, MANY_FILES, true]);
      // V8 makes a full collection of its own here (one, on Node 24); the bounded hasher adds some.
      assert.ok(bound.major > plain.major, `full collections: ${bound.major} bounded, ${plain.major} not`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
