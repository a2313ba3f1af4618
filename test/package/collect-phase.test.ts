import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

/**
 * `collectPhase` is meant to hand back the pages a phase grew the heap to, which V8 keeps in a
 * pool after an ordinary full collection. A fresh process grows its heap with objects that then
 * die, and reports its resident memory after an ordinary full collection and after `collectPhase`.
 */
const MODULE = new URL('../../src/package/off-heap-garbage.js', import.meta.url).href;
const PROBE = `
const { setFlagsFromString } = await import('node:v8');
const { runInNewContext } = await import('node:vm');
const { collectPhase } = await import(${JSON.stringify(MODULE)});
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
let live = [];
for (let i = 0; i < 400000; i++) live.push({ name: 'file' + i, at: [i, i + 1] });
live = null;
gc({ type: 'major' });
const ordinary = process.memoryUsage().rss;
collectPhase();
console.log(JSON.stringify({ ordinary: ordinary / 1048576, phase: process.memoryUsage().rss / 1048576 }));
`;

describe('collectPhase', () => {
  it('releases the pages a full collection keeps', () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const { ordinary, phase } = JSON.parse(r.stdout) as { ordinary: number; phase: number };
    // About 135 MiB against 57 on Node 24.
    assert.ok(phase < ordinary - 40, `resident ${ordinary.toFixed(0)} MiB after a full collection, ${phase.toFixed(0)} MiB after collectPhase`);
  });
});
