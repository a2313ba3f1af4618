import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-binding-endpoint',
    shortDescription: 'A site binding names an endpoint the role does not have, or a site has no bindings',
    fullDescription:
      "Each Site needs a Bindings element, and each Binding's endpointName must name an input or internal endpoint of the same role. IIS cannot bind a site to an endpoint that does not exist.",
    help: help({
      why: 'Bindings connect IIS sites to the role\'s endpoints; a dangling name usually comes from renaming an endpoint and forgetting the binding.',
      bad: '<Bindings>\n  <Binding name="b" endpointName="HttpIn2" />\n</Bindings>\n...\n<InputEndpoint name="HttpIn" protocol="http" port="80" />',
      good: '<Bindings>\n  <Binding name="b" endpointName="HttpIn" />\n</Bindings>\n...\n<InputEndpoint name="HttpIn" protocol="http" port="80" />',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Binding endpointName; Site Bindings)'],
    catalog: 'CSDEF-014',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const endpoints = new Set(
        role.endpoints.filter((e) => e.kind === 'InputEndpoint' || e.kind === 'InternalEndpoint').map((e) => e.name),
      );
      for (const site of role.sites) {
        if (!site.bindingsEl) {
          ctx.report({
            at: site.el,
            message: `site "${site.name ?? '?'}" has no <Bindings>; add one with a <Binding> to an endpoint of role "${role.name ?? '?'}"`,
          });
          continue;
        }
        for (const b of site.bindings) {
          if (b.endpointName !== undefined && !endpoints.has(b.endpointName)) {
            const names = [...endpoints].filter((n): n is string => n !== undefined);
            // The role may have the endpoint, but as an instance input endpoint, which a site cannot bind.
            const other = role.endpoints.find((e) => e.name === b.endpointName);
            ctx.report({
              at: b.el.attr('endpointName') ?? b.el,
              message: other
                ? `binding "${b.name ?? '?'}" names endpoint "${b.endpointName}", an ${other.kind}, which a site cannot bind; bind an InputEndpoint or InternalEndpoint of role "${role.name ?? '?'}"${names.length ? ` (${names.join(', ')})` : ''}`
                : `binding "${b.name ?? '?'}" names endpoint "${b.endpointName}", which role "${role.name ?? '?'}" does not have${names.length ? `; its endpoints: ${names.join(', ')}` : ''}`,
            });
          }
        }
      }
    }
  },
});
