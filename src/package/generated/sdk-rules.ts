/**
 * What depends on the SDK version in the generated files. Values observed in the three real
 * packages (SDK 1.8, 2.2, 2.9) are facts; the rest is marked as inferred in docs/packaging.md.
 */

function parts(version: string): [number, number] {
  const [a, b] = version.split('.').map(Number);
  return [a ?? 0, b ?? 0];
}

/** .NET runtime of a target framework: v2.0.50727 for 3.5 (and older), v4.0 from 4.0 on. */
export function targetRuntimeVersion(targetFramework: string): string {
  return Number(targetFramework.slice(1).split('.')[0]) >= 4 ? 'v4.0' : 'v2.0.50727';
}

/** `NetFx35`, `NetFx40`, `NetFx45`: the required-features name of a target framework. */
export function frameworkFeature(targetFramework: string): string {
  const [major, minor] = targetFramework.slice(1).split('.');
  return `NetFx${major ?? ''}${minor ?? '0'}`;
}

/** Guest OS families the SDK declares support for: 3 with SDK 1.8; 3 and 4 with 2.2 and 2.9. */
export function supportedOsFamilies(sdkVersion: string): string[] {
  const [major] = parts(sdkVersion);
  return major < 2 ? ['3'] : ['3', '4'];
}

const VM_MEMORY_MB: Record<string, number> = {
  ExtraSmall: 768,
  Small: 1792,
  Medium: 3584,
  Large: 7168,
  ExtraLarge: 14336,
};

/**
 * `memIndex` of a role in the .rd: the VM size's memory in MB before SDK 2.9 (768 for ExtraSmall
 * in 1.8, 1792 for the default Small in 2.2), -1 from 2.9 on, and -1 for sizes without a known value.
 */
export function memIndex(sdkVersion: string, vmsize: string | undefined): string {
  const [major, minor] = parts(sdkVersion);
  if (major > 2 || (major === 2 && minor >= 9)) return '-1';
  return String(VM_MEMORY_MB[vmsize ?? 'Small'] ?? -1);
}
