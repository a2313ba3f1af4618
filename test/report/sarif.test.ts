import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import type { ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../../src/lint/finding.js';
import type { RegisteredRule } from '../../src/lint/registry.js';
import type { RuleMeta } from '../../src/lint/rule-api.js';
import { lineHashes } from '../../src/report/fingerprints.js';
import { buildSarif, FINGERPRINT_KEY, relativeUri } from '../../src/report/sarif.js';
import { repoRoot } from '../helpers/paths.js';

function rule(id: string, meta: Partial<RuleMeta> = {}): RegisteredRule {
  return {
    origin: 'builtin',
    rule: {
      meta: {
        id,
        shortDescription: `Short ${id}`,
        fullDescription: `Full description of ${id}.`,
        help: `Why ${id} matters.\n\n**Bad**\n\n\`\`\`xml\n<X/>\n\`\`\``,
        sources: [],
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
        docsUrl: `https://example.test/docs/${id}.md`,
        ...meta,
      },
      check() {},
    },
  };
}

function finding(ruleId: string, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId,
    level: 'error',
    message: `problem from ${ruleId} at ${line}`,
    file,
    startLine: line,
    startColumn: 3,
    endLine: line,
    endColumn: 9,
    logicalPath: `ServiceDefinition/WebRole[@name='W${line}']`,
    key: `k${line}`,
    ...extra,
  };
}

