import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * Raw deflate on worker threads, one block at a time. A block's output depends only on its bytes,
 * the 32 KiB before it (the dictionary) and whether it is the last of its entry, never on which
 * worker ran it or when: the package stays byte-for-byte reproducible however jobs interleave.
 *
 * Every block but the last ends with a sync flush (an empty stored block), so the outputs of an
 * entry's blocks concatenate into one valid deflate stream, as pigz does. A block-sized or smaller
 * entry is one job and comes out exactly as a single `deflateRawSync` of it would.
 */

/** Uncompressed bytes per job: large enough that the per-block flush costs nothing measurable. */
export const DEFLATE_BLOCK = 1024 * 1024;
/** Deflate's window: what a block may refer back to in the block before it. */
export const DEFLATE_WINDOW = 32 * 1024;

// An eval'd CommonJS worker: no file to locate next to the bundle, so dist/ works as it is.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
// Blocks handed over and zlib's output chunks live outside the JS heap. A worker allocates almost
// nothing else, so V8 would let tens of megabytes of them wait for a collection; collect every
// few megabytes instead, which keeps the process's memory bounded.
// (The flag is process-wide: a later worker already has the global.)
require('node:v8').setFlagsFromString('--expose-gc');
const collect = typeof globalThis.gc === 'function' ? globalThis.gc : require('node:vm').runInNewContext('gc');
let sinceGc = 0;
parentPort.on('message', (job) => {
  // zlib allocates output a chunk at a time and the result keeps its chunk: size the chunk to the
  // job, or every small file would pin a quarter of a megabyte until the next collection.
  const chunkSize = Math.max(1024, Math.min(256 * 1024, job.length + 1024));
  // Each job also leaves the engine's objects behind: counted as a flat 32 KiB.
  sinceGc += job.length + chunkSize + 32 * 1024;
  if (sinceGc >= 4 * 1024 * 1024) {
    sinceGc = 0;
    collect();
  }
  try {
    const options = {
      level: job.level,
      chunkSize,
      finishFlush: job.final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    };
    if (job.dict) options.dictionary = new Uint8Array(job.dict);
    const out = zlib.deflateRawSync(new Uint8Array(job.data, 0, job.length), options);
    let ab = out.buffer;
    if (out.byteOffset !== 0 || ab.byteLength !== out.length) {
      ab = new ArrayBuffer(out.length);
      new Uint8Array(ab).set(out);
    }
    parentPort.postMessage({ id: job.id, data: ab }, [ab]);
  } catch (e) {
    parentPort.postMessage({ id: job.id, error: String(e && e.message || e) });
  }
});
`;

interface Pending {
  readonly resolve: (b: Buffer) => void;
  readonly reject: (e: Error) => void;
  readonly worker: number;
}

export class DeflatePool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(size: number = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i++) {
      // A small young generation: a worker's objects are all short-lived.
      const w = new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      // Idle workers must not keep a finished process alive.
      w.unref();
      w.on('message', (m: { id: number; data?: ArrayBuffer; error?: string }) => this.settle(m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`deflate worker stopped with exit code ${code}`));
      });
      this.workers.push(w);
      this.load.push(0);
    }
  }

  /**
   * Compresses `length` bytes of `data`, which is handed over (detached): read, hash and copy
   * anything needed from it first. `dict` is the preceding window of the same entry.
   */
  deflate(data: ArrayBuffer, length: number, dict: Buffer | undefined, final: boolean, level: number): Promise<Buffer> {
    if (this.failure) return Promise.reject(this.failure);
    // The least-loaded worker, lowest index on ties: placement changes speed, never bytes.
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if ((this.load[i] as number) < (this.load[w] as number)) w = i;
    const id = this.nextId++;
    this.load[w] = (this.load[w] as number) + length + 1;
    const dictAb = dict ? dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) : undefined;
    const transfer: ArrayBuffer[] = [data];
    if (dictAb) transfer.push(dictAb as ArrayBuffer);
    const p = new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker: w });
    });
    const job = { id, data, length, dict: dictAb, final, level };
    (this.workers[w] as Worker).postMessage(job, transfer);
    const cost = length + 1;
    return p.finally(() => {
      this.load[w] = (this.load[w] as number) - cost;
    });
  }

  private settle(m: { id: number; data?: ArrayBuffer; error?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.data) p.resolve(Buffer.from(m.data));
    else p.reject(new Error(`deflate failed: ${m.error ?? 'unknown error'}`));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.failure ??= new Error('deflate pool closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
