import { DEFAULT_VM_SIZE, defineRule, findVmSize } from '../../src/lint/rule-api.js';
import { generatedSegment } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-legacy-vm-size',
    shortDescription: 'A role uses a classic or deprecated size that extended support does not accept',
    fullDescription:
      'Extended support takes ARM size names. The classic names (ExtraSmall, Small, Medium, Large, ExtraLarge, A5–A7), the retired Basic/Standard A-series and the deprecated A8–A11, MSODSG5 and H-series sizes must be changed before deploying; a role without vmsize gets Small, which is one of them. The message names the size the current Microsoft mapping suggests.',
    help: help({
      why: 'Classic sizes are deprecated in ARM and the Basic/Standard A-series was retired on 2024-08-31. The extended-support prerequisites ask to move each role to an ARM size and rebuild the package (vmsize lives in the .csdef, so it takes a new .cspkg).',
      bad: '<WorkerRole name="Worker" vmsize="Medium">',
      good: '<WorkerRole name="Worker" vmsize="Standard_A2_v2">',
      notes:
        'Mapping (current revision of the prerequisites page): ExtraSmall and Small → Standard_A1_v2, Medium → Standard_A2_v2, Large → Standard_A4_v2, ExtraLarge → Standard_A8_v2, A5/A6/A7 → Standard_A2m_v2/A4m_v2/A8m_v2. A8–A11 and MSODSG5 are deprecated with no direct successor: pick a current size that fits. An older revision of the page mapped to Standard_A0–A4, which are themselves retired, so the current column is used. Sizes the linter does not know are left to CSDEF rules.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (classic size → ARM size)',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/available-sizes.md',
      'Azure/HDInsight release notes 2024-01-10 (Basic/Standard A-series retirement 2024-08-31)',
    ],
    catalog: 'CSES-004',
    tags: ['extended-support', 'csdef'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const role of def.roles) {
      if (role.kind === 'VirtualMachineRole') continue;
      const written = role.vmsize?.trim();
      // CSPack's csx copies drop vmsize when rewriting the definition; the authored file is
      // checked on its own, and PKG-generated-copy reports the copy.
      if (!written && generatedSegment(def.file)) continue;
      const size = findVmSize(written || DEFAULT_VM_SIZE);
      if (!size || size.status === 'current') continue;
      const fix = size.extendedSupportName
        ? `use vmsize="${size.extendedSupportName}"`
        : `choose a current ARM size (for example Standard_D${size.cores >= 16 ? '5' : size.cores >= 8 ? '4' : '2'}_v2 for ${size.cores} cores)`;
      const what = size.status === 'deprecated' ? 'is deprecated for extended support' : 'is a classic size extended support does not accept';
      if (written) {
        ctx.report({
          at: role.el.attr('vmsize') ?? role.el,
          message: `role "${role.name ?? ''}" size "${written}" ${what}; ${fix}`,
        });
      } else {
        ctx.report({
          at: role.el,
          message: `role "${role.name ?? ''}" has no vmsize, so it gets the classic size ${DEFAULT_VM_SIZE}, which extended support does not accept; ${fix}`,
        });
      }
    }
  },
});
