import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseXmlFile } from '../xml/index.js';
import { isRoleKind } from './bind-definition.js';
import { bindProject } from './project.js';

export interface RoleFolder {
  readonly dir: string;
  /** Where the folder came from: the .ccproj that references the role project, or the convention. */
  readonly source: string;
}

/**
 * Folders that hold each role of a service definition, for packaging without `--role`: the role
 * project a `.ccproj` beside the definition references (by RoleName), else a folder named after
 * the role beside the definition. Only folders that exist are returned.
 */
export function roleFoldersFor(csdefPath: string): Map<string, RoleFolder> {
  const abs = resolve(csdefPath);
  const dir = dirname(abs);
  const out = new Map<string, RoleFolder>();
  const doc = parseXmlFile(abs, basename(abs));
  const roles = (doc.root?.elements ?? []).filter((e) => isRoleKind(e.local)).map((e) => e.attrValue('name')).filter((n): n is string => !!n);
  let projects: string[] = [];
  try {
    projects = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.ccproj')).sort();
  } catch {
    projects = [];
  }
  for (const p of projects) {
    const pdoc = parseXmlFile(join(dir, p), p);
    if (!pdoc.root) continue;
    const project = bindProject(pdoc, pdoc.root);
    for (const ref of project.roles) {
      if (!ref.roleName || out.has(ref.roleName) || !roles.includes(ref.roleName)) continue;
      const folder = join(dir, dirname(ref.path));
      if (isDir(folder)) out.set(ref.roleName, { dir: folder, source: p });
    }
  }
  for (const role of roles) {
    if (out.has(role)) continue;
    const folder = join(dir, role);
    if (isDir(folder)) out.set(role, { dir: folder, source: 'a folder named after the role' });
  }
  return out;
}

function isDir(p: string): boolean {
  try {
    return existsSync(p) && statSync(p).isDirectory();
  } catch {
    return false;
  }
}
