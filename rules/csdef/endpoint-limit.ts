import { defineRule, LIMITS, type EndpointKind, type XmlElement } from '../../src/lint/rule-api.js';
import { endpointsOf } from '../lib/csdef-endpoints.js';
import { help } from '../lib/help.js';

const LIMIT: Readonly<Record<EndpointKind, number>> = {
  InputEndpoint: LIMITS.inputEndpointsPerService,
  InternalEndpoint: LIMITS.internalEndpointsPerService,
  InstanceInputEndpoint: LIMITS.instanceInputEndpointsPerService,
};

const KINDS: readonly EndpointKind[] = ['InputEndpoint', 'InternalEndpoint', 'InstanceInputEndpoint'];

export default defineRule({
  meta: {
    id: 'CSDEF-endpoint-limit',
    shortDescription: 'The service has more than 25 input, internal or instance-input endpoints',
    fullDescription:
      'A deployment may have at most 25 input endpoints, 25 internal endpoints and 25 instance-input endpoints, counted over all roles. Plug-ins add hidden ones: RemoteForwarder a public input endpoint on 3389, RemoteAccess an internal endpoint in every role that imports it. Azure rejects the deployment only after the package is uploaded.',
    help: help({
      why: 'These are hard limits (the default is the maximum). The build does not check them; the compute emulator and Azure do.',
      bad: '<!-- 26 <InputEndpoint> elements across the roles of one service -->',
      good: '<!-- at most 25; use an InstanceInputEndpoint port range, or split the service -->',
    }),
    sources: [
      'MicrosoftDocs/azure-docs includes/azure-cloud-services-limits.md',
      'avkashchauhan MSDN blog 2011-06-21 (endpoint limits reported only after upload)',
    ],
    catalog: 'CSDEF-012',
    tags: ['correctness', 'limits'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const roles = service.definition?.roles ?? [];
    for (const kind of KINDS) {
      const all = roles.flatMap((r) => endpointsOf(r, kind));
      const limit = LIMIT[kind];
      if (all.length <= limit) continue;
      const hidden = all.filter((e) => e.plugin).length;
      ctx.report({
        at: (all[limit] as { at: XmlElement }).at,
        message: `the service has ${all.length} ${kind} elements${hidden ? ` (${hidden} added by plug-ins)` : ''}, over the limit of ${limit}; remove ${all.length - limit} or split the service`,
        key: `${kind} limit`,
      });
    }
  },
});
