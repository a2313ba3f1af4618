import { BaselineError } from '../lint/baseline.js';
import { ConfigError } from '../lint/config.js';
import { TOOL } from '../lint/project-info.js';
import { RegistryError } from '../lint/registry.js';
import { DiscoveryError } from '../model/discover.js';
import { EXIT, UserError, type CliIO } from './io.js';

type Command = (args: string[], io: CliIO) => Promise<number>;

// Each command is loaded when it runs: a lint need not load the packager and its ZIP code. A
// bundle keeps them in its one file ("eager": no chunks), where loading them costs little.
const COMMANDS: Record<string, () => Promise<Command>> = {
  lint: async () => (await import(/* webpackMode: "eager" */ './commands/lint.js')).run,
  rules: async () => (await import(/* webpackMode: "eager" */ './commands/rules.js')).run,
  package: async () => (await import(/* webpackMode: "eager" */ './commands/package.js')).run,
  verify: async () => (await import(/* webpackMode: "eager" */ './commands/verify.js')).run,
  inspect: async () => (await import(/* webpackMode: "eager" */ './commands/inspect.js')).run,
  kit: async () => (await import(/* webpackMode: "eager" */ './commands/kit.js')).run,
};

export const USAGE = `Usage: cloudservice <command> [options]

Commands:
  lint [paths...]      check .csdef, .cscfg and .ccproj files against the rule set
  rules                list the rules
  package <csdef>      build a deployable .cspkg on any OS
  verify <package>     check a .cspkg (ours or CSPack's) before it goes to Azure
  inspect <package>    list each role's files with size and SHA-256
  kit extract <pkg>    harvest an SDK runtime kit from an existing package

Run 'cloudservice <command> --help' for a command's options.`;

/** Runs one command line; never throws: every failure becomes a one-line message and exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE + '\n');
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v') {
    io.out(`${TOOL.version}\n`);
    return EXIT.ok;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.err(`cloudservice: unknown command "${command}"\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  try {
    const run = await load();
    return await run(rest, io);
  } catch (err) {
    io.err(`cloudservice ${command}: ${describe(err)}\n`);
    if (err instanceof UserError) return err.exitCode;
    if (isKnown(err)) return EXIT.usage;
    if (io.env.CLOUDSERVICE_DEBUG && err instanceof Error && err.stack) io.err(err.stack + '\n');
    return EXIT.usage;
  }
}

function isKnown(err: unknown): boolean {
  return (
    err instanceof ConfigError ||
    err instanceof RegistryError ||
    err instanceof DiscoveryError ||
    err instanceof BaselineError ||
    (err instanceof TypeError && (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true)
  );
}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = (err as { code?: string }).code;
    if (code?.startsWith('ERR_PARSE_ARGS')) return `${err.message}; see --help`;
    if (isKnown(err) || err instanceof UserError) return err.message;
    return `unexpected error: ${err.message} (set CLOUDSERVICE_DEBUG=1 for details)`;
  }
  return String(err);
}
