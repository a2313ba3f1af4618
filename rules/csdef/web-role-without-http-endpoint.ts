import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-web-role-without-http-endpoint',
    shortDescription: 'A web role with sites has no HTTP or HTTPS input endpoint',
    fullDescription:
      'A web role hosts its Sites in IIS behind the load balancer; the docs say a web role needs at least one HTTP or HTTPS input endpoint for that. With only internal or TCP endpoints the sites are unreachable from outside, which is sometimes intended (an internal-only front end) but usually a leftover.',
    help: help({
      why: 'Bindings of the sites can only point at endpoints of the role; without an http(s) input endpoint nothing reaches IIS from the internet.',
      bad: '<WebRole name="Web">\n  <Sites>\n    <Site name="Web">\n      <Bindings>\n        <Binding name="Internal" endpointName="Internal" />\n      </Bindings>\n    </Site>\n  </Sites>\n  <Endpoints>\n    <InternalEndpoint name="Internal" protocol="http" />\n  </Endpoints>\n</WebRole>',
      good: '<Endpoints>\n  <InputEndpoint name="Http" protocol="http" port="80" />\n</Endpoints>',
      notes: 'A note, not a warning: the catalog records the doc claim as not verified in practice, and internal-only web roles are a legitimate design.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md'],
    catalog: 'CSDEF-021',
    tags: ['correctness'],
    precision: 'medium',
    defaultLevel: 'note',
    recommended: false,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      if (role.kind !== 'WebRole' || role.sites.length === 0) continue;
      const web = role.endpoints.some((e) => e.kind === 'InputEndpoint' && (e.protocol === 'http' || e.protocol === 'https'));
      if (web) continue;
      ctx.report({
        at: role.el,
        message: `web role "${role.name ?? '?'}" has sites but no http or https input endpoint, so they are unreachable from outside; add <InputEndpoint name="Endpoint1" protocol="http" port="80" /> (or https) and bind the site to it`,
      });
    }
  },
});
