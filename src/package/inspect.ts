import { openPackage, type PackageView } from './reader.js';
import type { PackageProblem } from './problems.js';

export interface InspectResult extends PackageView {
  /** Errors found while reading; inspect still lists what it could read. */
  readonly errors: PackageProblem[];
}

/** Lists each role's files with size and SHA-256, and the service documents, in package order. */
export async function inspectPackage(file: string): Promise<InspectResult> {
  const pkg = await openPackage(file);
  try {
    return { ...pkg.view, errors: pkg.problems.filter((p) => p.severity === 'error') };
  } finally {
    await pkg.close();
  }
}

export function formatInspect(result: InspectResult): string {
  const lines: string[] = [];
  lines.push(`${result.file}: ${result.format} format${result.productVersion ? `, SDK ${result.productVersion}` : ''}`);
  for (const role of result.roles) {
    const total = role.files.reduce((n, f) => n + f.size, 0);
    lines.push(`role ${role.name} (${role.files.length} files, ${total} bytes) in ${role.part}`);
    for (const f of role.files) lines.push(`  ${f.sha256}  ${String(f.size).padStart(10)}  ${f.path}`);
  }
  lines.push('service documents');
  for (const d of result.documents) lines.push(`  ${d.sha256}  ${String(d.size).padStart(10)}  ${d.path}`);
  for (const e of result.errors) lines.push(`error: ${e.part}: ${e.message}`);
  return lines.join('\n') + '\n';
}
