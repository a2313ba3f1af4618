import { defineRule, type Role } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-duplicate-role-name',
    shortDescription: 'Two roles of the service have the same name',
    fullDescription:
      'Role names must be unique across the web, worker and VM roles of a service. Names are compared without regard to case, because each role becomes a folder in the package and on Windows two names that differ only in case are the same folder.',
    help: help({
      why: 'The configuration, the package layout and the role environment all find a role by its name; two roles with one name cannot both be deployed.',
      bad: '<WebRole name="App">...</WebRole>\n<WorkerRole name="App">...</WorkerRole>',
      good: '<WebRole name="AppWeb">...</WebRole>\n<WorkerRole name="AppWorker">...</WorkerRole>',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md ("The name of the role must be unique")'],
    catalog: 'CSDEF-002',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const first = new Map<string, Role>();
    for (const role of service.definition?.roles ?? []) {
      if (!role.name) continue;
      const key = role.name.toLowerCase();
      const prev = first.get(key);
      if (!prev) {
        first.set(key, role);
        continue;
      }
      const same = prev.name === role.name;
      ctx.report({
        at: role.el.attr('name') ?? role.el,
        message: same
          ? `the role name "${role.name}" is already used by the ${prev.kind} on line ${prev.el.span.start.line}; rename one of them`
          : `the role name "${role.name}" differs only in case from "${prev.name}" (line ${prev.el.span.start.line}); role folders would collide on Windows; rename one of them`,
        key: `duplicate role ${key}`,
      });
    }
  },
});
