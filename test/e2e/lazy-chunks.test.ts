import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths.js';

/**
 * The action's start only compiles what every run needs: the packager, the artifact client (with
 * the Azure storage client) and the code-scanning upload are chunks next to dist/index.js that a
 * run loads when its inputs ask for them. Runs here use a copy of dist/ outside the repository,
 * as a fresh clone of the action has it: no node_modules anywhere above it.
 */
const scratch = mkdtempSync(join(tmpdir(), 'cs-chunks-'));
const dist = join(scratch, 'action', 'dist');
cpSync(join(repoRoot, 'dist'), dist, { recursive: true });
process.env.CLOUDSERVICE_DIST = dist;
const { runAction } = await import('../helpers/runner.js');
const { checkChunks } = (await import(pathToFileURL(join(repoRoot, 'scripts', 'dist-chunks.mjs')).href)) as {
  checkChunks: (dist: string, entries?: string[]) => string[];
};

const chunks = (): string[] => readdirSync(dist).filter((f) => /^\d+\.index\.js$/.test(f));
let workspace: string;

before(() => {
  for (let dir = dirname(dist); dirname(dir) !== dir; dir = dirname(dir)) assert.ok(!existsSync(join(dir, 'node_modules')), `${dir} has node_modules`);
  workspace = mkdtempSync(join(scratch, 'ws-'));
  cpSync(join(repoRoot, 'examples'), workspace, { recursive: true });
});
after(() => rmSync(scratch, { recursive: true, force: true }));

describe('dist/index.js loads the optional stages lazily', () => {
  it('does not hold the packager, the artifact and storage clients, undici or the code-scanning upload', () => {
    const index = readFileSync(join(dist, 'index.js'), 'utf8');
    for (const marker of ['buildPackage', 'DefaultArtifactClient', 'BlockBlobClient', 'UND_ERR_', 'OidcClient', 'code-scanning/sarifs']) {
      assert.ok(!index.includes(marker), `dist/index.js contains ${marker}`);
      assert.ok(
        chunks().some((c) => readFileSync(join(dist, c), 'utf8').includes(marker)),
        `no chunk contains ${marker}`,
      );
    }
    // Every chunk the entries can load is there, and no other.
    assert.ok(checkChunks(dist).some((line) => /^ {2}\d+\.index\.js: /.test(line)));
    const extra = join(scratch, 'extra-dist');
    cpSync(dist, extra, { recursive: true });
    cpSync(join(extra, chunks()[0]!), join(extra, '1.index.js'));
    assert.throws(() => checkChunks(extra), /holds 1\.index\.js, which no entry loads/);
  });

  it('packages and reaches both uploads from a copy with no node_modules: every chunk resolves', async () => {
    const run = await runAction(scratch, workspace, { 'fail-on': 'none', package: 'true', 'sdk-kit': 'stub', 'upload-sarif': 'true' });
    const log = run.stdout + run.stderr;
    assert.doesNotMatch(log, /ERR_MODULE_NOT_FOUND|Cannot find module/);
    // The package chunk built and verified the package; the artifact chunk (loaded with the
    // artifact and storage clients) refused to upload off a runner, with its own message.
    assert.match(run.outputs['package-sha256'] ?? '', /^[0-9a-f]{64}$/);
    assert.match(run.stdout, /::error::cloudservice-lint: cannot upload the artifact: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set/);
    // The code-scanning chunk tried the (closed) API port.
    assert.match(run.stdout, /::warning::Code scanning upload: could not reach http:\/\/127\.0\.0\.1:9/);
    assert.equal(run.code, 1);
  });

  it('lints, reports and sets its outputs with every chunk deleted, and only packaging then fails', async () => {
    const removed = chunks();
    assert.ok(removed.length >= 3, `chunks: ${removed.join(', ')}`);
    for (const c of removed) rmSync(join(dist, c));
    assert.throws(() => checkChunks(dist), /loads chunk \d+\.index\.js, which is missing/);

    const lint = await runAction(scratch, workspace, { 'fail-on': 'none' });
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    assert.match(lint.stdout, /^::group::Lint$/m);
    assert.match(lint.outputs.errors ?? '', /^\d+$/);
    assert.ok(existsSync(lint.outputs['sarif-file']!));
    assert.match(lint.summary, /cloudservice-lint/i);

    const pkg = await runAction(scratch, workspace, { 'fail-on': 'none', package: 'true', 'sdk-kit': 'stub' });
    assert.equal(pkg.code, 1);
    assert.match(pkg.stdout, /::error::cloudservice-lint: Cannot find module '.*\d+\.index\.js'/);
  });
});
