import { defineRule } from '../../src/lint/rule-api.js';
import { findCaseInsensitive } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-project-file-missing',
    shortDescription: 'The cloud project names a service definition or configuration that does not exist',
    fullDescription:
      'A .ccproj lists its service definition and configurations as ServiceDefinition and ServiceConfiguration items. When an Include points at a file that is not in the repository, the Azure build targets fail (or, for a configuration, the profile cannot be packaged).',
    help: help({
      why: 'Renaming or deleting a .cscfg in the file system without editing the project, or committing a project whose configuration was never added, breaks every build of the cloud project.',
      bad: '<ItemGroup>\n  <ServiceDefinition Include="ServiceDefinition.csdef" />\n  <ServiceConfiguration Include="ServiceConfiguration.Cloud.cscfg" /> <!-- file not committed -->\n</ItemGroup>',
      good: '<ItemGroup>\n  <ServiceDefinition Include="ServiceDefinition.csdef" />\n  <ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />\n</ItemGroup>',
      notes: 'Decision (the catalog marks this rule as inference): names are compared case-insensitively, as on Windows, and Includes with MSBuild properties ($(…)) are skipped.',
    }),
    sources: ['Visual Studio Azure cloud project format (.ccproj ServiceDefinition/ServiceConfiguration items)'],
    catalog: 'PKG-001',
    tags: ['packaging'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const project = service.project;
    if (!project) return;
    for (const item of [...project.definitions, ...project.configurations]) {
      if (item.include.includes('$(') || item.include.includes('*')) continue;
      if (findCaseInsensitive(ctx.files, item.path) !== undefined) continue;
      ctx.report({
        at: item.el.attr('Include') ?? item.el,
        message: `${project.file} names ${item.el.local} "${item.include}", but ${item.path} does not exist; add the file or remove the item`,
      });
    }
  },
});

