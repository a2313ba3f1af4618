import type { XmlDocument, XmlElement } from '../xml/index.js';
import type {
  Binding,
  CertificateDeclaration,
  Content,
  Endpoint,
  EndpointKind,
  EnvironmentVariable,
  Import,
  LoadBalancerProbe,
  LocalStore,
  PortRange,
  Role,
  RoleKind,
  Runtime,
  ServiceDefinition,
  SettingDeclaration,
  Site,
  StartupTask,
  VirtualPath,
} from './types.js';

const ROLE_KINDS: readonly RoleKind[] = ['WebRole', 'WorkerRole', 'VirtualMachineRole'];

export function isRoleKind(local: string): local is RoleKind {
  return (ROLE_KINDS as readonly string[]).includes(local);
}

/**
 * Binds a parsed `.csdef` into the typed model. Binding is lenient: wrong or missing parts are left
 * for rules to report, so every child of a known container is bound wherever it appears.
 */
export function bindDefinition(doc: XmlDocument, root: XmlElement): ServiceDefinition {
  const roles = root.elements.filter((e) => isRoleKind(e.local)).map(bindRole);
  return {
    el: root,
    file: doc.file,
    doc,
    name: root.attrValue('name'),
    schemaVersion: root.attrValue('schemaVersion'),
    roles,
    loadBalancerProbes: all(root, 'LoadBalancerProbes', 'LoadBalancerProbe').map(
      (el): LoadBalancerProbe => ({
        el,
        name: el.attrValue('name'),
        protocol: el.attrValue('protocol'),
        port: el.attrValue('port'),
        path: el.attrValue('path'),
      }),
    ),
    networkTrafficRules: root.child('NetworkTrafficRules'),
  };
}

function bindRole(el: XmlElement): Role {
  const kind = el.local as RoleKind;
  const localStores: LocalStore[] = [
    ...el.childrenNamed('LocalStorage').map((s) => bindStore(s, true)),
    ...all(el, 'LocalResources', 'LocalStorage').map((s) => bindStore(s, false)),
  ];
  const endpoints: Endpoint[] = [];
  for (const wrapper of el.childrenNamed('Endpoints')) {
    for (const e of wrapper.elements) {
      if (e.local === 'InputEndpoint' || e.local === 'InternalEndpoint' || e.local === 'InstanceInputEndpoint') {
        endpoints.push(bindEndpoint(e, e.local, false));
      }
    }
  }
  for (const e of all(el, 'InputEndpoints', 'InputEndpoint')) endpoints.push(bindEndpoint(e, 'InputEndpoint', true));
  for (const e of el.childrenNamed('InternalEndpoint')) endpoints.push(bindEndpoint(e, 'InternalEndpoint', true));

  const runtimeEl = el.child('Runtime');
  return {
    el,
    kind,
    name: el.attrValue('name'),
    vmsize: el.attrValue('vmsize'),
    imports: all(el, 'Imports', 'Import').map((i): Import => ({ el: i, moduleName: i.attrValue('moduleName') })),
    settings: all(el, 'ConfigurationSettings', 'Setting').map(
      (s): SettingDeclaration => ({ el: s, name: s.attrValue('name') }),
    ),
    certificates: all(el, 'Certificates', 'Certificate').map(
      (c): CertificateDeclaration => ({
        el: c,
        name: c.attrValue('name'),
        storeLocation: c.attrValue('storeLocation'),
        storeName: c.attrValue('storeName'),
        permissionLevel: c.attrValue('permissionLevel'),
      }),
    ),
    localStores,
    endpoints,
    sites: all(el, 'Sites', 'Site').map(bindSite),
    startupTasks: all(el, 'Startup', 'Task').map(
      (t): StartupTask => ({
        el: t,
        commandLine: t.attrValue('commandLine'),
        executionContext: t.attrValue('executionContext'),
        taskType: t.attrValue('taskType'),
        environment: bindEnvironment(t.child('Environment')),
      }),
    ),
    runtime: runtimeEl ? bindRuntime(runtimeEl) : undefined,
    contents: all(el, 'Contents', 'Content').map(
      (c): Content => ({ el: c, destination: c.attrValue('destination'), sourceDirectory: c.child('SourceDirectory') }),
    ),
  };
}

function bindStore(el: XmlElement, legacy: boolean): LocalStore {
  return {
    el,
    name: el.attrValue('name'),
    sizeInMB: el.attrValue('sizeInMB') ?? el.attrValue('sizeInMb'),
    cleanOnRoleRecycle: el.attrValue('cleanOnRoleRecycle'),
    legacy,
  };
}

function bindEndpoint(el: XmlElement, kind: EndpointKind, legacy: boolean): Endpoint {
  const ranges: PortRange[] = [];
  const rangeEls =
    kind === 'InstanceInputEndpoint' ? all(el, 'AllocatePublicPortFrom', 'FixedPortRange') : el.childrenNamed('FixedPortRange');
  for (const r of rangeEls) ranges.push({ el: r, min: r.attrValue('min'), max: r.attrValue('max') });
  return {
    el,
    kind,
    name: el.attrValue('name'),
    protocol: el.attrValue('protocol'),
    port: el.attrValue('port'),
    localPort: el.attrValue('localPort'),
    certificate: el.attrValue('certificate'),
    legacy,
    fixedPorts: el.childrenNamed('FixedPort').map((p) => ({ el: p })),
    fixedPortRanges: ranges,
  };
}

function bindSite(el: XmlElement): Site {
  const bindingsEl = el.child('Bindings');
  return {
    el,
    kind: 'Site',
    name: el.attrValue('name'),
    physicalDirectory: el.attrValue('physicalDirectory'),
    children: bindVirtualChildren(el, 1),
    bindingsEl,
    bindings: (bindingsEl?.childrenNamed('Binding') ?? []).map(
      (b): Binding => ({
        el: b,
        name: b.attrValue('name'),
        endpointName: b.attrValue('endpointName'),
        hostHeader: b.attrValue('hostHeader'),
      }),
    ),
  };
}

function bindVirtualChildren(el: XmlElement, depth: number): VirtualPath[] {
  // The XML layer caps nesting depth, so this recursion is bounded.
  return el.elements
    .filter((c) => c.local === 'VirtualApplication' || c.local === 'VirtualDirectory')
    .map((c) => ({
      el: c,
      kind: c.local as 'VirtualApplication' | 'VirtualDirectory',
      name: c.attrValue('name'),
      physicalDirectory: c.attrValue('physicalDirectory'),
      children: bindVirtualChildren(c, depth + 1),
    }));
}

function bindEnvironment(env: XmlElement | undefined): EnvironmentVariable[] {
  return (env?.childrenNamed('Variable') ?? []).map((v) => ({
    el: v,
    name: v.attrValue('name'),
    value: v.attrValue('value'),
    roleInstanceValue: v.child('RoleInstanceValue'),
  }));
}

function bindRuntime(el: XmlElement): Runtime {
  return {
    el,
    executionContext: el.attrValue('executionContext'),
    environment: bindEnvironment(el.child('Environment')),
    entryPoint: el.child('EntryPoint'),
  };
}

/** Children named `item` of every child named `container`: the usual wrapper-list shape. */
export function all(el: XmlElement, container: string, item: string): XmlElement[] {
  return el.childrenNamed(container).flatMap((c) => c.childrenNamed(item));
}
