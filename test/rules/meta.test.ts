import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { BUILTIN_RULES } from '../../rules/index.js';
import { TOOL } from '../../src/lint/project-info.js';
import { Registry } from '../../src/lint/registry.js';
import { repoRoot } from '../helpers/paths.js';

const rulesDir = join(repoRoot, 'rules');
const families = readdirSync(rulesDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'lib')
  .map((d) => d.name);
const modules = families.flatMap((f) => readdirSync(join(rulesDir, f)).filter((n) => n.endsWith('.ts')).map((n) => `${f}/${n}`));

describe('the built-in rule set', () => {
  it('lists every rule module in rules/index.ts, and nothing else', () => {
    const index = readFileSync(join(rulesDir, 'index.ts'), 'utf8');
    const listed = [...index.matchAll(/from '\.\/([a-z]+\/[a-z0-9-]+)\.js'/g)].map((m) => `${m[1]}.ts`);
    assert.deepEqual([...listed].sort(), [...modules].sort());
    assert.equal(BUILTIN_RULES.length, modules.length);
  });

  it('has rules import only the public rule API (and shared rule helpers)', () => {
    const files = [...modules, ...readdirSync(join(rulesDir, 'lib')).map((n) => `lib/${n}`)];
    for (const rel of files) {
      const text = readFileSync(join(rulesDir, rel), 'utf8');
      for (const m of text.matchAll(/^\s*import\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1] as string;
        const ok = spec.endsWith('/src/lint/rule-api.js') || (spec.startsWith('../lib/') && !rel.startsWith('lib/')) || (rel.startsWith('lib/') && spec.startsWith('./'));
        assert.ok(ok, `${rel} imports ${spec}`);
      }
    }
  });

  it('gives every rule a unique id, a doc page, help, tags and a test file', () => {
    const registry = new Registry(BUILTIN_RULES);
    const missing: string[] = [];
    for (const { rule } of registry.all()) {
      const id = rule.meta.id;
      if (!existsSync(join(repoRoot, 'docs', 'rules', `${id}.md`))) missing.push(`${id}: no doc page`);
      if (!rule.meta.tags.length) missing.push(`${id}: no tags`);
      if (!/```/.test(rule.meta.help) && !id.startsWith('LINT-rule-failed')) missing.push(`${id}: help has no example`);
      if (rule.meta.tags.includes('security') !== (rule.meta.securitySeverity !== undefined)) missing.push(`${id}: security-severity goes with the security tag`);
      const test = id.startsWith('LINT-') ? 'test/lint/suppression.test.ts' : `test/rules/${id.toLowerCase()}.test.ts`;
      if (!existsSync(join(repoRoot, test))) missing.push(`${id}: no ${test}`);
    }
    assert.deepEqual(missing, []);
  });

  it('gives every rule with options defaults that its options schema accepts', () => {
    // The configuration does not re-validate built-in defaults at run time; this test does.
    const ajv = new Ajv2020({ allErrors: true, strict: false, useDefaults: false });
    const invalid: string[] = [];
    for (const rule of BUILTIN_RULES) {
      if (!rule.meta.optionsSchema) {
        if (rule.defaultOptions && Object.keys(rule.defaultOptions).length) invalid.push(`${rule.meta.id}: default options without a schema`);
        continue;
      }
      const validate = ajv.compile(rule.meta.optionsSchema);
      if (!validate(rule.defaultOptions ?? {})) invalid.push(`${rule.meta.id}: ${ajv.errorsText(validate.errors)}`);
    }
    assert.deepEqual(invalid, []);
    assert.ok(BUILTIN_RULES.some((r) => r.meta.optionsSchema), 'no rule has options: the check above checks nothing');
  });

  it('keeps the generated docs and schema up to date', () => {
    const build = join(repoRoot, '.build');
    const r = execFileSync(process.execPath, [join(repoRoot, 'scripts', 'gen-docs.mjs'), build, '--check'], { encoding: 'utf8' });
    assert.match(r, /generated docs are up to date/);
  });

  it('reports the package version', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(TOOL.version, pkg.version);
  });
});
