import type { RolePlan } from '../layout.js';
import { el, INDENTED, xmlDocument } from '../xml-out.js';
import { certificates } from './endpoints.js';

/** Assemblies CSPack installs into the GAC, in its order; only those the kit has are listed. */
const GAC_CANDIDATES = [
  'base/x64/msshrtmi.dll',
  'base/x86/msshrtmi.dll',
  'base/Microsoft.WindowsAzure.ServiceRuntime.dll',
  'base/policy.1.0.Microsoft.WindowsAzure.ServiceRuntime.dll',
  'base/x64/WindowsAzureTelemetryEvents.dll',
  'base/x64/WindowsAzureEventSource.dll',
  'base/x86/WindowsAzureTelemetryEvents.dll',
  'base/x86/WindowsAzureEventSource.dll',
  'storage/cloud/x64/mswacdmi.dll',
];

const PATH_CANDIDATES = ['base/x64', 'base/x86', 'diagnostics/x64'];

/** `\RuntimeSetup.Manifest`: what the role host installs before the role starts, from the kit's files. */
export function runtimeSetupXml(role: RolePlan, kitPaths: readonly string[]): Buffer {
  const files = new Set(kitPaths.map((p) => p.toLowerCase()));
  const win = (p: string): string => p.replace(/\//g, '\\');
  const gac = GAC_CANDIDATES.filter((p) => files.has(p.toLowerCase()));
  // Every certificate, under its stored-certificate name of the .rd, with the permission level its
  // private key is granted to: CSPack wrote the schema default for a certificate declaring none.
  const permissions = certificates(role).map((c, i) =>
    el('StoredCert', [['name', `Stored${i}${c.name}`], ['permissionLevel', c.permissionLevel ?? 'limitedOrElevated']]),
  );
  const paths = PATH_CANDIDATES.filter((d) => kitPaths.some((p) => p.toLowerCase().startsWith(`${d.toLowerCase()}/`)));
  return xmlDocument(
    el('RuntimeSetup', [], [
      ...gac.map((p) => el('Operation', [['type', 'Gac'], ['path', win(p)]])),
      ...paths.map((p) => el('Operation', [['type', 'Path'], ['path', win(p)]])),
      role.kind === 'web' &&
        el('AdditionalRoleIdentities', [], [el('Identity', [['username', 'NetworkService'], ['domain', 'NT AUTHORITY']])]),
      permissions.length > 0 && el('PermissionLevels', [], permissions),
    ]),
    INDENTED,
  );
}
