import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { thousands } from '../../src/report/thousands.js';

describe('thousands', () => {
  it('writes what toLocaleString("en-US") writes', () => {
    for (const n of [0, 1, 12, 999, 1000, 4096, 225_304, 1_000_000, -1, -1000, -1_234_567, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0.5, 1234.5678, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(thousands(n), n.toLocaleString('en-US'), String(n));
    }
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double()), (n) => {
        assert.equal(thousands(n), n.toLocaleString('en-US'));
      }),
      { numRuns: 2000, seed: 20261121 },
    );
  });
});
