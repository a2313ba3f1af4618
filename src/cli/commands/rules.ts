import { parseArgs } from 'node:util';
import { prepareConfig } from '../../lint/run.js';
import { rulesJson, rulesMarkdown, rulesText } from '../../report/rules-list.js';
import { EXIT, UserError, type CliIO } from '../io.js';

export const RULES_USAGE = `Usage: cloudservice rules [--format text|json|markdown] [--config FILE]

Lists every rule (built-in and from configured rule packs) with its metadata.`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: false,
  });
  if (values.help) {
    io.out(RULES_USAGE + '\n');
    return EXIT.ok;
  }
  const config = await prepareConfig(io.cwd, values.config);
  const rules = config.registry.all();
  switch (values.format) {
    case 'json':
      io.out(rulesJson(rules));
      break;
    case 'markdown':
      io.out(rulesMarkdown(rules));
      break;
    case 'text':
      io.out(rulesText(rules));
      break;
    default:
      throw new UserError(`--format must be text, json or markdown, not "${values.format}"`);
  }
  return EXIT.ok;
}
