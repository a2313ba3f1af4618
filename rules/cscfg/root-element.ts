import { defineRule, NS } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSCFG-root-element',
    shortDescription: 'The service configuration root is not ServiceConfiguration in its namespace',
    fullDescription:
      'A .cscfg file must have the root element ServiceConfiguration in the namespace http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration, or Azure and the SDK tools reject it.',
    help: help({
      why: 'The configuration schema is namespace-qualified; a missing or wrong namespace means no element matches the schema.',
      bad: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">',
      good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">',
    }),
    sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): targetNamespace', 'MicrosoftDocs articles/cloud-services/schema-cscfg-file.md'],
    catalog: 'CSCFG-001',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.el.uri !== NS.configuration) {
        ctx.report({
          at: cfg.el,
          message: cfg.el.uri
            ? `the root element is in namespace "${cfg.el.uri}"; use xmlns="${NS.configuration}"`
            : `the root element has no namespace; add xmlns="${NS.configuration}"`,
        });
      }
    }
    for (const doc of service.unreadable) {
      if (doc.root && /\.cscfg$/i.test(doc.file)) {
        ctx.report({
          at: doc.root,
          message: `the root element is <${doc.root.name}>; a service configuration's root is <ServiceConfiguration xmlns="${NS.configuration}">`,
        });
      }
    }
  },
});
