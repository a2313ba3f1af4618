import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'SEC-elevated-runtime',
    shortDescription: 'The role process itself runs with administrator rights',
    fullDescription:
      '<Runtime executionContext="elevated"> runs the role entry point (RoleEntryPoint, the worker process host or ProgramEntryPoint) as an administrator for its whole life. A vulnerability in the application then gives full control of the instance.',
    help: help({
      why: 'What needs administrator rights (installing, configuring IIS, opening ports) belongs in an elevated startup task that runs once; the long-running process should stay limited.',
      bad: '<Runtime executionContext="elevated" />',
      good: '<Startup>\n  <Task commandLine="configure.cmd" executionContext="elevated" />\n</Startup>\n<Runtime executionContext="limited" />',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Runtime executionContext)'],
    catalog: 'SEC-005',
    tags: ['security'],
    precision: 'very-high',
    defaultLevel: 'warning',
    recommended: false,
    securitySeverity: 5.0,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const a = role.runtime?.el.attr('executionContext');
      if (!a || a.value !== 'elevated') continue;
      ctx.report({
        at: a,
        message: `role "${role.name ?? '?'}" runs its process as administrator; move the privileged work into an elevated startup task and set executionContext="limited"`,
      });
    }
  },
});
