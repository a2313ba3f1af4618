import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt, definitionElements } from '../lib/schema.js';

/** `Element@attribute` → smallest allowed value (schema PositiveInt, LBProbeInterval, LBProbeTimeout). */
const MINIMUMS: Readonly<Record<string, number>> = {
  'ServiceDefinition@upgradeDomainCount': 1,
  'LocalStorage@sizeInMB': 1,
  'InputEndpoint@idleTimeoutInMinutes': 1,
  'InstanceInputEndpoint@idleTimeoutInMinutes': 1,
  'LoadBalancerProbe@intervalInSeconds': 5,
  'LoadBalancerProbe@timeoutInSeconds': 11,
};

export default defineRule({
  meta: {
    id: 'CSDEF-invalid-number',
    shortDescription: 'A numeric attribute is not an integer or is below its minimum',
    fullDescription:
      'upgradeDomainCount, LocalStorage sizeInMB and idle timeouts must be positive integers; a load balancer probe interval must be at least 5 seconds and its timeout at least 11.',
    help: help({
      why: 'The schema types these attributes as bounded integers; anything else fails validation when the package is built.',
      bad: '<LocalStorage name="cache" sizeInMB="0" />',
      good: '<LocalStorage name="cache" sizeInMB="1024" />',
    }),
    sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): PositiveInt, LBProbeInterval, LBProbeTimeout'],
    catalog: 'CSDEF-008',
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
        const min = MINIMUMS[`${el.local}@${a.name}`];
        if (min === undefined) continue;
        const n = parseXsInt(a.value);
        if (n === undefined) ctx.report({ at: a, message: `${a.name}="${a.value}" is not an integer; write a whole number of at least ${min}` });
        else if (n < min) ctx.report({ at: a, message: `${a.name}="${a.value}" must be at least ${min}` });
      }
    }
  },
});
