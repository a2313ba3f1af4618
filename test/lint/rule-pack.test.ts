import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { main } from '../../src/cli/main.js';
import { fixtures } from '../helpers/paths.js';

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd, env: {}, isTTY: false, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('rule packs', () => {
  const local = join(fixtures, 'rule-pack', 'local');
  const npm = join(fixtures, 'rule-pack', 'npm');

  it('a local pack: configured level and options, inline suppression and output like a built-in rule', async () => {
    const r = await cli(local, 'lint', '--format', 'json', '--include-suppressed');
    assert.equal(r.code, 1, r.err);
    const json = JSON.parse(r.out) as { findings: { ruleId: string; level: string; line: number; column: number; message: string; suppression?: { justification: string } }[] };
    const pack = json.findings.filter((f) => f.ruleId === 'CONTOSO-role-prefix');
    assert.deepEqual(
      pack.map((f) => [f.level, f.line, f.column, f.message, f.suppression?.justification ?? null]),
      [
        ['error', 5, 15, 'role "Legacy" should be named "Contoso.Legacy"', 'inherited name, renamed next release'],
        ['error', 6, 15, 'role "Billing" should be named "Contoso.Billing"', null],
      ],
    );
  });

  it('a pack rule is listed by `rules` and appears in SARIF with its metadata', async () => {
    const listed = await cli(local, 'rules', '--format', 'json');
    const rules = JSON.parse(listed.out) as { id: string; origin: string }[];
    assert.deepEqual(rules.filter((r) => r.id.startsWith('CONTOSO-')).map((r) => [r.id, r.origin]), [['CONTOSO-role-prefix', './contoso-rules.mjs']]);
    const sarif = JSON.parse((await cli(local, 'lint', '--format', 'sarif')).out) as {
      runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string }[] }[];
    };
    const run = sarif.runs[0]!;
    assert.ok(run.tool.driver.rules.some((r) => r.id === 'CONTOSO-role-prefix' && r.shortDescription.text.startsWith('Role names')));
    assert.deepEqual(run.results.filter((r) => r.ruleId === 'CONTOSO-role-prefix').length, 1);
  });

  it('a pack rule goes into a baseline like any other', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-pack-'));
    try {
      cpSync(local, dir, { recursive: true });
      assert.equal((await cli(dir, 'lint', '--update-baseline')).code, 0);
      const b = JSON.parse(readFileSync(join(dir, '.cloudservice-baseline.json'), 'utf8')) as { entries: { ruleId: string }[] };
      assert.deepEqual(b.entries.filter((e) => e.ruleId.startsWith('CONTOSO-')).map((e) => e.ruleId), ['CONTOSO-role-prefix']);
      assert.equal((await cli(dir, 'lint', '--baseline', '.cloudservice-baseline.json')).code, 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an npm pack named by package name resolves from node_modules above the configuration', async () => {
    const r = await cli(npm, 'lint', '--format', 'json');
    const json = JSON.parse(r.out) as { findings: { ruleId: string; level: string; line: number; column: number }[] };
    assert.deepEqual(
      json.findings.filter((f) => f.ruleId.startsWith('CONTOSO-')).map((f) => [f.ruleId, f.level, f.line, f.column]),
      [['CONTOSO-single-instance', 'warning', 4, 16]],
    );
  });

  it('a pack option that breaks its schema is a configuration error naming the file and line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-pack-'));
    try {
      cpSync(local, dir, { recursive: true });
      const cfg = join(dir, '.cloudservice.yml');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(cfg, 'plugins: [./contoso-rules.mjs]\nrules:\n  CONTOSO-role-prefix: [error, { prefix: "" }]\n');
      const r = await cli(dir, 'lint');
      assert.equal(r.code, 2);
      assert.match(r.err, /\.cloudservice\.yml:3: CONTOSO-role-prefix options\.prefix: must NOT have fewer than 1 characters\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a missing pack is a one-line error saying how to install it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-pack-'));
    try {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(dir, '.cloudservice.json'), '{"plugins":["cloudservice-rules-missing"]}');
      const r = await cli(dir, 'lint');
      assert.equal(r.code, 2);
      assert.match(r.err, /rule pack "cloudservice-rules-missing" is not installed: .*run npm install cloudservice-rules-missing\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
