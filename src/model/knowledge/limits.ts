/** Hard platform limits (defaults equal maximums); see SOURCES.limits and SOURCES.internalPerRole. */
export const LIMITS = {
  rolesPerService: 25,
  inputEndpointsPerService: 25,
  internalEndpointsPerService: 25,
  instanceInputEndpointsPerService: 25,
  internalEndpointsPerRole: 5,
  certificatesPerService: 199,
  vmNameLength: 10,
  /** Windows path limits CSPack and the role VM are bound by. */
  maxPath: 260,
  maxDirPath: 248,
  /** Extended support rejects larger packages. */
  maxPackageMB: 800,
  /** The XSD default when `sizeInMB` is omitted. */
  defaultLocalStoreMB: 1000,
} as const;

export const NS = {
  definition: 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition',
  configuration: 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration',
  msbuild: 'http://schemas.microsoft.com/developer/msbuild/2003',
} as const;

/** schemaVersion values and the SDK that writes them (service-model §4). */
export const SCHEMA_VERSIONS: Readonly<Record<string, string>> = {
  '2012-05.1.7': '1.7',
  '2012-10.1.8': '1.8',
  '2013-03.2.0': '2.0',
  '2013-10.2.2': '2.2',
  '2014-01.2.3': '2.3',
  '2014-06.2.4': '2.4',
  '2015-04.2.6': '2.6–2.9',
  '2018-05.1.7': 'extended support tooling',
};
