import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'XREF-service-name-mismatch',
    shortDescription: 'The configuration serviceName differs from the definition name',
    fullDescription:
      "ServiceConfiguration/@serviceName must equal ServiceDefinition/@name. Cloud Services (extended support) rejects a mismatch (XrpPaaSMigrationCscfgCsdefValidationMismatch), and classic tooling documented the same rule.",
    help: help({
      why: 'The configuration is validated against the definition it belongs to; the names tie them together.',
      bad: '<!-- ServiceDefinition.csdef -->\n<ServiceDefinition name="demo" ...>\n<!-- ServiceConfiguration.Cloud.cscfg -->\n<ServiceConfiguration serviceName="azuresb" ...>',
      good: '<ServiceDefinition name="demo" ...>\n<ServiceConfiguration serviceName="demo" ...>',
      notes: 'Precision is high, not very high: a configuration is checked against the definition it is paired with, and when no definition sits in its folder or a folder above, that is the only definition in the tree, which can be unrelated (a namespace-less ServiceConfiguration template in a class-library folder was reported this way on the public-repository corpus). Suppress the rule for such a file, or add it to the ignore list.',
    }),
    sources: [
      'MicrosoftDocs articles/cloud-services/schema-cscfg-file.md (serviceName "must match the name specified in the service definition file")',
      'MicrosoftDocs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
    ],
    catalog: 'XREF-001',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def || def.name === undefined) return;
    for (const cfg of service.configurations) {
      if (cfg.serviceName !== undefined && cfg.serviceName !== def.name) {
        ctx.report({
          at: cfg.el.attr('serviceName') ?? cfg.el,
          message: `serviceName="${cfg.serviceName}" differs from the definition name "${def.name}" in ${def.file}; set serviceName="${def.name}"`,
        });
      }
    }
  },
});
