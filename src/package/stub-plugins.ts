import { IMPORT_MODULES, PLUGIN_PREFIX, type ImportModule } from '../model/knowledge/import-modules.js';
import { CSDEF_NS, STUB_MARKER } from './format.js';
import { el, escapeAttr, INDENTED, xmlDocument, type XNode } from './xml-out.js';

/**
 * Stand-in plugin folders for `--sdk-kit stub`. The `.csplugin` is a real RoleModule, shaped after
 * what CSPack merged from the SDK's modules into real roles (tasks, settings, endpoints,
 * certificates), so that a stub package shows where each piece lands; the agents it starts are
 * stand-ins like the runtime files.
 */
interface StubModule {
  readonly tasks: XNode[];
  readonly agents: string[];
}

const task = (commandLine: string, attrs: [string, string][] = [], children: XNode[] = []): XNode => el('Task', [['commandLine', commandLine], ...attrs], children);
const ELEVATED: [string, string] = ['executionContext', 'elevated'];
const BACKGROUND: [string, string] = ['taskType', 'background'];

const SHAPES: Record<string, StubModule> = {
  Diagnostics: {
    tasks: [task('DiagnosticsAgent.exe', [BACKGROUND]), task('DiagnosticsAgent.exe /blockStartup')],
    agents: ['DiagnosticsAgent.exe'],
  },
  RemoteAccess: {
    tasks: [task('RemoteAccessAgent.exe', [ELEVATED, BACKGROUND]), task('RemoteAccessAgent.exe /blockStartup', [ELEVATED])],
    agents: ['RemoteAccessAgent.exe'],
  },
  RemoteForwarder: {
    tasks: [
      task('install.cmd', [ELEVATED], [
        el('Environment', [], [el('Variable', [['name', 'IsEmulated']], [el('RoleInstanceValue', [['xpath', '/RoleEnvironment/Deployment/@emulated']])])]),
      ]),
    ],
    agents: ['install.cmd', 'RemoteForwarderAgent.exe'],
  },
};

function local(module: ImportModule, name: string): string {
  const prefix = `${PLUGIN_PREFIX}${module.name}.`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}

function csplugin(module: ImportModule): Buffer {
  const shape = SHAPES[module.name];
  const endpoints = module.endpoints.map((e) =>
    e.kind === 'InputEndpoint'
      ? el('InputEndpoint', [['name', local(module, e.name)], ['protocol', e.protocol], ['port', String(e.port)], ['localPort', '*'], ['ignoreRoleInstanceStatus', 'true']])
      : el('InternalEndpoint', [['name', local(module, e.name)], ['protocol', e.protocol]], [el('FixedPortRange', [['min', String(e.port)], ['max', String(e.port)]])]),
  );
  const doc = xmlDocument(
    el('RoleModule', [['namespace', `${PLUGIN_PREFIX}${module.name}`], ['xmlns', CSDEF_NS]], [
      shape && shape.tasks.length > 0 && el('Startup', [], shape.tasks),
      module.settings.length > 0 && el('ConfigurationSettings', [], module.settings.map((s) => el('Setting', [['name', local(module, s)]]))),
      endpoints.length > 0 && el('Endpoints', [], endpoints),
      module.certificates.length > 0 &&
        el('Certificates', [], module.certificates.map((c) => el('Certificate', [['name', local(module, c)], ['storeLocation', 'LocalMachine'], ['storeName', 'My'], ['permissionLevel', 'elevated']]))),
    ]),
    INDENTED,
  );
  // The marker, as in every stand-in, so that the file alone says it is not the SDK's.
  const text = doc.toString('utf8');
  const declEnd = text.indexOf('?>') + 2;
  return Buffer.from(`${text.slice(0, declEnd)}\r\n<!-- ${escapeAttr(STUB_MARKER)} -->${text.slice(declEnd)}`, 'utf8');
}

/** Module name → its stand-in files (`path` relative to `plugins/<Module>/`, content). */
export function stubPluginFolders(stubContent: (path: string) => Buffer): Map<string, [string, Buffer][]> {
  const out = new Map<string, [string, Buffer][]>();
  for (const module of IMPORT_MODULES) {
    const agents = SHAPES[module.name]?.agents ?? [];
    out.set(module.name, [
      [`${module.name}.csplugin`, csplugin(module)],
      ...agents.map((a): [string, Buffer] => [a, stubContent(`plugins/${module.name}/${a}`)]),
    ]);
  }
  return out;
}
