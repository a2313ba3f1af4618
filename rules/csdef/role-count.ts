import { defineRule, LIMITS } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-role-count',
    shortDescription: 'The service defines no role, or more than 25 roles',
    fullDescription:
      'A cloud service holds between 1 and 25 web and worker roles. The XSD accepts a definition without roles, but Azure has nothing to deploy (extended support refuses empty cloud services), and more than 25 roles exceeds a hard platform limit that the compute emulator enforces as well.',
    help: help({
      why: 'The 25-role limit is a hard limit (the default equals the maximum); the deployment is rejected after the package is uploaded. An empty definition is usually a template or a stub that was never filled in.',
      bad: '<ServiceDefinition name="svc">\n  <!-- 26 <WorkerRole> elements -->\n</ServiceDefinition>',
      good: '<ServiceDefinition name="svc">\n  <!-- at most 25 roles; split the rest into a second cloud service -->\n</ServiceDefinition>',
    }),
    sources: [
      'MicrosoftDocs/azure-docs includes/azure-cloud-services-limits.md (25 web/worker roles per deployment)',
      'MicrosoftDocs articles/cloud-services/schema-csdef-file.md (a service holds one or more roles)',
      'MicrosoftDocs articles/cloud-services-extended-support/in-place-migration-technical-details.md (no empty cloud services)',
    ],
    catalog: 'CSDEF-003',
    tags: ['correctness', 'limits'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    const n = def.roles.length;
    if (n === 0) {
      ctx.report({ at: def.el, message: `service "${def.name ?? '?'}" defines no role; add a <WebRole> or <WorkerRole>, or delete the unused definition` });
    } else if (n > LIMITS.rolesPerService) {
      const first = def.roles[LIMITS.rolesPerService];
      ctx.report({
        at: first ? first.el : def.el,
        message: `service "${def.name ?? '?'}" defines ${n} roles, over the limit of ${LIMITS.rolesPerService}; move ${n - LIMITS.rolesPerService} role(s) into another cloud service`,
        key: 'too many roles',
      });
    }
  },
});
