import { defineRule, type XmlAttribute, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt, definitionElements } from '../lib/schema.js';

/** Attributes holding a port, and whether `*` (dynamic allocation) is allowed there. */
const PORTS: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  InputEndpoint: { port: false, localPort: true },
  InternalEndpoint: { port: true },
  InstanceInputEndpoint: { localPort: false },
  FixedPort: { port: false },
  FixedPortRange: { min: false, max: false },
  LoadBalancerProbe: { port: false },
};

export default defineRule({
  meta: {
    id: 'CSDEF-invalid-port',
    shortDescription: 'A port is not a number from 1 to 65535, or a port range is reversed',
    fullDescription:
      'Endpoint ports, local ports, fixed ports and fixed port ranges must be integers from 1 to 65535. Only an input endpoint\'s localPort and an internal endpoint\'s port may be "*" (dynamically allocated). A FixedPortRange whose min is greater than its max opens no port.',
    help: help({
      why: 'Invalid ports fail schema validation in the SDK tools; a reversed range is schema-valid but allocates nothing, so instance-input endpoints cannot start. A Microsoft docs sample once shipped with min > max.',
      bad: '<InputEndpoint name="Http" protocol="http" port="80000" />\n<FixedPortRange min="10109" max="10105" />',
      good: '<InputEndpoint name="Http" protocol="http" port="8080" />\n<FixedPortRange min="10105" max="10109" />',
    }),
    sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): PortInteger, PortSpecifier', 'MicrosoftDocs/azure-docs pull request 4252 (sample with min > max)'],
    catalog: 'CSDEF-011',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const el of sharedIndex(service, ctx, definitionElements)) {
      const spec = PORTS[el.local];
      if (!spec) continue;
      for (const [name, starAllowed] of Object.entries(spec)) {
        const a = el.attr(name);
        if (!a) continue;
        if (a.value.trim() === '*') {
          if (!starAllowed) ctx.report({ at: a, message: `${name}="*" is not allowed on <${el.local}>; give a port from 1 to 65535` });
          continue;
        }
        checkPort(a, name, ctx.report);
      }
      if (el.local === 'FixedPortRange') {
        const min = parseXsInt(el.attrValue('min') ?? '');
        const max = parseXsInt(el.attrValue('max') ?? '');
        if (min !== undefined && max !== undefined && min > max) {
          ctx.report({ at: el, message: `the range min="${min}" max="${max}" is reversed; min must not exceed max` });
        }
      }
    }
  },
});

function checkPort(a: XmlAttribute, name: string, report: (r: { at: XmlAttribute; message: string }) => void): void {
  const n = parseXsInt(a.value);
  if (n === undefined) report({ at: a, message: `${name}="${a.value}" is not a port number; use an integer from 1 to 65535` });
  else if (n < 1 || n > 65535) report({ at: a, message: `${name}="${a.value}" is outside 1–65535` });
}
