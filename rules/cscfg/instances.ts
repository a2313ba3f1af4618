import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'CSCFG-instances',
    shortDescription: 'A role has no Instances element, or its count is not a positive integer',
    fullDescription:
      'Every Role in a service configuration needs exactly one <Instances count="N"/> with N a whole number of at least 1: it is how many virtual machines run the role.',
    help: help({
      why: 'Instances is required by the schema, and a count below 1 cannot be deployed.',
      bad: '<Role name="Web">\n  <ConfigurationSettings />\n</Role>',
      good: '<Role name="Web">\n  <Instances count="2" />\n  <ConfigurationSettings />\n</Role>',
    }),
    sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): Role/Instances minOccurs=1', 'MicrosoftDocs articles/cloud-services/schema-cscfg-role.md ("count ... Required")'],
    catalog: 'CSCFG-006',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      for (const role of cfg.roles) {
        const all = role.el.childrenNamed('Instances');
        if (all.length === 0) {
          ctx.report({ at: role.el, message: `role "${role.name ?? '?'}" has no <Instances count="..."/>; add one` });
          continue;
        }
        for (const extra of all.slice(1)) {
          ctx.report({ at: extra, message: `role "${role.name ?? '?'}" has more than one <Instances>; keep one` });
        }
        const count = role.instances?.count;
        if (count === undefined) continue;
        const n = parseXsInt(count);
        if (n === undefined || n < 1) {
          ctx.report({
            at: role.instances?.el.attr('count') ?? role.el,
            message: `count="${count}" must be a whole number of at least 1`,
          });
        }
      }
    }
  },
});
