import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'XREF-role-not-in-definition',
    shortDescription: 'A configuration Role is not defined in the service definition',
    fullDescription:
      'Every <Role name="..."> of a configuration must name a role of the service definition. Usually a role was renamed in one file and not the other, or the definition is a stub.',
    help: help({
      why: 'Azure validates the configuration against the package; an unknown role fails the deployment.',
      bad: '<!-- .csdef --> <WorkerRole name="WorkerRole1"> ...\n<!-- .cscfg --> <Role name="Worker"> ...',
      good: '<Role name="WorkerRole1"> ...',
      notes: 'Precision is high, not very high: a configuration is checked against the definition it is paired with, and when no definition sits in its folder or a folder above, that is the only definition in the tree, which can be unrelated (a namespace-less ServiceConfiguration template in a class-library folder was reported this way on the public-repository corpus). Suppress the rule for such a file, or add it to the ignore list.',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md ("must match the name provided for the role in the service definition file")'],
    catalog: 'XREF-003',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    const defined = def.roles.map((r) => r.name).filter((n): n is string => n !== undefined);
    for (const cfg of service.configurations) {
      for (const role of cfg.roles) {
        if (role.name === undefined || defined.includes(role.name)) continue;
        const near = defined.find((n) => n.toLowerCase() === role.name?.toLowerCase());
        ctx.report({
          at: role.el.attr('name') ?? role.el,
          message: near
            ? `role "${role.name}" is not defined in ${def.file}; names are case-sensitive: did you mean "${near}"?`
            : `role "${role.name}" is not defined in ${def.file}${defined.length ? ` (its roles: ${defined.join(', ')})` : ', which has no roles'}; rename or remove it`,
        });
      }
    }
  },
});
