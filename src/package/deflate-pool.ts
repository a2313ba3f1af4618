import { WORKER_NOTE_GARBAGE } from './off-heap-garbage.js';
import { WorkerPool } from './worker-pool.js';

/**
 * Raw deflate on worker threads, a block per job (small files many to a message). A block's output
 * depends only on its bytes, the 32 KiB before it (the dictionary) and whether it is the last of
 * its entry, never on which worker ran it or when: the package stays byte-for-byte reproducible
 * however jobs interleave.
 *
 * Every block but the last ends with a sync flush (an empty stored block), so the outputs of an
 * entry's blocks concatenate into one valid deflate stream, as pigz does. A block-sized or smaller
 * entry is one job and comes out exactly as a single `deflateRawSync` of it would.
 */

/** Uncompressed bytes per job: large enough that the per-block flush costs nothing measurable. */
export const DEFLATE_BLOCK = 1024 * 1024;
/** Deflate's window: what a block may refer back to in the block before it. */
export const DEFLATE_WINDOW = 32 * 1024;

// Jobs arrive in batches (many small files make one message) and go back the same way.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
${WORKER_NOTE_GARBAGE}
parentPort.on('message', ({ id, job }) => {
  try {
    const out = job.map((j) => {
      // zlib sizes its output buffer by chunkSize: sized to the job, a small file does not pin a
      // quarter of a megabyte.
      const options = {
        level: j.level,
        chunkSize: Math.max(1024, Math.min(256 * 1024, j.length + 1024)),
        finishFlush: j.final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      };
      if (j.dict) options.dictionary = new Uint8Array(j.dict);
      const c = zlib.deflateRawSync(new Uint8Array(j.data, 0, j.length), options);
      // The input block is garbage now, and so are zlib's output chunks when there were several.
      noteGarbage(j.length + c.length);
      if (c.byteOffset === 0 && c.buffer.byteLength === c.length) return c.buffer;
      const ab = new ArrayBuffer(c.length);
      new Uint8Array(ab).set(c);
      return ab;
    });
    parentPort.postMessage({ id, result: out }, out);
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});
`;

interface Job {
  readonly data: ArrayBuffer;
  readonly length: number;
  readonly dict: ArrayBuffer | undefined;
  readonly final: boolean;
  readonly level: number;
}

/** A batch is sent once it holds this many bytes or jobs, or when the event loop turns. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_JOBS = 256;

export class DeflatePool {
  private readonly pool: WorkerPool<Job[], ArrayBuffer[]>;
  private batch: { jobs: Job[]; transfer: ArrayBuffer[]; settle: { resolve: (b: Buffer) => void; reject: (e: Error) => void }[]; bytes: number } | undefined;

  constructor(size?: number) {
    this.pool = new WorkerPool(WORKER_SOURCE, 'deflate', size);
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
    this.pool.run(b.jobs, b.transfer).then(
      (out) => {
        for (const [i, s] of b.settle.entries()) s.resolve(Buffer.from(out[i] as ArrayBuffer));
      },
      (e: Error) => {
        for (const s of b.settle) s.reject(e);
      },
    );
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