const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('SARIF log', () => {
  const rules = [rule('XREF-b'), rule('CSDEF-a', { defaultLevel: 'warning' }), rule('XML-c', { defaultLevel: 'note' })];

  it('has exactly one run from the fixed driver, with every enabled rule in id order and full metadata', () => {
    const { log } = buildSarif({ findings: [], rules });
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0]!;
    assert.equal(run.tool.driver.name, 'cloudservice-lint');
    assert.equal(run.tool.driver.semanticVersion, version);
    assert.ok(run.tool.driver.informationUri);
    assert.deepEqual(run.results, []);
    assert.deepEqual(run.automationDetails, { id: 'cloudservice-lint/' });
    const ds = run.tool.driver.rules as ReportingDescriptor[];
    assert.deepEqual(ds.map((d) => d.id), ['CSDEF-a', 'XML-c', 'XREF-b']);
    for (const d of ds) {
      assert.ok(d.shortDescription?.text && d.fullDescription?.text && d.help?.text && d.help.markdown);
      assert.equal(d.helpUri, `https://example.test/docs/${d.id}.md`);
      assert.ok(d.help.markdown!.includes(`(https://example.test/docs/${d.id}.md)`), 'help markdown links the rule doc');
      assert.ok(d.help.text!.includes(d.helpUri!), 'help text names the doc page');
      assert.equal(d.name, d.id.slice(d.id.indexOf('-') + 1), 'kebab name after the family prefix');
      assert.deepEqual(d.properties?.tags, ['correctness']);
      assert.equal(d.properties?.precision, 'high');
      assert.equal(d.properties?.['security-severity'], undefined);
    }
    assert.deepEqual(ds.map((d) => [d.defaultConfiguration?.level, d.properties?.['problem.severity']]), [
      ['warning', 'warning'],
      ['note', 'recommendation'],
      ['error', 'error'],
    ]);
  });

  it('gives security-severity only to security-tagged rules with a value in (0, 10]', () => {
    const { log } = buildSarif({
      findings: [],
      rules: [
        rule('SEC-a', { tags: ['security', 'cscfg'], securitySeverity: 7.5 }),
        rule('SEC-b', { tags: ['cscfg'], securitySeverity: 7.5 }),
        rule('SEC-c', { tags: ['security'], securitySeverity: 0 }),
        rule('SEC-d', { tags: ['security'], securitySeverity: 11 }),
      ],
    });
    const sev = Object.fromEntries((log.runs[0]!.tool.driver.rules ?? []).map((d) => [d.id, d.properties?.['security-severity']]));
    assert.deepEqual(sev, { 'SEC-a': '7.5', 'SEC-b': undefined, 'SEC-c': undefined, 'SEC-d': undefined });
  });

  it('keeps at most 20 tags per rule, keeps "security" among them, and says so', () => {
    const tags = [...Array.from({ length: 25 }, (_, i) => `t${i}`), 'security'];
    const report = buildSarif({ findings: [], rules: [rule('SEC-many', { tags, securitySeverity: 5 })] });
    const d = report.log.runs[0]!.tool.driver.rules![0]!;
    const kept = d.properties?.tags as string[];
    assert.equal(kept.length, 20);
    assert.ok(kept.includes('security'));
    assert.equal(d.properties?.['security-severity'], '5.0');
    assert.equal(report.notices.length, 1);
    assert.match(report.notices[0]!, /more than 20 tags/);
  });

  it('writes results with ruleIndex, a relative %SRCROOT% URI, a full region and no snippet', () => {
    const f = finding('XREF-b', 'svc/a b/ServiceConfiguration.Cloud.cscfg', 4);
    const w = finding('CSDEF-a', 'svc/ServiceDefinition.csdef', 2, { level: 'error' });
    const { log } = buildSarif({ findings: [f, w], rules });
    const results = log.runs[0]!.results as Result[];
    assert.equal(results.length, 2);
    // Sorted by file (code-unit order), then position.
    assert.deepEqual(results.map((r) => r.ruleId), ['CSDEF-a', 'XREF-b']);
    const [second, first] = results as [Result, Result];
    assert.equal(first.ruleIndex, 2);
    assert.equal(first.level, undefined, 'level left out when it is the rule default');
    assert.equal(second.ruleIndex, 0);
    assert.equal(second.level, 'error', 'level kept when configuration changed it');
    const loc = first.locations![0]!.physicalLocation!;
    assert.deepEqual(loc.artifactLocation, { uri: 'svc/a%20b/ServiceConfiguration.Cloud.cscfg', uriBaseId: '%SRCROOT%' });
    assert.deepEqual(loc.region, { startLine: 4, startColumn: 3, endLine: 4, endColumn: 9 });
    assert.equal(JSON.stringify(log).includes('snippet'), false);
    assert.equal(first.message.text, f.message);
    assert.equal(typeof first.partialFingerprints?.[FINGERPRINT_KEY], 'string');
    assert.equal(first.partialFingerprints?.primaryLocationLineHash, undefined, 'no root, no file to hash');
  });

  it('turns paths into clean relative URI references', () => {
    assert.equal(relativeUri('./a/b.cscfg'), 'a/b.cscfg');
    assert.equal(relativeUri('/a/b.cscfg'), 'a/b.cscfg');
    assert.equal(relativeUri('a\\b c\\d#1.csdef'), 'a/b%20c/d%231.csdef');
    assert.equal(relativeUri('ünï/(x).cscfg'), '%C3%BCn%C3%AF/%28x%29.cscfg');
  });

  it('computes primaryLocationLineHash from the file under root, and the %SRCROOT% file URI', () => {
    const root = mkdtempSync(join(tmpdir(), 'cslint-sarif-'));
    try {
      mkdirSync(join(root, 'svc'));
      const text = '<?xml version="1.0"?>\r\n<ServiceConfiguration>\r\n  <Role name="A" />\r\n</ServiceConfiguration>\r\n';
      writeFileSync(join(root, 'svc', 'S.cscfg'), text);
      const { log } = buildSarif({ findings: [finding('XREF-b', 'svc/S.cscfg', 3)], rules, root });
      const run = log.runs[0]!;
      assert.equal(run.results![0]!.partialFingerprints?.primaryLocationLineHash, lineHashes(text)[2]);
      const base = run.originalUriBaseIds?.['%SRCROOT%'];
      assert.ok(base?.uri?.startsWith('file:///') && base.uri.endsWith('/'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('leaves suppressed and baselined findings out by default and counts them', () => {
    const findings = [
      finding('XREF-b', 'a.cscfg', 1),
      finding('XREF-b', 'a.cscfg', 2, { suppression: { kind: 'inline', justification: 'reviewed' } }),
      finding('XREF-b', 'a.cscfg', 3, { suppression: { kind: 'baseline', justification: 'accepted in the baseline' } }),
    ];
    const out = buildSarif({ findings, rules });
    assert.equal(out.results, 1);
    assert.deepEqual(out.omitted, { suppressed: 1, baselined: 1, overLimit: 0 });
    assert.equal(JSON.stringify(out.log).includes('suppressions'), false);

    const all = buildSarif({ findings, rules, includeSuppressed: true });
    const results = all.log.runs[0]!.results!;
    assert.equal(results.length, 3);
    // SARIF: when one result has suppressions, all must have the array.
    assert.ok(results.every((r) => Array.isArray(r.suppressions)));
    assert.deepEqual(results.map((r) => r.suppressions!.map((s) => s.kind)), [[], ['inSource'], ['external']]);
  });

  it('uses the category for automationDetails.id, owning the trailing slash', () => {
    const id = (category: string) => buildSarif({ findings: [], rules, category }).log.runs[0]!.automationDetails!.id;
    assert.equal(id('cslint-prod'), 'cslint-prod/');
    assert.equal(id('team/cslint/'), 'team/cslint/');
    assert.equal(id('  '), 'cloudservice-lint/');
  });

  it('caps results at the per-run limit, keeping the most severe, with a notice', () => {
    const findings = [
      finding('XREF-b', 'a.cscfg', 1, { level: 'note' }),
      finding('XREF-b', 'a.cscfg', 2, { level: 'warning' }),
      finding('XREF-b', 'b.cscfg', 3, { level: 'error' }),
      finding('XREF-b', 'c.cscfg', 4, { level: 'note' }),
      finding('XREF-b', 'c.cscfg', 5, { level: 'error' }),
    ];
    const out = buildSarif({ findings, rules, limits: { maxResults: 3 } });
    assert.equal(out.results, 3);
    assert.equal(out.omitted.overLimit, 2);
    const levels = out.log.runs[0]!.results!.map((r) => r.level ?? 'error');
    assert.deepEqual(levels.sort(), ['error', 'error', 'warning']);
    assert.match(out.notices[0]!, /^2 of 5 results were left out .* at most 3 per run/);
    const notes = out.log.runs[0]!.invocations![0]!.toolExecutionNotifications!;
    assert.equal(notes[0]!.message.text, out.notices[0]);
  });

  it('warns when code scanning will show only the top 5,000 results', () => {
    const findings = Array.from({ length: 5001 }, (_, i) => finding('XREF-b', `f${i % 7}.cscfg`, i + 1));
    const out = buildSarif({ findings, rules });
    assert.equal(out.results, 5001);
    assert.deepEqual(out.notices, ['The SARIF file has 5001 results; code scanning shows only the 5000 most severe.']);
    assert.equal(buildSarif({ findings: findings.slice(0, 5000), rules }).notices.length, 0);
  });

  it('drops the least severe results until the gzipped file fits, with a notice', () => {
    const findings = Array.from({ length: 400 }, (_, i) =>
      finding('XREF-b', `f${i}.cscfg`, i + 1, { level: i % 2 ? 'note' : 'error', message: `message ${i} ${'x'.repeat(i % 37)}` }),
    );
    const full = buildSarif({ findings, rules });
    const limit = Math.floor(gzipSync(full.text).length * 0.6);
    const out = buildSarif({ findings, rules, limits: { maxGzipBytes: limit } });
    assert.ok(gzipSync(out.text).length <= limit);
    assert.ok(out.results > 0 && out.results < 400);
    assert.equal(out.omitted.overLimit, 400 - out.results);
    assert.ok(out.notices.some((n) => /gzipped limit/.test(n)));
    const kept = out.log.runs[0]!.results!;
    // Notes go first: the kept set has every error before any note.
    const keptNotes = kept.filter((r) => r.level === 'note').length;
    if (keptNotes > 0) assert.equal(kept.length - keptNotes, 200);
  });

  it('is byte-identical whatever order the findings come in', () => {
    const findings = [
      finding('XREF-b', 'b.cscfg', 7),
      finding('CSDEF-a', 'a.csdef', 1),
      finding('XML-c', 'a.csdef', 1),
      // Same rule, place and message: only the end and the key tell them apart.
      finding('XREF-b', 'c.cscfg', 2, { endColumn: 20, key: 'one' }),
      finding('XREF-b', 'c.cscfg', 2, { endColumn: 12, key: 'two' }),
    ];
    const a = buildSarif({ findings, rules }).text;
    const b = buildSarif({ findings: [...findings].reverse(), rules: [...rules].reverse() }).text;
    assert.equal(a, b);
  });
});
