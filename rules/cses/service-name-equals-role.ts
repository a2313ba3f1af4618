import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-service-name-equals-role',
    shortDescription: 'The service name is the same as a role name',
    fullDescription:
      'Classic Cloud Services accepted a service named like one of its roles; extended support fails the deployment with NetworkingInternalOperationError. Rename the service (ServiceDefinition/@name and every ServiceConfiguration/@serviceName) or the role.',
    help: help({
      why: 'Extended support derives network resource names from the service and role names; equal names collide.',
      bad: '<ServiceDefinition name="Worker">\n  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />\n</ServiceDefinition>',
      good: '<ServiceDefinition name="OrderService">\n  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />\n</ServiceDefinition>',
      notes:
        'Names are compared ignoring case (Azure resource names are case-insensitive). The definition is reported when it has the clash; a configuration only when its serviceName differs from the definition name (otherwise the fix is the same). Local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs issue 75495',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
    ],
    catalog: 'CSES-008',
    tags: ['extended-support', 'both'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    const same = (a: string | undefined, b: string | undefined): boolean =>
      a !== undefined && b !== undefined && a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
    if (def) {
      const clash = def.roles.find((r) => same(r.name, def.name));
      if (clash) {
        ctx.report({
          at: def.el.attr('name') ?? def.el,
          message: `service name "${def.name ?? ''}" is also the name of role "${clash.name ?? ''}"; extended support fails with NetworkingInternalOperationError: rename the service (here and in every configuration's serviceName) or the role`,
        });
      }
    }
    for (const cfg of service.configurations) {
      if (cfg.isLocal || (def && same(cfg.serviceName, def.name))) continue;
      const names = [...(def?.roles ?? []).map((r) => r.name), ...cfg.roles.map((r) => r.name)];
      const clash = names.find((n) => same(n, cfg.serviceName));
      if (!clash) continue;
      ctx.report({
        at: cfg.el.attr('serviceName') ?? cfg.el,
        message: `serviceName "${cfg.serviceName ?? ''}" is also the name of role "${clash}"; extended support fails with NetworkingInternalOperationError: choose a service name no role uses`,
      });
    }
  },
});
