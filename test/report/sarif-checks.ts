import { Ajv2020 } from 'ajv/dist/2020.js';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

/**
 * The two independent SARIF checks: Microsoft's sarif-multitool with GitHub's ingestion rules
 * and the SARIF rules, and the OASIS SARIF 2.1.0 JSON schema (shipped in the multitool's Linux
 * package as sarif-2.1.0.json) through ajv.
 */

const linuxPackage = join(repoRoot, 'node_modules', '@microsoft', 'sarif-multitool-linux');
export const multitoolPath = join(linuxPackage, 'Sarif.Multitool');
export const schemaPath = join(linuxPackage, 'sarif-2.1.0.json');

export interface MultitoolProblem {
  readonly level: string;
  readonly ruleId: string;
  readonly text: string;
}

/** Runs `Sarif.Multitool validate --rule-kind "Gh;Sarif"` and returns every problem it reports. */
export function multitoolValidate(sarifText: string): MultitoolProblem[] {
  if (!existsSync(multitoolPath)) {
    throw new Error(`${multitoolPath} is missing: run npm ci (@microsoft/sarif-multitool pulls it in on Linux)`);
  }
  // npm may skip the package's postinstall, which is what sets the execute bit.
  if ((statSync(multitoolPath).mode & 0o100) === 0) chmodSync(multitoolPath, 0o755);
  const dir = mkdtempSync(join(tmpdir(), 'cslint-multitool-'));
  try {
    const input = join(dir, 'input.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarifText);
    const run = spawnSync(
      multitoolPath,
      ['validate', input, '--rule-kind', 'Gh;Sarif', '--output', output, '--log', 'ForceOverwrite'],
      { encoding: 'utf8', env: multitoolEnv(), timeout: 180_000 },
    );
    // The tool exits 0 even when it finds errors: its output file is the verdict.
    if (!existsSync(output)) {
      throw new Error(`Sarif.Multitool wrote no output (exit ${run.status}): ${run.stdout}\n${run.stderr}`);
    }
    const log = JSON.parse(readFileSync(output, 'utf8')) as {
      runs: { results?: { level?: string; ruleId: string; message: { text?: string; id?: string; arguments?: string[] } }[]; tool: { driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] } } }[];
    };
    const run0 = log.runs[0]!;
    const rules = new Map((run0.tool.driver.rules ?? []).map((r) => [r.id, r]));
    return (run0.results ?? []).map((r) => {
      const template = r.message.id ? rules.get(r.ruleId)?.messageStrings?.[r.message.id]?.text : undefined;
      const text = r.message.text ?? (template ?? '').replace(/\{(\d+)\}/g, (_, i: string) => r.message.arguments?.[Number(i)] ?? '');
      return { level: r.level ?? 'warning', ruleId: r.ruleId, text };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Only errors and warnings fail. The notes it gives our files are advice we decline on purpose:
 * SARIF2002 (message ids instead of text), SARIF2009 and SARIF2012 (`CS2001`-style ids and
 * PascalCase names; our ids and kebab names are the project's contract), SARIF2010 and SARIF2011
 * (code snippets and context regions: the files may hold secrets), SARIF2003 (provenance, which
 * the action adds from the runner's environment) and SARIF2006 (URLs unreachable offline).
 */
export function blocking(problems: readonly MultitoolProblem[]): MultitoolProblem[] {
  return problems.filter((p) => p.level === 'error' || p.level === 'warning');
}

/**
 * SARIF2006 probes every URL in the log over HTTP and only ever reports a note. Pointing the
 * proxy at a closed loopback port makes those probes fail at once instead of waiting for
 * timeouts on a machine without internet access.
 */
function multitoolEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' };
  for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy']) delete env[k];
  env.HTTP_PROXY = 'http://127.0.0.1:9';
  env.HTTPS_PROXY = 'http://127.0.0.1:9';
  return env;
}

let compiled: ReturnType<Ajv2020['compile']> | undefined;

/** Schema errors of a SARIF log, as `path: message` lines; empty when valid. */
export function schemaErrors(log: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('uri', (s: string) => URL.canParse(s));
    ajv.addFormat('uri-reference', (s: string) => !/\s/.test(s) && URL.canParse(s, 'file:///base/'));
    ajv.addFormat('date-time', (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)));
    ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    compiled = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  }
  return compiled(log) ? [] : (compiled.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
