import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../src/xml/lines.js';

/** The answer without any remembered line: the line starts before the offset, counted. */
function slowPosition(text: string, offset: number): { line: number; column: number; offset: number } {
  const o = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let start = 0;
  for (let i = 0; i < o; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      if (i + 1 >= o) break; // the offset of the \n of a CRLF is still on the line it ends
      i++;
    }
    if (c === 13 || c === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: o - start + 1, offset: o };
}

/** A small deterministic generator, so a failure names its case. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('LineIndex', () => {
  it('gives the same positions in any order of questions (it remembers the last line)', () => {
    const pieces = ['a', 'bc', '\n', '\r\n', '\r', '\n\n', '<x y="1"/>', ''];
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      let text = '';
      const n = Math.floor(r() * 40);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(r() * pieces.length)];
      const lines = new LineIndex(text);
      const offsets: number[] = [];
      for (let i = -1; i <= text.length + 1; i++) offsets.push(i);
      // In order (as the parser asks), backwards, and shuffled.
      const orders = [offsets, [...offsets].reverse(), [...offsets].sort(() => r() - 0.5)];
      for (const order of orders) {
        for (const o of order) assert.deepEqual(lines.position(o), slowPosition(text, o), `seed ${seed}, offset ${o} of ${JSON.stringify(text)}`);
      }
    }
  });

  it('counts CRLF, LF and a lone CR as one line end each', () => {
    const lines = new LineIndex('a\r\nb\nc\rd');
    assert.deepEqual([0, 3, 5, 7].map((o) => lines.position(o).line), [1, 2, 3, 4]);
    assert.equal(lines.lineCount, 4);
    assert.equal(lines.lineText(2), 'b');
  });
});
