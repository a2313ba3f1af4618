import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parseXml, type XmlElement } from '../xml/index.js';
import { virtualMachineRoleRetired } from '../model/knowledge/retired.js';
import type { KitFile, SdkKit } from './kit.js';
import { loadPluginModule, type PluginModule } from './plugin.js';
import { compareWindowsPaths } from './paths.js';
import { CSDEF_NS } from './format.js';
import { PackageInputError, pathLengthProblem, resolveTaskPath, startupScript, windowsNameProblem } from './refuse.js';

export type LayoutSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'kit'; readonly file: KitFile }
  | { readonly kind: 'data'; readonly data: Buffer };

/** One file of a role, at its ZIP path (`approot/bin/x.dll`, `/`-separated, role-relative). */
export interface LayoutEntry {
  readonly path: string;
  readonly source: LayoutSource;
}

export interface SitePlan {
  readonly element: XmlElement;
  /** Role-relative folder IIS serves: `approot` when the csdef gives none, else `sitesroot\<n>`. */
  readonly physicalDirectory: string;
}

export interface RolePlan {
  readonly name: string;
  readonly kind: 'web' | 'worker';
  readonly element: XmlElement;
  readonly sites: SitePlan[];
  readonly targetFramework: string;
  /** Extra RoleModel properties from --role-properties, in file order (TargetFrameworkVersion excluded). */
  readonly properties: [string, string][];
  readonly imports: string[];
  /** The RoleModule of each import, in import order: merged into the generated files. */
  readonly plugins: PluginModule[];
  /** User, kit and plugin files; the generated ones are added by the writer. */
  readonly entries: LayoutEntry[];
}

export interface ServicePlan {
  readonly csdefFile: string;
  readonly root: XmlElement;
  readonly name: string;
  readonly kit: SdkKit;
  readonly roles: RolePlan[];
}

export interface PackageInputs {
  /** The service definition, absolute. */
  readonly csdef: string;
  /** Role name → its approot folder. */
  readonly roles: ReadonlyMap<string, string>;
  /** `Role/Site` → the site's physical folder (overrides Site/@physicalDirectory). */
  readonly sites?: ReadonlyMap<string, string>;
  /** Role name → a Key=Value properties file. */
  readonly roleProperties?: ReadonlyMap<string, string>;
  readonly kit: SdkKit;
}

function loc(file: string, e: XmlElement): string {
  return `${file}:${e.span.start.line}:${e.span.start.column}`;
}

export async function readCsdef(file: string): Promise<XmlElement> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new PackageInputError(`${file}: cannot read the service definition (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const doc = parseXml(file, bytes);
  const fatal = doc.problems.find((p) => p.fatal);
  if (!doc.root || fatal) {
    const at = fatal ? `:${fatal.at.line}:${fatal.at.column}` : '';
    throw new PackageInputError(`${file}${at}: not a readable service definition: ${fatal?.message ?? 'empty file'}`);
  }
  if (doc.root.local !== 'ServiceDefinition' || doc.root.uri !== CSDEF_NS) {
    throw new PackageInputError(`${file}: the root element is <${doc.root.name}>, not <ServiceDefinition> in ${CSDEF_NS}`);
  }
  return doc.root;
}

/** Parts of a csdef this packager cannot yet turn into what CSPack writes; refused rather than dropped. */
function refuseUnsupported(file: string, root: XmlElement): void {
  for (const e of root.elements) {
    if (e.local === 'VirtualMachineRole') {
      throw new PackageInputError(
        `${loc(file, e)}: ${virtualMachineRoleRetired(e.attrValue('name'))}`,
      );
    }
    if (e.local === 'NetworkTrafficRules' || e.local === 'LoadBalancerProbes') {
      throw new PackageInputError(`${loc(file, e)}: <${e.local}> is not supported by this packager yet; package this service with CSPack`);
    }
  }
  for (const role of root.elements.filter((e) => e.local === 'WebRole' || e.local === 'WorkerRole')) {
    const name = role.attrValue('name') ?? '';
    const unsupported = (e: XmlElement | undefined, what: string): void => {
      if (e) throw new PackageInputError(`${loc(file, e)}: role ${name}: ${what} not supported by this packager yet; package this service with CSPack`);
    };
    unsupported(role.child('Contents')?.elements[0], 'role Contents are');
    unsupported(role.child('Endpoints')?.elements.find((x) => x.local === 'InstanceInputEndpoint'), 'instance input endpoints are');
    unsupported(role.child('Endpoints')?.childrenNamed('InternalEndpoint').find((x) => x.child('FixedPortRange')), 'internal endpoints with a FixedPortRange are');
    for (const site of role.child('Sites')?.childrenNamed('Site') ?? []) {
      unsupported(site.elements.find((x) => x.local === 'VirtualApplication' || x.local === 'VirtualDirectory'), 'virtual applications and directories are');
    }
  }
}

async function readRoleProperties(file: string): Promise<[string, string][]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new PackageInputError(`${file}: cannot read the role properties file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const out: [string, string][] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) return;
    const eq = t.indexOf('=');
    if (eq <= 0) throw new PackageInputError(`${file}:${i + 1}: expected Key=Value, found "${t}"`);
    out.push([t.slice(0, eq).trim(), t.slice(eq + 1).trim()]);
  });
  return out;
}

