import { defineRule, NS } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-root-element',
    shortDescription: 'The service definition root is not ServiceDefinition in its namespace',
    fullDescription:
      'A .csdef file must have the root element ServiceDefinition in the namespace http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition. Without the namespace no element matches the schema, and CSPack and Visual Studio reject the file.',
    help: help({
      why: 'The schema is namespace-qualified (elementFormDefault="qualified"): every element must be in the service definition namespace, which the root declares as the default namespace.',
      bad: '<ServiceDefinition name="shop">',
      good: '<ServiceDefinition name="shop" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">',
    }),
    sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): targetNamespace and elementFormDefault', 'MicrosoftDocs articles/cloud-services/schema-csdef-file.md'],
    catalog: 'CSDEF-001',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (def && def.el.uri !== NS.definition) {
      ctx.report({
        at: def.el,
        message: def.el.uri
          ? `the root element is in namespace "${def.el.uri}"; use xmlns="${NS.definition}"`
          : `the root element has no namespace; add xmlns="${NS.definition}"`,
      });
    }
    for (const doc of service.unreadable) {
      if (doc.root && /\.csdef$/i.test(doc.file)) {
        ctx.report({
          at: doc.root,
          message: `the root element is <${doc.root.name}>; a service definition's root is <ServiceDefinition xmlns="${NS.definition}">`,
        });
      }
    }
  },
});
