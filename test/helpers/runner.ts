import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './paths.js';

/**
 * Runs the bundled action (dist/index.js, or CLOUDSERVICE_DIST/index.js) the way the runner runs
 * a JavaScript action: node on the entry file, the workspace as working directory, every input
 * as INPUT_<NAME> (upper case, hyphens kept) with action.yml's defaults filled in, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files the runner reads afterwards.
 */
export const dist = process.env.CLOUDSERVICE_DIST ? join(process.env.CLOUDSERVICE_DIST) : join(repoRoot, 'dist');
export const entry = join(dist, 'index.js');
export const SHA = '0123456789abcdef0123456789abcdef01234567';

export interface ActionDef {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
}
export const action = parse(readFileSync(join(repoRoot, 'action.yml'), 'utf8')) as ActionDef;

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly runnerTemp: string;
}

/** GITHUB_OUTPUT as the runner parses it: `name<<delimiter`, value lines, `delimiter`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
      assert.ok(i < lines.length, `unterminated output ${m[1]}`);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const at = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return out;
}

/**
 * Runs the action once. `scratch` holds the runner's temp folder and command files; `root` is the
 * workspace (GITHUB_WORKSPACE and the working directory).
 */
export function runAction(scratch: string, root: string, inputs: Record<string, string>, extraEnv: Record<string, string> = {}): Promise<Run> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build the bundle first (npm test does)`);
  const runnerTemp = mkdtempSync(join(scratch, 'runner-temp-'));
  const files = mkdtempSync(join(scratch, 'runner-files-'));
  const paths = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_PATH: 'path' };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? scratch,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_SHA: SHA,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REPOSITORY: 'contoso/shop',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_ACTION: 'cloudservice-lint',
  };
  for (const [k, name] of Object.entries(paths)) {
    env[k] = join(files, name);
    writeFileSync(env[k]!, '');
  }
  // The runner evaluates action.yml defaults (expressions included) and passes every input.
  for (const [name, def] of Object.entries(action.inputs)) {
    if (def.default !== undefined) env[`INPUT_${name.toUpperCase()}`] = def.default.includes('${{') ? 'ghs_fake_workflow_token' : def.default;
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, extraEnv);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({
        code,
        stdout,
        stderr,
        outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
        summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
        runnerTemp,
      });
    });
  });
}

