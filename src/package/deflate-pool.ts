import { availableParallelism } from 'node:os';
import * as zlib from 'node:zlib';
import { noteGarbage, WORKER_NOTE_GARBAGE } from './off-heap-garbage.js';
import { WorkerPool } from './worker-pool.js';

/**
 * Raw deflate on every core: on worker threads, and on this thread as one more lane. A block's
 * output depends only on its bytes, the 32 KiB before it (the dictionary) and whether it is the
 * last of its entry, never on which thread ran it or when: the package stays byte-for-byte
 * reproducible however jobs interleave.
 *
 * Every block but the last ends with a sync flush (an empty stored block), so the outputs of an
 * entry's blocks concatenate into one valid deflate stream, as pigz does. A block-sized or smaller
 * entry is one job and comes out exactly as a single `deflateRawSync` of it would.
 */

/** Uncompressed bytes per job: large enough that the per-block flush costs nothing measurable. */
export const DEFLATE_BLOCK = 1024 * 1024;
/** Deflate's window: what a block may refer back to in the block before it. */
export const DEFLATE_WINDOW = 32 * 1024;

/**
 * Deflates a batch of jobs; one source for the workers and this thread, so that both give the
 * same bytes. Takes `zlib` and `noteGarbage` from where it runs.
 */
const DEFLATE_JOBS = `(jobs) => jobs.map((j) => {
  // One output buffer the size of the job (deflate's worst case is a few bytes per 16 KiB over
  // it), so zlib hands back a single chunk and nothing is concatenated.
  const options = {
    level: j.level,
    chunkSize: j.length + (j.length >> 10) + 1024,
    finishFlush: j.final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    info: true,
  };
  if (j.dict) options.dictionary = new Uint8Array(j.dict);
  const r = zlib.deflateRawSync(new Uint8Array(j.data, 0, j.length), options);
  r.engine._outBuffer = null; // see off-heap-garbage.ts
  const c = r.buffer;
  // The input block and its dictionary are done with: detaching them frees their memory now,
  // where waiting for a collection left blocks of the malloc arena taken.
  if (typeof j.data.transfer === 'function') {
    j.data.transfer(0);
    if (j.dict) j.dict.transfer(0);
  } else noteGarbage(j.length);
  // A large output goes over whole, its spare capacity included, rather than as a copy that
  // would leave the original here as garbage. (A small one may sit in Buffer's shared pool,
  // which cannot be handed over.)
  if (c.byteOffset === 0 && c.length >= 65536) return { ab: c.buffer, length: c.length };
  const length = c.length;
  const ab = new ArrayBuffer(length);
  new Uint8Array(ab).set(c);
  // zlib's output buffer is as large as the block: a megabyte for a block that deflated to a few
  // kilobytes. Left to the collector, such buffers piled up to V8's external-memory limit (a 4.5 GiB
  // file of zeros packaged in 189 MiB instead of 110). Freed now when it is zlib's own: one no
  // larger than Buffer.poolSize may be a slab of Buffer's shared pool, which cannot be detached
  // (and should a slab be larger, transfer() throws and leaves it whole).
  let freed = false;
  if (c.buffer.byteLength > Buffer.poolSize && typeof c.buffer.transfer === 'function') {
    try {
      c.buffer.transfer(0);
      freed = true;
    } catch {}
  }
  if (!freed) noteGarbage(length);
  return { ab, length };
})`;

