import { defineRule, findVmSize, VM_SIZES } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { isArmSizeName, nearestVmSize } from '../lib/csdef-sizes.js';

export default defineRule({
  meta: {
    id: 'CSDEF-unknown-vm-size',
    shortDescription: 'A role vmsize is not a Cloud Services size',
    fullDescription:
      'vmsize must name a size Cloud Services offers: a classic name (ExtraSmall…ExtraLarge, A5–A11) or an ARM size id of a family available to web and worker roles (Standard_A1_v2, Standard_D2_v2…). A typo, or a virtual-machine-only family, fails the deployment.',
    help: help({
      why: 'The 2.4 schema types vmsize as a free string, so the typo survives packaging and the deployment fails once the package is uploaded.',
      bad: '<WorkerRole name="Worker" vmsize="Smal">',
      good: '<WorkerRole name="Worker" vmsize="Standard_A1_v2">',
      notes:
        'Decision (the catalog marks part of this as inference): the list of valid sizes is what the Resource SKUs API returns for PaaS and changes over time, so a well-formed `Standard_…` id of a family that extended support lists (Av2, D, Dv2, Dv3, Dav4, Dv4, Eav4, Ev3, Ev4, G, H) is accepted even when this linter\'s size table lacks it. Everything else that is not in the table is reported, with the closest known size as a suggestion.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-sizes-specs.md (size ids)',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/available-sizes.md (families)',
    ],
    catalog: 'CSDEF-004',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const v = role.vmsize;
      if (v === undefined || v.trim() === '' || findVmSize(v) || isArmSizeName(v)) continue;
      const near = nearestVmSize(v, VM_SIZES);
      ctx.report({
        at: role.el.attr('vmsize') ?? role.el,
        message: near
          ? `vmsize="${v}" of role "${role.name ?? '?'}" is not a Cloud Services size; did you mean "${near}"?`
          : `vmsize="${v}" of role "${role.name ?? '?'}" is not a Cloud Services size; use an ARM size such as "Standard_A1_v2" or "Standard_D2_v2"`,
      });
    }
  },
});
