import type { RolePlan } from '../layout.js';

export interface InputEndpoint {
  readonly name: string;
  readonly protocol: string;
  readonly port: string;
  /** The csdef's localPort, or the public port when it gives none (what CSPack writes). */
  readonly localPort: string;
}

export function inputEndpoints(role: RolePlan): InputEndpoint[] {
  return (role.element.child('Endpoints')?.childrenNamed('InputEndpoint') ?? []).map((e) => {
    const port = e.attrValue('port') ?? '';
    return { name: e.attrValue('name') ?? '', protocol: e.attrValue('protocol') ?? '', port, localPort: e.attrValue('localPort') ?? port };
  });
}

export function settingNames(role: RolePlan): string[] {
  return (role.element.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map((s) => s.attrValue('name') ?? '');
}

export interface LocalStore {
  readonly name: string;
  readonly sizeInMB: string;
  readonly cleanOnRoleRecycle: string;
}

export function localStores(role: RolePlan): LocalStore[] {
  return (role.element.child('LocalResources')?.childrenNamed('LocalStorage') ?? []).map((s) => ({
    name: s.attrValue('name') ?? '',
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

export function internalEndpoints(role: RolePlan): InternalEndpoint[] {
  return (role.element.child('Endpoints')?.childrenNamed('InternalEndpoint') ?? []).map((e) => ({
    name: e.attrValue('name') ?? '',
    protocol: e.attrValue('protocol') ?? '',
    port: e.attrValue('port') ?? e.child('FixedPort')?.attrValue('port') ?? '',
  }));
}

export interface CertificateDecl {
  readonly name: string;
  readonly storeLocation: string;
  readonly storeName: string;
}

export function certificates(role: RolePlan): CertificateDecl[] {
  return (role.element.child('Certificates')?.childrenNamed('Certificate') ?? []).map((c) => ({
    name: c.attrValue('name') ?? '',
    storeLocation: c.attrValue('storeLocation') ?? 'LocalMachine',
    storeName: c.attrValue('storeName') ?? 'My',
  }));
}
