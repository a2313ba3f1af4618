import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'SEC-http-only-web-role',
    shortDescription: 'A web role serves HTTP and has no HTTPS endpoint',
    fullDescription:
      'A web role whose only web input endpoints are protocol="http" serves everything, sign-in pages and cookies included, unencrypted over the internet. Add an https input endpoint with a certificate, and redirect HTTP to it.',
    help: help({
      why: 'Without an https endpoint there is no way to serve the site securely; adding one requires a certificate in the definition and its thumbprint in every configuration, so it is worth deciding early.',
      bad: '<Endpoints>\n  <InputEndpoint name="Http" protocol="http" port="80" />\n</Endpoints>',
      good: '<Endpoints>\n  <InputEndpoint name="Http" protocol="http" port="80" />\n  <InputEndpoint name="Https" protocol="https" port="443" certificate="SslCert" />\n</Endpoints>',
      notes: 'Decision on an inference rule: only web roles are checked, and an http endpoint next to an https one is fine (it usually redirects). TLS terminated in front of the service (Front Door, Application Gateway) is a legitimate reason to suppress the finding.',
    }),
    sources: ['Corpus survey: 114 public repositories with HTTP-only web roles'],
    catalog: 'SEC-006',
    tags: ['security'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: false,
    securitySeverity: 4.0,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      if (role.kind !== 'WebRole') continue;
      const inputs = role.endpoints.filter((e) => e.kind === 'InputEndpoint');
      const http = inputs.find((e) => e.protocol === 'http');
      if (!http || inputs.some((e) => e.protocol === 'https')) continue;
      ctx.report({
        at: http.el.attr('protocol') ?? http.el,
        message: `web role "${role.name ?? '?'}" serves HTTP on endpoint "${http.name ?? '?'}" and has no https endpoint; add <InputEndpoint protocol="https" port="443" certificate="…" /> and redirect HTTP to it`,
      });
    }
  },
});
