import { parseXml, type XmlElement } from '../xml/index.js';
import { CSDEF_NS } from './format.js';
import type { KitFile } from './kit.js';
import { PackageInputError } from './refuse.js';

/**
 * A plug-in module of the SDK (`plugins/<Module>/<Module>.csplugin`): a `RoleModule` that CSPack
 * merges into every role importing it. Names it declares are relative to its `namespace`.
 */
export interface PluginModule {
  /** The `moduleName` of the Import, which is also the plugin folder's name. */
  readonly name: string;
  /** `RoleModule/@namespace`, e.g. `Microsoft.WindowsAzure.Plugins.RemoteAccess`. */
  readonly namespace: string;
  /** `Startup/@priority` (default 0): where the module's tasks go relative to the role's. */
  readonly priority: number;
  readonly tasks: XmlElement[];
  /** `Runtime/Environment/Variable` elements the module adds to the role's runtime. */
  readonly runtimeVariables: XmlElement[];
  /** Setting names as the module declares them (without the namespace). */
  readonly settings: string[];
  /** `InputEndpoint`, `InternalEndpoint` elements, names without the namespace. */
  readonly endpoints: XmlElement[];
  readonly localStorage: XmlElement[];
  readonly certificates: XmlElement[];
}

/** The full name CSPack gives a setting, endpoint, local store or certificate of a module. */
export function qualified(module: PluginModule, name: string): string {
  return `${module.namespace}.${name}`;
}

async function readAll(f: KitFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of await f.open()) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Reads the RoleModule of a kit plugin folder. CSPack finds it by the `.csplugin` extension; the
 * SDK names it after the module, which is preferred when a folder holds several.
 */
export async function loadPluginModule(name: string, files: readonly KitFile[], kitSource: string): Promise<PluginModule> {
  const plugins = files.filter((f) => !f.path.includes('/') && /\.csplugin$/i.test(f.path));
  const file = plugins.find((f) => f.path.toLowerCase() === `${name.toLowerCase()}.csplugin`) ?? plugins[0];
  const where = `SDK kit ${kitSource}, plugins/${name}/${file?.path ?? `${name}.csplugin`}`;
  if (!file) {
    throw new PackageInputError(`${where}: the plugin folder has no .csplugin file describing the module; take the kit from an SDK install or a package built with this import`);
  }
  const doc = parseXml(where, await readAll(file));
  const fatal = doc.problems.find((p) => p.fatal);
  const root = doc.root;
  if (!root || fatal) throw new PackageInputError(`${where}: not readable XML${fatal ? ` (${fatal.message})` : ''}`);
  if (root.local !== 'RoleModule' || (root.uri !== CSDEF_NS && root.uri !== '')) {
    throw new PackageInputError(`${where}: the root element is <${root.name}>, not <RoleModule> in ${CSDEF_NS}`);
  }
  const namespace = root.attrValue('namespace');
  if (!namespace) throw new PackageInputError(`${where}: <RoleModule> has no namespace attribute`);
  const startup = root.child('Startup');
  const priority = Number(startup?.attrValue('priority') ?? '0');
  const unsupported = (what: string): never => {
    throw new PackageInputError(`${where}: the module declares ${what}, which this packager cannot merge yet; package this service with CSPack`);
  };
  for (const e of root.elements) {
    if (!['Startup', 'Runtime', 'ConfigurationSettings', 'Endpoints', 'LocalResources', 'Certificates'].includes(e.local)) {
      unsupported(`<${e.local}>`);
    }
  }
  const runtime = root.child('Runtime');
  if (runtime && runtime.elements.some((e) => e.local !== 'Environment')) unsupported('a runtime entry point');
  const endpoints = root.child('Endpoints')?.elements ?? [];
  for (const ep of endpoints) {
    if (ep.local !== 'InputEndpoint' && ep.local !== 'InternalEndpoint') unsupported(`an ${ep.local}`);
    const range = ep.child('FixedPortRange');
    if (range && range.attrValue('min') !== range.attrValue('max')) unsupported(`endpoint ${ep.attrValue('name') ?? ''} with a port range`);
  }
  return {
    name,
    namespace,
    priority: Number.isFinite(priority) ? priority : 0,
    tasks: startup?.childrenNamed('Task') ?? [],
    runtimeVariables: runtime?.child('Environment')?.childrenNamed('Variable') ?? [],
    settings: (root.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map((s) => s.attrValue('name') ?? ''),
    endpoints,
    localStorage: root.child('LocalResources')?.childrenNamed('LocalStorage') ?? [],
    certificates: root.child('Certificates')?.childrenNamed('Certificate') ?? [],
  };
}
