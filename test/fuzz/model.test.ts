import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusAvailable } from './corpus.js';
import { runTarget } from './harness.js';
import { modelBinding } from './xml-targets.js';

describe('fuzzing model binding and the rules', () => {
  it(modelBinding.name, { skip: !corpusAvailable() && 'corpus not found' }, async () => {
    const stats = await runTarget(modelBinding);
    assert.deepEqual(stats.failures, []);
  });
});
