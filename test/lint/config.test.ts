import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { CONFIG_SCHEMA } from '../../src/lint/config-schema.js';
import type { Rule } from '../../src/lint/rule-api.js';
import { csdef, cscfg, lintFiles } from '../helpers/lint-harness.js';
import { repoRoot } from '../helpers/paths.js';

async function inDir(files: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cs-config-'));
  try {
    for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
    let out = '';
    let err = '';
    const code = await main(args, { cwd: dir, env: {}, isTTY: false, out: (t) => (out += t), err: (t) => (err += t) });
    return { code, out, err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const service = {
  'ServiceDefinition.csdef': csdef('<WorkerRole name="W" />'),
  'ServiceConfiguration.Cloud.cscfg': cscfg('<Role name="W" />', 'serviceName="other"'),
  'ServiceConfiguration.Local.cscfg': cscfg('<Role name="W"><Instances count="1" /></Role>', 'serviceName="other"'),
};

describe('configuration', () => {
  it('defaults to the recommended preset; strict adds the rules recommended leaves off', () => {
    const hygiene: Rule = {
      meta: {
        id: 'TEST-hygiene',
        shortDescription: 'A strict-only rule',
        fullDescription: 'Fires once per definition; not in the recommended preset.',
        help: 'n/a',
        sources: ['test'],
        tags: ['test'],
        precision: 'high',
        defaultLevel: 'note',
        recommended: false,
      },
      check(s, ctx) {
        if (s.definition) ctx.report({ at: s.definition.el, message: 'hygiene' });
      },
    };
    const recommended = lintFiles(service, { extraRules: [hygiene] }).map((f) => f.ruleId);
    assert.ok(recommended.includes('XREF-service-name-mismatch'));
    assert.ok(!recommended.includes('TEST-hygiene'));
    const strict = lintFiles(service, { extraRules: [hygiene], config: { preset: 'strict' } }).map((f) => f.ruleId);
    assert.ok(strict.includes('TEST-hygiene'));
    for (const id of recommended) assert.ok(strict.includes(id), id);
  });

  it('sets levels per rule and per file glob', () => {
    const f = lintFiles(service, {
      config: {
        rules: { 'XREF-service-name-mismatch': 'warning', 'CSCFG-instances': 'off' },
        overrides: [{ files: ['**/*.Local.cscfg'], rules: { 'XREF-service-name-mismatch': 'off' } }],
      },
    });
    const mismatch = f.filter((x) => x.ruleId === 'XREF-service-name-mismatch');
    assert.deepEqual(mismatch.map((x) => [x.file, x.level]), [['ServiceConfiguration.Cloud.cscfg', 'warning']]);
    assert.ok(!f.some((x) => x.ruleId === 'CSCFG-instances'));
  });

  it('ignores files by glob', () => {
    const f = lintFiles(service, { config: { ignore: ['*.Cloud.cscfg'] } });
    assert.ok(!f.some((x) => x.file === 'ServiceConfiguration.Cloud.cscfg'));
  });

  it('reads .cloudservice.yml and prints the effective configuration', async () => {
    const r = await inDir(
      { ...service, '.cloudservice.yml': 'preset: strict\nrules:\n  XREF-service-name-mismatch: note\n' },
      'lint',
      '--print-config',
    );
    assert.equal(r.code, 0, r.err);
    const cfg = JSON.parse(r.out) as { preset: string; file: string; rules: Record<string, unknown> };
    assert.equal(cfg.preset, 'strict');
    assert.match(cfg.file, /\.cloudservice\.yml$/);
    assert.equal(cfg.rules['XREF-service-name-mismatch'], 'note');
  });

  const bad: [string, string, RegExp][] = [
    ['YAML syntax', 'rules:\n  a: [\n', /\.cloudservice\.yml:\d+: the configuration is not valid YAML/],
    ['unknown key', 'preset: strict\nrulez: {}\n', /\.cloudservice\.yml:2: unknown key "rulez"/],
    ['bad preset', 'preset: lenient\n', /\.cloudservice\.yml:1: preset: must be one of recommended, strict/],
    ['bad level', 'rules:\n  XREF-service-name-mismatch: fatal\n', /\.cloudservice\.yml:2: rules\.XREF-service-name-mismatch: must be one of off, note, warning, error/],
    ['unknown rule', 'rules:\n  XREF-no-such-rule: error\n', /\.cloudservice\.yml:2: unknown rule "XREF-no-such-rule"; `cloudservice rules` lists every rule/],
    ['options on a rule without options', 'rules:\n  XREF-service-name-mismatch: [error, { x: 1 }]\n', /\.cloudservice\.yml:2: rule XREF-service-name-mismatch takes no options/],
    ['a list as a key', 'preset: strict\n? [a, b]\n: 1\n', /\.cloudservice\.yml:2: this key is a list or a mapping; a key must be a plain name/],
    ['an alias of a mapping as a rule id', 'x: &m { a: 1 }\nrules:\n  *m : error\n', /\.cloudservice\.yml:3: this key is a list or a mapping/],
  ];
  for (const [name, yml, message] of bad) {
    it(`refuses a bad configuration with its file and line: ${name}`, async () => {
      // The message is the whole answer: nothing else on stderr, not even a library's warning.
      const warnings: string[] = [];
      const onWarning = (w: Error): void => void warnings.push(w.message);
      process.on('warning', onWarning);
      try {
        const r = await inDir({ ...service, '.cloudservice.yml': yml }, 'lint');
        await new Promise((done) => setImmediate(done));
        assert.equal(r.code, 2);
        assert.match(r.err, message);
        assert.equal(r.err.trim().split('\n').length, 1, r.err);
        assert.deepEqual(warnings, []);
      } finally {
        process.off('warning', onWarning);
      }
    });
  }

  it('ships the JSON Schema that the loader validates with', () => {
    const shipped = JSON.parse(readFileSync(join(repoRoot, 'schema', 'cloudservice.schema.json'), 'utf8')) as unknown;
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(CONFIG_SCHEMA)));
  });
});
