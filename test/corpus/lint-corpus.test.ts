import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { BUILTIN_RULES } from '../../rules/index.js';
import { EffectiveConfig } from '../../src/lint/config.js';
import { lint, type LintResult } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/finding.js';
import { Registry } from '../../src/lint/registry.js';
import { readManifest, serviceFilesRoot, type ManifestRow } from '../helpers/manifest.js';

const registry = new Registry(BUILTIN_RULES);
let result: LintResult;
let rows: ManifestRow[];
const byFile = new Map<string, Finding[]>();

before(() => {
  rows = readManifest();
  // strict: every rule runs, so no rule escapes the checks below by being off by default.
  const config = new EffectiveConfig({ file: undefined, input: { preset: 'strict' }, lineOf: () => undefined }, registry);
  result = lint({ root: serviceFilesRoot, paths: ['.'], config });
  for (const f of result.findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
});

const findingsIn = (file: string): Finding[] => byFile.get(file) ?? [];

describe('the real corpus (../shared/corpus/service-files)', () => {
  it('reads all 1,256 files', () => {
    assert.equal(rows.length, 1256);
    assert.equal(result.files.length, 1256);
    assert.deepEqual(new Set(result.files), new Set(rows.map((r) => r.file)));
  });

  it('gives each file that is not well-formed one located parse finding, where xmllint stopped', () => {
    const broken = rows.filter((r) => r.wellformed !== 'yes');
    assert.equal(broken.length, 6);
    for (const r of broken) {
      const parse = findingsIn(r.file!).filter((f) => f.ruleId.startsWith('XML-'));
      assert.equal(parse.length, 1, `${r.file}: ${parse.map((f) => f.message).join('; ')}`);
      // xmllint's own error line, recorded in the manifest, where there is one.
      const line = /^(\d+):/.exec(r.xsd_errors ?? '')?.[1];
      assert.equal(parse[0]!.startLine, line ? Number(line) : 1, r.file);
      assert.ok(parse[0]!.startColumn >= 1);
    }
  });

  it('raises no error from a schema-tagged rule on files the (version-relaxed) XSD accepts', () => {
    const schemaRules = new Set(registry.all().filter((r) => r.rule.meta.tags.includes('schema')).map((r) => r.rule.meta.id));
    assert.ok(schemaRules.size >= 8);
    const valid = rows.filter((r) => r.xsd_valid_relaxed === 'yes' && r.build_output === 'no');
    assert.ok(valid.length > 700);
    const offending = valid.flatMap((r) => findingsIn(r.file!).filter((f) => schemaRules.has(f.ruleId) && f.level === 'error'));
    assert.deepEqual(offending.map((f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.message}`), []);
  });

  describe('Import-aware cross-file rules', () => {
    // The manifest's xfile_issues applied rules X1–X6 of service-model.md §3; these implement them.
    const X1_X6 = new Set([
      'XREF-service-name-mismatch',
      'XREF-role-missing-in-configuration',
      'XREF-role-not-in-definition',
      'XREF-setting-not-declared',
      'XREF-setting-missing',
      'XREF-plugin-setting-missing',
      'XREF-certificate-not-declared',
      'XREF-certificate-missing',
    ]);
    const checked = (): ManifestRow[] => rows.filter((r) => r.kind === 'cscfg' && !r.dup_of && r.wellformed === 'yes' && r.pair);

    it('raise no error where the manifest lists no cross-file issue', () => {
      const clean = checked().filter((r) => !r.xfile_issues);
      assert.ok(clean.length > 400);
      const errors = clean.flatMap((r) => findingsIn(r.file!).filter((f) => X1_X6.has(f.ruleId) && f.level === 'error'));
      assert.deepEqual(errors.map((f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.message}`), []);
    });

    it('find every problem the manifest lists', () => {
      const listed = checked().filter((r) => r.xfile_issues);
      assert.ok(listed.length >= 30);
      const missing: string[] = [];
      for (const r of listed) {
        const found = findingsIn(r.file!).filter((f) => X1_X6.has(f.ruleId) && f.level === 'error');
        for (const issue of r.xfile_issues!.split(' | ')) {
          for (const [ruleId, names] of expectations(issue)) {
            const hit = names.every((n) => found.some((f) => f.ruleId === ruleId && f.message.includes(`"${n}"`)));
            if (!hit) missing.push(`${r.file}: ${issue} → ${ruleId} ${names.join(',')}`);
          }
        }
      }
      assert.deepEqual(missing, []);
    });
  });
});

/** Maps a manifest issue to the rule that must report it and the names its message must quote. */
function expectations(issue: string): [string, string[]][] {
  const m = /^serviceName!=name\(([^|]*)\|([^)]*)\)$/.exec(issue);
  if (m) return [['XREF-service-name-mismatch', [m[2] ?? '']]];
  const [kind, role = '', list = ''] = issue.split(':');
  // The manifest cuts long lists at a fixed width: the last name may be incomplete.
  const names = list.split(',').filter((n, i, all) => n && (i < all.length - 1 || issue.length < 100));
  switch (kind) {
    case 'role-missing-in-cscfg':
      return [['XREF-role-missing-in-configuration', [role]]];
    case 'role-not-in-csdef':
      return [['XREF-role-not-in-definition', [role]]];
    case 'setting-missing-in-cscfg':
      return [['XREF-setting-missing', names]];
    case 'setting-not-declared':
      return [['XREF-setting-not-declared', names]];
    case 'cert-missing-in-cscfg':
      return [['XREF-certificate-missing', names]];
    case 'cert-not-declared':
      return [['XREF-certificate-not-declared', names]];
    default:
      throw new Error(`unknown manifest issue kind: ${issue}`);
  }
}