// Jobs arrive in batches (many small files make one message) and go back the same way.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
${WORKER_NOTE_GARBAGE}
const deflateJobs = ${DEFLATE_JOBS};
parentPort.on('message', ({ id, job }) => {
  try {
    const out = deflateJobs(job);
    parentPort.postMessage({ id, result: out }, out.map((o) => o.ab));
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});
`;

/** The same function on this thread. */
const deflateHere = new Function('zlib', 'noteGarbage', `return ${DEFLATE_JOBS};`)(zlib, noteGarbage) as (jobs: readonly Job[]) => Outcome[];

interface Job {
  readonly data: ArrayBuffer;
  readonly length: number;
  readonly dict: ArrayBuffer | undefined;
  readonly final: boolean;
  readonly level: number;
}

interface Outcome {
  readonly ab: ArrayBuffer;
  readonly length: number;
}

interface Batch {
  readonly jobs: Job[];
  readonly transfer: ArrayBuffer[];
  readonly settle: { resolve: (b: Buffer) => void; reject: (e: Error) => void }[];
  bytes: number;
}

/** A batch is sent once it holds this many bytes or jobs, or when the event loop turns. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_JOBS = 256;

/**
 * Batches each worker holds before this thread takes one: a worker answers its two while this
 * thread deflates one, so it never waits for the next.
 */
const WORKER_DEPTH = 2;

/**
 * This thread is the last lane rather than one more worker: a worker thread adds its own V8 isolate
 * and malloc arena to the process, and this thread, which reads, hashes and writes, has time to
 * spare between blocks. Batches go to the workers until each holds WORKER_DEPTH, then one at a
 * time to this thread. (On the 1 GiB benchmark tree, BENCHMARKS.md: peak RSS 157–167 MiB instead
 * of 166–180, for about a second and a half more.)
 */
export class DeflatePool {
  private readonly pool: WorkerPool<Job[], Outcome[]> | undefined;
  private readonly workers: number;
  private batch: Batch | undefined;
  /** Batches sent to the workers and not answered yet. */
  private atWorkers = 0;
  /** Batches for this thread: one at a time beside the workers, all of them when there are none. */
  private readonly here: Batch[] = [];
  private hereBusy = false;

  /** `threads`: threads that deflate, this one included; default one per core. */
  constructor(threads: number = availableParallelism()) {
    this.workers = Math.max(0, Math.floor(threads) - 1);
    this.pool = this.workers > 0 ? new WorkerPool(WORKER_SOURCE, 'deflate', this.workers) : undefined;
  }

  /**
   * Compresses `length` bytes of `data`, which is handed over (detached): read, hash and copy
   * anything needed from it first. `dict` is the preceding window of the same entry.
   */
  deflate(data: ArrayBuffer, length: number, dict: Buffer | undefined, final: boolean, level: number): Promise<Buffer> {
    const dictAb = dict ? (dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) as ArrayBuffer) : undefined;
    if (!this.batch) {
      this.batch = { jobs: [], transfer: [], settle: [], bytes: 0 };
      // Whatever was queued by the time the loop turns goes together.
      setImmediate(() => this.send());
    }
    const b = this.batch;
    b.jobs.push({ data, length, dict: dictAb, final, level });
    b.transfer.push(data);
    if (dictAb) b.transfer.push(dictAb);
    b.bytes += length;
    const p = new Promise<Buffer>((resolve, reject) => b.settle.push({ resolve, reject }));
    if (b.bytes >= BATCH_BYTES || b.jobs.length >= BATCH_JOBS) this.send();
    return p;
  }

  private send(): void {
    const b = this.batch;
    if (!b) return;
    this.batch = undefined;
    const pool = this.pool;
    if (!pool || (!this.hereBusy && this.atWorkers >= this.workers * WORKER_DEPTH)) {
      this.here.push(b);
      this.runHere();
      return;
    }
    this.atWorkers++;
    pool.run(b.jobs, b.transfer).then(
      (out) => {
        this.atWorkers--;
        settle(b, out);
      },
      (e: Error) => {
        this.atWorkers--;
        for (const s of b.settle) s.reject(e);
      },
    );
  }

  /** Deflates the waiting batches on this thread, one per turn of the event loop. */
  private runHere(): void {
    if (this.hereBusy) return;
    const b = this.here.shift();
    if (!b) return;
    this.hereBusy = true;
    // On the next turn: the caller is still queueing, and reads and writes get their turn between batches.
    setImmediate(() => {
      try {
        settle(b, deflateHere(b.jobs));
      } catch (e) {
        const error = new Error(`deflate failed: ${(e as Error).message}`);
        for (const s of b.settle) s.reject(error);
      }
      this.hereBusy = false;
      this.runHere();
    });
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

function settle(b: Batch, out: readonly Outcome[]): void {
  for (const [i, s] of b.settle.entries()) {
    const o = out[i] as Outcome;
    s.resolve(Buffer.from(o.ab, 0, o.length));
  }
}
