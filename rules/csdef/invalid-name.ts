import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { NAMED_ELEMENT_NAME, definitionElements } from '../lib/schema.js';

/** Attributes typed NamedElementNameString in the schema. */
const NAMED: Readonly<Record<string, readonly string[]>> = {
  ServiceDefinition: ['name'],
  WebRole: ['name'],
  WorkerRole: ['name'],
  VirtualMachineRole: ['name'],
  Setting: ['name'],
  Certificate: ['name'],
  LocalStorage: ['name'],
  Import: ['moduleName'],
  InputEndpoint: ['name', 'certificate', 'loadBalancerProbe', 'loadBalancer'],
  InternalEndpoint: ['name'],
  InstanceInputEndpoint: ['name'],
};

export default defineRule({
  meta: {
    id: 'CSDEF-invalid-name',
    shortDescription: 'A name in the service definition breaks the schema naming rule',
    fullDescription:
      'Names of the service, roles, settings, certificates, local stores, imports and endpoints must start with a letter or underscore, must not contain \\ / : * ? " < > | ` \' ^, and must not end with a period or white space. An empty name, common in templates, fails too.',
    help: help({
      why: 'These names become folder names, environment entries and API keys on the role instance; the schema restricts them so that they are valid everywhere.',
      bad: '<ServiceDefinition name="" ...>\n<WebRole name="1Web">',
      good: '<ServiceDefinition name="shop" ...>\n<WebRole name="Web1">',
    }),
    sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): simple type NamedElementNameString'],
    catalog: 'CSDEF-002',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const el of sharedIndex(service, ctx, definitionElements)) {
      for (const name of NAMED[el.local] ?? []) {
        const a = el.attr(name);
        if (a && !NAMED_ELEMENT_NAME.test(a.value)) {
          ctx.report({
            at: a,
            message:
              a.value === ''
                ? `${name} is empty; give <${el.local}> a name that starts with a letter or _`
                : `${name}="${a.value}" is not a valid name: start with a letter or _, avoid \\ / : * ? " < > | \` ' ^, and do not end with . or a space`,
          });
        }
      }
    }
  },
});
