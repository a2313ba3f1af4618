import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-instance-input-port-range',
    shortDescription: 'An instance input endpoint has no public port range',
    fullDescription:
      'An InstanceInputEndpoint maps one public port per role instance to its localPort. The public ports come from exactly one <AllocatePublicPortFrom><FixedPortRange min=".." max=".."/></AllocatePublicPortFrom>; without it there is nothing to allocate from.',
    help: help({
      why: 'The schema requires AllocatePublicPortFrom holding one FixedPortRange; the SDK tools reject the definition without it.',
      bad: '<InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp" />',
      good: '<InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">\n  <AllocatePublicPortFrom>\n    <FixedPortRange min="10105" max="10110" />\n  </AllocatePublicPortFrom>\n</InstanceInputEndpoint>',
    }),
    sources: [
      'ServiceDefinitionSchema (SDK 2.4 XSD): InstanceInputEndpoint/AllocatePublicPortFrom/FixedPortRange',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
    ],
    catalog: 'CSDEF-015',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const e of role.endpoints) {
        if (e.kind !== 'InstanceInputEndpoint') continue;
        const allocate = e.el.childrenNamed('AllocatePublicPortFrom');
        const ranges = allocate.flatMap((a) => a.childrenNamed('FixedPortRange'));
        if (allocate.length === 1 && ranges.length === 1) continue;
        ctx.report({
          at: allocate.length > 1 ? (allocate[1] ?? e.el) : ranges.length > 1 ? (ranges[1] ?? e.el) : e.el,
          message:
            ranges.length > 1 || allocate.length > 1
              ? `instance input endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" must have exactly one <AllocatePublicPortFrom> with one <FixedPortRange>; merge the ranges into one`
              : `instance input endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" has no public port range; add <AllocatePublicPortFrom><FixedPortRange min="…" max="…" /></AllocatePublicPortFrom> with one port per instance`,
        });
      }
    }
  },
});
