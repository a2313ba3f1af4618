import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-reserved-ip',
    shortDescription: 'A reserved IP is unnamed or the service has no input endpoint to put on it',
    fullDescription:
      'Extended support validates reserved IPs: a ReservedIP must carry a name (the reserved public IP resource in the same region) and the service must have at least one input endpoint, since the reserved address is the front end of the load balancer. Reserved IPs also cannot be added, removed or changed by an update, so they must be right in the first deployment.',
    help: help({
      why: 'The extended-support common-errors page lists "a reserved IP must have a name" and "at least one endpoint" among the validation failures.',
      bad: '<AddressAssignments>\n  <ReservedIPs>\n    <ReservedIP name="" />\n  </ReservedIPs>\n</AddressAssignments>',
      good: '<AddressAssignments>\n  <ReservedIPs>\n    <ReservedIP name="shop-ip" />\n  </ReservedIPs>\n</AddressAssignments>',
      notes:
        'A ReservedIP without the name attribute at all is a schema error reported by the CSCFG rules; this rule reports an empty name. Portal-created reserved IPs are renamed group-<rg>-<name> by the migration: use the new name. Local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-technical-details.md (reserved IP naming)',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/faq.yml (reserved IPs cannot change on update)',
    ],
    catalog: 'CSES-009',
    tags: ['extended-support', 'cscfg'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    const hasInput = def ? def.roles.some((r) => r.endpoints.some((e) => e.kind === 'InputEndpoint')) : true;
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      for (const ip of cfg.network?.reservedIPs ?? []) {
        if (ip.name !== undefined && ip.name.trim() === '') {
          ctx.report({
            at: ip.el.attr('name') ?? ip.el,
            message: `the reserved IP in ${cfg.file} has an empty name; extended support needs the name of the reserved public IP resource: set name="<reserved ip>"`,
          });
        }
        if (!hasInput && def) {
          ctx.report({
            at: ip.el,
            message: `${cfg.file} assigns a reserved IP, but no role of ${def.file} has an <InputEndpoint>; extended support needs at least one endpoint on a reserved IP: add an input endpoint or remove the <ReservedIPs>`,
          });
        }
      }
    }
  },
});
