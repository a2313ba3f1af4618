import { defineRule, listNames } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-load-balancer-probe-reference',
    shortDescription: 'An input endpoint names a load balancer probe the service does not define',
    fullDescription:
      'InputEndpoint/@loadBalancerProbe must name a <LoadBalancerProbe> in the definition\'s <LoadBalancerProbes> block (which comes before the roles). A dangling name leaves the endpoint without the health probe it relies on and the deployment is rejected.',
    help: help({
      why: 'The XSD has no key/keyref for this link, so only the tools that build and deploy the package notice.',
      bad: '<InputEndpoint name="Http" protocol="http" port="80" loadBalancerProbe="Health" />',
      good: '<LoadBalancerProbes>\n  <LoadBalancerProbe name="Health" protocol="http" path="/health" />\n</LoadBalancerProbes>\n...\n<InputEndpoint name="Http" protocol="http" port="80" loadBalancerProbe="Health" />',
      notes: 'The catalog marks this as inference from the schema semantics; the docs page for LoadBalancerProbe says the endpoint refers to a probe by name, so a name that does not resolve is reported as an error.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-loadbalancerprobe.md'],
    catalog: 'CSDEF-016',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    const probes = def.loadBalancerProbes.map((p) => p.name).filter((n): n is string => n !== undefined);
    for (const role of def.roles) {
      for (const e of role.endpoints) {
        const a = e.el.attr('loadBalancerProbe');
        if (e.kind !== 'InputEndpoint' || !a || probes.includes(a.value)) continue;
        ctx.report({
          at: a,
          message: probes.length
            ? `loadBalancerProbe="${a.value}" of endpoint "${e.name ?? '?'}" is not defined; use one of ${listNames(probes)} or add <LoadBalancerProbe name="${a.value}" …/> to <LoadBalancerProbes>`
            : `loadBalancerProbe="${a.value}" of endpoint "${e.name ?? '?'}" is not defined; add <LoadBalancerProbes><LoadBalancerProbe name="${a.value}" protocol="http" path="/" /></LoadBalancerProbes> before the roles`,
        });
      }
    }
  },
});
