import { existsSync, lstatSync, statSync } from 'node:fs';
import { basename, dirname, join, posix, relative, resolve, sep } from 'node:path';
import { DEFAULT_LIMITS, parseXmlFile, type XmlDocument, type XmlLimits } from '../xml/index.js';
import { bindConfiguration } from './bind-configuration.js';
import { bindDefinition } from './bind-definition.js';
import { FolderCache } from './folders.js';
import { bindProject, bindRoleProject } from './project.js';
import type { CloudProject, Service, ServiceConfiguration, ServiceDefinition } from './types.js';

export interface DiscoverOptions {
  /** Paths in findings are made relative to this folder (the repository root). */
  readonly root: string;
  /** Return true to skip a file or folder; receives the root-relative POSIX path. */
  readonly ignore?: (relPath: string, isDir: boolean) => boolean;
  readonly limits?: XmlLimits;
  /** Listings to read folders through; pass the lint run's so its file facts reuse the walk. */
  readonly folders?: FolderCache;
}

export interface Discovery {
  readonly services: Service[];
  /** Every service file read, in path order. */
  readonly documents: XmlDocument[];
}

export class DiscoveryError extends Error {}

/**
 * `a.localeCompare(b)`, which is defined as the compare of a new default Intl.Collator: one
 * collator for every comparison instead of one per call, which showed in profiles. Made on first
 * use, not when the module loads: `package` loads this module but sorts nothing, and a collator
 * brings ICU's collation data into memory (2.3 MiB more resident in a packaging process).
 */
let localeCompare: Intl.Collator['compare'] | undefined;
const byLocale = (a: string, b: string): number => (localeCompare ??= new Intl.Collator().compare)(a, b);

const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const KINDS = ['.csdef', '.cscfg', '.ccproj'] as const;

/**
 * Finds every service under the given paths. A configuration is paired with the definition its
 * `.ccproj` names; else with a definition in its own folder (the one sharing most role names, then
 * the longest file-name prefix); else in the nearest folder above; else with the only definition
 * found. File names are not trusted: a file's kind is decided by its root element.
 */
export function discoverServices(paths: readonly string[], options: DiscoverOptions): Discovery {
  const root = resolve(options.root);
  const folders = options.folders ?? new FolderCache();
  const files = new Set<string>();
  for (const p of paths.length ? paths : ['.']) {
    const abs = resolve(root, p);
    if (!existsSync(abs)) throw new DiscoveryError(`${p}: no such file or folder`);
    const st = statSync(abs);
    if (st.isDirectory()) walk(abs, root, options, folders, files);
    else files.add(abs);
  }
  const sorted = [...files].sort();
  const limits = options.limits ?? DEFAULT_LIMITS;
  const documents: XmlDocument[] = [];
  const definitions: Slot<ServiceDefinition>[] = [];
  const configurations: Slot<ServiceConfiguration>[] = [];
  const projects: CloudProject[] = [];
  const unreadable: XmlDocument[] = [];
  for (const abs of sorted) {
    const rel = toPosix(relative(root, abs)) || basename(abs);
    const doc = parseXmlFile(abs, rel, limits);
    documents.push(doc);
    const local = doc.root?.local;
    const ext = extension(abs);
    if (local === 'ServiceDefinition' && doc.root) definitions.push({ file: rel, bound: bindDefinition(doc, doc.root) });
    else if (local === 'ServiceConfiguration' && doc.root)
      configurations.push({ file: rel, bound: bindConfiguration(doc, doc.root) });
    else if (local === 'Project' && doc.root && ext === '.ccproj') projects.push(bindProject(doc, doc.root));
    else if (!doc.root) {
      unreadable.push(doc);
      // An unreadable definition still owns its folder's configurations: pairing them elsewhere
      // would report every setting as undeclared.
      if (ext === '.csdef') definitions.push({ file: rel, bound: undefined, doc });
      if (ext === '.cscfg') configurations.push({ file: rel, bound: undefined, doc });
    } else {
      // Well-formed, but neither a definition nor a configuration: report it on its own.
      unreadable.push(doc);
    }
  }
  const withRoles = projects.map((p) => withRoleProjects(p, root, options, limits, folders));
  return { services: group(definitions, configurations, withRoles, unreadable), documents };
}

