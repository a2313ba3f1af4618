import { findImportModule } from './knowledge/import-modules.js';
import type { Role } from './types.js';

export interface Declared {
  readonly name: string;
  /** Undefined when declared in the role itself; else the Import module that implies it. */
  readonly module: string | undefined;
}

/** The settings a role declares: its own, then those of each imported plug-in. */
export function declaredSettings(role: Role): Declared[] {
  const own = role.settings.flatMap((s) => (s.name === undefined ? [] : [{ name: s.name, module: undefined }]));
  return [...own, ...fromImports(role, (m) => m.settings)];
}

export function declaredCertificates(role: Role): Declared[] {
  const own = role.certificates.flatMap((c) => (c.name === undefined ? [] : [{ name: c.name, module: undefined }]));
  return [...own, ...fromImports(role, (m) => m.certificates)];
}

function fromImports(role: Role, pick: (m: NonNullable<ReturnType<typeof findImportModule>>) => readonly string[]): Declared[] {
  const out: Declared[] = [];
  for (const i of role.imports) {
    const m = i.moduleName ? findImportModule(i.moduleName) : undefined;
    if (m) for (const name of pick(m)) out.push({ name, module: m.name });
  }
  return out;
}
