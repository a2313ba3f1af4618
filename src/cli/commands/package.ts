import { parseArgs } from 'node:util';
import { BuildError, buildPackage, STUB_WARNING } from '../../package/build.js';
import { NO_KIT_HELP } from '../../package/kit.js';
import { roleFoldersFor } from '../../model/role-folders.js';
import { relative, resolve } from 'node:path';
import type { CliIO } from '../io.js';
import { EXIT, UserError } from '../io.js';

const USAGE =
  'usage: cloudservice package ServiceDefinition.csdef [--role NAME=DIR …] [--site ROLE/SITE=DIR …]\n' +
  '         [--role-properties NAME=FILE …] --sdk-kit PATH|stub [--sdk-version X.Y.Z.W] --out FILE.cspkg [--configuration FILE.cscfg] [--format text|json]';

function pairs(values: string[] | undefined, option: string, keyShape: RegExp, example: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of values ?? []) {
    const eq = v.indexOf('=');
    const key = eq > 0 ? v.slice(0, eq) : '';
    if (!keyShape.test(key) || eq === v.length - 1) throw new UserError(`${option} ${v}: expected ${example}`);
    if (out.has(key)) throw new UserError(`${option} ${key} is given twice`);
    out.set(key, v.slice(eq + 1));
  }
  return out;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        role: { type: 'string', multiple: true },
        site: { type: 'string', multiple: true },
        'role-properties': { type: 'string', multiple: true },
        'sdk-kit': { type: 'string' },
        'sdk-version': { type: 'string' },
        out: { type: 'string' },
        configuration: { type: 'string' },
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UserError(`${(e as Error).message}; see --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\nBuilds a legacy-format .cspkg (what CSPack writes by default) and verifies it before writing it to --out.\n`);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UserError(`give exactly one service definition; see --help`);
  if (!values.out) throw new UserError(`--out FILE.cspkg is required; see --help`);
  if (!values['sdk-kit']) throw new UserError(`--sdk-kit is required: ${NO_KIT_HELP}`);
  if (values.format !== 'text' && values.format !== 'json') throw new UserError(`--format must be text or json, not "${values.format}"`);
  const roles = pairs(values.role, '--role', /^[^/=]+$/, 'NAME=DIR');
  // Roles without --role come from the .ccproj beside the definition, or a folder named after them.
  for (const [name, folder] of roleFoldersFor(resolve(io.cwd, positionals[0] as string))) {
    if (roles.has(name)) continue;
    roles.set(name, folder.dir);
    io.err(`role ${name}: packaging ${relative(io.cwd, folder.dir) || '.'} (from ${folder.source}); pass --role ${name}=DIR to package build output instead\n`);
  }
  const sites = pairs(values.site, '--site', /^[^/=]+\/[^/=]+$/, 'ROLE/SITE=DIR');
  const roleProperties = pairs(values['role-properties'], '--role-properties', /^[^/=]+$/, 'NAME=FILE');
  let result;
  try {
    result = await buildPackage({
      csdef: positionals[0] as string,
      roles,
      sites,
      roleProperties,
      sdkKit: values['sdk-kit'],
      ...(values['sdk-version'] ? { sdkVersion: values['sdk-version'] } : {}),
      out: values.out,
      ...(values.configuration ? { configuration: values.configuration } : {}),
      cwd: io.cwd,
      env: io.env,
    });
  } catch (e) {
    if (e instanceof BuildError) throw new UserError(e.message);
    throw e;
  }
  if (values.format === 'json') {
    io.out(JSON.stringify({ ...result, deployable: !result.stub, ...(result.stub ? { warning: STUB_WARNING } : {}) }, null, 2) + '\n');
  } else {
    const lines = [`wrote ${values.out} (${result.size} bytes, SDK ${result.sdkVersion}, sha256 ${result.sha256})`];
    for (const r of result.roles) lines.push(`  role ${r.name}: ${r.files} files, ${r.bytes} bytes`);
    lines.push(result.stub ? '  verified: every check passed except the SDK runtime files, which are stand-ins' : '  verified: every package check passed');
    io.out(lines.join('\n') + '\n');
  }
  if (result.stub) io.err(`${STUB_WARNING}\n`);
  return EXIT.ok;
}