async function folder(path: string, what: string): Promise<string> {
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new PackageInputError(`${path}: no such folder (${what})`);
  if (!s.isDirectory()) throw new PackageInputError(`${path}: not a folder (${what})`);
  return realpath(path);
}

/**
 * `join(dir, name)` for a name from the listing of `dir`, a normalized absolute path (a realpath or
 * one of these): `join` normalizes, building each path from a dozen string pieces, and a role keeps
 * a path per file until it is written (780 bytes of strings per file, 50 MiB for 68,000 files).
 */
function childPath(dir: string, name: string): string {
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** A folder met while listing a role's tree: its path in the role and on disk. */
interface TreeFolder {
  readonly rel: string;
  readonly abs: string;
}

/**
 * A file listed in a role's folder. A role keeps one per file until it is written, so its two
 * paths are made when asked for, from the folder it shares with its neighbours: built once and
 * kept, they were 350 bytes per file (24 MiB of a 68,000-file role's plan).
 */
class TreeFile implements LayoutEntry {
  constructor(
    private readonly folder: TreeFolder,
    private readonly name: string,
  ) {}

  get path(): string {
    return `${this.folder.rel}/${this.name}`;
  }

  get source(): LayoutSource {
    return { kind: 'file', path: childPath(this.folder.abs, this.name) };
  }
}

/**
 * Every file under `root`, as `prefix/relative/path`. Links are followed only when they resolve
 * inside `root`; anything else that is not a plain file or folder is refused.
 */
async function collectTree(root: string, prefix: string, out: LayoutEntry[]): Promise<void> {
  const realRoot = await realpath(root);
  const visited = new Set<string>();
  const visit = async (dir: string, rel: string): Promise<void> => {
    const folder: TreeFolder = { rel, abs: dir };
    const real = await realpath(dir);
    if (visited.has(real)) throw new PackageInputError(`${dir}: a link makes this folder contain itself; remove the loop`);
    visited.add(real);
    // The listing's entry types answer for everything but links: two stats per file, one after the
    // other, were most of the time to plan a role of tens of thousands of files.
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const name = entry.name;
      const full = childPath(dir, name);
      const problem = windowsNameProblem(name);
      if (problem) throw new PackageInputError(`${full}: ${problem}; rename it`);
      let target = full;
      let kind: Pick<Dirent, 'isDirectory' | 'isFile'> = entry;
      if (entry.isSymbolicLink()) {
        const resolved = await realpath(full).catch(() => undefined);
        if (!resolved) throw new PackageInputError(`${full}: link to a missing target; remove it or fix it`);
        const r = relative(realRoot, resolved);
        if (r.startsWith('..') || isAbsolute(r)) {
          throw new PackageInputError(`${full}: link resolves to ${resolved}, outside ${root}; copy the file into the folder instead`);
        }
        target = resolved;
        kind = await stat(target);
      }
      if (kind.isDirectory()) await visit(target, `${rel}/${name}`);
      else if (kind.isFile()) out.push(target === full ? new TreeFile(folder, name) : { path: `${rel}/${name}`, source: { kind: 'file', path: target } });
      else throw new PackageInputError(`${full}: not a regular file or folder; remove it`);
    }
  };
  await visit(root, prefix);
}

