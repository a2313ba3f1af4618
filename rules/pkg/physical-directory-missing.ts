import { defineRule, type VirtualPath } from '../../src/lint/rule-api.js';
import { authoredDefinitionFolder, relativeFolder } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-physical-directory-missing',
    shortDescription: 'A site, virtual application or virtual directory points at a folder that does not exist',
    fullDescription:
      'Site, VirtualApplication and VirtualDirectory take their content from physicalDirectory, a path relative to the folder of the .csdef. CSPack stops with "Cannot find the physical directory … for virtual path …" when it is missing, and some path forms make it silently produce no sitesroot at all.',
    help: help({
      why: 'The web role is packaged from this folder; a wrong relative path (a renamed project, a moved solution) breaks packaging or deploys an empty site.',
      bad: '<Site name="Web" physicalDirectory="..\\ShopWeb">',
      good: '<Site name="Web" physicalDirectory="..\\Shop.Web">',
      notes:
        'Absolute paths are reported by PKG-source-directory-absolute instead. The lookup ignores case, as Windows does. Visual Studio passes the web project folder to CSPack itself, so a Site without physicalDirectory is fine. Definitions under build folders (bin, csx, app.publish) are skipped: their relative paths point from the copy\'s folder.',
    }),
    sources: [
      'blogs.msdn.microsoft.com/davidhardin 2013-01-18 "Building and packaging virtual applications within Azure projects" (CSPack error text)',
      'MSDN forum "Azure SDK 1.6 - cspack command line tool" (no sitesroot produced)',
      'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (physicalDirectory relative to the .csdef)',
    ],
    catalog: 'PKG-007',
    tags: ['packaging'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    const base = authoredDefinitionFolder(service);
    if (!def || base === undefined) return;
    const visit = (p: VirtualPath, role: string): void => {
      const dir = p.physicalDirectory?.trim();
      const folder = dir ? relativeFolder(ctx.files, base, dir) : undefined;
      if (folder && !folder.isFolder) {
        ctx.report({
          at: p.el.attr('physicalDirectory') ?? p.el,
          message: `${p.kind} "${p.name ?? ''}" of role "${role}" points at physicalDirectory "${dir}", but ${folder.path} is not a folder; fix the path (it is relative to ${def.file}) or add the folder`,
        });
      }
      for (const c of p.children) visit(c, role);
    };
    for (const role of def.roles) for (const site of role.sites) visit(site, role.name ?? '');
  },
});
