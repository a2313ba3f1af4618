/** Size-name helpers for the vmsize rules. Imports nothing but the rule API. */
import { LIMITS, type Role, type VmSize } from '../../src/lint/rule-api.js';

/**
 * ARM size ids of the families the extended-support "available sizes" page lists, in the shape
 * Azure writes them. The size table cannot list every member (the SKU API is the authority).
 */
const ARM_FAMILIES = [
  /^Standard_A\d+m?_v2$/,
  /^Standard_D\d+(_v2|_v3|s_v3|_v4|s_v4|a_v4|as_v4)?$/,
  /^Standard_E\d+(_v3|s_v3|_v4|s_v4|a_v4|as_v4)$/,
  /^Standard_G\d+$/,
  /^Standard_H\d+(m|r|mr)?$/,
];

export function isArmSizeName(v: string): boolean {
  const t = v.trim();
  return ARM_FAMILIES.some((re) => re.test(t));
}

/** The known size whose id or alias is closest in edit distance, when it is close (≤ 2). */
export function nearestVmSize(value: string, sizes: readonly VmSize[]): string | undefined {
  const v = value.trim().toLowerCase();
  let best: { id: string; d: number } | undefined;
  for (const s of sizes) {
    for (const name of [s.id, ...s.aliases]) {
      const d = distance(v, name.toLowerCase());
      if (!best || d < best.d) best = { id: s.id, d };
    }
  }
  return best && best.d <= 2 ? best.id : undefined;
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number;
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] as number;
}

/** The Diagnostics plug-in adds this store when the role does not declare it (seen in CSPack output). */
export const DIAGNOSTIC_STORE_MB = 4096;

/**
 * Total LocalStorage a role asks for, in MB: declared stores (the schema default when sizeInMB is
 * omitted) plus the Diagnostics plug-in's DiagnosticStore when the role imports it without
 * declaring one. `implicitDiagnostics` says whether that store was added.
 */
export function localStorageMB(role: Role): { total: number; implicitDiagnostics: boolean } {
  const implicitDiagnostics =
    role.imports.some((i) => i.moduleName === 'Diagnostics') && !role.localStores.some((s) => s.name === 'DiagnosticStore');
  let total = implicitDiagnostics ? DIAGNOSTIC_STORE_MB : 0;
  for (const s of role.localStores) {
    if (s.sizeInMB === undefined) {
      total += LIMITS.defaultLocalStoreMB;
      continue;
    }
    const v = s.sizeInMB.trim();
    const n = /^[+]?\d+$/.test(v) ? Number(v) : undefined;
    if (n !== undefined && n >= 1) total += n;
  }
  return { total, implicitDiagnostics };
}
