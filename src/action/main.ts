import * as core from '@actions/core';
import { runLint } from '../lint/run.js';
import { failsThreshold, totals, type FailOn } from '../lint/threshold.js';

/** Thin entry: lint the workspace, set outputs, fail on the threshold. */
async function main(): Promise<void> {
  const root = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const paths = core.getMultilineInput('path');
  const config = core.getInput('config');
  const failOn = (core.getInput('fail-on') || 'error') as FailOn;
  const maxWarningsInput = core.getInput('max-warnings');
  const result = await runLint({ root, paths: paths.length ? paths : ['.'], ...(config ? { configFile: config } : {}) });
  const t = totals(result.findings);
  core.setOutput('errors', t.error);
  core.setOutput('warnings', t.warning);
  core.setOutput('notes', t.note);
  const maxWarnings = maxWarningsInput ? Number(maxWarningsInput) : undefined;
  if (failsThreshold(t, failOn, maxWarnings)) core.setFailed(`${t.error} errors, ${t.warning} warnings, ${t.note} notes`);
}

main().catch((err: unknown) => core.setFailed(err instanceof Error ? err.message : String(err)));
