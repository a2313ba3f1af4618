import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ArtifactError, uploadPackageArtifact } from '../../src/action/artifact.js';
import { Azurite, ResultsService, runtimeToken, useArtifactBackend } from '../helpers/artifact-service.js';

const backend = useArtifactBackend();
const dir = mkdtempSync(join(tmpdir(), 'cs-artifact-'));
const pkg = join(dir, 'ContosoShop.cspkg');
// Not a real package: the upload path treats the file as opaque bytes. 9 MiB spans two 8 MiB blocks.
const bytes = Buffer.alloc(9 * 1024 * 1024);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + (i >> 13)) & 0xff;
writeFileSync(pkg, bytes);
const sha256 = createHash('sha256').update(bytes).digest('hex');

after(() => rmSync(dir, { recursive: true, force: true }));

const runnerEnv = (): NodeJS.ProcessEnv => ({
  ACTIONS_RUNTIME_TOKEN: runtimeToken(),
  ACTIONS_RESULTS_URL: backend.results.url,
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'contoso/shop',
  GITHUB_RUN_ID: '777',
  RUNNER_TEMP: dir,
});

/** @actions/artifact reads its configuration from process.env, as on a runner. */
async function withEnv<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
}

describe('artifact upload through the real @actions/artifact client into Azurite', () => {
  it('uploads the package as itself; blob, reported digest and FinalizeArtifact hash all equal its SHA-256', async () => {
    const env = runnerEnv();
    const r = await withEnv(env, () => uploadPackageArtifact({ file: pkg, name: 'contoso-shop-abc1234', retentionDays: 5, env }));
    assert.equal(r.name, 'contoso-shop-abc1234.cspkg');
    assert.equal(r.id, 4242);
    assert.equal(r.digest, sha256);
    assert.equal(r.url, 'https://github.com/contoso/shop/actions/runs/777/artifacts/4242');
    const blob = await backend.azurite.download('contoso-shop-abc1234.cspkg');
    assert.equal(createHash('sha256').update(blob).digest('hex'), sha256);
    const finalize = backend.results.calls.find((c) => c.method === 'FinalizeArtifact' && c.status === 200)!;
    assert.equal(finalize.body.hash, `sha256:${sha256}`);
    assert.equal(finalize.body.size, String(bytes.length));
    const create = backend.results.calls.find((c) => c.method === 'CreateArtifact' && c.status === 200)!;
    assert.equal(create.body.version, 7);
    assert.equal(create.body.mime_type, 'application/octet-stream');
    const days = (Date.parse(String(create.body.expires_at)) - Date.now()) / 86_400_000;
    assert.ok(days > 4.9 && days < 5.1, String(create.body.expires_at));
  });

  it('survives the results service failing twice, then recovering', async () => {
    const env = runnerEnv();
    backend.results.failFirst = 2;
    const before = backend.results.calls.length;
    const r = await withEnv(env, () => uploadPackageArtifact({ file: pkg, name: 'retry-case', env }));
    assert.equal(r.digest, sha256);
    assert.deepEqual(backend.results.calls.slice(before).map((c) => [c.method, c.status]), [
      ['CreateArtifact', 503],
      ['CreateArtifact', 503],
      ['CreateArtifact', 200],
      ['FinalizeArtifact', 200],
    ]);
  });

  it('says clearly when the name is already used in the run', async () => {
    const env = runnerEnv();
    backend.results.existing.add('taken.cspkg');
    await assert.rejects(
      withEnv(env, () => uploadPackageArtifact({ file: pkg, name: 'taken', env })),
      (e: unknown) => e instanceof ArtifactError && /an artifact named "taken\.cspkg" already exists in this workflow run; set artifact-name/.test(e.message),
    );
  });

  it('says clearly when not running on a runner', async () => {
    await assert.rejects(
      uploadPackageArtifact({ file: pkg, name: 'x', env: { RUNNER_TEMP: dir } }),
      (e: unknown) => e instanceof ArtifactError && /ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set/.test(e.message),
    );
  });

  it('says clearly on GitHub Enterprise Server', async () => {
    const env = { ...runnerEnv(), GITHUB_SERVER_URL: 'https://github.contoso.example' };
    await assert.rejects(
      withEnv(env, () => uploadPackageArtifact({ file: pkg, name: 'ghes', env })),
      (e: unknown) => e instanceof ArtifactError && /GitHub Enterprise Server does not support/.test(e.message),
    );
  });

  it('fails with the cause when the blob service is down, and leaves no staged copy', async () => {
    const env = runnerEnv();
    const down = await Azurite.start();
    const svc = new ResultsService(down);
    await svc.start();
    // The results service still answers; the blob store behind its signed URL is gone.
    await down.stop();
    const before = svc.calls.length;
    try {
      await assert.rejects(
        withEnv({ ...env, ACTIONS_RESULTS_URL: svc.url }, () => uploadPackageArtifact({ file: pkg, name: 'down', env: { ...env, ACTIONS_RESULTS_URL: svc.url } })),
        (e: unknown) => e instanceof ArtifactError && /the artifact upload of "down\.cspkg" failed/.test(e.message),
      );
      // Nothing was finalized: no half-made artifact.
      assert.deepEqual(svc.calls.slice(before).map((c) => c.method), ['CreateArtifact']);
    } finally {
      await svc.stop();
    }
    assert.deepEqual(readdirSync(dir).filter((n) => n.startsWith('cloudservice-artifact-')), []);
  });
});
