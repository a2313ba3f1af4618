import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { corpusAvailable } from './corpus.js';
import { runTarget } from './harness.js';
import { xmlBytes, xmlCorpus, xmlStrings } from './xml-targets.js';

describe('fuzzing the XML layer', () => {
  it(xmlStrings.name, async () => {
    const stats = await runTarget(xmlStrings);
    assert.deepEqual(stats.failures, []);
  });
  it(xmlBytes.name, async () => {
    const stats = await runTarget(xmlBytes);
    assert.deepEqual(stats.failures, []);
  });
  it(xmlCorpus.name, { skip: !corpusAvailable() && 'corpus not found' }, async () => {
    const stats = await runTarget(xmlCorpus);
    assert.deepEqual(stats.failures, []);
  });
});
