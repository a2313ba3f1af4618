import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Azurite, ResultsService, runtimeToken, useArtifactBackend } from '../helpers/artifact-service.js';
import { fixtures, repoRoot } from '../helpers/paths.js';
import { runAction, SHA } from '../helpers/runner.js';

/**
 * The release job end to end: the bundled action lints, packages, verifies and uploads, with the
 * real @actions/artifact client talking to a stand-in of the results service whose signed URL
 * points into Azurite, a real blob service.
 */
let scratch: string;
const backend = useArtifactBackend();

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

function workspaceFrom(source: string): string {
  const ws = mkdtempSync(join(scratch, 'ws-'));
  cpSync(source, ws, { recursive: true });
  return ws;
}

const artifactEnv = (): Record<string, string> => ({
  ACTIONS_RUNTIME_TOKEN: runtimeToken(),
  ACTIONS_RESULTS_URL: backend.results.url,
  GITHUB_RUN_ID: '9001',
});

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cs-release-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('lint, package, verify and upload in one step (dist/index.js)', () => {
  it('uploads the .cspkg itself; its SHA-256 is the same locally, in the blob store, in FinalizeArtifact and in the outputs', async () => {
    const ws = workspaceFrom(join(repoRoot, 'examples'));
    const before = backend.results.calls.length;
    const run = await runAction(scratch, ws, { package: 'true', 'sdk-kit': 'stub', 'retention-days': '7' }, artifactEnv());
    assert.equal(run.code, 0, run.stdout + run.stderr);

    const o = run.outputs;
    assert.equal(o['package-path'], join(run.runnerTemp, 'ContosoShop.cspkg'));
    const local = readFileSync(o['package-path']!);
    assert.equal(o['package-sha256'], sha256(local));
    assert.equal(o['artifact-digest'], o['package-sha256']);
    assert.equal(o['artifact-id'], '4242');
    assert.equal(o['artifact-url'], 'https://github.com/contoso/shop/actions/runs/9001/artifacts/4242');

    const name = `ContosoShop-${SHA.slice(0, 7)}.cspkg`;
    const blob = await backend.azurite.download(name);
    assert.equal(sha256(blob), o['package-sha256']);
    const calls = backend.results.calls.slice(before);
    assert.deepEqual(calls.map((c) => [c.method, c.status]), [
      ['CreateArtifact', 200],
      ['FinalizeArtifact', 200],
    ]);
    assert.equal(calls[0]!.body.name, name);
    assert.equal(calls[1]!.body.hash, `sha256:${o['package-sha256']}`);

    // Each stage in its own log group; the stub is called out loudly.
    for (const group of ['Lint', 'Findings and SARIF', 'Package', 'Upload artifact']) assert.match(run.stdout, new RegExp(`::group::${group}\\n`));
    assert.match(run.stdout, /::warning::NOT DEPLOYABLE/);
    assert.match(run.summary, /### Package/);
    assert.match(run.summary, /\*\*NOT DEPLOYABLE\*\*/);
    assert.match(run.summary, /\| ContosoShop\.Web \| \d+ \| [\d,]+ \|/);
    assert.match(run.summary, new RegExp(`Artifact: \\[${name.replace(/\./g, '\\.')}\\]\\(https://github\\.com/contoso/shop/actions/runs/9001/artifacts/4242\\)`));
    assert.ok(run.summary.includes(o['package-sha256']!));
  });

  it('survives the results service failing twice, then recovering', async () => {
    const ws = workspaceFrom(join(repoRoot, 'examples'));
    backend.results.failFirst = 2;
    const before = backend.results.calls.length;
    const run = await runAction(scratch, ws, { package: 'true', 'sdk-kit': 'stub', 'artifact-name': 'retried' }, artifactEnv());
    assert.equal(run.code, 0, run.stdout);
    assert.deepEqual(backend.results.calls.slice(before).map((c) => [c.method, c.status]), [
      ['CreateArtifact', 503],
      ['CreateArtifact', 503],
      ['CreateArtifact', 200],
      ['FinalizeArtifact', 200],
    ]);
    assert.equal(sha256(await backend.azurite.download('retried.cspkg')), run.outputs['package-sha256']);
  });

  it('fails with a clear message and finalizes nothing when the blob service is down', async () => {
    const down = await Azurite.start();
    const svc = new ResultsService(down);
    await svc.start();
    await down.stop();
    try {
      const ws = workspaceFrom(join(repoRoot, 'examples'));
      const run = await runAction(scratch, ws, { package: 'true', 'sdk-kit': 'stub' }, { ...artifactEnv(), ACTIONS_RESULTS_URL: svc.url });
      assert.equal(run.code, 1);
      assert.match(run.stdout, /::error::cloudservice-lint: the artifact upload of "ContosoShop-0123456\.cspkg" failed: /);
      assert.deepEqual(svc.calls.map((c) => c.method), ['CreateArtifact']);
      assert.equal(run.outputs['artifact-id'], undefined);
      assert.match(run.summary, /\*\*Built and verified, but not uploaded:\*\* the artifact upload/);
    } finally {
      await svc.stop();
    }
  });

  it('builds and uploads nothing when the lint fails its threshold and package-on-findings is false', async () => {
    const ws = workspaceFrom(join(fixtures, 'cli', 'broken'));
    const before = backend.results.calls.length;
    const run = await runAction(scratch, ws, { package: 'true', 'sdk-kit': 'stub' }, artifactEnv());
    assert.equal(run.code, 1);
    assert.equal(backend.results.calls.length, before);
    assert.equal(run.outputs['package-path'], undefined);
    assert.deepEqual(readdirSync(run.runnerTemp).filter((f) => f.endsWith('.cspkg')), []);
    assert.match(run.stdout, /::notice::the lint failed its threshold and package-on-findings is false/);
    assert.match(run.summary, /Not packaged: the lint failed its threshold/);
  });

  it('explains what is missing when not running on a runner, or without a kit', async () => {
    const ws = workspaceFrom(join(repoRoot, 'examples'));
    const noRunner = await runAction(scratch, ws, { package: 'true', 'sdk-kit': 'stub' });
    assert.equal(noRunner.code, 1);
    assert.match(noRunner.stdout, /::error::cloudservice-lint: cannot upload the artifact: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set/);
    // The verified package is still there for a later step.
    assert.ok(existsSync(noRunner.outputs['package-path']!));

    const noKit = await runAction(scratch, ws, { package: 'true' }, artifactEnv());
    assert.equal(noKit.code, 1);
    assert.match(noKit.stdout, /::error::cloudservice-lint: input "sdk-kit" is required to package: an SDK runtime kit is/);

    const local = await runAction(scratch, ws, { package: 'true', 'sdk-kit': 'stub', 'upload-artifact': 'false', 'package-path': 'out/shop.cspkg' });
    assert.equal(local.code, 0, local.stdout);
    assert.equal(local.outputs['package-path'], join(ws, 'out', 'shop.cspkg'));
    assert.match(local.summary, /Artifact: not uploaded/);
  });
});
