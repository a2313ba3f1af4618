import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-https-endpoint-certificate',
    shortDescription: 'An https input endpoint names no certificate, or one the role does not declare',
    fullDescription:
      'An input endpoint with protocol="https" must name, in its certificate attribute, a Certificate declared in the same role. Without it the endpoint has no server certificate to bind.',
    help: help({
      why: 'The certificate attribute is how the platform knows which certificate to bind to the HTTPS port; it must match a <Certificate> of the role, whose thumbprint the configuration supplies.',
      bad: '<InputEndpoint name="Https" protocol="https" port="443" />',
      good: '<InputEndpoint name="Https" protocol="https" port="443" certificate="SslCert" />\n...\n<Certificates>\n  <Certificate name="SslCert" storeLocation="LocalMachine" storeName="My" />\n</Certificates>',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (InputEndpoint certificate: "Required for an HTTPS endpoint")'],
    catalog: 'CSDEF-013',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const declared = new Set(role.certificates.map((c) => c.name));
      for (const e of role.endpoints) {
        if (e.kind !== 'InputEndpoint') continue;
        if (e.protocol === 'https' && e.certificate === undefined) {
          ctx.report({
            at: e.el,
            message: `https endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" names no certificate; add certificate="<name of a Certificate of the role>"`,
          });
        } else if (e.certificate !== undefined && !declared.has(e.certificate)) {
          ctx.report({
            at: e.el.attr('certificate') ?? e.el,
            message: `certificate "${e.certificate}" is not declared in role "${role.name ?? '?'}"; add <Certificate name="${e.certificate}" storeLocation="LocalMachine" storeName="My" /> to its <Certificates>`,
          });
        }
      }
    }
  },
});
