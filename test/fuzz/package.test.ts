import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusAvailable } from './corpus.js';
import { runTarget } from './harness.js';
import { packageReader } from './package-targets.js';

describe('fuzzing the package reader', () => {
  it(packageReader.name, { skip: !corpusAvailable() && 'corpus not found' }, async () => {
    const stats = await runTarget(packageReader);
    assert.deepEqual(stats.failures, []);
  });
});
