import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatInspect, inspectPackage } from '../../package/inspect.js';
import type { CliIO } from '../io.js';
import { EXIT, UserError } from '../io.js';
import { mustBeFile } from './verify.js';

const USAGE = 'usage: cloudservice inspect PACKAGE.cspkg [--format text|json]';

export async function run(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message}; see --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\nLists each role's files with size and SHA-256, and the service documents.\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UserError(`give exactly one package; see --help`);
  if (values.format !== 'text' && values.format !== 'json') throw new UserError(`--format must be text or json, not "${values.format}"`);
  const file = resolve(io.cwd, positionals[0] as string);
  await mustBeFile(file);
  const result = await inspectPackage(file);
  io.out(values.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatInspect(result));
  // A listing, not a verdict: it fails only when the file is not a package it can list.
  return result.format === 'unknown' ? EXIT.findings : EXIT.ok;
}
