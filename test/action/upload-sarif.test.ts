import { Ajv } from 'ajv';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { uploadSarif, uploadTarget, type UploadTarget } from '../../src/action/upload-sarif.js';
import { repoRoot } from '../helpers/paths.js';

/**
 * A loopback stand-in for the code-scanning endpoint that checks each request against GitHub's
 * published OpenAPI description (@octokit/openapi) of POST /repos/{owner}/{repo}/code-scanning/sarifs.
 */
const PATH_TEMPLATE = '/repos/{owner}/{repo}/code-scanning/sarifs';
interface Operation {
  operationId: string;
  parameters: { name: string; in: string; required?: boolean }[];
  requestBody: { required: boolean; content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { examples?: { default?: { value: unknown } } }> }>;
}
const spec = JSON.parse(readFileSync(join(repoRoot, 'node_modules', '@octokit', 'openapi', 'generated', 'api.github.com.deref.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
const operation = spec.paths[PATH_TEMPLATE]!.post!;

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s)));
const validateBody = ajv.compile(operation.requestBody.content['application/json']!.schema);

interface Seen {
  readonly problems: string[];
  readonly params: Record<string, string>;
  readonly body: Record<string, unknown>;
  readonly sarif: string;
  readonly headers: IncomingMessage['headers'];
}

function check(req: IncomingMessage, raw: string): Seen {
  const problems: string[] = [];
  if (req.method !== 'POST') problems.push(`method ${req.method}`);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const names: string[] = [];
  const pattern = new RegExp(`^${PATH_TEMPLATE.replace(/\{(\w+)\}/g, (_, n: string) => (names.push(n), '([^/]+)'))}$`);
  const m = pattern.exec(url.pathname);
  const params: Record<string, string> = {};
  if (!m) problems.push(`path ${url.pathname} does not match ${PATH_TEMPLATE}`);
  else names.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1]!)));
  for (const p of operation.parameters.filter((x) => x.in === 'path' && x.required)) {
    if (!params[p.name]) problems.push(`path parameter ${p.name} missing`);
  }
  const type = String(req.headers['content-type'] ?? '');
  if (!Object.keys(operation.requestBody.content).some((t) => type.startsWith(t))) problems.push(`content-type ${type}`);
  if (!/^(Bearer|token) \S+$/.test(String(req.headers.authorization ?? ''))) problems.push('no token');
  if (!String(req.headers.accept ?? '').includes('application/vnd.github+json')) problems.push(`accept ${req.headers.accept}`);
  if (!req.headers['user-agent']) problems.push('no user-agent');
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    problems.push('body is not JSON');
  }
  if (!validateBody(body)) problems.push(...(validateBody.errors ?? []).map((e) => `body${e.instancePath}: ${e.message}`));
  let sarif = '';
  try {
    sarif = gunzipSync(Buffer.from(String(body.sarif), 'base64')).toString('utf8');
  } catch {
    problems.push('sarif is not gzip + base64');
  }
  return { problems, params, body, sarif, headers: req.headers };
}

let server: Server;
let base = '';
const seen: Seen[] = [];
let reply: { status: number; body: unknown } = { status: 202, body: {} };

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push(check(req, Buffer.concat(chunks).toString('utf8')));
      res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SHA = '0123456789abcdef0123456789abcdef01234567';
const SARIF = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'cloudservice-lint' } }, results: [] }] }) + '\n';

function target(over: Partial<UploadTarget> = {}): UploadTarget {
  return { apiUrl: base, owner: 'contoso', repo: 'shop', commitSha: SHA, ref: 'refs/heads/main', checkoutUri: 'file:///home/runner/work/shop/shop/', ...over };
}
const example = (status: string): unknown => operation.responses[status]?.content?.['application/json']?.examples?.default?.value;

