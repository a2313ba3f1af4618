import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { walk } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'CSDEF-network-traffic-rule-reference',
    shortDescription: 'A network traffic rule names an unknown role or a non-internal endpoint',
    fullDescription:
      'In <NetworkTrafficRules>, each RoleEndpoint must name a role of the service and one of that role\'s internal endpoints, and each FromRole must name a role of the service. Traffic rules only restrict role-to-role traffic on internal endpoints.',
    help: help({
      why: 'A rule with a dangling name either fails the deployment or silently protects nothing.',
      bad: '<RoleEndpoint endpointName="Tcp9" roleName="Nope" />',
      good: '<RoleEndpoint endpointName="Tcp9" roleName="Worker" />',
      notes:
        'Decision on an inference rule: the NetworkTrafficRules page says the rules apply to internal endpoints, so a RoleEndpoint naming an input endpoint is reported too. Plug-in endpoints (Microsoft.WindowsAzure.Plugins.*) are accepted without being declared.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-networktrafficrules.md',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
    ],
    catalog: 'CSDEF-016',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def?.networkTrafficRules) return;
    const roles = new Map(def.roles.filter((r) => r.name !== undefined).map((r) => [r.name as string, r]));
    for (const el of walk(def.networkTrafficRules)) {
      if (el.local !== 'RoleEndpoint' && el.local !== 'FromRole') continue;
      const roleAttr = el.attr('roleName');
      if (!roleAttr) continue;
      const role = roles.get(roleAttr.value);
      if (!role) {
        ctx.report({ at: roleAttr, message: `roleName="${roleAttr.value}" is not a role of the service; use one of ${[...roles.keys()].map((r) => `"${r}"`).join(', ') || 'its roles'}` });
        continue;
      }
      if (el.local !== 'RoleEndpoint') continue;
      const epAttr = el.attr('endpointName');
      if (!epAttr || epAttr.value.startsWith('Microsoft.WindowsAzure.Plugins.')) continue;
      const ep = role.endpoints.find((e) => e.name === epAttr.value);
      if (!ep) {
        ctx.report({ at: epAttr, message: `endpointName="${epAttr.value}" is not an endpoint of role "${role.name}"; name one of its internal endpoints` });
      } else if (ep.kind !== 'InternalEndpoint') {
        ctx.report({ at: epAttr, message: `endpoint "${epAttr.value}" of role "${role.name}" is an ${ep.kind}; network traffic rules apply to internal endpoints only` });
      }
    }
  },
});
