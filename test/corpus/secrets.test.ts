import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { BUILTIN_RULES } from '../../rules/index.js';
import { EffectiveConfig } from '../../src/lint/config.js';
import { lint, type LintResult } from '../../src/lint/engine.js';
import { Registry } from '../../src/lint/registry.js';
import { totals } from '../../src/lint/threshold.js';
import { planAnnotations } from '../../src/report/annotations.js';
import { formatJson } from '../../src/report/json.js';
import { buildSarif } from '../../src/report/sarif.js';
import { formatStylish } from '../../src/report/stylish.js';
import { buildSummary } from '../../src/report/summary.js';
import { serviceFilesRoot } from '../helpers/manifest.js';

/** The storage emulator's published key: in the corpus hundreds of times, and not a secret. */
const EMULATOR_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/**
 * Secret-looking values in the raw corpus files, found without the rules' own logic: account keys,
 * passwords and shared access keys in connection strings, and the values of settings and
 * variables named like secrets. Only values long and varied enough that their presence in an
 * output could not be a coincidence are kept.
 */
function corpusSecrets(): Set<string> {
  const secrets = new Set<string>();
  const keep = (v: string | undefined): void => {
    const s = (v ?? '').replace(/&quot;|&amp;/g, '').trim();
    if (s.length >= 16 && /[0-9]/.test(s) && /[A-Za-z]/.test(s) && !/\s/.test(s) && s !== EMULATOR_KEY) secrets.add(s);
  };
  for (const dir of readdirSync(serviceFilesRoot)) {
    const d = join(serviceFilesRoot, dir);
    if (!statSync(d).isDirectory()) continue;
    for (const f of readdirSync(d)) {
      const raw = readFileSync(join(d, f));
      const text = raw[0] === 0xff && raw[1] === 0xfe ? raw.subarray(2).toString('utf16le') : raw.toString('utf8');
      for (const m of text.matchAll(/(?:AccountKey|Password|Pwd|SharedAccessKey|SharedSecretValue)=([^;"&<]+)/gi)) keep(m[1]);
      for (const m of text.matchAll(/<(?:Setting|Variable)\s+name="([^"]*)"\s+value="([^"]*)"/g)) {
        if (/pass|secret|key|token|pwd/i.test(m[1] ?? '')) keep(m[2]);
      }
    }
  }
  return secrets;
}

let secrets: Set<string>;
let result: LintResult;
let registry: Registry;

before(() => {
  secrets = corpusSecrets();
  registry = new Registry(BUILTIN_RULES);
  const config = new EffectiveConfig({ file: undefined, input: { preset: 'strict' }, lineOf: () => undefined }, registry);
  result = lint({ root: serviceFilesRoot, paths: ['.'], config });
});

describe('no output shows a full secret from the corpus', () => {
  it('finds real secrets in the corpus, and the rules report them', () => {
    assert.ok(secrets.size >= 50, `only ${secrets.size} secrets found`);
    const keyFindings = result.findings.filter((f) => f.ruleId === 'SEC-storage-account-key');
    assert.ok(keyFindings.length >= 100, `${keyFindings.length} storage-key findings`);
  });

  it('console, JSON, SARIF, annotations and job summary mask every one', () => {
    const t = totals(result.findings);
    const outputs: Record<string, string> = {
      stylish: formatStylish(result.findings, { color: false, fileCount: result.files.length, totals: t, staleBaseline: 0 }),
      json: formatJson(result.findings, { totals: t, files: result.files, includeSuppressed: true }),
      sarif: buildSarif({ findings: result.findings, rules: registry.all(), includeSuppressed: true, root: serviceFilesRoot }).text,
      annotations: planAnnotations(result.findings, { perLevel: 1e6, perJob: 1e6 })
        .annotations.map((a) => `${a.title}\n${a.message}`)
        .join('\n'),
      summary: buildSummary({ findings: result.findings, fileCount: result.files.length, failOn: 'error', maxWarnings: undefined, failed: true, maxBytes: 64 * 1024 * 1024 }),
    };
    const leaks: string[] = [];
    for (const [name, text] of Object.entries(outputs)) {
      assert.ok(text.length > 10_000, `${name} output is suspiciously small`);
      for (const s of secrets) if (text.includes(s)) leaks.push(`${name}: ${s.slice(0, 6)}…`);
    }
    assert.deepEqual(leaks, []);
  });
});
