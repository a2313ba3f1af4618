import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBaseline, writeBaseline } from '../../lint/baseline.js';
import { baselinePathFor, prepareConfig, runLint } from '../../lint/run.js';
import { FAIL_ON_VALUES, failsThreshold, totals, type FailOn } from '../../lint/threshold.js';
import { formatJson } from '../../report/json.js';
import { buildSarif, DEFAULT_CATEGORY } from '../../report/sarif.js';
import { formatStylish } from '../../report/stylish.js';
import { EXIT, UserError, type CliIO } from '../io.js';

export const LINT_USAGE = `Usage: cloudservice lint [paths...] [options]

Finds every Cloud Services project (.csdef, .cscfg, .ccproj) under the paths (default: .) and
checks it against the rule set.

Options:
  --format stylish|json|sarif   output format (default: stylish)
  --output FILE                 write the report to FILE instead of standard output
  --config FILE                 configuration file (default: .cloudservice.yml/.yaml/.json, searched upwards)
  --fail-on error|warning|note|none
                                lowest level that makes the exit code 1 (default: error)
  --max-warnings N              also exit 1 when there are more than N warnings
  --baseline FILE               accept the findings listed in FILE (default: the configuration's baseline)
  --update-baseline             write the current findings to the baseline file and exit 0
  --include-suppressed          keep suppressed findings in json and sarif output
  --category NAME               SARIF analysis category (automationDetails.id; default: cloudservice-lint)
  --print-config                print the effective configuration and exit
  --color / --no-color          force colours on or off (default: on for a terminal)

Exit codes: 0 below the threshold, 1 findings at or over it, 2 usage or configuration error.`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string', default: 'stylish' },
      output: { type: 'string' },
      config: { type: 'string' },
      'fail-on': { type: 'string', default: 'error' },
      'max-warnings': { type: 'string' },
      baseline: { type: 'string' },
      'update-baseline': { type: 'boolean', default: false },
      'include-suppressed': { type: 'boolean', default: false },
      category: { type: 'string', default: DEFAULT_CATEGORY },
      'print-config': { type: 'boolean', default: false },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help) {
    io.out(LINT_USAGE + '\n');
    return EXIT.ok;
  }
  const format = values.format as string;
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UserError(`--format must be stylish, json or sarif, not "${format}"`);
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) throw new UserError(`--fail-on must be error, warning, note or none, not "${values['fail-on']}"`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings'])) throw new UserError(`--max-warnings must be a whole number, not "${values['max-warnings']}"`);
    maxWarnings = Number(values['max-warnings']);
  }

  const root = io.cwd;
  if (values['print-config']) {
    const config = await prepareConfig(root, values.config);
    io.out(JSON.stringify(config.toJSON(), null, 2) + '\n');
    return EXIT.ok;
  }

  const update = values['update-baseline'];
  const result = await runLint({
    root,
    paths: positionals,
    ...(values.config ? { configFile: values.config } : {}),
    ...(values.baseline ? { baselineFile: values.baseline } : {}),
    ignoreBaseline: update,
  });

  if (update) {
    const path = baselinePathFor(result.config, root, values.baseline) ?? resolve(root, '.cloudservice-baseline.json');
    const open = result.findings.filter((f) => !f.suppression);
    const baseline = buildBaseline(open);
    writeBaseline(path, baseline);
    io.err(`wrote ${baseline.entries.length} baseline entr${baseline.entries.length === 1 ? 'y' : 'ies'} (${open.length} finding${open.length === 1 ? '' : 's'}) to ${path}\n`);
    return EXIT.ok;
  }

  const t = totals(result.findings);
  let text: string;
  if (format === 'json') {
    text = formatJson(result.findings, { totals: t, files: result.files, includeSuppressed: values['include-suppressed'] });
  } else if (format === 'sarif') {
    const rules = result.config.registry.all().filter(({ rule }) => result.config.mayRun(rule.meta.id));
    const sarif = buildSarif({
      findings: result.findings,
      rules,
      ruleFor: (id) => result.config.registry.get(id),
      category: values.category as string,
      includeSuppressed: values['include-suppressed'],
      root,
    });
    for (const notice of sarif.notices) io.err(`${notice}\n`);
    text = sarif.text;
  } else {
    const color = values['no-color'] ? false : (values.color ?? (io.isTTY && !values.output && !io.env.NO_COLOR));
    text = formatStylish(result.findings, { color, fileCount: result.files.length, totals: t, staleBaseline: result.staleBaseline.length });
  }
  if (values.output) {
    const out = resolve(root, values.output);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } else {
    io.out(text);
  }
  return failsThreshold(t, failOn, maxWarnings) ? EXIT.findings : EXIT.ok;
}