function sdkMajor(version: string): number {
  return Number(version.split('.')[0]);
}

/** The target framework CSPack assumes when the role properties give none: .NET 3.5 for SDK 1.x, 4.0 after. */
export function defaultTargetFramework(sdkVersion: string): string {
  return sdkMajor(sdkVersion) < 2 ? 'v3.5' : 'v4.0';
}

/** Plans every role: its files (user, kit, plugin), sites and properties; checks every refusal. */
export async function planService(inputs: PackageInputs): Promise<ServicePlan> {
  const file = inputs.csdef;
  const root = await readCsdef(file);
  refuseUnsupported(file, root);
  const roleElements = root.elements.filter((e) => e.local === 'WebRole' || e.local === 'WorkerRole');
  if (roleElements.length === 0) throw new PackageInputError(`${file}: the service definition has no WebRole or WorkerRole`);
  const declared = roleElements.map((e) => e.attrValue('name') ?? '');
  for (const name of inputs.roles.keys()) {
    if (!declared.includes(name)) throw new PackageInputError(`--role ${name}: ${file} has no role ${name} (roles: ${declared.join(', ')})`);
  }
  for (const name of inputs.roleProperties?.keys() ?? []) {
    if (!declared.includes(name)) throw new PackageInputError(`--role-properties ${name}: ${file} has no role ${name}`);
  }
  const seen = new Set<string>();
  const roles: RolePlan[] = [];
  for (const element of roleElements) {
    const name = element.attrValue('name') ?? '';
    if (seen.has(name.toLowerCase())) throw new PackageInputError(`${loc(file, element)}: role name ${name} is used twice`);
    seen.add(name.toLowerCase());
    const dir = inputs.roles.get(name);
    if (!dir) throw new PackageInputError(`${file}: role ${name} has no folder; give --role ${name}=DIR with the role's built output`);
    const roleDir = await folder(dir, `--role ${name}`);
    const entries: LayoutEntry[] = [];
    await collectTree(roleDir, 'approot', entries);

    const sites: SitePlan[] = [];
    const siteElements = element.child('Sites')?.childrenNamed('Site') ?? [];
    for (const key of inputs.sites?.keys() ?? []) {
      const [r, s] = key.split('/');
      if (r === name && !siteElements.some((x) => x.attrValue('name') === s)) {
        throw new PackageInputError(`--site ${key}: role ${name} in ${file} has no site ${s ?? ''}`);
      }
    }
    let n = 0;
    for (const site of siteElements) {
      const siteName = site.attrValue('name') ?? '';
      const given = inputs.sites?.get(`${name}/${siteName}`);
      const declaredDir = site.attrValue('physicalDirectory');
      const source = given ?? (declaredDir !== undefined ? resolve(dirname(file), declaredDir) : undefined);
      if (source === undefined) {
        sites.push({ element: site, physicalDirectory: 'approot' });
        continue;
      }
      const siteDir = await folder(source, given ? `--site ${name}/${siteName}` : `physicalDirectory of site ${siteName} at ${loc(file, site)}`);
      await collectTree(siteDir, `sitesroot/${n}`, entries);
      sites.push({ element: site, physicalDirectory: `sitesroot\\${n}` });
      n++;
    }

    const propsFile = inputs.roleProperties?.get(name);
    const props = propsFile ? await readRoleProperties(propsFile) : [];
    const tfv = props.find(([k]) => k === 'TargetFrameworkVersion')?.[1] ?? defaultTargetFramework(inputs.kit.version);
    if (!/^v\d+\.\d+(\.\d+)?$/.test(tfv)) throw new PackageInputError(`${propsFile ?? file}: TargetFrameworkVersion "${tfv}" is not like v4.0`);

    for (const f of inputs.kit.runtime) entries.push({ path: f.path, source: { kind: 'kit', file: f } });
    const imports = (element.child('Imports')?.childrenNamed('Import') ?? []).map((i) => i.attrValue('moduleName') ?? '');
    const plugins: PluginModule[] = [];
    for (const m of imports) {
      if (plugins.some((p) => p.name === m)) throw new PackageInputError(`${file}: role ${name} imports ${m} twice; remove one Import`);
      const files = inputs.kit.plugins.get(m);
      if (!files) throw new PackageInputError(missingPluginMessage(file, name, m, inputs.kit));
      plugins.push(await loadPluginModule(m, files, inputs.kit.source));
      for (const f of files) entries.push({ path: `plugins/${m}/${f.path}`, source: { kind: 'kit', file: f } });
    }
    roles.push({
      name,
      kind: element.local === 'WebRole' ? 'web' : 'worker',
      element,
      sites,
      targetFramework: tfv,
      properties: props.filter(([k]) => k !== 'TargetFrameworkVersion'),
      imports,
      plugins,
      entries,
    });
  }
  return { csdefFile: file, root, name: root.attrValue('name') ?? '', kit: inputs.kit, roles };
}

