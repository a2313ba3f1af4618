import { dirname, posix } from 'node:path';
import type { XmlDocument, XmlElement } from '../xml/index.js';
import type {
  AssemblyReference,
  CloudProject,
  ProjectItem,
  ProjectProperty,
  ProjectRoleReference,
  RoleProject,
  RoleProjectItem,
} from './types.js';

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

/**
 * Binds a role project (MSBuild `.csproj`/`.vbproj`): its target framework, the items that may be
 * copied to the output folder, and its assembly references. Lenient, like every binder here.
 */
export function bindRoleProject(doc: XmlDocument, root: XmlElement): RoleProject {
  const dir = dirname(doc.file);
  const groups = root.childrenNamed('ItemGroup');
  const metadata = (el: XmlElement, name: string): string | undefined =>
    el.attrValue(name) ?? (el.child(name) ? (el.child(name) as XmlElement).text.trim() : undefined);
  const items: RoleProjectItem[] = groups
    .flatMap((g) => g.elements.filter((e) => ITEM_KINDS.has(e.local)))
    .filter((e) => e.attrValue('Include') !== undefined)
    .map((el) => {
      const include = el.attrValue('Include') as string;
      return {
        el,
        kind: el.local,
        include,
        path: resolveInclude(dir, include),
        copyToOutputDirectory: metadata(el, 'CopyToOutputDirectory'),
      };
    });
  const references: AssemblyReference[] = groups
    .flatMap((g) => g.childrenNamed('Reference'))
    .filter((e) => e.attrValue('Include') !== undefined)
    .map((el) => ({
      el,
      include: el.attrValue('Include') as string,
      hintPath: metadata(el, 'HintPath'),
      private: metadata(el, 'Private'),
    }));
  const properties = (local: string): ProjectProperty[] =>
    root.childrenNamed('PropertyGroup').flatMap((g) =>
      g.childrenNamed(local).map((el) => ({
        el,
        value: el.text.trim(),
        condition: el.attrValue('Condition') ?? g.attrValue('Condition'),
      })),
    );
  return {
    file: doc.file,
    doc,
    targetFrameworkVersion: properties('TargetFrameworkVersion').find((p) => p.value)?.value,
    items,
    references,
    platformTargets: properties('PlatformTarget'),
    prefer32Bit: properties('Prefer32Bit'),
  };
}

const ITEM_KINDS = new Set(['Content', 'None', 'Compile', 'EmbeddedResource']);
