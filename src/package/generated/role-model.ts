import type { SdkKit } from '../kit.js';
import { taskFolder, type RolePlan } from '../layout.js';
import { CSDEF_NS } from '../format.js';
import { el, INDENTED, xmlDocument, type XNode } from '../xml-out.js';
import { copyElement, XSD_XSI } from './copy.js';
import { targetRuntimeVersion } from './sdk-rules.js';

const IIS_CONFIGURATOR = el('Task', [['commandLine', 'IISConfigurator.exe'], ['executionContext', 'elevated'], ['relativePath', 'base\\x64']], [
  el('Environment', [], [
    el('Variable', [['name', '_IISCONFIGURATOR_SETUP_URL_REWRITE_'], ['value', 'true']]),
    el('Variable', [['name', '_IISCONFIGURATOR_CLEAN_SERVER_ONSTARTUP_'], ['value', 'true']]),
    el('Variable', [['name', 'RdModuleName'], ['value', 'IISConfigurator']]),
  ]),
]);

/** `\RoleModel.xml`: the role's startup tasks, runtime, properties and sites, moved out of the csdef. */
export function roleModelXml(role: RolePlan, kit: SdkKit): Buffer {
  const tasks: XNode[] = role.kind === 'web' ? [IIS_CONFIGURATOR] : [];
  for (const t of role.element.child('Startup')?.childrenNamed('Task') ?? []) {
    const attrs = t.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value] as const);
    const env = t.child('Environment');
    tasks.push(el('Task', [...attrs, ['relativePath', taskFolder(role)]], [env ? copyElement(env) : el('Environment')]));
  }
  const runtime = role.element.child('Runtime');
  const runtimeNode = runtime
    ? el(
        'Runtime',
        [['protocolVersion', '2011-03-08'], ...runtime.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value] as const)],
        runtime.elements.map(copyElement),
      )
    : el('Runtime');
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
      runtimeNode,
      el('Properties', [], properties.map(([k, v]) => el('Property', [['name', k], ['value', v]]))),
      sites,
    ]),
    INDENTED,
  );
}
