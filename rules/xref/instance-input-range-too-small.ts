import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'XREF-instance-input-range-too-small',
    shortDescription: 'An instance input endpoint has fewer public ports than the role has instances',
    fullDescription:
      'An InstanceInputEndpoint gives every role instance its own public port, taken from AllocatePublicPortFrom/FixedPortRange. When a configuration asks for more instances than the range holds, the extra instances get no port and the deployment or scale-out fails.',
    help: help({
      why: 'Each instance is mapped to one port of the range, so the range must be at least as large as the instance count of every configuration (and of any planned scale-out).',
      bad: '<!-- .csdef -->\n<InstanceInputEndpoint name="Rdp" localPort="3389" protocol="tcp">\n  <AllocatePublicPortFrom>\n    <FixedPortRange min="10105" max="10106" />\n  </AllocatePublicPortFrom>\n</InstanceInputEndpoint>\n<!-- .cscfg -->\n<Instances count="3" />',
      good: '<FixedPortRange min="10105" max="10109" />',
      notes: 'Decision (inference in the catalog): the schema states one public port per instance from the range; the rule reports the Instances count that does not fit, naming the range to widen. Ranges that are not valid numbers are left to CSDEF-invalid-port.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (InstanceInputEndpoint, AllocatePublicPortFrom)',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
    ],
    catalog: 'XREF-010',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const role of def.roles) {
      for (const ep of role.endpoints) {
        if (ep.kind !== 'InstanceInputEndpoint' || !ep.fixedPortRanges.length) continue;
        let ports = 0;
        let valid = true;
        for (const r of ep.fixedPortRanges) {
          const min = parseXsInt(r.min ?? '');
          const max = parseXsInt(r.max ?? '');
          if (min === undefined || max === undefined || max < min) valid = false;
          else ports += max - min + 1;
        }
        if (!valid) continue;
        for (const cfg of service.configurations) {
          const cfgRole = cfg.roles.find((r) => r.name === role.name);
          const count = parseXsInt(cfgRole?.instances?.count ?? '');
          if (!cfgRole?.instances || count === undefined || count <= ports) continue;
          const range = ep.fixedPortRanges.map((r) => `${r.min}-${r.max}`).join(', ');
          ctx.report({
            at: cfgRole.instances.el.attr('count') ?? cfgRole.instances.el,
            message: `role "${role.name ?? ''}" runs ${count} instances but instance input endpoint "${ep.name ?? ''}" in ${def.file} has ${ports} public port${ports === 1 ? '' : 's'} (${range}); widen the FixedPortRange to at least ${count} ports or lower the count`,
          });
        }
      }
    }
  },
});
