import type { SdkKit } from '../kit.js';
import { taskFolder, type RolePlan } from '../layout.js';
import { CSDEF_NS } from '../format.js';
import { el, INDENTED, xmlDocument, type XNode } from '../xml-out.js';
import { copyElement, XSD_XSI } from './copy.js';
import type { XmlElement } from '../../xml/index.js';
import type { PluginModule } from '../plugin.js';
import { targetRuntimeVersion } from './sdk-rules.js';

const IIS_CONFIGURATOR = el('Task', [['commandLine', 'IISConfigurator.exe'], ['executionContext', 'elevated'], ['relativePath', 'base\\x64']], [
  el('Environment', [], [
    el('Variable', [['name', '_IISCONFIGURATOR_SETUP_URL_REWRITE_'], ['value', 'true']]),
    el('Variable', [['name', '_IISCONFIGURATOR_CLEAN_SERVER_ONSTARTUP_'], ['value', 'true']]),
    el('Variable', [['name', 'RdModuleName'], ['value', 'IISConfigurator']]),
  ]),
]);

/** A module's task as CSPack merges it: run from the module's folder, told the module and role type. */
function pluginTask(role: RolePlan, module: PluginModule, t: XmlElement): XNode {
  const attrs = t.attributes.filter((a) => !a.name.startsWith('xmlns') && a.name !== 'relativePath').map((a) => [a.name, a.value] as const);
  const own = t.child('Environment')?.elements.map(copyElement) ?? [];
  return el('Task', [...attrs, ['relativePath', `plugins\\${module.name}`]], [
    el('Environment', [], [
      ...own,
      el('Variable', [['name', 'RdModuleName'], ['value', module.name]]),
      el('Variable', [['name', 'WaRoleType'], ['value', role.kind === 'web' ? 'IISWebRole' : 'WorkerRole']]),
    ]),
  ]);
}

/**
 * Startup tasks in the order the role host runs them. Modules run in import order; a module whose
 * `Startup/@priority` is above the role's own (0 unless given) runs after the role's tasks, the
 * others before them, so agents such as RemoteAccess are up before the role's scripts.
 */
function startupTasks(role: RolePlan): XNode[] {
  const startup = role.element.child('Startup');
  const own = (startup?.childrenNamed('Task') ?? []).map((t) => {
    const attrs = t.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value] as const);
    const env = t.child('Environment');
    return el('Task', [...attrs, ['relativePath', taskFolder(role)]], [env ? copyElement(env) : el('Environment')]);
  });
  const rolePriority = Number(startup?.attrValue('priority') ?? '0') || 0;
  const groups = [
    ...role.plugins.map((m) => ({ priority: m.priority, tasks: m.tasks.map((t) => pluginTask(role, m, t)) })),
    { priority: rolePriority, tasks: own },
  ];
  // Array.prototype.sort is stable: equal priorities keep modules before the role's tasks.
  groups.sort((a, b) => a.priority - b.priority);
  return [...(role.kind === 'web' ? [IIS_CONFIGURATOR] : []), ...groups.flatMap((g) => g.tasks)];
}

/**
 * `Runtime`: the csdef's, with `protocolVersion`; the modules' environment variables after the
 * role's own. A role without one that imports a module with runtime variables gets a bare
 * `Runtime` holding them, as CSPack wrote for Visual Studio's IntelliTrace module.
 */
function runtimeNode(role: RolePlan): XNode {
  const runtime = role.element.child('Runtime');
  const moduleVars = role.plugins.flatMap((m) => m.runtimeVariables.map(copyElement));
  if (!runtime) return moduleVars.length > 0 ? el('Runtime', [], [el('Environment', [], moduleVars)]) : el('Runtime');
  const attrs = [['protocolVersion', '2011-03-08'], ...runtime.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value] as const)] as const;
  const children = runtime.elements.map(copyElement);
  if (moduleVars.length > 0) {
    const i = children.findIndex((c) => c.name === 'Environment');
    if (i >= 0) children[i] = { ...children[i]!, children: [...children[i]!.children, ...moduleVars] };
    else children.unshift(el('Environment', [], moduleVars));
  }
  return el('Runtime', attrs, children);
}

/** `\RoleModel.xml`: the role's startup tasks, runtime, module settings, properties and sites, moved out of the csdef. */
export function roleModelXml(role: RolePlan, kit: SdkKit): Buffer {
  const tasks = startupTasks(role);
  // Only the modules' settings, by local name and namespace: the role's own stay in the csdef.
  const moduleSettings = role.plugins.flatMap((m) => m.settings.map((name) => el('Setting', [['name', name], ['nameSpace', m.namespace]])));
  const properties = [
    ['TargetFrameworkVersion', role.targetFramework],
    ['TargetRuntimeVersion', targetRuntimeVersion(role.targetFramework)],
    ...role.properties.filter(([k]) => k !== 'TargetRuntimeVersion'),
  ];
  const sites =
    role.kind === 'web'
      ? el(
          'Sites',
          [],
          role.sites.map((s) =>
            el('Site', [
              ...s.element.attributes.filter((a) => a.name !== 'physicalDirectory' && !a.name.startsWith('xmlns')).map((a) => [a.name, a.value] as const),
              ['physicalDirectory', s.physicalDirectory],
            ], s.element.elements.map(copyElement)),
          ),
        )
      : undefined;
  return xmlDocument(
    el('RoleModel', [...XSD_XSI, ['name', role.name], ['version', kit.version], ['xmlns', CSDEF_NS]], [
      tasks.length > 0 && el('Startup', [], tasks),
      runtimeNode(role),
      moduleSettings.length > 0 && el('ConfigurationSettings', [], moduleSettings),
      el('Properties', [], properties.map(([k, v]) => el('Property', [['name', k], ['value', v]]))),
      sites,
    ]),
    INDENTED,
  );
}