/**
 * Reads the role projects a cloud project references, so rules can see what a build copies into
 * each role. Only files inside the root are read; a missing or broken one is simply left unbound.
 */
function withRoleProjects(
  project: CloudProject,
  root: string,
  options: DiscoverOptions,
  limits: XmlLimits,
  folders: FolderCache,
): CloudProject {
  const roles = project.roles.map((r) => {
    const rel = r.path;
    if (rel.startsWith('../') || rel === '..' || posix.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return r;
    if (options.ignore?.(rel, false)) return r;
    const abs = join(root, rel);
    if (!folders.stat(abs)?.isFile()) return r;
    const doc = parseXmlFile(abs, rel, limits);
    if (!doc.root || doc.root.local !== 'Project') return r;
    return { ...r, project: bindRoleProject(doc, doc.root) };
  });
  return { ...project, roles };
}

interface Slot<T> {
  readonly file: string;
  readonly bound: T | undefined;
  readonly doc?: XmlDocument;
}

function group(
  definitions: Slot<ServiceDefinition>[],
  configurations: Slot<ServiceConfiguration>[],
  projects: CloudProject[],
  unreadable: XmlDocument[],
): Service[] {
  const members = new Map<Slot<ServiceDefinition> | undefined, Slot<ServiceConfiguration>[]>();
  for (const d of definitions) members.set(d, []);
  const orphans: Slot<ServiceConfiguration>[] = [];
  const pairing = new Pairing(definitions, projects);
  for (const c of configurations) {
    const d = pairing.pairFor(c);
    if (d) members.get(d)?.push(c);
    else orphans.push(c);
  }
  const services: Service[] = [];
  const placed = new Set<XmlDocument>();
  for (const [d, cfgs] of members) {
    if (!d) continue;
    const project = pairing.projectOf(d.file);
    const docs = [d.doc, ...cfgs.map((c) => c.doc)].filter((x): x is XmlDocument => x !== undefined);
    docs.forEach((x) => placed.add(x));
    services.push(
      makeService(dirname(d.file), d.bound, cfgs.flatMap((c) => (c.bound ? [c.bound] : [])), project, docs),
    );
  }
  // Configurations with no definition anywhere are still linted on their own, one service each.
  for (const c of orphans) {
    if (c.doc) placed.add(c.doc);
    services.push(makeService(dirname(c.file), undefined, c.bound ? [c.bound] : [], undefined, c.doc ? [c.doc] : []));
  }
  for (const doc of unreadable) {
    if (!placed.has(doc)) services.push(makeService(dirname(doc.file), undefined, [], undefined, [doc]));
  }
  // A project whose definition was not scanned still has something to say (missing files).
  const withProject = new Set(services.map((s) => s.project));
  for (const p of projects) {
    if (!withProject.has(p)) {
      services.push(makeService(dirname(p.file), undefined, [], p, []));
    }
  }
  return services.sort((a, b) => byLocale(key(a), key(b)));
}

function key(s: Service): string {
  return s.definition?.file ?? s.configurations[0]?.file ?? s.project?.file ?? s.unreadable[0]?.file ?? s.dir;
}

function makeService(
  dir: string,
  definition: ServiceDefinition | undefined,
  configurations: ServiceConfiguration[],
  project: CloudProject | undefined,
  unreadable: XmlDocument[],
): Service {
  const roleFolders = new Map<string, string>();
  for (const r of project?.roles ?? []) {
    if (r.roleName) roleFolders.set(r.roleName, posix.dirname(r.path));
  }
  return {
    dir,
    definition,
    configurations: configurations.sort((a, b) => byLocale(a.file, b.file)),
    project,
    roleFolders,
    unreadable,
  };
}

/**
 * Pairs configurations with definitions. The lookups are indexed up front: the corpus has
 * hundreds of services side by side, and scanning every definition for every configuration and
 * folder level was quadratic.
 */
class Pairing {
  /** Definitions by folder, in the order given. */
  private readonly byDir = new Map<string, Slot<ServiceDefinition>[]>();
  /** For each configuration path, the projects that list it, in the order given. */
  private readonly projectsByConfiguration = new Map<string, CloudProject[]>();
  /** For each definition path, the first project that lists it. */
  private readonly projectByDefinition = new Map<string, CloudProject>();
  /** For each project, the first definition (in the order given) that it lists. */
  private readonly named = new Map<CloudProject, Slot<ServiceDefinition> | undefined>();

  constructor(
    private readonly definitions: Slot<ServiceDefinition>[],
    private readonly projects: CloudProject[],
  ) {
    for (const d of definitions) {
      const dir = dirname(d.file);
      const here = this.byDir.get(dir);
      if (here) here.push(d);
      else this.byDir.set(dir, [d]);
    }
    for (const p of projects) {
      for (const path of new Set(p.configurations.map((i) => i.path))) {
        const list = this.projectsByConfiguration.get(path);
        if (list) list.push(p);
        else this.projectsByConfiguration.set(path, [p]);
      }
      for (const i of p.definitions) if (!this.projectByDefinition.has(i.path)) this.projectByDefinition.set(i.path, p);
    }
  }

  projectOf(definitionFile: string): CloudProject | undefined {
    return this.projectByDefinition.get(definitionFile);
  }

  pairFor(c: Slot<ServiceConfiguration>): Slot<ServiceDefinition> | undefined {
    for (const p of this.projectsByConfiguration.get(c.file) ?? []) {
      const named = this.namedBy(p);
      if (named) return named;
    }
    for (let dir = dirname(c.file); ; dir = dirname(dir)) {
      const here = this.byDir.get(dir);
      if (here?.length) return best(c, here);
      if (dir === '.' || dir === '/' || dirname(dir) === dir) break;
    }
    return this.definitions.length === 1 ? this.definitions[0] : undefined;
  }

  private namedBy(p: CloudProject): Slot<ServiceDefinition> | undefined {
    if (!this.named.has(p)) {
      const listed = new Set(p.definitions.map((i) => i.path));
      this.named.set(p, this.definitions.find((d) => listed.has(d.file)));
    }
    return this.named.get(p);
  }
}

function best(c: Slot<ServiceConfiguration>, candidates: Slot<ServiceDefinition>[]): Slot<ServiceDefinition> | undefined {
  if (candidates.length === 1) return candidates[0];
  const cfgRoles = new Set((c.bound?.roles ?? []).map((r) => r.name));
  let winner: Slot<ServiceDefinition> | undefined;
  let winnerScore: number[] = [-1, -1, -1, -1];
  for (const d of candidates) {
    const defRoles = (d.bound?.roles ?? []).map((r) => r.name);
    const shared = defRoles.filter((n) => cfgRoles.has(n)).length;
    const exact = shared === cfgRoles.size && shared === defRoles.length ? 1 : 0;
    // `ServiceDefinition.build.csdef` is a generated copy of the authored definition beside it.
    const authored = /\.build\.csdef$/i.test(d.file) ? 0 : 1;
    const score = [shared, exact, authored, commonPrefix(basename(c.file), basename(d.file))];
    if (compare(score, winnerScore) > 0) {
      winner = d;
      winnerScore = score;
    }
  }
  return winner;
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function walk(dir: string, root: string, options: DiscoverOptions, folders: FolderCache, out: Set<string>): void {
  const entries = folders.entries(dir);
  if (!entries) return;
  for (const e of entries) {
    const abs = join(dir, e.name);
    const rel = toPosix(relative(root, abs));
    if (e.isDirectory()) {
      if (SKIP_DIRS.has(e.name)) continue;
      if (options.ignore?.(rel, true)) continue;
      walk(abs, root, options, folders, out);
    } else if (e.isFile() || (e.isSymbolicLink() && isFile(abs))) {
      if (!(KINDS as readonly string[]).includes(extension(e.name))) continue;
      if (options.ignore?.(rel, false)) continue;
      out.add(abs);
    }
  }
}

function isFile(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink() && statSync(p).isFile();
  } catch {
    return false;
  }
}

function extension(p: string): string {
  const b = basename(p).toLowerCase();
  const dot = b.lastIndexOf('.');
  return dot < 0 ? '' : b.slice(dot);
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}
