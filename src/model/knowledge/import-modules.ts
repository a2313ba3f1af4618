import type { SourceId } from './sources.js';

export interface ImpliedEndpoint {
  readonly kind: 'InputEndpoint' | 'InternalEndpoint';
  readonly name: string;
  readonly protocol: string;
  readonly port: number;
}

export interface ImportModule {
  readonly name: string;
  /** Settings the module declares: every configuration must give each a value. */
  readonly settings: readonly string[];
  readonly certificates: readonly string[];
  readonly endpoints: readonly ImpliedEndpoint[];
  /** Listed as valid in the current Import docs (the others were shipped by older SDKs). */
  readonly documented: boolean;
  readonly status: 'current' | 'legacy' | 'retired';
  readonly note?: string;
  readonly source: SourceId;
}

/** Prefix of every setting, certificate and endpoint a plug-in contributes. */
export const PLUGIN_PREFIX = 'Microsoft.WindowsAzure.Plugins.';

const p = (module: string, names: string[]): string[] => names.map((n) => `${PLUGIN_PREFIX}${module}.${n}`);

export const IMPORT_MODULES: readonly ImportModule[] = [
  {
    name: 'Diagnostics',
    settings: p('Diagnostics', ['ConnectionString']),
    certificates: [],
    endpoints: [],
    documented: true,
    status: 'legacy',
    note: 'extended support replaces the plug-in with the Azure Diagnostics (PaaSDiagnostics) extension',
    source: 'plugins',
  },
  {
    name: 'RemoteAccess',
    settings: p('RemoteAccess', ['Enabled', 'AccountUsername', 'AccountEncryptedPassword', 'AccountExpiration']),
    certificates: p('RemoteAccess', ['PasswordEncryption']),
    endpoints: [{ kind: 'InternalEndpoint', name: `${PLUGIN_PREFIX}RemoteAccess.Rdp`, protocol: 'tcp', port: 3389 }],
    documented: true,
    status: 'legacy',
    note: 'extended support requires the Remote Desktop extension instead of the plug-in',
    source: 'plugins',
  },
  {
    name: 'RemoteForwarder',
    settings: p('RemoteForwarder', ['Enabled']),
    certificates: [],
    endpoints: [{ kind: 'InputEndpoint', name: `${PLUGIN_PREFIX}RemoteForwarder.RdpInput`, protocol: 'tcp', port: 3389 }],
    documented: true,
    status: 'legacy',
    note: 'extended support requires the Remote Desktop extension instead of the plug-in',
    source: 'plugins',
  },
  {
    name: 'Caching',
    settings: p('Caching', ['NamedCaches', 'DiagnosticLevel', 'CacheSizePercentage', 'ConfigStoreConnectionString']),
    certificates: [],
    endpoints: [],
    documented: false,
    status: 'retired',
    note: 'In-Role Cache is retired; Microsoft points to Azure Cache for Redis',
    source: 'plugins',
  },
  {
    name: 'Connect',
    settings: [],
    certificates: [],
    endpoints: [],
    documented: false,
    status: 'retired',
    note: 'Azure Connect was retired long ago',
    source: 'plugins',
  },
  { name: 'WebDeploy', settings: [], certificates: [], endpoints: [], documented: false, status: 'legacy', source: 'plugins' },
  { name: 'RemoteDebugger', settings: [], certificates: [], endpoints: [], documented: false, status: 'legacy', source: 'plugins' },
];

export function findImportModule(name: string): ImportModule | undefined {
  return IMPORT_MODULES.find((m) => m.name === name);
}

/**
 * True when a setting or certificate name belongs to a module the role imports. Plug-ins may add
 * settings beyond the documented ones, so the whole `Microsoft.WindowsAzure.Plugins.<Module>.`
 * namespace is taken as declared.
 */
export function isImpliedBy(name: string, moduleNames: readonly string[]): boolean {
  return moduleNames.some((m) => name.startsWith(`${PLUGIN_PREFIX}${m}.`));
}
