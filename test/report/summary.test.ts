import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/lint/finding.js';
import { buildSummary, escapeText, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';

function f(file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'XREF-setting-missing',
    level: 'error',
    message: `problem ${line}`,
    file,
    startLine: line,
    startColumn: 5,
    endLine: line,
    endColumn: 9,
    logicalPath: '',
    key: `${line}`,
    ...extra,
  };
}

const base = { fileCount: 2, failOn: 'error', maxWarnings: undefined, failed: true } as const;

describe('job summary', () => {
  it('shows totals per level, a table per file, where the SARIF file is, and the configuration', () => {
    const md = buildSummary({
      ...base,
      findings: [
        f('b.cscfg', 3, { level: 'warning' }),
        f('a.csdef', 7),
        f('a.csdef', 2, { level: 'note' }),
        f('a.csdef', 9, { suppression: { kind: 'inline', justification: 'ok' } }),
        f('a.csdef', 10, { suppression: { kind: 'baseline', justification: 'accepted' } }),
      ],
      sarifFile: 'out/cloudservice-lint.sarif',
      sarifResults: 3,
      annotations: { shown: 3, total: 3 },
      config: { preset: 'recommended', rules: { 'XREF-setting-missing': 'error' } },
    });
    assert.match(md, /\*\*1 error, 1 warning, 1 note\*\* in 2 files\. The step fails \(it fails on errors\)\./);
    assert.match(md, /\| Error \| 1 \|\n\| Warning \| 1 \|\n\| Note \| 1 \|\n\| Suppressed inline \| 1 \|\n\| Accepted by the baseline \| 1 \|/);
    assert.match(md, /SARIF file: `out\/cloudservice-lint\.sarif` \(3 results\)/);
    const a = md.indexOf('#### a.csdef');
    const b = md.indexOf('#### b.cscfg');
    assert.ok(a > 0 && b > a, 'one table per file, in path order');
    assert.ok(md.indexOf('| Note | 2:5 |') > a && md.indexOf('| Error | 7:5 |') > md.indexOf('| Note | 2:5 |'), 'rows by line');
    assert.equal(md.includes('problem 9'), false, 'suppressed findings are counted, not listed');
    assert.match(md, /<summary>Effective configuration<\/summary>\n\n```json\n\{\n  "preset": "recommended"/);
  });

  it('escapes markdown and HTML in messages and paths', () => {
    assert.equal(escapeText('a|b <script>x</script> *y* [l](u) `c`\nz'), 'a\\|b &lt;script&gt;x&lt;/script&gt; \\*y\\* \\[l\\](u) \\`c\\` z');
    const md = buildSummary({ ...base, findings: [f('we|rd_<dir>/S.cscfg', 1, { message: 'name "x | <b>y</b>" is bad' })] });
    assert.ok(md.includes('#### we\\|rd\\_&lt;dir&gt;/S.cscfg'));
    assert.ok(md.includes('| name "x \\| &lt;b&gt;y&lt;/b&gt;" is bad |'));
    // Every table row still has exactly five unescaped pipes.
    for (const line of md.split('\n').filter((l) => /^\| Error \| \d+:\d+/.test(l))) {
      assert.equal(line.replace(/\\\|/g, '').split('|').length - 1, 5, line);
    }
  });

  it('stays under GitHub\'s 1 MiB by cutting whole rows, and says how many are missing', () => {
    const findings = Array.from({ length: 20_000 }, (_, i) => f(`svc${i % 50}/S.cscfg`, i + 1, { message: `message ${'é'.repeat(40)} ${i}` }));
    const md = buildSummary({ ...base, findings, config: { big: 'x'.repeat(10_000) } });
    const size = Buffer.byteLength(md);
    assert.ok(size < SUMMARY_LIMIT_BYTES, `${size} bytes`);
    const rows = md.split('\n').filter((l) => /^\| Error \| \d+:\d+/.test(l)).length;
    assert.ok(rows > 1000 && rows < 20_000);
    assert.ok(md.includes(`${20_000 - rows} more findings are not listed`));
    assert.ok(md.includes('Effective configuration'), 'the configuration survives the cut');
    for (const line of md.split('\n').filter((l) => l.startsWith('| Error'))) assert.ok(line.endsWith(' |'), 'no half row');
  });

  it('respects a smaller budget exactly', () => {
    const findings = Array.from({ length: 500 }, (_, i) => f('a.cscfg', i + 1));
    const md = buildSummary({ ...base, findings, maxBytes: 4000 });
    assert.ok(Buffer.byteLength(md) <= 4000);
    assert.match(md, /more findings are not listed/);
  });

  it('says so when there is nothing to report', () => {
    const md = buildSummary({ ...base, failed: false, findings: [] });
    assert.match(md, /\*\*0 errors, 0 warnings, 0 notes\*\* in 2 files\. The step passes/);
    assert.match(md, /No open findings\./);
  });
});
