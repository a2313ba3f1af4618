import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { EntryMeasures, EntrySet } from '../../src/package/entry-measures.js';
import { ZipReadError, type ZipEntryInfo } from '../../src/package/zip-read.js';

/** Only `index` is read by the measures. */
const entry = (index: number): ZipEntryInfo => ({ index }) as ZipEntryInfo;

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('EntryMeasures', () => {
  it('gives back each entry its own hash and length, and nothing for entries not measured', () => {
    const m = new EntryMeasures(4);
    m.setHash(entry(0), sha('a'), 1);
    m.setHash(entry(3), sha('dddd'), 2 ** 33 + 5);
    assert.deepEqual(m.get(entry(0)), { sha256: sha('a'), size: 1 });
    // A length past 4 GiB, and the last entry's digest, which ends the buffer.
    assert.deepEqual(m.get(entry(3)), { sha256: sha('dddd'), size: 2 ** 33 + 5 });
    assert.equal(m.sha256(entry(3)), sha('dddd'));
    assert.equal(m.readable(entry(3)), true);
    for (const i of [1, 2]) {
      assert.equal(m.has(entry(i)), false);
      assert.equal(m.get(entry(i)), undefined);
      assert.equal(m.hash(entry(i)), undefined);
      assert.equal(m.readable(entry(i)), false);
    }
    // An entry of another, larger archive is not measured here, and does not read past the end.
    assert.equal(m.has(entry(9)), false);
    assert.equal(m.get(entry(9)), undefined);
  });

  it('keeps why an entry could not be read, and forgets it once the entry is measured again', () => {
    const m = new EntryMeasures(2);
    const error = new ZipReadError('x.zip!/a: cannot read entry (damaged)');
    m.setError(entry(1), error);
    assert.equal(m.has(entry(1)), true);
    assert.equal(m.get(entry(1)), error);
    assert.equal(m.hash(entry(1)), undefined);
    assert.equal(m.readable(entry(1)), false);
    m.setHash(entry(1), sha('b'), 1);
    assert.deepEqual(m.get(entry(1)), { sha256: sha('b'), size: 1 });
  });
});

describe('EntrySet', () => {
  it('holds the entries added, by their place in the archive', () => {
    const s = new EntrySet(3);
    s.add(entry(2));
    assert.deepEqual([0, 1, 2, 7].map((i) => s.has(entry(i))), [false, false, true, false]);
  });
});
