import { defineRule, findImportModule, type XmlAttribute, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt } from '../lib/schema.js';

interface Claim {
  readonly min: number;
  readonly max: number;
  readonly what: string;
  readonly at: XmlElement | XmlAttribute;
}

const range = (c: Claim): string => (c.min === c.max ? `port ${c.min}` : `ports ${c.min}-${c.max}`);

export default defineRule({
  meta: {
    id: 'CSDEF-public-port-range-overlap',
    shortDescription: "An instance input endpoint's public port range overlaps another public port of the service",
    fullDescription:
      'The public ports of a service live on one load balancer: input endpoint ports, every port of each instance input endpoint\'s AllocatePublicPortFrom range, and port 3389 of the RemoteForwarder plug-in. An instance input range that contains an input endpoint\'s port, or overlaps another instance input range, asks the load balancer to send one public port to two places.',
    help: help({
      why: 'Duplicate input endpoint ports are reported by CSDEF-duplicate-input-port; this rule adds the port ranges of instance input endpoints, which take one public port per instance and are easy to overlap when roles are added.',
      bad: '<InputEndpoint name="Admin" protocol="tcp" port="10106" />\n...\n<InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">\n  <AllocatePublicPortFrom>\n    <FixedPortRange min="10105" max="10110" />\n  </AllocatePublicPortFrom>\n</InstanceInputEndpoint>',
      good: '<InputEndpoint name="Admin" protocol="tcp" port="10200" />\n...\n<FixedPortRange min="10105" max="10110" />',
      notes: 'Decision on an inference rule: the schema docs say input ports must be unique within the service; that the same holds for the ports of instance input ranges follows from how the load balancer maps them and is reported as an error. Reversed ranges (min > max) are left to CSDEF-invalid-port.',
    }),
    sources: [
      'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (InputEndpoint port must be unique; InstanceInputEndpoint)',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
    ],
    catalog: 'CSDEF-010',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const claims: Claim[] = [];
    const ranges: Claim[] = [];
    for (const role of service.definition?.roles ?? []) {
      const r = role.name ?? '?';
      for (const e of role.endpoints) {
        if (e.kind === 'InputEndpoint') {
          const p = parseXsInt(e.port ?? '');
          if (p !== undefined) claims.push({ min: p, max: p, what: `input endpoint "${e.name ?? '?'}" of role "${r}"`, at: e.el.attr('port') ?? e.el });
        } else if (e.kind === 'InstanceInputEndpoint') {
          for (const fr of e.fixedPortRanges) {
            const min = parseXsInt(fr.min ?? '');
            const max = parseXsInt(fr.max ?? '');
            if (min === undefined || max === undefined || min > max) continue;
            ranges.push({ min, max, what: `instance input endpoint "${e.name ?? '?'}" of role "${r}"`, at: fr.el });
          }
        }
      }
      for (const i of role.imports) {
        const m = i.moduleName ? findImportModule(i.moduleName) : undefined;
        for (const ep of m?.endpoints ?? []) {
          if (ep.kind === 'InputEndpoint') claims.push({ min: ep.port, max: ep.port, what: `the ${m?.name} plug-in in role "${r}"`, at: i.el });
        }
      }
    }
    ranges.forEach((range1, i) => {
      for (const c of claims) {
        if (c.min < range1.min || c.min > range1.max) continue;
        ctx.report({
          at: range1.at,
          message: `public ${range(range1)} of ${range1.what} include port ${c.min}, which ${c.what} already uses; move the range or the port`,
          key: `${range1.what} overlaps ${c.what}`,
        });
      }
      for (const other of ranges.slice(0, i)) {
        if (range1.max < other.min || range1.min > other.max) continue;
        ctx.report({
          at: range1.at,
          message: `public ${range(range1)} of ${range1.what} overlap ${range(other)} of ${other.what}; give each instance input endpoint its own range`,
          key: `${range1.what} overlaps ${other.what}`,
        });
      }
    });
  },
});
