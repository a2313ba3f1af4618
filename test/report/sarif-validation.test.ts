import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runLint } from '../../src/lint/run.js';
import { buildSarif, type SarifReport } from '../../src/report/sarif.js';
import { corpusRoot, fixtures, repoRoot } from '../helpers/paths.js';
import { blocking, multitoolValidate, schemaErrors } from './sarif-checks.js';

const corpus = join(corpusRoot, 'service-files');

/** Lints like the action does and builds the SARIF file it would write. */
async function sarifFor(root: string, paths: string[], includeSuppressed = false, withProvenance = false): Promise<SarifReport> {
  const result = await runLint({ root, paths, now: new Date('2026-06-01T00:00:00Z') });
  const { config } = result;
  return buildSarif({
    findings: result.findings,
    rules: config.registry.all().filter(({ rule }) => config.mayRun(rule.meta.id)),
    ruleFor: (id) => config.registry.get(id),
    includeSuppressed,
    root,
    // What the action adds from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA and GITHUB_REF.
    ...(withProvenance
      ? { provenance: { repositoryUri: 'https://github.com/contoso/shop', revisionId: '0123456789abcdef0123456789abcdef01234567', branch: 'refs/heads/main' } }
      : {}),
  });
}

const inputs: ReadonlyArray<{ name: string; root: string; paths: string[]; includeSuppressed?: boolean; provenance?: boolean; minResults: number }> = [
  { name: 'examples/', root: repoRoot, paths: ['examples'], minResults: 0 },
  { name: 'the corpus', root: corpus, paths: ['.'], minResults: 1 },
  { name: 'the e2e fixture', root: join(fixtures, 'e2e', 'findings'), paths: ['.'], minResults: 4 },
  {
    name: 'the e2e fixture with suppressed findings and version-control provenance',
    root: join(fixtures, 'e2e', 'findings'),
    paths: ['.'],
    includeSuppressed: true,
    provenance: true,
    minResults: 5,
  },
];

describe('SARIF validation', () => {
  for (const input of inputs) {
    describe(input.name, { skip: existsSync(input.root) ? false : `${input.root} is not there` }, () => {
      let report: SarifReport | undefined;
      const get = async (): Promise<SarifReport> => (report ??= await sarifFor(input.root, input.paths, input.includeSuppressed, input.provenance));

      it('passes sarif-multitool validate --rule-kind "Gh;Sarif" with no error or warning', async () => {
        const r = await get();
        assert.ok(r.results >= input.minResults, `expected at least ${input.minResults} results, got ${r.results}`);
        const problems = multitoolValidate(r.text);
        assert.deepEqual(
          blocking(problems).map((p) => `${p.level} ${p.ruleId}: ${p.text.slice(0, 300)}`),
          [],
        );
      });

      it('validates against the SARIF 2.1.0 JSON schema', async () => {
        assert.deepEqual(schemaErrors((await get()).log), []);
      });
    });
  }

  it('the checks catch what GitHub rejects (so a pass means something)', async () => {
    const r = await sarifFor(join(fixtures, 'e2e', 'findings'), ['.']);
    const broken = structuredClone(r.log);
    const run = broken.runs[0]!;
    delete run.tool.driver.rules![0]!.fullDescription;
    run.results![0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = '/abs/ServiceDefinition.csdef';
    const ids = blocking(multitoolValidate(JSON.stringify(broken))).map((p) => p.ruleId);
    assert.ok(ids.includes('GH2012'), `multitool flags the missing fullDescription: ${ids.join(', ')}`);
    assert.ok(ids.includes('SARIF1004'), `multitool flags the absolute URI: ${ids.join(', ')}`);
    (run as { results?: unknown }).results = 'none';
    assert.ok(schemaErrors(broken).length > 0);
  });

  it('two runs on the same input give byte-identical SARIF', async () => {
    for (const input of inputs.slice(0, 3)) {
      if (!existsSync(input.root)) continue;
      const a = await sarifFor(input.root, input.paths);
      const b = await sarifFor(input.root, input.paths);
      assert.equal(a.text, b.text, input.name);
    }
  });
});
