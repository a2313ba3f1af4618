import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { DEFINITION_BOOLEANS, DEFINITION_ENUMS, LEGACY_INPUT_PROTOCOLS, LEGACY_INTERNAL_PROTOCOLS, XS_BOOLEAN, definitionElements } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'CSDEF-invalid-enum-value',
    shortDescription: 'An attribute has a value its schema does not allow',
    fullDescription:
      'Protocols, execution contexts, task types, certificate store locations, permission levels and booleans take a fixed set of values, compared case-sensitively: "HTTP" is not "http". A wrong value fails schema validation or is read as something else.',
    help: help({
      why: 'The schema enumerations are case-sensitive. The docs tables write HTTP and TCP in upper case, which is a common source of this mistake.',
      bad: '<InputEndpoint name="Http" protocol="HTTP" port="80" />\n<Task commandLine="setup.cmd" executionContext="admin" />',
      good: '<InputEndpoint name="Http" protocol="http" port="80" />\n<Task commandLine="setup.cmd" executionContext="elevated" />',
    }),
    sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): simple types Protocol, InternalProtocol, TransportProtocol, ExecutionContext, TaskType, StoreLocation, PermissionLevel'],
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
      for (const a of el.attributes) {
        const key = `${el.local}@${a.name}`;
        let allowed = DEFINITION_ENUMS[key];
        if (a.name === 'protocol' && el.parent?.local === 'InputEndpoints') allowed = LEGACY_INPUT_PROTOCOLS;
        if (a.name === 'protocol' && el.local === 'InternalEndpoint' && el.parent && el.parent.local !== 'Endpoints') {
          allowed = LEGACY_INTERNAL_PROTOCOLS;
        }
        if (allowed && !allowed.includes(a.value)) {
          const hint = allowed.find((v) => v.toLowerCase() === a.value.trim().toLowerCase());
          ctx.report({
            at: a,
            message: hint
              ? `${a.name}="${a.value}" must be written "${hint}" (values are case-sensitive)`
              : `${a.name}="${a.value}" is not one of ${allowed.join(', ')}`,
          });
        }
        if (DEFINITION_BOOLEANS.includes(key) && !XS_BOOLEAN.test(a.value)) {
          ctx.report({ at: a, message: `${a.name}="${a.value}" must be true or false` });
        }
      }
    }
  },
});
