import type { XmlElement } from '../../xml/index.js';
import type { RolePlan } from '../layout.js';
import { qualified, type PluginModule } from '../plugin.js';

/** An element the role declares or an imported module adds, under the name CSPack gives it. */
export interface Declared {
  readonly element: XmlElement;
  readonly name: string;
  /** The module it comes from; undefined for the role's own. */
  readonly module?: PluginModule;
}

/** The role's own elements of a kind, then each imported module's (in import order), module names qualified. */
export function declared(role: RolePlan, container: string, kind: string, fromModule: (m: PluginModule) => readonly XmlElement[]): Declared[] {
  return [
    ...(role.element.child(container)?.childrenNamed(kind) ?? []).map((element) => ({ element, name: element.attrValue('name') ?? '' })),
    ...role.plugins.flatMap((module) =>
      fromModule(module)
        .filter((e) => e.local === kind)
        .map((element) => ({ element, name: qualified(module, element.attrValue('name') ?? ''), module })),
    ),
  ];
}

export interface InputEndpoint {
  readonly name: string;
  readonly protocol: string;
  readonly port: string;
  /** The csdef's localPort, or the public port when it gives none (what CSPack writes); `*` lets Azure choose. */
  readonly localPort: string;
}

/** Input endpoints of the role, then of its imported modules (RemoteForwarder's RdpInput). */
export function inputEndpoints(role: RolePlan): InputEndpoint[] {
  return declared(role, 'Endpoints', 'InputEndpoint', (m) => m.endpoints).map(({ element: e, name }) => {
    const port = e.attrValue('port') ?? '';
    return { name, protocol: e.attrValue('protocol') ?? '', port, localPort: e.attrValue('localPort') ?? port };
  });
}

/** Settings the role declares, then those of its imported modules, named `<namespace>.<name>`. */
export function settingNames(role: RolePlan): string[] {
  return [
    ...(role.element.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map((s) => s.attrValue('name') ?? ''),
    ...role.plugins.flatMap((m) => m.settings.map((s) => qualified(m, s))),
  ];
}

export interface LocalStore {
  readonly name: string;
  readonly sizeInMB: string;
  readonly cleanOnRoleRecycle: string;
}

export function localStores(role: RolePlan): LocalStore[] {
  return declared(role, 'LocalResources', 'LocalStorage', (m) => m.localStorage).map(({ element: s, name }) => ({
    name,
    sizeInMB: s.attrValue('sizeInMB') ?? '',
    cleanOnRoleRecycle: s.attrValue('cleanOnRoleRecycle') ?? 'true',
  }));
}

export interface InternalEndpoint {
  readonly name: string;
  readonly protocol: string;
  /** The fixed port, when the csdef gives one; '' lets Azure choose. */
  readonly port: string;
}

/**
 * Internal endpoints of the role, then of its imported modules. A module's single-port
 * `FixedPortRange` (RemoteAccess's Rdp, 3389) is that fixed port, as in CSPack's .rd.
 */
export function internalEndpoints(role: RolePlan): InternalEndpoint[] {
  return declared(role, 'Endpoints', 'InternalEndpoint', (m) => m.endpoints).map(({ element: e, name }) => ({
    name,
    protocol: e.attrValue('protocol') ?? '',
    port: e.attrValue('port') ?? e.child('FixedPort')?.attrValue('port') ?? e.child('FixedPortRange')?.attrValue('min') ?? '',
  }));
}

export interface CertificateDecl {
  readonly name: string;
  readonly storeLocation: string;
  readonly storeName: string;
  /** Who may use the private key (`limitedOrElevated`, `elevated`), when declared. */
  readonly permissionLevel?: string;
}

export function certificates(role: RolePlan): CertificateDecl[] {
  return declared(role, 'Certificates', 'Certificate', (m) => m.certificates).map(({ element: c, name }) => ({
    name,
    storeLocation: c.attrValue('storeLocation') ?? 'LocalMachine',
    storeName: c.attrValue('storeName') ?? 'My',
    ...(c.attrValue('permissionLevel') ? { permissionLevel: c.attrValue('permissionLevel') } : {}),
  }));
}
