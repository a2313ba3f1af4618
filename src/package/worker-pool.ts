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

interface Queued<J, R> {
  readonly job: J;
  readonly transfer: ArrayBuffer[];
  readonly resolve: (r: R) => void;
  readonly reject: (e: Error) => void;
}

/** Jobs a worker holds at once: the one it runs and the next, so it never waits for a message. */
const PER_WORKER = 2;

export class WorkerPool<J, R> {
  private readonly workers: Worker[] = [];
  /** Jobs sent to each worker and not answered yet. */
  private readonly busy: number[] = [];
  private readonly queue: Queued<J, R>[] = [];
  private readonly pending = new Map<number, { worker: number; job: Queued<J, R> }>();
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
      w.on('message', (m: { id: number; result?: R; error?: string }) => this.settle(m));
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`${name} worker stopped with exit code ${code}`));
      });
      // Referenced only while it has work: an idle pool must not keep a finished process alive,
      // and a busy one must, or a process waiting on nothing but a worker's answer would exit.
      // (After the listeners: adding a 'message' listener references the worker's port again.)
      w.unref();
      this.workers.push(w);
      this.busy.push(0);
    }
  }

  /**
   * Runs `job` on the first worker with room; `transfer` is handed over (detached). Workers take
   * jobs as they finish others, so a slow job never leaves the other workers waiting behind it.
   */
  run(job: J, transfer: ArrayBuffer[]): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    const p = new Promise<R>((resolve, reject) => this.queue.push({ job, transfer, resolve, reject }));
    this.dispatch();
    return p;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      // The least busy worker, lowest index on ties: placement changes speed, never results.
      let w = 0;
      for (let i = 1; i < this.workers.length; i++) if ((this.busy[i] as number) < (this.busy[w] as number)) w = i;
      if ((this.busy[w] as number) >= PER_WORKER) return;
      const q = this.queue.shift() as Queued<J, R>;
      const id = this.nextId++;
      if (this.busy[w] === 0) (this.workers[w] as Worker).ref();
      this.busy[w] = (this.busy[w] as number) + 1;
      this.pending.set(id, { worker: w, job: q });
      (this.workers[w] as Worker).postMessage({ id, job: q.job }, q.transfer);
    }
  }

  private settle(m: { id: number; result?: R; error?: string }): void {
    const p = this.pending.get(m.id);
    if (!p) return;
    this.pending.delete(m.id);
    this.busy[p.worker] = (this.busy[p.worker] as number) - 1;
    if (this.busy[p.worker] === 0) (this.workers[p.worker] as Worker).unref();
    if (m.error === undefined) p.job.resolve(m.result as R);
    else p.job.reject(new Error(`${this.name} failed: ${m.error}`));
    this.dispatch();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.job.reject(this.failure);
    for (const q of this.queue) q.reject(this.failure);
    this.pending.clear();
    this.queue.length = 0;
  }

  async close(): Promise<void> {
    this.failure ??= new Error(`${this.name} pool closed`);
    for (const q of this.queue) q.reject(this.failure);
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
