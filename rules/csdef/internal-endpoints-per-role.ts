import { defineRule, LIMITS, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { endpointsOf } from '../lib/csdef-endpoints.js';

export default defineRule({
  meta: {
    id: 'CSDEF-internal-endpoints-per-role',
    shortDescription: 'A role has more than 5 internal endpoints',
    fullDescription:
      'A role may define at most 5 internal endpoints. Importing RemoteAccess adds one more (the RDP endpoint on 3389) that does not appear in the file but counts.',
    help: help({
      why: 'The role-to-role communication doc states the per-role limit; Azure rejects the deployment after upload.',
      bad: '<Endpoints>\n  <InternalEndpoint name="a" protocol="tcp" />\n  <!-- … six in total -->\n</Endpoints>',
      good: '<Endpoints>\n  <!-- at most five, plug-in endpoints included -->\n</Endpoints>',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md (5 internal endpoints per role)'],
    catalog: 'CSDEF-012',
    tags: ['correctness', 'limits'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const eps = endpointsOf(role, 'InternalEndpoint');
      const limit = LIMITS.internalEndpointsPerRole;
      if (eps.length <= limit) continue;
      const hidden = eps.filter((e) => e.plugin).length;
      ctx.report({
        at: (eps[limit] as { at: XmlElement }).at,
        message: `role "${role.name ?? '?'}" has ${eps.length} internal endpoints${hidden ? ` (${hidden} added by the RemoteAccess plug-in)` : ''}, over the limit of ${limit}; remove ${eps.length - limit}`,
        key: `internal endpoints of ${role.name ?? '?'}`,
      });
    }
  },
});
