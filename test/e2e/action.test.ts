import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { prepareConfig } from '../../src/lint/run.js';
import { fixtures } from '../helpers/paths.js';
import { action, runAction as runInRunner, SHA, type Run } from '../helpers/runner.js';

let scratch: string;
let workspace: string;

const runAction = (inputs: Record<string, string>, extraEnv: Record<string, string> = {}, root = workspace): Promise<Run> =>
  runInRunner(scratch, root, inputs, extraEnv);

/**
 * Configurations that pin every rule: the listed ones at the given level, all others off, so
 * rules added later do not change what this fixture reports.
 */
async function writeConfig(name: string, levels: Record<string, string>, root = workspace): Promise<string> {
  const registry = (await prepareConfig(root)).registry;
  const rules: Record<string, string> = {};
  for (const { rule } of registry.all()) rules[rule.meta.id] = levels[rule.meta.id] ?? 'off';
  for (const id of Object.keys(levels)) assert.ok(registry.has(id), `rule ${id} exists`);
  mkdirSync(join(root, 'ci'), { recursive: true });
  writeFileSync(join(root, 'ci', name), JSON.stringify({ rules }, null, 2) + '\n');
  return `ci/${name}`;
}

// What the fixture holds: a malformed .csdef, two settings missing from a .cscfg, an undeclared
// setting (plus one suppressed inline), and a directive that suppresses nothing.
const MIXED = { 'XML-well-formed': 'error', 'XREF-setting-missing': 'error', 'LINT-unused-directive': 'warning', 'XREF-setting-not-declared': 'note' };
const WARNINGS = { ...MIXED, 'XML-well-formed': 'warning', 'XREF-setting-missing': 'warning' };
const NOTES = { 'XML-well-formed': 'note', 'XREF-setting-missing': 'note', 'LINT-unused-directive': 'note', 'XREF-setting-not-declared': 'note' };
const configs: Record<string, string> = {};

