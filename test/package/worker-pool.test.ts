import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { WorkerPool } from '../../src/package/worker-pool.js';

const ECHO = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  if (job === 'fail') parentPort.postMessage({ id, error: 'asked to fail' });
  else if (job === 'exit') process.exit(3);
  else setTimeout(() => parentPort.postMessage({ id, result: job * 2 }), 50);
});
`;

describe('worker pool', () => {
  it('answers every job, spreading them over the workers', async () => {
    const pool = new WorkerPool<number, number>(ECHO, 'echo', 3);
    try {
      assert.deepEqual(await Promise.all([1, 2, 3, 4, 5, 6, 7].map((n) => pool.run(n, []))), [2, 4, 6, 8, 10, 12, 14]);
    } finally {
      await pool.close();
    }
  });

  it('turns a worker’s error answer into a rejection naming the pool', async () => {
    const pool = new WorkerPool<string, number>(ECHO, 'echo', 1);
    try {
      await assert.rejects(pool.run('fail', []), /^Error: echo failed: asked to fail$/);
    } finally {
      await pool.close();
    }
  });

  it('fails pending jobs when a worker dies', async () => {
    const pool = new WorkerPool<string, number>(ECHO, 'echo', 1);
    try {
      await assert.rejects(pool.run('exit', []), /echo worker stopped with exit code 3/);
    } finally {
      await pool.close();
    }
  });

  it('keeps the process alive while a job is out, and lets it end once the pool is idle', () => {
    // A process whose only pending work is a worker's answer: with the workers unreferenced the
    // whole time, it would exit before the answer came, printing nothing.
    const module = pathToFileURL(join(import.meta.dirname, '..', '..', 'src', 'package', 'worker-pool.js')).href;
    const script = `
      const { WorkerPool } = await import(${JSON.stringify(module)});
      const pool = new WorkerPool(${JSON.stringify(ECHO)}, 'echo', 2);
      console.log('answer', await pool.run(21, []));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, 'answer 42\n');
    // No close(): the idle pool must not hold the process open (the timeout would kill it).
    assert.equal(r.status, 0);
    assert.equal(r.signal, null);
  });
});
