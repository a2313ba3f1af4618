import { HttpClient } from '@actions/http-client';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { TOOL } from '../lint/project-info.js';

/**
 * Direct upload to the code-scanning REST API (POST /repos/{owner}/{repo}/code-scanning/sarifs).
 * A refused upload never fails the lint: it is reported as a warning that says what to change.
 */

export interface UploadTarget {
  readonly apiUrl: string;
  readonly owner: string;
  readonly repo: string;
  readonly commitSha: string;
  readonly ref: string;
  readonly checkoutUri: string;
}

export type UploadOutcome =
  | { readonly ok: true; readonly id: string; readonly url: string | undefined; readonly message: string }
  | { readonly ok: false; readonly status: number | undefined; readonly message: string };

/** Works out repository, commit and ref from the runner's environment, or says what is missing. */
export function uploadTarget(env: NodeJS.ProcessEnv, workspace: string): UploadTarget | string {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length) return 'GITHUB_REPOSITORY is not set to owner/name';
  let commitSha = env.GITHUB_SHA ?? '';
  let ref = env.GITHUB_REF ?? '';
  if (!/^[0-9a-fA-F]{40}(?:[0-9a-fA-F]{24})?$/.test(commitSha)) return 'GITHUB_SHA is not a commit SHA';
  if (!/^refs\/(heads|tags|pull)\//.test(ref)) return `GITHUB_REF "${ref}" is not a branch, tag or pull request ref`;
  // On pull_request events GITHUB_SHA is the merge commit. When the workflow checked out the
  // pull request's head instead, the analysis belongs to refs/pull/N/head at that commit, as
  // codeql-action's upload decides.
  const merge = /^refs\/pull\/(\d+)\/merge$/.exec(ref);
  if (merge) {
    const head = checkedOutCommit(workspace);
    if (head && head.toLowerCase() !== commitSha.toLowerCase()) {
      ref = `refs/pull/${merge[1]}/head`;
      commitSha = head;
    }
  }
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    owner,
    repo,
    commitSha,
    ref,
    checkoutUri: directoryUri(workspace),
  };
}

/** The request body the endpoint takes: the SARIF gzipped then base64-encoded. */
export function uploadBody(sarifText: string, target: UploadTarget, startedAt: Date): Record<string, unknown> {
  return {
    commit_sha: target.commitSha,
    ref: target.ref,
    sarif: gzipSync(sarifText).toString('base64'),
    checkout_uri: target.checkoutUri,
    started_at: startedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    tool_name: TOOL.name,
  };
}

export async function uploadSarif(sarifText: string, target: UploadTarget, token: string, startedAt: Date): Promise<UploadOutcome> {
  if (!token) {
    return { ok: false, status: undefined, message: 'no token: set the "token" input (it defaults to the workflow token)' };
  }
  const url = `${target.apiUrl}/repos/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}/code-scanning/sarifs`;
  const client = new HttpClient(`${TOOL.name}/${TOOL.version}`);
  let status: number | undefined;
  let text = '';
  try {
    const res = await client.post(url, JSON.stringify(uploadBody(sarifText, target, startedAt)), {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      'x-github-api-version': '2022-11-28',
    });
    status = res.message.statusCode;
    text = await res.readBody();
  } catch (err) {
    return { ok: false, status: undefined, message: `could not reach ${target.apiUrl}: ${err instanceof Error ? err.message : String(err)}` };
  } finally {
    client.dispose();
  }
  const body = parseJson(text);
  const said = typeof body?.message === 'string' ? ` GitHub said: "${body.message}".` : '';
  if (status === 202 || status === 200 || status === 201) {
    const id = typeof body?.id === 'string' ? body.id : '';
    return { ok: true, id, url: typeof body?.url === 'string' ? body.url : undefined, message: `uploaded to ${target.ref} at ${target.commitSha.slice(0, 12)} (id ${id || 'unknown'})` };
  }
  if (status === 403) {
    return {
      ok: false,
      status,
      message:
        `code scanning refused the upload (403).${said} The job needs "permissions: security-events: write" ` +
        '(and "contents: read", "actions: read" in private repositories); pull requests from forks and Dependabot ' +
        'runs only get a read-only token, so skip the upload there; private repositories also need GitHub Code Security.',
    };
  }
  if (status === 404) {
    return {
      ok: false,
      status,
      message: `code scanning upload answered 404.${said} The repository was not found with this token, or code scanning is not available for it (private repositories need GitHub Code Security); check GITHUB_API_URL and the "token" input.`,
    };
  }
  if (status === 413) {
    return { ok: false, status, message: `code scanning refused the upload as too large (413).${said}` };
  }
  return { ok: false, status, message: `code scanning upload failed with HTTP ${status ?? 'no status'}.${said}` };
}

function checkedOutCommit(workspace: string): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: workspace, stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
    const sha = out.toString('utf8').trim();
    return /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/i.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
