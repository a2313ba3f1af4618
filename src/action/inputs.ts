import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { FAIL_ON_VALUES, type FailOn } from '../lint/threshold.js';
import { DEFAULT_CATEGORY } from '../report/sarif.js';
import * as core from './core.js';
import type { PackageInputs } from './package-stage.js';

/** Input names exactly as action.yml declares them. */
export const INPUT = {
  path: 'path',
  config: 'config',
  failOn: 'fail-on',
  maxWarnings: 'max-warnings',
  sarifFile: 'sarif-file',
  category: 'category',
  annotations: 'annotations',
  summary: 'summary',
  baseline: 'baseline',
  includeSuppressed: 'include-suppressed',
  uploadSarif: 'upload-sarif',
  token: 'token',
  package: 'package',
  definition: 'definition',
  roles: 'roles',
  sites: 'sites',
  sdkKit: 'sdk-kit',
  packagePath: 'package-path',
  configuration: 'configuration',
  packageOnFindings: 'package-on-findings',
  uploadArtifact: 'upload-artifact',
  artifactName: 'artifact-name',
  retentionDays: 'retention-days',
} as const;

export interface ActionInputs {
  /** Absolute repository root (GITHUB_WORKSPACE): finding paths are relative to it. */
  readonly workspace: string;
  readonly paths: readonly string[];
  readonly configFile: string | undefined;
  readonly failOn: FailOn;
  readonly maxWarnings: number | undefined;
  /** Absolute path of the SARIF file to write. */
  readonly sarifFile: string;
  readonly category: string;
  readonly annotations: boolean;
  readonly summary: boolean;
  readonly baselineFile: string | undefined;
  readonly includeSuppressed: boolean;
  readonly uploadSarif: boolean;
  readonly token: string;
  /** Packaging and artifact upload; `enabled` is false unless `package: true`. */
  readonly pkg: PackageInputs;
}

/** A bad input: the message names the input and says what it accepts, in one line. */
export class InputError extends Error {}

/** Reads every input once, through @actions/core, into a typed object. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const paths = core.getMultilineInput(INPUT.path).filter((p) => p !== '');

  const failOn = core.getInput(INPUT.failOn) || 'error';
  if (!(FAIL_ON_VALUES as readonly string[]).includes(failOn)) {
    throw new InputError(`input "${INPUT.failOn}" must be one of ${FAIL_ON_VALUES.join(', ')}; got "${failOn}"`);
  }

  const maxWarningsText = core.getInput(INPUT.maxWarnings);
  let maxWarnings: number | undefined;
  if (maxWarningsText !== '') {
    if (!/^\d+$/.test(maxWarningsText) || !Number.isSafeInteger(Number(maxWarningsText))) {
      throw new InputError(`input "${INPUT.maxWarnings}" must be a whole number of 0 or more; got "${maxWarningsText}"`);
    }
    maxWarnings = Number(maxWarningsText);
  }

  const sarifText = core.getInput(INPUT.sarifFile);
  const runnerTemp = env.RUNNER_TEMP || tmpdir();
  const sarifFile = sarifText === '' ? join(runnerTemp, 'cloudservice-lint.sarif') : isAbsolute(sarifText) ? sarifText : resolve(workspace, sarifText);

  const category = core.getInput(INPUT.category).replace(/\/+$/, '') || DEFAULT_CATEGORY;
  if (/[\r\n]/.test(category)) throw new InputError(`input "${INPUT.category}" must be one line`);

  return {
    workspace,
    paths: paths.length ? paths : ['.'],
    configFile: core.getInput(INPUT.config) || undefined,
    failOn: failOn as FailOn,
    maxWarnings,
    sarifFile,
    category,
    annotations: booleanInput(INPUT.annotations, true),
    summary: booleanInput(INPUT.summary, true),
    baselineFile: core.getInput(INPUT.baseline) || undefined,
    includeSuppressed: booleanInput(INPUT.includeSuppressed, false),
    uploadSarif: booleanInput(INPUT.uploadSarif, false),
    token: core.getInput(INPUT.token),
    pkg: readPackageInputs(),
  };
}

function readPackageInputs(): PackageInputs {
  const enabled = booleanInput(INPUT.package, false);
  const retentionText = core.getInput(INPUT.retentionDays);
  let retentionDays: number | undefined;
  if (retentionText !== '') {
    if (!/^\d+$/.test(retentionText) || Number(retentionText) < 1 || Number(retentionText) > 90) {
      throw new InputError(`input "${INPUT.retentionDays}" must be a whole number of days from 1 to 90; got "${retentionText}"`);
    }
    retentionDays = Number(retentionText);
  }
  const artifactName = core.getInput(INPUT.artifactName) || undefined;
  if (artifactName !== undefined && /["':<>|*?\\/\r\n]/.test(artifactName)) {
    throw new InputError(`input "${INPUT.artifactName}" may not contain " : < > | * ? \\ / or a line break; got "${artifactName}"`);
  }
  return {
    enabled,
    definition: core.getInput(INPUT.definition) || undefined,
    roles: pairsInput(INPUT.roles, /^[^/=]+$/, 'Role=folder'),
    sites: pairsInput(INPUT.sites, /^[^/=]+\/[^/=]+$/, 'Role/Site=folder'),
    sdkKit: core.getInput(INPUT.sdkKit) || undefined,
    packagePath: core.getInput(INPUT.packagePath) || undefined,
    configuration: core.getInput(INPUT.configuration) || undefined,
    packageOnFindings: booleanInput(INPUT.packageOnFindings, false),
    uploadArtifact: booleanInput(INPUT.uploadArtifact, true),
    artifactName,
    retentionDays,
  };
}

/** Multiline `Key=value` lines (blank lines and `#` comments skipped). */
function pairsInput(name: string, keyShape: RegExp, example: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of core.getMultilineInput(name)) {
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    const value = eq > 0 ? line.slice(eq + 1).trim() : '';
    if (!keyShape.test(key) || value === '') throw new InputError(`input "${name}": "${line}" is not ${example}`);
    if (out.has(key)) throw new InputError(`input "${name}": ${key} is given twice`);
    out.set(key, value);
  }
  return out;
}

/** The runner fills in action.yml defaults; the fallback covers running without them. */
function booleanInput(name: string, fallback: boolean): boolean {
  if (core.getInput(name) === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`input "${name}" must be true or false; got "${core.getInput(name)}"`);
  }
}