describe('code-scanning upload', () => {
  it('the OpenAPI operation is the one we mean', () => {
    assert.equal(operation.operationId, 'code-scanning/upload-sarif');
    assert.deepEqual((operation.requestBody.content['application/json']!.schema as { required: string[] }).required.sort(), ['commit_sha', 'ref', 'sarif']);
  });

  it('sends a request that matches the published description, and reads the 202 answer', async () => {
    seen.length = 0;
    reply = { status: 202, body: example('202') ?? { id: 'abc', url: `${base}/x` } };
    const outcome = await uploadSarif(SARIF, target(), 'ghs_token', new Date('2026-11-21T10:00:00.123Z'));
    assert.equal(seen.length, 1);
    const s = seen[0]!;
    assert.deepEqual(s.problems, []);
    assert.deepEqual(s.params, { owner: 'contoso', repo: 'shop' });
    assert.equal(s.headers.authorization, 'Bearer ghs_token');
    assert.equal(s.sarif, SARIF, 'the SARIF survives gzip + base64 byte for byte');
    assert.deepEqual(
      { ...s.body, sarif: undefined },
      { commit_sha: SHA, ref: 'refs/heads/main', sarif: undefined, checkout_uri: 'file:///home/runner/work/shop/shop/', started_at: '2026-11-21T10:00:00Z', tool_name: 'cloudservice-lint' },
    );
    assert.equal(outcome.ok, true);
    assert.ok(outcome.ok && outcome.id === (reply.body as { id: string }).id);
  });

  it('a 403 (fork pull request, missing security-events: write) is a clear, non-fatal outcome', async () => {
    seen.length = 0;
    reply = { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' } };
    const outcome = await uploadSarif(SARIF, target({ ref: 'refs/pull/12/merge' }), 'ghs_readonly', new Date());
    assert.deepEqual(seen[0]!.problems, []);
    assert.equal(outcome.ok, false);
    assert.ok(!outcome.ok && outcome.status === 403);
    assert.match(outcome.message, /refused the upload \(403\)\. GitHub said: "Resource not accessible by integration"\./);
    assert.match(outcome.message, /security-events: write/);
    assert.match(outcome.message, /forks/);
  });

  it('a 404 says what to check', async () => {
    reply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    const outcome = await uploadSarif(SARIF, target(), 'ghs_x', new Date());
    assert.ok(!outcome.ok && outcome.status === 404);
    assert.match(outcome.message, /404\. GitHub said: "Not Found"\..*code scanning is not available/);
  });

  it('an unreachable API is an outcome, not an exception', async () => {
    const outcome = await uploadSarif(SARIF, target({ apiUrl: 'http://127.0.0.1:9' }), 'ghs_x', new Date());
    assert.ok(!outcome.ok && outcome.status === undefined);
    assert.match(outcome.message, /could not reach http:\/\/127\.0\.0\.1:9/);
  });

  it('the stand-in rejects what the description forbids (so its approval means something)', async () => {
    seen.length = 0;
    reply = { status: 422, body: { message: 'Invalid' } };
    const outcome = await uploadSarif(SARIF, target({ commitSha: 'abc', ref: 'main' }), 'ghs_x', new Date());
    assert.equal(outcome.ok, false);
    const problems = seen[0]!.problems.join('\n');
    assert.match(problems, /body\/commit_sha/);
    assert.match(problems, /body\/ref/);
  });

  it('without a token it does not call the API', async () => {
    seen.length = 0;
    const outcome = await uploadSarif(SARIF, target(), '', new Date());
    assert.equal(outcome.ok, false);
    assert.equal(seen.length, 0);
  });
});

describe('upload target from the runner environment', () => {
  const env = { GITHUB_REPOSITORY: 'contoso/shop', GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main', GITHUB_API_URL: 'https://ghe.example.test/api/v3/' };

  it('takes repository, commit, ref and API URL from the environment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cslint-target-'));
    try {
      const t = uploadTarget(env, dir);
      assert.ok(typeof t !== 'string');
      assert.deepEqual({ ...t, checkoutUri: undefined }, { apiUrl: 'https://ghe.example.test/api/v3', owner: 'contoso', repo: 'shop', commitSha: SHA, ref: 'refs/heads/main', checkoutUri: undefined });
      assert.ok(t.checkoutUri.startsWith('file:///') && t.checkoutUri.endsWith('/'));
      assert.equal((uploadTarget({ ...env, GITHUB_API_URL: '' }, dir) as UploadTarget).apiUrl, 'https://api.github.com');
      assert.equal(uploadTarget({ ...env, GITHUB_SHA: 'nope' }, dir), 'GITHUB_SHA is not a commit SHA');
      assert.match(uploadTarget({ ...env, GITHUB_REF: 'main' }, dir) as string, /not a branch, tag or pull request ref/);
      assert.match(uploadTarget({ ...env, GITHUB_REPOSITORY: '' }, dir) as string, /GITHUB_REPOSITORY/);
      // A pull request's merge ref stays when the merge commit is what was analysed (no git here).
      assert.equal((uploadTarget({ ...env, GITHUB_REF: 'refs/pull/7/merge' }, dir) as UploadTarget).ref, 'refs/pull/7/merge');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses refs/pull/N/head and the checked-out commit when the workflow checked out the head', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cslint-git-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.test', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' }).toString().trim();
      git('init', '-q');
      writeFileSync(join(dir, 'a.txt'), 'a');
      git('add', 'a.txt');
      git('commit', '-q', '-m', 'head');
      const head = git('rev-parse', 'HEAD');
      const t = uploadTarget({ ...env, GITHUB_REF: 'refs/pull/7/merge' }, dir) as UploadTarget;
      assert.equal(t.ref, 'refs/pull/7/head');
      assert.equal(t.commitSha, head);
      const same = uploadTarget({ ...env, GITHUB_REF: 'refs/pull/7/merge', GITHUB_SHA: head }, dir) as UploadTarget;
      assert.equal(same.ref, 'refs/pull/7/merge');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
