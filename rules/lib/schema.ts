/**
 * Facts from Microsoft's service model schemas (SDK 2.4 XSDs and the schema doc pages) that more
 * than one rule needs. Data and small helpers only; imports nothing but the rule API.
 */
import type { Service, XmlElement } from '../../src/lint/rule-api.js';

/** Attributes the XSD marks required, by element local name. */
export const REQUIRED_DEFINITION_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  ServiceDefinition: ['name'],
  WebRole: ['name'],
  WorkerRole: ['name'],
  VirtualMachineRole: ['name'],
  Setting: ['name'],
  Certificate: ['name', 'storeLocation', 'storeName'],
  LocalStorage: ['name'],
  InputEndpoint: ['name', 'protocol', 'port'],
  InternalEndpoint: ['name', 'protocol'],
  InstanceInputEndpoint: ['name', 'localPort', 'protocol'],
  FixedPort: ['port'],
  FixedPortRange: ['min', 'max'],
  Site: ['name'],
  VirtualDirectory: ['name'],
  VirtualApplication: ['name'],
  Binding: ['name', 'endpointName'],
  Task: ['commandLine'],
  Variable: ['name'],
  RoleInstanceValue: ['xpath'],
  ProgramEntryPoint: ['commandLine', 'setReadyOnProcessStart'],
  NetFxEntryPoint: ['assemblyName'],
  Content: ['destination'],
  SourceDirectory: ['path'],
  LoadBalancerProbe: ['name', 'protocol'],
  RoleEndpoint: ['roleName', 'endpointName'],
  FromRole: ['roleName'],
  WhenSource: ['matches'],
};

export const REQUIRED_CONFIGURATION_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  ServiceConfiguration: ['serviceName'],
  Role: ['name'],
  Instances: ['count'],
  Setting: ['name', 'value'],
  Certificate: ['name', 'thumbprint', 'thumbprintAlgorithm'],
  OsImage: ['href'],
  VirtualNetworkSite: ['name'],
  InstanceAddress: ['roleName'],
  Subnet: ['name'],
  PublicIP: ['name'],
  ReservedIP: ['name'],
  DnsServer: ['name', 'IPAddress'],
  AccessControl: ['name'],
  Rule: ['order', 'action', 'remoteSubnet'],
  EndpointAcl: ['role', 'endPoint', 'accessControl'],
  LoadBalancer: ['name'],
  FrontendIPConfiguration: ['type'],
  NetworkSecurityGroupRef: ['roleName'],
  NetworkSecurityGroup: ['name'],
};

/** Enumerated attribute values (case-sensitive, as in the XSD), keyed `Element@attribute`. */
export const DEFINITION_ENUMS: Readonly<Record<string, readonly string[]>> = {
  'ServiceDefinition@topologyChangeDiscovery': ['UpgradeDomainWalk', 'Blast'],
  'InputEndpoint@protocol': ['http', 'https', 'tcp', 'udp'],
  'InputEndpoint@loadBalancerDistribution': ['sourceIP', 'sourceIPProtocol', 'none'],
  'InternalEndpoint@protocol': ['http', 'tcp', 'udp', 'any'],
  'InstanceInputEndpoint@protocol': ['tcp', 'udp'],
  'Certificate@storeLocation': ['CurrentUser', 'LocalMachine'],
  'Certificate@permissionLevel': ['limitedOrElevated', 'elevated'],
  'Task@executionContext': ['limited', 'elevated'],
  'Task@taskType': ['simple', 'foreground', 'background'],
  'Runtime@executionContext': ['limited', 'elevated'],
  'LoadBalancerProbe@protocol': ['http', 'tcp'],
  'WhenSource@matches': ['AnyRule'],
};

/** Booleans (xs:boolean: true, false, 1, 0), keyed `Element@attribute`. */
export const DEFINITION_BOOLEANS: readonly string[] = [
  'WebRole@enableNativeCodeExecution',
  'WorkerRole@enableNativeCodeExecution',
  'LocalStorage@cleanOnRoleRecycle',
  'InputEndpoint@ignoreRoleInstanceStatus',
  'ProgramEntryPoint@setReadyOnProcessStart',
];

/** The legacy SDK 1.0 `InputEndpoints` wrapper allowed only web protocols. */
export const LEGACY_INPUT_PROTOCOLS: readonly string[] = ['http', 'https'];
export const LEGACY_INTERNAL_PROTOCOLS: readonly string[] = ['http'];

export const XS_BOOLEAN = /^(true|false|1|0)$/;

/**
 * NamedElementNameString: starts with a letter or `_`; no `\ / : * ? " < > | ` ' ^`; does not
 * end with `.` or white space.
 */
export const NAMED_ELEMENT_NAME = /^[\p{L}_](?:[^\\/:*?"<>|`'^]*[^\\/:*?"<>|`'^.\s])?$/u;

/** Elements that must be in the schema's namespace, with the attribute kinds they use. */
export function* walk(el: XmlElement): Generator<XmlElement> {
  const stack: XmlElement[] = [el];
  while (stack.length) {
    const e = stack.pop() as XmlElement;
    yield e;
    for (let i = e.elements.length - 1; i >= 0; i--) stack.push(e.elements[i] as XmlElement);
  }
}

/**
 * Every element of the service's definition in `walk` order; empty without a definition. A
 * shared index (`sharedIndex(service, ctx, definitionElements)`): five schema rules visit them all.
 */
export function definitionElements(service: Service): XmlElement[] {
  return service.definition ? [...walk(service.definition.el)] : [];
}

/** An integer written the way xs:int allows (optional sign, digits, surrounding white space). */
export function parseXsInt(value: string): number | undefined {
  const v = value.trim();
  if (!/^[+-]?\d+$/.test(v)) return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : undefined;
}
