import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractKit, KitError } from '../../package/kit.js';
import type { CliIO } from '../io.js';
import { EXIT, UserError } from '../io.js';
import { mustBeFile } from './verify.js';

const USAGE = 'usage: cloudservice kit extract PACKAGE.cspkg --out DIR';

export async function run(args: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || sub === '--help' || sub === '-h') {
    io.out(`${USAGE}\nHarvests the SDK runtime kit (runtime files, plugins, SDK version) from a package CSPack built, for --sdk-kit.\n`);
    return sub === undefined ? EXIT.usage : EXIT.ok;
  }
  if (sub !== 'extract') throw new UserError(`unknown subcommand "${sub}"; see --help`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string' } } });
  } catch (e) {
    throw new UserError(`extract: ${(e as Error).message}; see --help`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.out) throw new UserError(`extract: give one package and --out DIR; see --help`);
  const file = resolve(io.cwd, positionals[0] as string);
  await mustBeFile(file);
  try {
    const r = await extractKit(file, resolve(io.cwd, values.out));
    io.out(`extracted SDK ${r.version} kit: ${r.runtimeFiles} runtime files${r.plugins.length ? `, plugins ${r.plugins.join(', ')}` : ''} → ${values.out}\n`);
    if (r.stub) io.err('NOT DEPLOYABLE: the package was built with --sdk-kit stub; this kit holds stand-in files, and packages built with it cannot be deployed\n');
    return EXIT.ok;
  } catch (e) {
    if (e instanceof KitError) throw new UserError(e.message);
    throw e;
  }
}
