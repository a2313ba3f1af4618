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
      // One output buffer the size of the job (deflate's worst case is a few bytes per 16 KiB
      // over it), so zlib hands back a single chunk and nothing is concatenated.
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
      // where waiting for a collection left blocks of the main thread's malloc arena taken.
      if (typeof j.data.transfer === 'function') {
        j.data.transfer(0);
        if (j.dict) j.dict.transfer(0);
      } else noteGarbage(j.length);
      // A large output goes over whole, its spare capacity included, rather than as a copy that
      // would leave the original here as garbage. (A small one may sit in Buffer's shared pool,
      // which cannot be handed over.)
      if (c.byteOffset === 0 && c.length >= 65536) return { ab: c.buffer, length: c.length };
      const ab = new ArrayBuffer(c.length);
      new Uint8Array(ab).set(c);
      noteGarbage(c.length);
      return { ab, length: c.length };
    });
    parentPort.postMessage({ id, result: out }, out.map((o) => o.ab));
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
  private readonly pool: WorkerPool<Job[], { ab: ArrayBuffer; length: number }[]>;
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
        for (const [i, s] of b.settle.entries()) {
          const o = out[i] as { ab: ArrayBuffer; length: number };
          s.resolve(Buffer.from(o.ab, 0, o.length));
        }
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