function missingPluginMessage(file: string, role: string, module: string, kit: SdkKit): string {
  const have = [...kit.plugins.keys()];
  const realKit = `use a kit with plugins\\${module}\\: an Azure SDK install folder, or \`cloudservice kit extract\` from a package CSPack built for a role importing ${module}`;
  const how = kit.stub ? `the stub kit only stands in for ${have.join(', ')}; ${realKit}` : `it has ${have.length ? have.join(', ') : 'no plugins'}; ${realKit}`;
  return `${file}: role ${role} imports ${module}, but the SDK kit ${kit.source} has no plugins/${module}/ (${how})`;
}

/** Where a role's startup tasks run from: CSPack writes `approot\bin` for web roles, `approot\` for worker roles. */
export function taskFolder(role: RolePlan): string {
  return role.kind === 'web' ? 'approot\\bin' : 'approot\\';
}

/**
 * Final checks on a role's complete layout (user, kit and generated files): names that collide
 * on NTFS, paths too long for the role drive, startup scripts that are not there.
 */
export function checkLayout(file: string, role: RolePlan, entries: readonly LayoutEntry[]): void {
  const byKey = new Map<string, LayoutEntry>();
  const dirs = new Map<string, string>();
  for (const e of entries) {
    const key = e.path.toLowerCase();
    const other = byKey.get(key);
    if (other) throw new PackageInputError(`role ${role.name}: ${describe(e)} and ${describe(other)} both become ${e.path.replace(/\//g, '\\')}, and Windows names ignore case; rename one`);
    byKey.set(key, e);
    const parts = e.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const d = parts.slice(0, i).join('/');
      const dk = d.toLowerCase();
      const seenAs = dirs.get(dk);
      if (seenAs !== undefined && seenAs !== d) throw new PackageInputError(`role ${role.name}: folders ${seenAs.replace(/\//g, '\\')} and ${d.replace(/\//g, '\\')} differ only in case, and Windows names ignore case; rename one`);
      dirs.set(dk, d);
    }
    const long = pathLengthProblem(e.path);
    if (long) throw new PackageInputError(`${describe(e)}: ${long}`);
  }
  for (const d of dirs.keys()) {
    if (byKey.has(d)) throw new PackageInputError(`role ${role.name}: ${describe(byKey.get(d) as LayoutEntry)} has the name of a folder of the role`);
  }
  for (const task of role.element.child('Startup')?.childrenNamed('Task') ?? []) {
    const script = startupScript(task.attrValue('commandLine') ?? '');
    if (!script) continue;
    const path = resolveTaskPath(taskFolder(role), script);
    if (!byKey.has(path.toLowerCase())) {
      throw new PackageInputError(
        `${loc(file, task)}: startup task of role ${role.name} runs ${script}, but the role has no ${path.replace(/\//g, '\\')} (tasks run in ${taskFolder(role)}); add the file to the role folder or fix the command line`,
      );
    }
  }
}

function describe(e: LayoutEntry): string {
  switch (e.source.kind) {
    case 'file':
      return e.source.path;
    case 'kit':
      return `SDK kit file ${e.path.replace(/\//g, '\\')}`;
    default:
      return `generated ${e.path.replace(/\//g, '\\')}`;
  }
}

export function sortLayout(entries: LayoutEntry[]): LayoutEntry[] {
  // Each path made once for the sort (a listed file makes its path when asked), dropped after.
  const keyed = entries.map((entry) => ({ entry, path: entry.path }));
  keyed.sort((a, b) => compareWindowsPaths(a.path, b.path));
  for (const [i, k] of keyed.entries()) entries[i] = k.entry;
  return entries;
}
