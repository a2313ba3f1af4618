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
