import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import picomatch from 'picomatch';
import * as yaml from 'yaml';
import { loadAjv, loadPicomatch, loadYaml, preloadConfigDeps } from '../../src/lint/lazy-deps.js';

describe('lazily loaded configuration dependencies', () => {
  it('gives the same Ajv class, yaml module and picomatch as static imports, with or without preloading', async () => {
    // The synchronous fallback first (nothing preloaded yet in this process), then the preload.
    assert.equal(loadAjv(), Ajv2020);
    assert.equal(loadYaml().parseDocument, yaml.parseDocument);
    assert.equal(loadPicomatch(), picomatch);
    await preloadConfigDeps();
    assert.equal(loadAjv(), Ajv2020);
    assert.equal(loadYaml().LineCounter, yaml.LineCounter);
    assert.equal(loadPicomatch(), picomatch);
    assert.equal(loadPicomatch()('*.cscfg')('a.cscfg'), true);
    const validate = new (loadAjv())({ strict: false }).compile({ type: 'object', properties: { a: { type: 'string' } } });
    assert.equal(validate({ a: 1 }), false);
  });
});