describe('the bundled action, run as the runner runs it', () => {
  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'cslint-e2e-'));
    workspace = join(scratch, 'workspace');
    cpSync(join(fixtures, 'e2e', 'findings'), workspace, { recursive: true });
    configs.mixed = await writeConfig('mixed.json', MIXED);
    configs.warnings = await writeConfig('warnings.json', WARNINGS);
    configs.notes = await writeConfig('notes.json', NOTES);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('action.yml runs the bundle on node24 and declares every output the action sets', () => {
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
    for (const o of ['sarif-file', 'errors', 'warnings', 'notes']) assert.ok(o in action.outputs, o);
    for (const i of ['path', 'config', 'fail-on', 'max-warnings', 'sarif-file', 'category', 'annotations', 'summary', 'baseline', 'upload-sarif', 'token']) {
      assert.ok(i in action.inputs, i);
    }
  });

  it('sets the outputs, writes SARIF, annotates with file and line, and writes the job summary', async () => {
    const run = await runAction({ config: configs.mixed! });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.deepEqual(
      { errors: run.outputs.errors, warnings: run.outputs.warnings, notes: run.outputs.notes },
      { errors: '3', warnings: '1', notes: '1' },
    );
    const sarifFile = run.outputs['sarif-file']!;
    assert.equal(sarifFile, join(run.runnerTemp, 'cloudservice-lint.sarif'), 'default under RUNNER_TEMP');
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: { automationDetails: { id: string }; results: { ruleId: string; partialFingerprints: Record<string, string> }[] }[] };
    assert.equal(sarif.runs.length, 1);
    assert.equal(sarif.runs[0]!.automationDetails.id, 'cloudservice-lint/');
    assert.equal(sarif.runs[0]!.results.length, 5, 'the inline-suppressed finding is left out');
    assert.ok(sarif.runs[0]!.results.every((r) => /^[0-9a-f]+:\d+$/.test(r.partialFingerprints.primaryLocationLineHash ?? '')));
    assert.ok(sarif.runs[0]!.results.some((r) => r.ruleId === 'XML-well-formed'), 'parse errors are results');

    // Workflow commands on stdout: errors, then warnings, then notices, each with file and line.
    const commands = run.stdout.split('\n').filter((l) => /^::(error|warning|notice) /.test(l));
    const annotations = commands.filter((l) => l.includes('file='));
    assert.deepEqual(annotations.map((l) => /^::(\w+)/.exec(l)![1]), ['error', 'error', 'error', 'warning', 'notice']);
    assert.ok(annotations.some((l) => /^::error title=XML-well-formed,file=broken\/ServiceDefinition\.csdef,line=4,endLine=4,col=3,endColumn=\d+::not well-formed XML/.test(l)), annotations.join('\n'));
    assert.equal(annotations.filter((l) => /^::error title=XREF-setting-missing,file=shop\/ServiceConfiguration\.Cloud\.cscfg,line=5,/.test(l)).length, 2);
    assert.ok(annotations.some((l) => /^::warning title=LINT-unused-directive,file=shop\/ServiceConfiguration\.Local\.cscfg,line=5,/.test(l)));
    assert.ok(annotations.some((l) => /^::notice title=XREF-setting-not-declared,file=shop\/ServiceConfiguration\.Cloud\.cscfg,line=9,endLine=9,col=16,/.test(l)));
    assert.ok(run.stdout.includes('::error::cloudservice-lint: 3 errors, 1 warning, 1 note (fail-on is error)'));

    const s = run.summary;
    assert.match(s, /^## cloudservice-lint$/m);
    assert.match(s, /\*\*3 errors, 1 warning, 1 note\*\* in 4 files\. The step fails/);
    assert.match(s, /\| Suppressed inline \| 1 \|/);
    assert.match(s, /#### broken\/ServiceDefinition\.csdef\n\n\| Level \| Line \| Rule \| Message \|/);
    assert.match(s, /#### shop\/ServiceConfiguration\.Cloud\.cscfg/);
    assert.ok(s.includes('setting "Unused \\| &lt;b&gt;odd&lt;/b&gt;"'), 'markdown and HTML in messages are escaped');
    assert.ok(s.includes(`SARIF file: \`${sarifFile}\``));
    assert.match(s, /<summary>Effective configuration<\/summary>\n\n```json\n\{\n  "file": "ci\/mixed\.json"/);
  });

  const matrix: ReadonlyArray<[string, string, Record<string, string>, number]> = [
    ['mixed', 'error', {}, 1],
    ['mixed', 'warning', {}, 1],
    ['mixed', 'note', {}, 1],
    ['mixed', 'none', {}, 0],
    ['warnings', 'error', {}, 0],
    ['warnings', 'warning', {}, 1],
    ['warnings', 'note', {}, 1],
    ['warnings', 'none', {}, 0],
    ['warnings', 'none', { 'max-warnings': '3' }, 1],
    ['warnings', 'error', { 'max-warnings': '4' }, 0],
    ['notes', 'error', {}, 0],
    ['notes', 'warning', {}, 0],
    ['notes', 'note', {}, 1],
    ['notes', 'none', {}, 0],
  ];
  for (const [config, failOn, extra, code] of matrix) {
    it(`exits ${code} with fail-on ${failOn} on the ${config} findings${extra['max-warnings'] ? ` and max-warnings ${extra['max-warnings']}` : ''}`, async () => {
      const run = await runAction({ config: configs[config]!, 'fail-on': failOn, annotations: 'false', summary: 'false', ...extra });
      assert.equal(run.code, code, run.stdout + run.stderr);
      assert.equal(run.stdout.includes('::error::cloudservice-lint:'), code === 1);
      assert.equal(run.summary, '', 'summary: false writes none');
      assert.equal(run.stdout.split('\n').filter((l) => l.includes('file=')).length, 0, 'annotations: false writes none');
    });
  }

  it('two runs give byte-identical SARIF', async () => {
    const a = await runAction({ config: configs.mixed!, 'sarif-file': 'out/a.sarif' });
    const b = await runAction({ config: configs.mixed!, 'sarif-file': 'out/a.sarif' });
    assert.equal(a.outputs['sarif-file'], join(workspace, 'out', 'a.sarif'));
    const first = readFileSync(join(workspace, 'out', 'a.sarif'));
    assert.ok(first.length > 0);
    assert.equal(b.code, a.code);
    assert.ok(readFileSync(join(workspace, 'out', 'a.sarif')).equals(first));
    rmSync(join(workspace, 'out'), { recursive: true, force: true });
  });

  it('a bad input fails the step with one line naming the input, no stack trace', async () => {
    const run = await runAction({ 'fail-on': 'errors' });
    assert.equal(run.code, 1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.deepEqual(errors, ['::error::cloudservice-lint: input "fail-on" must be one of error, warning, note, none; got "errors"']);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
  });

  it('a missing configuration file fails with a clear one-line error', async () => {
    const run = await runAction({ config: 'ci/nope.yml' });
    assert.equal(run.code, 1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    assert.equal(errors.length, 1);
    assert.match(errors[0]!, /^::error::cloudservice-lint: .*nope\.yml/);
    assert.doesNotMatch(run.stdout + run.stderr, /\n\s+at /);
  });

  it('keeps annotations within the per-step caps and says how many it shows', async () => {
    // A role that declares 25 settings and a configuration that gives none: 25 errors.
    const root = join(scratch, 'many');
    mkdirSync(root, { recursive: true });
    const names = Array.from({ length: 25 }, (_, i) => `Setting${String(i).padStart(2, '0')}`);
    writeFileSync(
      join(root, 'ServiceDefinition.csdef'),
      `<?xml version="1.0" encoding="utf-8"?>\n<ServiceDefinition name="Many" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">\n  <WorkerRole name="Many.Worker" vmsize="Small">\n    <ConfigurationSettings>\n${names.map((n) => `      <Setting name="${n}" />\n`).join('')}    </ConfigurationSettings>\n  </WorkerRole>\n</ServiceDefinition>\n`,
    );
    writeFileSync(
      join(root, 'ServiceConfiguration.Cloud.cscfg'),
      '<?xml version="1.0" encoding="utf-8"?>\n<ServiceConfiguration serviceName="Many" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" osFamily="7" osVersion="*">\n  <Role name="Many.Worker">\n    <Instances count="2" />\n  </Role>\n</ServiceConfiguration>\n',
    );
    const config = await writeConfig('only-settings.json', { 'XREF-setting-missing': 'error' }, root);
    const run = await runAction({ config }, {}, root);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.errors, '25');
    const annotated = run.stdout.split('\n').filter((l) => /^::error .*file=/.test(l));
    // Ten errors per step, one of them kept for the step's own failure message.
    assert.equal(annotated.length, 9);
    assert.ok(run.stdout.includes('::notice::showing 9 of 25 findings as annotations'), run.stdout);
    assert.match(run.summary, /Annotations: showing 9 of 25/);
    assert.equal(run.summary.split('\n').filter((l) => /^\| Error \| \d+:\d+ \| XREF-setting-missing \|/.test(l)).length, 25, 'the summary lists all of them');
  });

  describe('upload-sarif: true', () => {
    let server: Server;
    let requests = 0;
    let api = '';
    let answer: { status: number; body: unknown } = { status: 403, body: {} };
    let lastBody: Record<string, unknown> = {};
    before(async () => {
      server = createServer((req, res) => {
        requests++;
        let raw = '';
        req.on('data', (c: Buffer) => (raw += c.toString('utf8')));
        req.on('end', () => {
          lastBody = JSON.parse(raw) as Record<string, unknown>;
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer.body));
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('an accepted upload sets sarif-id', async () => {
      answer = { status: 202, body: { id: '47177e22-5596-11eb-80a1-c1e54ef945c6', url: `${api}/repos/contoso/shop/code-scanning/sarifs/47177e22` } };
      requests = 0;
      const run = await runAction({ config: configs.warnings!, 'upload-sarif': 'true' }, { GITHUB_API_URL: api });
      assert.equal(requests, 1);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.equal(run.outputs['sarif-id'], '47177e22-5596-11eb-80a1-c1e54ef945c6');
      assert.equal(lastBody.commit_sha, SHA);
      assert.equal(lastBody.ref, 'refs/heads/main');
      assert.equal(lastBody.tool_name, 'cloudservice-lint');
      assert.equal(lastBody.checkout_uri, `file://${workspace}/`);
      assert.match(run.summary, /Code scanning upload: uploaded to refs\/heads\/main/);
    });

    it('a 403 (fork pull request) is a warning and does not fail the lint', async () => {
      answer = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
      requests = 0;
      const run = await runAction(
        { config: configs.warnings!, 'fail-on': 'error', 'upload-sarif': 'true' },
        { GITHUB_API_URL: api, GITHUB_REF: 'refs/pull/3/merge', GITHUB_EVENT_NAME: 'pull_request' },
      );
      assert.equal(requests, 1);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      const warning = run.stdout.split('\n').find((l) => l.startsWith('::warning::Code scanning upload:'));
      assert.ok(warning, run.stdout);
      assert.match(warning, /403/);
      assert.match(warning, /security-events: write/);
      assert.match(run.summary, /Code scanning upload: code scanning refused the upload \(403\)/);
      assert.equal(run.outputs['sarif-id'], undefined);
    });
  });
});
