import { defineRule } from '../../src/lint/rule-api.js';
import { authoredDefinitionFolder, relativeFolder } from '../lib/files.js';
import { help } from '../lib/help.js';

/** Folders the build writes (role content folders, obj): they do not exist in a clean checkout. */
const GENERATED = /(^|[\\/])(obj|bin|rcf|[^\\/]*\.csx)([\\/]|$)/i;

export default defineRule({
  meta: {
    id: 'PKG-source-directory-missing',
    shortDescription: 'A Contents/Content SourceDirectory is missing or points at a folder that does not exist',
    fullDescription:
      'Each Content element copies a folder into the role (destination under approot) from SourceDirectory/@path, relative to the .csdef. The schema requires exactly one SourceDirectory with a path; a missing one, or a path that does not exist, makes CSPack fail.',
    help: help({
      why: 'Content folders are how non-project files (tools, runtimes) get into a role; a broken path stops packaging.',
      bad: '<Content destination="tools">\n  <SourceDirectory path="..\\Tools" /> <!-- no Tools folder -->\n</Content>',
      good: '<Content destination="tools">\n  <SourceDirectory path="..\\RoleTools" />\n</Content>',
      notes:
        'Paths into folders the build creates (obj, bin, rcf, *.csx) are skipped: Visual Studio writes them during the build. Absolute paths are reported by PKG-source-directory-absolute, and definitions under build folders are skipped.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (Contents, SourceDirectory)'],
    catalog: 'PKG-008',
    tags: ['packaging'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    const base = authoredDefinitionFolder(service);
    if (!def || base === undefined) return;
    for (const role of def.roles) {
      for (const content of role.contents) {
        const src = content.sourceDirectory;
        const path = src?.attrValue('path')?.trim();
        if (!src || !path) {
          ctx.report({
            at: src ?? content.el,
            message: `content "${content.destination ?? ''}" of role "${role.name ?? ''}" has no SourceDirectory path; add <SourceDirectory path="<folder relative to ${def.file}>" />`,
          });
          continue;
        }
        const folder = GENERATED.test(path) ? undefined : relativeFolder(ctx.files, base, path);
        if (!folder || folder.isFolder) continue;
        ctx.report({
          at: src.attr('path') ?? src,
          message: `content "${content.destination ?? ''}" of role "${role.name ?? ''}" copies from "${path}", but ${folder.path} is not a folder; fix the path (it is relative to ${def.file}) or add the folder`,
        });
      }
    }
  },
});
