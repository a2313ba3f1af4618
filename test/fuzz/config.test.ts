import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { configLoading } from './config-targets.js';
import { runTarget } from './harness.js';

describe('fuzzing configuration loading', () => {
  it(configLoading.name, async () => {
    const stats = await runTarget(configLoading);
    assert.deepEqual(stats.failures, []);
  });
});
