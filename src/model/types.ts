import type { XmlAttribute, XmlDocument, XmlElement } from '../xml/index.js';

/** Every node of the model keeps the element it was bound from, so findings point at the source. */
export interface Node {
  readonly el: XmlElement;
}

export type RoleKind = 'WebRole' | 'WorkerRole' | 'VirtualMachineRole';

export interface Import extends Node {
  readonly moduleName: string | undefined;
}

export interface SettingDeclaration extends Node {
  readonly name: string | undefined;
}

export interface CertificateDeclaration extends Node {
  readonly name: string | undefined;
  readonly storeLocation: string | undefined;
  readonly storeName: string | undefined;
  readonly permissionLevel: string | undefined;
}

export interface LocalStore extends Node {
  readonly name: string | undefined;
  /** `sizeInMB` as written (the XSD spelling; the docs' `sizeInMb` is accepted too). */
  readonly sizeInMB: string | undefined;
  readonly cleanOnRoleRecycle: string | undefined;
  /** True for the SDK 1.0 form: `LocalStorage` directly under the role. */
  readonly legacy: boolean;
}

export type EndpointKind = 'InputEndpoint' | 'InternalEndpoint' | 'InstanceInputEndpoint';

export interface PortRange extends Node {
  readonly min: string | undefined;
  readonly max: string | undefined;
}

export interface Endpoint extends Node {
  readonly kind: EndpointKind;
  readonly name: string | undefined;
  readonly protocol: string | undefined;
  readonly port: string | undefined;
  readonly localPort: string | undefined;
  readonly certificate: string | undefined;
  /** True for the SDK 1.0 forms: `InputEndpoints` wrapper, or `InternalEndpoint` directly under the role. */
  readonly legacy: boolean;
  /** `FixedPort` children of an internal endpoint. */
  readonly fixedPorts: Node[];
  /** `FixedPortRange` children of an internal endpoint, or the instance-input public range. */
  readonly fixedPortRanges: PortRange[];
}

export interface Binding extends Node {
  readonly name: string | undefined;
  readonly endpointName: string | undefined;
  readonly hostHeader: string | undefined;
}

export interface VirtualPath extends Node {
  readonly kind: 'Site' | 'VirtualApplication' | 'VirtualDirectory';
  readonly name: string | undefined;
  readonly physicalDirectory: string | undefined;
  readonly children: VirtualPath[];
}

export interface Site extends VirtualPath {
  readonly kind: 'Site';
  /** The `Bindings` element; undefined when missing. */
  readonly bindingsEl: XmlElement | undefined;
  readonly bindings: Binding[];
}

export interface EnvironmentVariable extends Node {
  readonly name: string | undefined;
  readonly value: string | undefined;
  readonly roleInstanceValue: XmlElement | undefined;
}

export interface StartupTask extends Node {
  readonly commandLine: string | undefined;
  readonly executionContext: string | undefined;
  readonly taskType: string | undefined;
  readonly environment: EnvironmentVariable[];
}

export interface Runtime extends Node {
  readonly executionContext: string | undefined;
  readonly environment: EnvironmentVariable[];
  readonly entryPoint: XmlElement | undefined;
}

export interface Content extends Node {
  readonly destination: string | undefined;
  readonly sourceDirectory: XmlElement | undefined;
}

export interface Role extends Node {
  readonly kind: RoleKind;
  readonly name: string | undefined;
  readonly vmsize: string | undefined;
  readonly imports: Import[];
  readonly settings: SettingDeclaration[];
  readonly certificates: CertificateDeclaration[];
  readonly localStores: LocalStore[];
  readonly endpoints: Endpoint[];
  readonly sites: Site[];
  readonly startupTasks: StartupTask[];
  readonly runtime: Runtime | undefined;
  readonly contents: Content[];
}

export interface LoadBalancerProbe extends Node {
  readonly name: string | undefined;
  readonly protocol: string | undefined;
  readonly port: string | undefined;
  readonly path: string | undefined;
}

export interface ServiceDefinition extends Node {
  readonly file: string;
  readonly doc: XmlDocument;
  readonly name: string | undefined;
  readonly schemaVersion: string | undefined;
  readonly roles: Role[];
  readonly loadBalancerProbes: LoadBalancerProbe[];
  readonly networkTrafficRules: XmlElement | undefined;
}

export interface ConfigurationSetting extends Node {
  readonly name: string | undefined;
  readonly value: string | undefined;
  readonly valueAttr: XmlAttribute | undefined;
}

export interface ConfigurationCertificate extends Node {
  readonly name: string | undefined;
  readonly thumbprint: string | undefined;
  readonly thumbprintAlgorithm: string | undefined;
}

