import { defineRule, type Endpoint } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-duplicate-endpoint-name',
    shortDescription: 'Two endpoints of a role have the same name',
    fullDescription:
      'Input, internal and instance-input endpoints share one namespace within a role: each needs its own name. Bindings and the role environment find endpoints by name.',
    help: help({
      why: 'Two endpoints with one name make bindings and RoleEnvironment lookups ambiguous; the SDK tools reject the definition.',
      bad: '<InputEndpoint name="Endpoint1" protocol="http" port="80" />\n<InternalEndpoint name="Endpoint1" protocol="tcp" />',
      good: '<InputEndpoint name="HttpIn" protocol="http" port="80" />\n<InternalEndpoint name="TcpInternal" protocol="tcp" />',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (endpoint name "must be unique")'],
    catalog: 'CSDEF-009',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const seen = new Map<string, Endpoint>();
      // In document order, so the later of two endpoints is the one reported.
      const endpoints = [...role.endpoints].sort((a, b) => a.el.span.start.offset - b.el.span.start.offset);
      for (const e of endpoints) {
        if (!e.name) continue;
        const prev = seen.get(e.name);
        if (prev) {
          ctx.report({
            at: e.el.attr('name') ?? e.el,
            message: `role "${role.name ?? '?'}" already has an endpoint named "${e.name}" (the ${prev.kind} on line ${prev.el.span.start.line}); rename one`,
            key: `duplicate endpoint ${e.name}`,
          });
        } else seen.set(e.name, e);
      }
    }
  },
});
