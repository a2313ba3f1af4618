import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { availableParallelism } from 'node:os';
import * as zlib from 'node:zlib';
import { runHashJob, WHOLE_ENTRY_MAX, type HashDeps, type HashJob, type HashOutcome } from './hash-job.js';
import { noteGarbage, WORKER_NOTE_GARBAGE } from './off-heap-garbage.js';
import { WorkerPool } from './worker-pool.js';

// The worker runs the very function the process runs for small packages: its source text.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
${WORKER_NOTE_GARBAGE}
const deps = { fs: require('node:fs'), zlib: require('node:zlib'), crypto: require('node:crypto'), scratch: {}, noteGarbage };

const runHashJob = (${runHashJob.toString()});
// One job at a time: a streamed entry holds a megabyte or two, and a queue of them must not all start.
let queue = Promise.resolve();
parentPort.on('message', (m) => {
  queue = queue.then(() => runHashJob(m.job, deps)).then(
    (result) => parentPort.postMessage({ id: m.id, result }),
    (e) => parentPort.postMessage({ id: m.id, error: String((e && e.message) || e) }),
  );
});
`;

/** Below this many bytes (compressed plus inflated) a batch is hashed here: starting workers would cost more. */
const IN_PROCESS_MAX = 8 * 1024 * 1024;

/** A job and its bytes (compressed plus inflated), what deciding where it runs weighs. */
export interface HashTask {
  readonly job: HashJob;
  readonly bytes: number;
}

export interface EntryHasherOptions {
  /**
   * Worker threads, one per core by default. 0 hashes everything in the process: streamed entries
   * still inflate on libuv's thread pool while the process hashes, and no worker isolate or
   * malloc arena of its own is added to the process's memory.
   */
  readonly workers?: number;
  readonly inProcessBelow?: number;
  /**
   * Entries up to this size are inflated in one call, larger ones streamed in 1 MiB chunks: each
   * worker may hold a read buffer and an output of this size. Default `WHOLE_ENTRY_MAX`.
   */
  readonly wholeEntryMax?: number;
  /**
   * Memory over time: a full collection before hashing the entries of a large archive
   * (`collectAfter`), about 50 ms for 17,000 entries. Worth it where the peak is bounded, in
   * `package`'s read-back; `verify` keeps its throughput.
   */
  readonly boundMemory?: boolean;
}

/**
 * Jobs run at once in the process: a streamed entry waits for libuv's thread pool to inflate each
 * chunk, and the other job hashes meanwhile. (Two took 4.4–4.9 s to read back the benchmark
 * package against 5.2–5.7 s for one; three or four, no faster, held more.)
 */
const IN_PROCESS_LANES = 2;

/**
 * Hashes entries for one opened package: small batches in the process, the rest on a pool of
 * workers (one per core) started on first need and stopped with the package; or, with
 * `workers: 0`, everything in the process.
 */
export class EntryHasher {
  private pool: WorkerPool<HashJob, HashOutcome[]> | undefined;
  /**
   * Read buffers for jobs in the process, one per job running: a streamed job's buffer is in
   * zlib's hands between chunks, so two jobs (or two packages read at once) never share one.
   */
  private readonly idle: HashDeps[] = [];

  /** Entries up to this size (either side) are inflated in one call; larger ones are streamed. */
  readonly wholeEntryMax: number;

  /** See `EntryHasherOptions.boundMemory`. */
  readonly boundMemory: boolean;

  constructor(private readonly options: EntryHasherOptions = {}) {
    this.wholeEntryMax = options.wholeEntryMax ?? WHOLE_ENTRY_MAX;
    this.boundMemory = options.boundMemory ?? false;
  }

  /**
   * Runs the tasks drawn from `tasks`, in parallel where they are large enough to be worth it, and
   * hands each one's outcomes to `done` as it finishes, in any order. `total`, the bytes of all of
   * them, decides where they run. A task is drawn only when a lane is free to run it: a role of
   * tens of thousands of files would otherwise hold a job record and an outcome per file until the
   * last one is hashed (20 MiB of the resident size while the 4 GiB benchmark tree's package is
   * verified: 105–113 MiB instead of 125–133).
   */
  async run<T extends HashTask>(total: number, tasks: Iterator<T>, done: (task: T, outcomes: HashOutcome[]) => void): Promise<void> {
    let exhausted = false;
    const draw = (): T | undefined => {
      if (exhausted) return undefined;
      const r = tasks.next();
      if (r.done) exhausted = true;
      return r.done ? undefined : r.value;
    };
    const lanes = (count: number, runOne: (task: T, lane: number) => Promise<HashOutcome[]>): Promise<unknown> =>
      Promise.all(
        Array.from({ length: count }, async (_, lane) => {
          try {
            for (let task = draw(); task; task = draw()) done(task, await runOne(task, lane));
          } catch (e) {
            // The other lanes stop at their next draw; the first failure is the answer.
            exhausted = true;
            throw e;
          }
        }),
      );
    if (this.options.workers === 0 || (total < (this.options.inProcessBelow ?? IN_PROCESS_MAX) && !this.pool)) {
      const deps = Array.from({ length: IN_PROCESS_LANES }, () => this.idle.pop() ?? { fs, zlib, crypto, scratch: {}, noteGarbage });
      try {
        await lanes(IN_PROCESS_LANES, (task, lane) => runHashJob(task.job, deps[lane] as HashDeps));
      } finally {
        this.idle.push(...deps);
      }
      return;
    }
    const size = Math.max(1, this.options.workers ?? availableParallelism());
    this.pool ??= new WorkerPool(WORKER_SOURCE, 'hash', size);
    const pool = this.pool;
    // As many lanes as the workers hold jobs at once (WorkerPool's PER_WORKER), so none waits.
    await lanes(size * 2, (task) => pool.run(task.job, []));
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