export interface ConfigurationRole extends Node {
  readonly name: string | undefined;
  readonly vmName: string | undefined;
  readonly instances: (Node & { readonly count: string | undefined }) | undefined;
  readonly settings: ConfigurationSetting[];
  readonly certificates: ConfigurationCertificate[];
}

export interface InstanceAddress extends Node {
  readonly roleName: string | undefined;
  readonly subnets: (Node & { readonly name: string | undefined })[];
}

export interface NetworkConfiguration extends Node {
  readonly virtualNetworkSite: (Node & { readonly name: string | undefined }) | undefined;
  readonly instanceAddresses: InstanceAddress[];
  readonly reservedIPs: (Node & { readonly name: string | undefined })[];
  readonly accessControls: (Node & { readonly name: string | undefined })[];
  readonly endpointAcls: (Node & {
    readonly role: string | undefined;
    readonly endpoint: string | undefined;
    readonly accessControl: string | undefined;
  })[];
  /** Internal load balancers (`LoadBalancers/LoadBalancer`) that input endpoints may name. */
  readonly loadBalancers?: (Node & { readonly name: string | undefined })[];
  readonly networkSecurityGroupRefs?: (Node & { readonly roleName: string | undefined })[];
}

export interface ServiceConfiguration extends Node {
  readonly file: string;
  readonly doc: XmlDocument;
  readonly serviceName: string | undefined;
  readonly osFamily: string | undefined;
  readonly osVersion: string | undefined;
  readonly schemaVersion: string | undefined;
  readonly roles: ConfigurationRole[];
  readonly network: NetworkConfiguration | undefined;
  /**
   * The deployment profile the file name suggests (`Cloud`, `Local`, `Production`…), from
   * `ServiceConfiguration.<Profile>.cscfg`; undefined for a plain `ServiceConfiguration.cscfg`.
   */
  readonly profile: string | undefined;
  /** True when the profile names the local emulator (`Local`, `Emulator`, `Dev`…). */
  readonly isLocal: boolean;
}

/** A `.ccproj` cloud project: which files and role projects it names. */
export interface CloudProject {
  readonly file: string;
  readonly doc: XmlDocument;
  readonly definitions: ProjectItem[];
  readonly configurations: ProjectItem[];
  readonly roles: ProjectRoleReference[];
  readonly productVersion: string | undefined;
}

export interface ProjectItem extends Node {
  /** The `Include` path as written (Windows separators). */
  readonly include: string;
  /** Resolved against the project folder, with forward slashes. */
  readonly path: string;
}

export interface ProjectRoleReference extends Node {
  readonly include: string;
  readonly path: string;
  readonly roleName: string | undefined;
  /** The referenced role project, when the file exists inside the scanned root and is well-formed. */
  readonly project?: RoleProject;
}

/** A role project (`.csproj`, `.vbproj`…) a cloud project references: what packaging needs from it. */
export interface RoleProject {
  readonly file: string;
  readonly doc: XmlDocument;
  /** `TargetFrameworkVersion` of the first property group that sets it (`v4.8`). */
  readonly targetFrameworkVersion: string | undefined;
  /** `Content`, `None`, `Compile` and `EmbeddedResource` items. */
  readonly items: RoleProjectItem[];
  /** `Reference` items (assemblies), not project references. */
  readonly references: AssemblyReference[];
  /** `PlatformTarget` elements, in document order, with their property-group condition. */
  readonly platformTargets: ProjectProperty[];
  /** `Prefer32Bit` elements, in document order, with their property-group condition. */
  readonly prefer32Bit: ProjectProperty[];
}

export interface ProjectProperty extends Node {
  readonly value: string;
  /** The `Condition` of the element or its property group, when any. */
  readonly condition: string | undefined;
}

export interface RoleProjectItem extends Node {
  readonly kind: string;
  /** The `Include` path as written (Windows separators). */
  readonly include: string;
  /** Resolved against the role project folder, with forward slashes. */
  readonly path: string;
  /** `CopyToOutputDirectory` metadata (element or attribute): `Always`, `PreserveNewest`, `Never`. */
  readonly copyToOutputDirectory: string | undefined;
}

export interface AssemblyReference extends Node {
  readonly include: string;
  readonly hintPath: string | undefined;
  /** `Private` metadata (Copy Local) as written: `True`, `False`, or undefined. */
  readonly private: string | undefined;
}

/** One deployable unit: a definition with its configurations, project and role folders. */
export interface Service {
  /** The folder the service's files live in (the definition's, else the first configuration's). */
  readonly dir: string;
  readonly definition: ServiceDefinition | undefined;
  readonly configurations: ServiceConfiguration[];
  readonly project: CloudProject | undefined;
  /** Role name → folder holding that role's project or content, when it could be found. */
  readonly roleFolders: ReadonlyMap<string, string>;
  /** Files of this service that are not well-formed or were refused: their documents have no root. */
  readonly unreadable: XmlDocument[];
}
