import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-diagnostics-plugin',
    shortDescription: 'The legacy Diagnostics plug-in is imported',
    fullDescription:
      'The Diagnostics plug-in (Import moduleName="Diagnostics" and its Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString setting) is the classic diagnostics agent. For extended support the prerequisites ask to remove the per-role connection string and configure diagnostics with the Azure Diagnostics (PaaSDiagnostics) extension, applied per role at deployment.',
    help: help({
      why: 'The newer revision of the extended-support prerequisites lists the Diagnostics connection-string removal among the required configuration changes; the WAD extension replaces the plug-in and is configured outside the package.',
      bad: '<Imports>\n  <Import moduleName="Diagnostics" />\n</Imports>',
      good: '<Imports />\n<!-- diagnostics: the Microsoft.Azure.Diagnostics PaaSDiagnostics extension, rolesAppliedTo the role -->',
      notes:
        'Decision: warning rather than error. Only the newer revision of the prerequisites page asks for the removal, and the migration overview lists plug-ins among what is migrated, so a deployment with the plug-in is not shown to be refused. The Import is reported once per role; remove the matching setting from every configuration at the same time.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (newer revision: remove the Diagnostics setting)',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/extensions.md (Azure Diagnostics extension)',
    ],
    catalog: 'CSES-007',
    tags: ['extended-support', 'csdef'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const imp of role.imports) {
        if (imp.moduleName !== 'Diagnostics') continue;
        ctx.report({
          at: imp.el,
          message: `role "${role.name ?? ''}" imports the Diagnostics plug-in; for extended support remove the Import and the Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString settings, and configure the Azure Diagnostics (PaaSDiagnostics) extension instead`,
        });
      }
    }
  },
});
