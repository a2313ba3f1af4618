import { basename } from 'node:path';
import type { XmlDocument, XmlElement } from '../xml/index.js';
import { all } from './bind-definition.js';
import type { ConfigurationRole, NetworkConfiguration, ServiceConfiguration } from './types.js';

/** Profiles that mean "the local emulator": emulator settings are right there and nowhere else. */
const LOCAL_PROFILES = /^(local|emulator|dev|development|devfabric|localhost)$/i;

export function bindConfiguration(doc: XmlDocument, root: XmlElement): ServiceConfiguration {
  const profile = profileOf(doc.file);
  return {
    el: root,
    file: doc.file,
    doc,
    serviceName: root.attrValue('serviceName'),
    osFamily: root.attrValue('osFamily'),
    osVersion: root.attrValue('osVersion'),
    schemaVersion: root.attrValue('schemaVersion'),
    roles: root.childrenNamed('Role').map(bindRole),
    network: bindNetwork(root.child('NetworkConfiguration')),
    profile,
    isLocal: profile !== undefined && profile.split('.').some((p) => LOCAL_PROFILES.test(p)),
  };
}

/**
 * `ServiceConfiguration.Cloud.cscfg` → `Cloud`; `MyService.Local.Sample.cscfg` → `Local.Sample`.
 * Corpus file names flatten folders with `__`, so only the last path segment counts.
 */
export function profileOf(file: string): string | undefined {
  const name = basename(file.replace(/\\/g, '/')).replace(/^.*__/, '');
  const stem = name.replace(/\.cscfg$/i, '');
  const dot = stem.indexOf('.');
  if (dot < 0) return undefined;
  return stem.slice(dot + 1) || undefined;
}

function bindRole(el: XmlElement): ConfigurationRole {
  const instances = el.child('Instances');
  return {
    el,
    name: el.attrValue('name'),
    vmName: el.attrValue('vmName'),
    instances: instances ? { el: instances, count: instances.attrValue('count') } : undefined,
    settings: all(el, 'ConfigurationSettings', 'Setting').map((s) => ({
      el: s,
      name: s.attrValue('name'),
      value: s.attrValue('value'),
      valueAttr: s.attr('value'),
    })),
    certificates: all(el, 'Certificates', 'Certificate').map((c) => ({
      el: c,
      name: c.attrValue('name'),
      thumbprint: c.attrValue('thumbprint'),
      thumbprintAlgorithm: c.attrValue('thumbprintAlgorithm'),
    })),
  };
}

function bindNetwork(el: XmlElement | undefined): NetworkConfiguration | undefined {
  if (!el) return undefined;
  const vnet = el.child('VirtualNetworkSite');
  const assignments = el.childrenNamed('AddressAssignments');
  return {
    el,
    virtualNetworkSite: vnet ? { el: vnet, name: vnet.attrValue('name') } : undefined,
    instanceAddresses: assignments
      .flatMap((a) => a.childrenNamed('InstanceAddress'))
      .map((ia) => ({
        el: ia,
        roleName: ia.attrValue('roleName'),
        subnets: all(ia, 'Subnets', 'Subnet').map((s) => ({ el: s, name: s.attrValue('name') })),
      })),
    reservedIPs: assignments
      .flatMap((a) => all(a, 'ReservedIPs', 'ReservedIP'))
      .map((r) => ({ el: r, name: r.attrValue('name') })),
    accessControls: all(el, 'AccessControls', 'AccessControl').map((a) => ({ el: a, name: a.attrValue('name') })),
    endpointAcls: all(el, 'EndpointAcls', 'EndpointAcl').map((a) => ({
      el: a,
      role: a.attrValue('role'),
      // The XSD spells it endPoint; the docs write endpoint. Accept both.
      endpoint: a.attrValue('endPoint') ?? a.attrValue('endpoint'),
      accessControl: a.attrValue('accessControl'),
    })),
    loadBalancers: all(el, 'LoadBalancers', 'LoadBalancer').map((l) => ({ el: l, name: l.attrValue('name') })),
    networkSecurityGroupRefs: all(el, 'NetworkSecurityGroupRefs', 'NetworkSecurityGroupRef').map((n) => ({
      el: n,
      roleName: n.attrValue('roleName'),
    })),
  };
}
