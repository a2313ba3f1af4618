import { defineRule, PLUGIN_PREFIX } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-ignore-role-instance-status',
    shortDescription: 'An input endpoint sends traffic to instances that are not ready',
    fullDescription:
      'ignoreRoleInstanceStatus="true" tells the load balancer to keep sending traffic to an instance whatever its status: busy, starting, recycling. The setting is meant for debugging; in a deployed service users reach instances that cannot answer.',
    help: help({
      why: 'By default the load balancer takes an instance out of rotation while it is not Ready (for example when the role reports Busy). Turning that off hides the instance health the platform relies on during updates.',
      bad: '<InputEndpoint name="Http" protocol="http" port="80" ignoreRoleInstanceStatus="true" />',
      good: '<InputEndpoint name="Http" protocol="http" port="80" />',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (InputEndpoint ignoreRoleInstanceStatus)'],
    catalog: 'CSDEF-020',
    tags: ['reliability'],
    precision: 'very-high',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const e of role.endpoints) {
        const a = e.el.attr('ignoreRoleInstanceStatus');
        // The RemoteForwarder plug-in sets it on its own RDP endpoint, on purpose: RDP must reach a sick instance.
        if (!a || !/^(true|1)$/.test(a.value.trim()) || e.name?.startsWith(PLUGIN_PREFIX)) continue;
        ctx.report({
          at: a,
          message: `endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" keeps sending traffic to instances that are not ready; remove ignoreRoleInstanceStatus="${a.value}" outside debugging`,
        });
      }
    }
  },
});
