import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, sep } from 'node:path';
import { runLint } from '../lint/run.js';
import { failsThreshold, totals } from '../lint/threshold.js';
import { planAnnotations, type Annotation } from '../report/annotations.js';
import { buildSarif } from '../report/sarif.js';
import { formatStylish } from '../report/stylish.js';
import { buildSummary } from '../report/summary.js';
import * as core from './core.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { setOutputs } from './outputs.js';
import type { PackageOutcome } from './package-stage.js';
import { packageSummary } from './package-summary.js';
import type { UploadOutcome } from './upload-sarif.js';

/**
 * The whole action: lint the workspace, write the SARIF file, optionally upload it, annotate,
 * summarise, set outputs, and fail the step on the threshold. Every failure ends in one
 * `setFailed` line; a stack trace only reaches the debug log.
 */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    await pipeline(readInputs(env), env);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!(err instanceof InputError) && err instanceof Error && err.stack) core.debug(err.stack);
    core.setFailed(`cloudservice-lint: ${message.split(/\r?\n/)[0]}`);
  }
}

async function pipeline(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const startedAt = new Date();
  const result = await core.group('Lint', () =>
    runLint({
      root: inputs.workspace,
      paths: inputs.paths,
      ...(inputs.configFile ? { configFile: inputs.configFile } : {}),
      ...(inputs.baselineFile ? { baselineFile: inputs.baselineFile } : {}),
    }),
  );
  const { config } = result;
  const t = totals(result.findings);
  const failed = failsThreshold(t, inputs.failOn, inputs.maxWarnings);

  core.startGroup('Findings and SARIF');
  const enabled = config.registry.all().filter(({ rule }) => config.mayRun(rule.meta.id));
  const repositoryUri = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL.replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}` : undefined;
  const sarif = buildSarif({
    findings: result.findings,
    rules: enabled,
    ruleFor: (id) => config.registry.get(id),
    category: inputs.category,
    includeSuppressed: inputs.includeSuppressed,
    root: inputs.workspace,
    ...(repositoryUri
      ? {
          provenance: {
            repositoryUri,
            ...(env.GITHUB_SHA ? { revisionId: env.GITHUB_SHA } : {}),
            ...(env.GITHUB_REF ? { branch: env.GITHUB_REF } : {}),
          },
        }
      : {}),
  });
  mkdirSync(dirname(inputs.sarifFile), { recursive: true });
  writeFileSync(inputs.sarifFile, sarif.text);

  core.info(
    formatStylish(result.findings, { color: false, fileCount: result.files.length, totals: t, staleBaseline: result.staleBaseline.length }).trimEnd(),
  );
  core.info(`SARIF: ${inputs.sarifFile} (${sarif.results} result${sarif.results === 1 ? '' : 's'}, category ${inputs.category})`);

  let upload: UploadOutcome | undefined;
  if (inputs.uploadSarif) {
    // Loaded only when asked for: every module the bundle imports statically is compiled before
    // the first log line, on every run.
    const { uploadSarif, uploadTarget } = await import('./upload-sarif.js');
    const target = uploadTarget(env, inputs.workspace);
    upload =
      typeof target === 'string'
        ? { ok: false, status: undefined, message: `the code scanning upload was skipped: ${target}` }
        : await uploadSarif(sarif.text, target, inputs.token, startedAt);
  }
  core.endGroup();

  // Our own warnings go out first and take slots from the per-step annotation caps.
  const ownWarnings: string[] = [];
  if (sarif.notices.length) ownWarnings.push(`SARIF limits: ${sarif.notices.join(' ')}`);
  if (upload && !upload.ok) ownWarnings.push(`Code scanning upload: ${upload.message}`);
  for (const w of ownWarnings) core.warning(w);
  if (upload?.ok) core.info(`Code scanning upload: ${upload.message}`);

  let shown = 0;
  let total = t.error + t.warning + t.note;
  if (inputs.annotations) {
    const plan = planAnnotations(result.findings, { reserved: { error: failed ? 1 : 0, warning: ownWarnings.length } });
    for (const a of plan.annotations) annotate(a);
    if (plan.notice) core.notice(plan.notice);
    shown = plan.annotations.length;
    total = plan.total;
  }

  // Package, verify, upload: a failure here fails the step, after the lint's report is written.
  let pkg: PackageOutcome = { state: 'disabled' };
  let packageFailure: string | undefined;
  if (inputs.pkg.enabled) {
    // The packager and the artifact client are most of the bundle; a lint-only run never loads them.
    const { packageStage, PackageStageError } = await import('./package-stage.js');
    try {
      pkg = await packageStage(inputs.pkg, { workspace: inputs.workspace, lintFailed: failed, services: result.services, env });
    } catch (err) {
      if (!(err instanceof PackageStageError)) throw err;
      packageFailure = err.message;
      if (err.built) pkg = { state: 'built', ...err.built, artifact: undefined };
    }
  }
  const packageSection = packageSummary(pkg, packageFailure, (p) => display(p, inputs.workspace));

  if (inputs.summary) {
    const markdown = buildSummary({
      maxBytes: 1024 * 1024 - 64 * 1024 - Buffer.byteLength(packageSection),
      findings: result.findings,
      fileCount: result.files.length,
      failOn: inputs.failOn,
      maxWarnings: inputs.maxWarnings,
      failed,
      sarifFile: display(inputs.sarifFile, inputs.workspace),
      sarifResults: sarif.results,
      sarifNotices: sarif.notices,
      ...(inputs.annotations ? { annotations: { shown, total } } : {}),
      ...(upload ? { upload: upload.message } : {}),
      staleBaseline: result.staleBaseline.length,
      config: withRelativeFile(config.toJSON(), inputs.workspace),
    });
    if (env.GITHUB_STEP_SUMMARY) {
      try {
        await core.appendSummary(packageSection ? `${markdown}\n${packageSection}` : markdown);
      } catch (err) {
        // A summary that cannot be written must not hide the lint result.
        core.info(`the job summary could not be written: ${err instanceof Error ? err.message : String(err)}`);
      }
    } else {
      core.info('GITHUB_STEP_SUMMARY is not set; the job summary was skipped');
    }
  }

  setOutputs({
    sarifFile: inputs.sarifFile,
    errors: t.error,
    warnings: t.warning,
    notes: t.note,
    ...(upload?.ok && upload.id ? { sarifId: upload.id } : {}),
    ...(pkg.state === 'built'
      ? {
          packagePath: pkg.build.out,
          packageSha256: pkg.build.sha256,
          ...(pkg.artifact
            ? { artifactId: pkg.artifact.id, artifactDigest: pkg.artifact.digest, ...(pkg.artifact.url ? { artifactUrl: pkg.artifact.url } : {}) }
            : {}),
        }
      : {}),
  });

  if (packageFailure) core.setFailed(`cloudservice-lint: ${packageFailure}`);

  if (failed) {
    const why =
      inputs.maxWarnings !== undefined && t.warning > inputs.maxWarnings && !failsThreshold(t, inputs.failOn, undefined)
        ? `more than ${inputs.maxWarnings} warning${inputs.maxWarnings === 1 ? '' : 's'}`
        : `fail-on is ${inputs.failOn}`;
    core.setFailed(`cloudservice-lint: ${t.error} error${t.error === 1 ? '' : 's'}, ${t.warning} warning${t.warning === 1 ? '' : 's'}, ${t.note} note${t.note === 1 ? '' : 's'} (${why})`);
  }
}

function annotate(a: Annotation): void {
  const props: core.AnnotationProperties = {
    title: a.title,
    file: a.file,
    startLine: a.startLine,
    endLine: a.endLine,
    ...(a.startColumn !== undefined ? { startColumn: a.startColumn, endColumn: a.endColumn } : {}),
  };
  if (a.kind === 'error') core.error(a.message, props);
  else if (a.kind === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

/** A path inside the workspace as a relative one; anything else as given. */
function display(path: string, workspace: string): string {
  const rel = relative(workspace, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : path;
}

function withRelativeFile(json: Record<string, unknown>, workspace: string): Record<string, unknown> {
  return typeof json.file === 'string' ? { ...json, file: display(json.file, workspace) } : json;
}
