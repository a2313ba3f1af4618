import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

/**
 * The workers let go of each synchronous zlib call's output buffer (`engine._outBuffer = null`,
 * see src/package/off-heap-garbage.ts) so that young-generation collections can free it. This
 * checks, in a fresh process, both halves of why: kept, the buffers outlive young collections;
 * released, they do not. If Node renames the field or stops keeping engines alive, this fails and
 * says which.
 */
const PROBE = `
const zlib = require('node:zlib');
const { randomFillSync } = require('node:crypto');
const gc = globalThis.gc;
const release = process.argv[1] === 'release';
const input = randomFillSync(Buffer.alloc(1024 * 1024));
gc({ type: 'major' });
const before = process.memoryUsage().arrayBuffers;
let field = true;
// 32 calls: about 32 MiB of outputs, under the 64 MiB of external memory that starts a full collection.
for (let i = 0; i < 32; i++) {
  const r = zlib.deflateRawSync(input, { level: 1, chunkSize: input.length + 4096, info: true });
  field &&= Buffer.isBuffer(r.engine._outBuffer) && r.engine._outBuffer.buffer === r.buffer.buffer;
  if (release) r.engine._outBuffer = null;
}
gc({ type: 'minor' });
gc({ type: 'minor' });
console.log(JSON.stringify({ field, heldMiB: (process.memoryUsage().arrayBuffers - before) / 1048576 }));
`;

function probe(mode: 'keep' | 'release'): { field: boolean; heldMiB: number } {
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', PROBE, mode], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { field: boolean; heldMiB: number };
}

describe('releasing zlib output buffers', () => {
  it('the engine keeps its last output in _outBuffer, past young collections, until released', () => {
    const kept = probe('keep');
    assert.ok(kept.field, 'engine._outBuffer is not the output buffer any more: the release in the workers does nothing');
    assert.ok(kept.heldMiB > 24, `outputs kept: ${kept.heldMiB.toFixed(1)} MiB survived young collections (expected about 32)`);
    const released = probe('release');
    assert.ok(released.heldMiB < 4, `outputs released: ${released.heldMiB.toFixed(1)} MiB survived young collections`);
  });
});

/**
 * A block that deflates to a few kilobytes is copied out of zlib's output buffer, which is as large
 * as the block; the pool frees that buffer at once rather than leave a megabyte per block to the
 * collector. Measured in a fresh process on this thread's lane (one thread), with no collection
 * between the blocks: the ArrayBuffer memory the blocks leave behind.
 */
const POOL = new URL('../../src/package/deflate-pool.js', import.meta.url).href;
const LANE_PROBE = `
const { DeflatePool } = await import(${JSON.stringify(POOL)});
const pool = new DeflatePool(1);
const before = process.memoryUsage().arrayBuffers;
const outputs = [];
for (let i = 0; i < 40; i++) outputs.push(await pool.deflate(new ArrayBuffer(1024 * 1024), 1024 * 1024, undefined, true, 6));
const heldMiB = (process.memoryUsage().arrayBuffers - before) / 1048576;
await pool.close();
console.log(JSON.stringify({ heldMiB, sizes: [...new Set(outputs.map((o) => o.length))] }));
`;

describe("the deflate pool's small outputs", () => {
  it("free zlib's block-sized output buffer at once", () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', LANE_PROBE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const { heldMiB, sizes } = JSON.parse(r.stdout) as { heldMiB: number; sizes: number[] };
    // A megabyte of zeros deflates to about a kilobyte; the check is on what the 40 blocks leave.
    assert.ok(sizes.every((n) => n > 0 && n < 4096), `outputs of ${sizes.join(', ')} bytes`);
    assert.ok(heldMiB < 8, `${heldMiB.toFixed(1)} MiB of ArrayBuffers held after 40 blocks (expected a few; about 40 when zlib's buffers wait for the collector)`);
  });
});
