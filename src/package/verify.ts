import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseXml, type XmlElement } from '../xml/index.js';
import type { EntryHasherOptions } from './entry-hasher.js';
import { CSDEF_DOC, openPackage, type PackageFormat } from './reader.js';
import { parsePart } from './opc.js';
import type { CheckResult, PackageProblem } from './problems.js';
import { PLUGIN_PREFIX } from '../model/knowledge/import-modules.js';

export interface VerifyReport {
  readonly file: string;
  /** No errors (warnings allowed). */
  readonly ok: boolean;
  readonly format: PackageFormat;
  readonly productVersion: string | undefined;
  readonly roles: string[];
  readonly checks: CheckResult[];
  readonly problems: PackageProblem[];
}

export interface VerifyOptions {
  /** The service definition the package should have been built from. */
  readonly csdef?: string;
  /** A service configuration the package will be deployed with. */
  readonly cscfg?: string;
  /** How entries are read back (see EntryHasherOptions). */
  readonly hasher?: EntryHasherOptions;
}

interface RoleDecl {
  readonly name: string;
  readonly settings: string[];
  /** `name|protocol|port` of each input endpoint. */
  readonly endpoints: string[];
  /** Modules the role imports. */
  readonly imports: string[];
}

/**
 * True for a setting or endpoint an imported module adds to the packaged csdef, named
 * `<namespace>.<name>`: the SDK's modules use `Microsoft.WindowsAzure.Plugins.<Module>` or a prefix
 * of the module's name (RemoteDebugger for RemoteDebuggerConnector), Visual Studio's the module's
 * name (IntelliTrace).
 */
function fromImport(name: string, imports: readonly string[]): boolean {
  const rest = name.startsWith(PLUGIN_PREFIX) ? name.slice(PLUGIN_PREFIX.length) : name;
  const dot = rest.indexOf('.');
  const segment = dot > 0 ? rest.slice(0, dot) : '';
  return segment !== '' && imports.some((m) => m.startsWith(segment));
}

function rolesOf(root: XmlElement): RoleDecl[] {
  return root.elements
    .filter((e) => /^(Web|Worker|VirtualMachine)Role$/.test(e.local) || e.local === 'Role')
    .map((e) => ({
      name: e.attrValue('name') ?? '',
      settings: (e.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map((s) => s.attrValue('name') ?? ''),
      endpoints: (e.child('Endpoints')?.childrenNamed('InputEndpoint') ?? []).map((x) => `${x.attrValue('name')}|${x.attrValue('protocol')}|${x.attrValue('port')}`),
      imports: (e.child('Imports')?.childrenNamed('Import') ?? []).map((i) => i.attrValue('moduleName') ?? ''),
    }));
}

function endpoint(key: string): string {
  const [name, protocol, port] = key.split('|');
  return `${name} (${protocol}, port ${port})`;
}

async function readService(file: string, problems: PackageProblem[]): Promise<XmlElement | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    problems.push({ code: 'input-unreadable', severity: 'error', part: file, message: `cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` });
    return undefined;
  }
  const doc = parseXml(file, bytes);
  const fatal = doc.problems.find((p) => p.fatal);
  if (!doc.root || fatal) {
    problems.push({ code: 'input-unreadable', severity: 'error', part: file, message: `${file} is not readable XML: ${fatal?.message ?? 'empty'}` });
    return undefined;
  }
  return doc.root;
}

/**
 * Runs every package check (cspkg-format §11) and, given the service files, checks that the
 * package's roles and settings are the ones they declare.
 */
