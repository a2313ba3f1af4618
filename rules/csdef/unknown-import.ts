import { defineRule, IMPORT_MODULES, findImportModule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-unknown-import',
    shortDescription: 'An Import names a module no Azure SDK ships',
    fullDescription:
      'Import/@moduleName must name an SDK plug-in: RemoteAccess, RemoteForwarder or Diagnostics (the documented ones), or one of the older Caching, Connect, WebDeploy and RemoteDebugger plug-ins. Any other name, including a wrong letter case, makes packaging fail because no plug-in of that name exists.',
    help: help({
      why: 'The XSD types moduleName as a plain name with no enumeration, so a typo passes schema validation and fails when the package is built.',
      bad: '<Import moduleName="Diagnostic" />',
      good: '<Import moduleName="Diagnostics" />',
      notes: 'Decision: the name is compared case-sensitively, as plug-in folder lookups on the build machine are not guaranteed to be case-insensitive in every tool; a case-only difference is reported with the right spelling.',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Import element: RemoteAccess, RemoteForwarder, Diagnostics)'],
    catalog: 'CSDEF-017',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const i of role.imports) {
        const name = i.moduleName;
        if (name === undefined || findImportModule(name)) continue;
        const hint = IMPORT_MODULES.find((m) => m.name.toLowerCase() === name.trim().toLowerCase() || m.name.toLowerCase() === name.trim().toLowerCase().replace(/s?$/, 's'));
        ctx.report({
          at: i.el.attr('moduleName') ?? i.el,
          message: hint
            ? `moduleName="${name}" is not a plug-in name; write "${hint.name}"`
            : `moduleName="${name}" is not a plug-in the SDK ships; use RemoteAccess, RemoteForwarder or Diagnostics, or remove the Import`,
        });
      }
    }
  },
});
