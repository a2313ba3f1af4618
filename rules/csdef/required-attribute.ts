import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { REQUIRED_DEFINITION_ATTRIBUTES, definitionElements } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'CSDEF-required-attribute',
    shortDescription: 'An element of the service definition lacks a required attribute',
    fullDescription:
      'The service definition schema requires some attributes: a name on every role, setting, certificate, endpoint, site and binding; protocol and port on input endpoints; storeLocation and storeName on certificates; commandLine on startup tasks, and so on. A missing one fails schema validation in CSPack and Visual Studio.',
    help: help({
      why: 'Required attributes carry what the platform cannot guess, such as which port to open or which certificate store to use.',
      bad: '<InputEndpoint name="Http" protocol="http" />',
      good: '<InputEndpoint name="Http" protocol="http" port="80" />',
    }),
    sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): use="required" attributes', 'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md'],
    catalog: 'CSDEF-001',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const el of sharedIndex(service, ctx, definitionElements)) {
      for (const name of REQUIRED_DEFINITION_ATTRIBUTES[el.local] ?? []) {
        if (el.attr(name) === undefined) {
          ctx.report({ at: el, message: `<${el.local}> needs the attribute ${name}` });
        }
      }
    }
  },
});