export async function verifyPackage(file: string, options: VerifyOptions = {}): Promise<VerifyReport> {
  const pkg = await openPackage(file, options.hasher ? { hasher: options.hasher } : {});
  try {
    const problems = [...pkg.problems];
    const checks = pkg.checks.map((c) => ({ ...c }));
    const cross: CheckResult = { name: 'service files', errors: 0, warnings: 0 };
    const before = problems.length;
    const packagedBytes = await pkg.readDocument(CSDEF_DOC);
    const packagedParsed = packagedBytes ? parsePart(CSDEF_DOC, packagedBytes) : undefined;
    const packaged = packagedParsed && 'root' in packagedParsed ? rolesOf(packagedParsed.root) : undefined;
    const pkgName = basename(file);
    const err = (part: string, code: string, message: string): void => {
      problems.push({ code, severity: 'error', part, message });
    };
    if (options.csdef && packaged) {
      const root = await readService(options.csdef, problems);
      if (root) {
        const given = rolesOf(root);
        for (const r of given) {
          const p = packaged.find((x) => x.name === r.name);
          if (!p) {
            err(options.csdef, 'csdef-role-missing', `role ${r.name} of ${options.csdef} is not in ${pkgName}`);
            continue;
          }
          for (const s of r.settings) if (!p.settings.includes(s)) err(options.csdef, 'csdef-setting-missing', `setting ${r.name}/${s} of ${options.csdef} is not declared in the package`);
          for (const s of p.settings) if (!r.settings.includes(s) && !fromImport(s, r.imports)) err(options.csdef, 'csdef-setting-extra', `the package declares setting ${r.name}/${s}, which ${options.csdef} does not`);
          for (const x of r.endpoints) if (!p.endpoints.includes(x)) err(options.csdef, 'csdef-endpoint-mismatch', `input endpoint ${r.name}/${endpoint(x)} of ${options.csdef} is not in the package as such`);
          for (const x of p.endpoints) if (!r.endpoints.includes(x) && !fromImport(x.split('|')[0] ?? '', r.imports)) err(options.csdef, 'csdef-endpoint-mismatch', `the package has input endpoint ${r.name}/${endpoint(x)}, which ${options.csdef} does not`);
        }
        for (const p of packaged) if (!given.some((r) => r.name === p.name)) err(options.csdef, 'csdef-role-extra', `role ${p.name} of ${pkgName} is not in ${options.csdef}`);
        const name = root.attrValue('name');
        const packagedName = packagedParsed && 'root' in packagedParsed ? packagedParsed.root.attrValue('name') : undefined;
        if (name !== packagedName) err(options.csdef, 'csdef-name', `service name "${name ?? ''}" in ${options.csdef}, "${packagedName ?? ''}" in the package`);
      }
    }
    if (options.cscfg && packaged) {
      const root = await readService(options.cscfg, problems);
      if (root) {
        const given = rolesOf(root);
        for (const r of given) {
          const p = packaged.find((x) => x.name === r.name);
          if (!p) {
            err(options.cscfg, 'cscfg-role-unknown', `role ${r.name} of ${options.cscfg} is not in ${pkgName}; Azure refuses the deployment`);
            continue;
          }
          for (const s of p.settings) if (!r.settings.includes(s)) err(options.cscfg, 'cscfg-setting-missing', `setting ${r.name}/${s} is declared by the package but has no value in ${options.cscfg}`);
          for (const s of r.settings) if (!p.settings.includes(s)) err(options.cscfg, 'cscfg-setting-unknown', `setting ${r.name}/${s} of ${options.cscfg} is not declared by the package`);
        }
        for (const p of packaged) if (!given.some((r) => r.name === p.name)) err(options.cscfg, 'cscfg-role-missing', `role ${p.name} of ${pkgName} has no <Role> in ${options.cscfg}`);
      }
    }
    if (options.csdef || options.cscfg) {
      for (const p of problems.slice(before)) {
        if (p.severity === 'error') cross.errors++;
        else cross.warnings++;
      }
      checks.push(cross);
    }
    return {
      file,
      ok: !problems.some((p) => p.severity === 'error'),
      format: pkg.view.format,
      productVersion: pkg.view.productVersion,
      roles: pkg.view.roles.map((r) => r.name),
      checks,
      problems,
    };
  } finally {
    await pkg.close();
  }
}

export function formatVerifyReport(report: VerifyReport): string {
  const lines: string[] = [];
  const ver = report.productVersion ? `, SDK ${report.productVersion}` : '';
  lines.push(`${report.file}: ${report.format} format${ver}, roles: ${report.roles.join(', ') || '(none)'}`);
  for (const c of report.checks) {
    const status = c.errors > 0 ? 'FAIL' : c.warnings > 0 ? 'warn' : 'ok  ';
    lines.push(`  ${status} ${c.name}${c.errors + c.warnings > 0 ? ` (${c.errors} error(s), ${c.warnings} warning(s))` : ''}`);
  }
  for (const p of report.problems) lines.push(`  ${p.severity}: ${p.part}: ${p.message} [${p.code}]`);
  lines.push(report.ok ? 'verification passed' : `verification FAILED: ${report.problems.filter((p) => p.severity === 'error').length} error(s)`);
  return lines.join('\n') + '\n';
}
