import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'XREF-role-missing-in-configuration',
    shortDescription: 'A role of the definition has no Role in a configuration',
    fullDescription:
      'Every role of the service definition needs a <Role> in each service configuration, with its instance count, settings and certificates. A configuration that omits a role cannot be deployed with the package.',
    help: help({
      why: 'The configuration supplies the instance count of every role; without it the role cannot start.',
      bad: '<!-- .csdef --> <WorkerRole name="Worker"> ...\n<!-- .cscfg: no <Role name="Worker"> -->',
      good: '<Role name="Worker">\n  <Instances count="2" />\n</Role>',
      notes: 'Precision is high, not very high: a configuration is checked against the definition it is paired with, and when no definition sits in its folder or a folder above, that is the only definition in the tree, which can be unrelated (a namespace-less ServiceConfiguration template in a class-library folder was reported this way on the public-repository corpus). Suppress the rule for such a file, or add it to the ignore list.',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md', 'MicrosoftDocs articles/cloud-services-extended-support/deploy-template.md (the same roles)'],
    catalog: 'XREF-002',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const cfg of service.configurations) {
      const names = new Set(cfg.roles.map((r) => r.name));
      for (const role of def.roles) {
        if (role.name !== undefined && !names.has(role.name)) {
          ctx.report({
            at: cfg.el,
            message: `${role.kind} "${role.name}" of ${def.file} has no <Role name="${role.name}"> here; add it with <Instances count="..."/>`,
            key: `missing role ${role.name}`,
          });
        }
      }
    }
  },
});
