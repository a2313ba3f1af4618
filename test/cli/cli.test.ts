import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fixtures, repoRoot } from '../helpers/paths.js';

/** The bundled CLI, run as a user runs it: `node dist/cli.js …`. */
function cloudservice(cwd: string, ...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

const broken = join(fixtures, 'cli', 'broken');

describe('cloudservice CLI (dist/cli.js)', () => {
  it('lints the bundled example with no problems and exit 0', () => {
    const r = cloudservice(repoRoot, 'lint', 'examples');
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /no problems in 4 files/);
  });

  it('lints a folder outside the working folder, or a file there, as from inside it', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'cs-cwd-'));
    try {
      for (const target of [join(repoRoot, 'examples'), join(repoRoot, 'examples', 'contoso-shop', 'ContosoShop.ccproj')]) {
        const r = cloudservice(elsewhere, 'lint', target, '--format', 'json');
        assert.equal(r.code, 0, r.out + r.err);
        assert.deepEqual(JSON.parse(r.out).findings, [], target);
      }
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('loads a rule pack from the configuration, as the unbundled code does', () => {
    const r = cloudservice(join(fixtures, 'rule-pack', 'local'), 'lint', '--format', 'json');
    assert.equal(r.code, 1, r.err);
    const json = JSON.parse(r.out) as { findings: { ruleId: string; line: number }[] };
    assert.deepEqual(json.findings.filter((f) => f.ruleId === 'CONTOSO-role-prefix').map((f) => f.line), [6]);
  });

  it('prints stylish findings with file, line, column, level, message and rule, and exits 1', () => {
    const r = cloudservice(broken, 'lint');
    assert.equal(r.code, 1);
    assert.equal(
      r.out,
      [
        'ServiceConfiguration.Cloud.cscfg',
        '  5:5  error    role "Worker" gives no value for setting "Queue" declared in ServiceDefinition.csdef; add <Setting name="Queue" value="..." />  XREF-setting-missing',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notes) in 2 files',
        '',
      ].join('\n'),
    );
  });

  it('--fail-on none exits 0 with findings; --fail-on picks the threshold', () => {
    assert.equal(cloudservice(broken, 'lint', '--fail-on', 'none').code, 0);
    assert.equal(cloudservice(broken, 'lint', '--fail-on', 'warning').code, 1);
  });

  it('--format json and --output write a machine-readable report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-cli-'));
    try {
      const out = join(dir, 'sub', 'report.json');
      const r = cloudservice(broken, 'lint', '--format', 'json', '--output', out);
      assert.equal(r.code, 1);
      assert.equal(r.out, '');
      const json = JSON.parse(readFileSync(out, 'utf8')) as { totals: { error: number }; findings: { ruleId: string; line: number; column: number }[] };
      assert.equal(json.totals.error, 1);
      assert.deepEqual(json.findings.map((f) => [f.ruleId, f.line, f.column]), [['XREF-setting-missing', 5, 5]]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('usage errors are one line on stderr with exit 2, never a stack trace', () => {
    const cases: [string[], RegExp][] = [
      [['lint', '--format', 'xml'], /^cloudservice lint: --format must be stylish, json or sarif, not "xml"\n$/],
      [['lint', '--fail-on', 'fatal'], /^cloudservice lint: --fail-on must be error, warning, note or none, not "fatal"\n$/],
      [['lint', '--max-warnings', 'many'], /^cloudservice lint: --max-warnings must be a whole number, not "many"\n$/],
      [['lint', '--bogus'], /^cloudservice lint: Unknown option '--bogus'.*; see --help\n$/],
      [['lint', 'no/such/dir'], /^cloudservice lint: no\/such\/dir: no such file or folder\n$/],
      [['frobnicate'], /^cloudservice: unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const r = cloudservice(broken, ...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /\n\s+at /);
    }
  });

  it('--max-warnings fails on too many warnings', () => {
    const r = cloudservice(broken, 'lint', '--fail-on', 'none', '--max-warnings', '0', '--config', join(fixtures, 'cli', 'warnings.json'));
    assert.equal(r.code, 1, r.out + r.err);
  });

  it('rules --format json lists every rule with its metadata', () => {
    const r = cloudservice(repoRoot, 'rules', '--format', 'json');
    assert.equal(r.code, 0);
    const rules = JSON.parse(r.out) as { id: string; shortDescription: string; help: string; tags: string[]; docsUrl: string }[];
    assert.ok(rules.length >= 30);
    for (const rule of rules) {
      assert.match(rule.id, /^(XML|CSDEF|CSCFG|XREF|PKG|SEC|CSES|LINT)-[a-z0-9-]+$/);
      assert.ok(rule.shortDescription && rule.help && rule.tags.length, rule.id);
      assert.ok(rule.docsUrl.endsWith(`/docs/rules/${rule.id}.md`));
    }
  });

  it('runs the Quick start: lint and package the example; the stub package fails verify unless --allow-stub', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-cli-'));
    try {
      const out = join(dir, 'contoso-shop.cspkg');
      const pkg = cloudservice(repoRoot, 'package', 'examples/contoso-shop/ServiceDefinition.csdef', '--sdk-kit', 'stub', '--out', out);
      assert.equal(pkg.code, 0, pkg.err);
      assert.match(pkg.err, /NOT DEPLOYABLE/);
      assert.match(pkg.out, /role ContosoShop\.Web: \d+ files/);
      assert.equal(cloudservice(repoRoot, 'verify', out).code, 1);
      const allowed = cloudservice(repoRoot, 'verify', out, '--allow-stub');
      assert.equal(allowed.code, 0, allowed.out);
      assert.match(allowed.err, /NOT deployable/);
      // --allow-stub forgives the stand-ins only: a damaged package still fails.
      const bytes = readFileSync(out);
      const mid = Math.floor(bytes.length / 2);
      bytes[mid] = (bytes[mid] as number) ^ 0xff;
      writeFileSync(out, bytes);
      assert.equal(cloudservice(repoRoot, 'verify', out, '--allow-stub').code, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(cloudservice(repoRoot, '--version').out, `${pkg.version}\n`);
  });
});
