import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/**
 * A fixed set of worker threads running one eval'd CommonJS source (no file to locate next to
 * the bundle, so dist/ works as it is). Jobs go to the least-loaded worker, lowest index on ties:
 * placement changes speed, never results.
 *
 * The source must answer each `{ id, job }` message with `{ id, result }` or `{ id, error }`.
 */
/**
 * Workers inherit the process's options, `--input-type=module` among them, which would make their
 * CommonJS source a module (in a host started with `node --input-type=module -e …`). Such a host
 * gets workers with no options; any other keeps them (`--cpu-prof` profiles the workers too).
 */
function workerExecArgv(): string[] | undefined {
  return process.execArgv.some((a) => a === '--input-type' || a.startsWith('--input-type=')) ? [] : undefined;
}

export class WorkerPool<J, R> {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, { resolve: (r: R) => void; reject: (e: Error) => void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor(
    source: string,
    /** Names the pool in errors: `deflate worker stopped …`. */
    private readonly name: string,
    size: number = availableParallelism(),
  ) {
    for (let i = 0; i < Math.max(1, size); i++) {
      // A small young generation: a worker's objects are all short-lived.
      const w = new Worker(source, { eval: true, ...(workerExecArgv() ? { execArgv: [] } : {}), resourceLimits: { maxYoungGenerationSizeMb: 4 } });
      w.on('message', (m: { id: number; result?: R; error?: string }) => this.settle(i, m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`${name} worker stopped with exit code ${code}`));
      });
      // Referenced only while it has work: an idle pool must not keep a finished process alive,
      // and a busy one must, or a process waiting on nothing but a worker's answer would exit.
      // (After the listeners: adding a 'message' listener references the worker's port again.)
      w.unref();
      this.workers.push(w);
      this.load.push(0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Runs `job` on a worker; `transfer` is handed over (detached); `cost` weighs it for placement. */
  run(job: J, transfer: ArrayBuffer[], cost: number): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    let w = 0;
    for (let i = 1; i < this.workers.length; i++) if ((this.load[i] as number) < (this.load[w] as number)) w = i;
    const id = this.nextId++;
    const weight = cost + 1;
    if (this.load[w] === 0) (this.workers[w] as Worker).ref();
    this.load[w] = (this.load[w] as number) + weight;
    const p = new Promise<R>((resolve, reject) => {
      this.pending.set(id, {
        resolve: (r) => {
          this.unload(w, weight);
          resolve(r);
        },
        reject: (e) => {
          this.unload(w, weight);
          reject(e);
        },
      });
    });
    (this.workers[w] as Worker).postMessage({ id, job }, transfer);
    return p;
  }

  private unload(w: number, weight: number): void {
    this.load[w] = (this.load[w] as number) - weight;
    if (this.load[w] === 0) (this.workers[w] as Worker).unref();
  }

  private settle(_worker: number, m: { id: number; result?: R; error?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    if (m.error === undefined) p.resolve(m.result as R);
    else p.reject(new Error(`${this.name} failed: ${m.error}`));
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }

  async close(): Promise<void> {
    this.failure ??= new Error(`${this.name} pool closed`);
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
