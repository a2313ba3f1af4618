import { dirname, posix } from 'node:path';
import type { XmlDocument, XmlElement } from '../xml/index.js';
import type { CloudProject, ProjectItem, ProjectRoleReference } from './types.js';

/** Binds a `.ccproj` (MSBuild) document: the service files and role projects it names. */
export function bindProject(doc: XmlDocument, root: XmlElement): CloudProject {
  const dir = dirname(doc.file);
  const items = (local: string): ProjectItem[] =>
    root
      .childrenNamed('ItemGroup')
      .flatMap((g) => g.childrenNamed(local))
      .filter((e) => e.attrValue('Include') !== undefined)
      .map((el) => {
        const include = el.attrValue('Include') as string;
        return { el, include, path: resolveInclude(dir, include) };
      });
  const roles: ProjectRoleReference[] = root
    .childrenNamed('ItemGroup')
    .flatMap((g) => g.childrenNamed('ProjectReference'))
    .filter((e) => e.attrValue('Include') !== undefined)
    .map((el) => {
      const include = el.attrValue('Include') as string;
      return { el, include, path: resolveInclude(dir, include), roleName: el.child('RoleName')?.text.trim() || undefined };
    });
  const productVersion = root
    .childrenNamed('PropertyGroup')
    .map((g) => g.child('ProductVersion')?.text.trim())
    .find((v) => v);
  return {
    file: doc.file,
    doc,
    definitions: items('ServiceDefinition'),
    configurations: items('ServiceConfiguration'),
    roles,
    productVersion,
  };
}

/** MSBuild paths use backslashes and are relative to the project file. */
export function resolveInclude(dir: string, include: string): string {
  return posix.normalize(posix.join(dir.replace(/\\/g, '/'), include.replace(/\\/g, '/')));
}
