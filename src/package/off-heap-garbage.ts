import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Packaging and verifying move every byte through short-lived buffers outside the JS heap (file
 * blocks, zlib's output), and zlib's synchronous API cannot write into a reused buffer. V8
 * collects such buffers only once its external-memory limit (about 64 MiB more than after the
 * last collection) is reached, in each thread: the main thread and two workers would each hold
 * that much garbage. A young-generation collection every 4 MiB of it (well under a millisecond on
 * these small heaps) keeps memory bounded by what is in flight instead.
 *
 * Synchronous zlib calls need one more step, taken where they are made (the workers' code):
 * a zlib engine's native handle is a weak handle, which young-generation collections treat as
 * alive, so the engine survives them, and with it its last output buffer, `chunkSize` bytes. Only
 * a full collection would free those, one per block or file. So each call asks for the engine
 * (`info: true`) and sets its `_outBuffer` to null (Node's own field, lib/zlib.js; on a Node
 * without it this costs memory, never correctness): that lowered the benchmark's peak by about
 * 60 MiB per thread.
 *
 * `gc` is reached the way jest-leak-detector reaches it: set the flag, then take the function
 * from a new context. The flag is process-wide; setting it again is harmless.
 */
export const COLLECT_EVERY = 4 * 1024 * 1024;

/**
 * Packaging and verifying allocate fast (a file's path, hashes and records, a manifest of tens of
 * thousands of items) while keeping little: about 15 MiB live while the benchmark tree is written,
 * 40 MiB while its package is verified. V8 reads that allocation rate as a reason to grow the
 * young generation to its maximum and the old generation to up to four times what is live: 160–200
 * MiB of heap for 40 MiB of objects. These two of V8's heap-sizing flags keep the young generation
 * at its starting size and let the old one grow by a fifth past what is live. They only steer when
 * V8 collects (both are read each time V8 sizes the heap), never what a collection keeps, and stay
 * set for the rest of the process: the action packages after it lints. Measured on the benchmark's
 * verify: a peak of 254 MiB instead of 350, in the same time.
 */
export function boundHeapGrowth(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
  setFlagsFromString('--heap-growing-percent=20');
}

type Collect = (options?: { type: 'minor' | 'major'; flavor?: 'regular' | 'last-resort' }) => void;
let collector: Collect | undefined;
let since = 0;
let collections = 0;
/** Every 256 MiB streamed: a few tens of milliseconds each, under 1 % of the time. */
const RELEASE_EVERY = 64;

function collect(options: Parameters<Collect>[0]): void {
  if (!collector) {
    setFlagsFromString('--expose-gc');
    collector = ((globalThis as { gc?: Collect }).gc ?? runInNewContext('gc')) as Collect;
  }
  collector(options);
}

/**
 * Counts `bytes` of garbage just made; collects the young generation every COLLECT_EVERY bytes,
 * and every RELEASE_EVERY-th time makes it a `collectPhase` instead: streaming is never idle, and
 * V8 releases its pool only in the collections it schedules when a program idles.
 */
export function noteGarbage(bytes: number): void {
  since += bytes;
  if (since < COLLECT_EVERY) return;
  since = 0;
  if (++collections % RELEASE_EVERY === 0) collectPhase();
  else collect({ type: 'minor' });
}

/**
 * A full collection that also hands back the pages V8 keeps for reuse. An ordinary full collection
 * puts the pages it frees in a pool, which only a memory-reducing collection empties: 20–27 MiB of
 * them stayed resident through the 4 GiB benchmark tree's packaging, after listing and checking its
 * 68,000 files and again after opening its role package for the read-back. The `last-resort` flavour
 * of `gc` is that memory-reducing collection. Made where a phase that allocated in proportion to the
 * files ends and a long one that keeps little begins, and every 256 MiB streamed.
 */
export function collectPhase(): void {
  collect({ type: 'major', flavor: 'last-resort' });
}

/**
 * `noteGarbage` as source text for an eval'd worker, with young collections only: defines
 * `noteGarbage(bytes)`. (Full collections here lower the peak as much as releasing zlib's output
 * buffers does, but cost 7 ms each, 5–15 % of the packaging time.)
 */
export const WORKER_NOTE_GARBAGE = `
const noteGarbage = (() => {
  let collect;
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < ${COLLECT_EVERY}) return;
    since = 0;
    if (!collect) {
      require('node:v8').setFlagsFromString('--expose-gc');
      collect = globalThis.gc || require('node:vm').runInNewContext('gc');
    }
    collect({ type: 'minor' });
  };
})();
`;

/** Files from which a phase that allocated per file is worth a `collectPhase` at its end. */
export const MANY_FILES = 10_000;

/**
 * `collectPhase` after a phase that allocated in proportion to `files`, when they were many: after
 * a role package is written (its layout, records and manifest text) and, in `package`'s
 * read-back, after a directory of that many entries is read. V8 left alone sometimes runs its next
 * full collection seconds later, and meanwhile takes new pages for the next phase: packaging the
 * 4 GiB benchmark tree, V8's pages went from 15 to 40–47 MiB as its role was opened for the
 * read-back in two runs of three (BENCHMARKS.md). A few tens of milliseconds each time; never for
 * small packages, where it would cost more than the memory it saves.
 */
export function collectAfter(files: number): void {
  if (files >= MANY_FILES) collectPhase();
}
