import { DEFAULT_VM_SIZE, defineRule, findVmSize, thousands as fmt, VM_SIZES, type VmSize } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { DIAGNOSTIC_STORE_MB, localStorageMB } from '../lib/csdef-sizes.js';

/**
 * The smallest current size that holds `mb` and has at least `cores`: first in the series of `to`
 * (A_v2, Am_v2), then among every current ARM size.
 */
function sizeThatFits(to: VmSize, mb: number, cores: number): VmSize | undefined {
  const series = to.id.replace(/\d+/, '#');
  // The F-series is missing from extended support's family list, so it is never suggested.
  const candidates = VM_SIZES.filter(
    (s) => s.status === 'current' && s.extendedSupportName === s.id && !s.id.startsWith('Standard_F') && s.localResourceMB >= mb && s.cores >= cores,
  );
  const order = (a: VmSize, b: VmSize): number => a.localResourceMB - b.localResourceMB || a.cores - b.cores;
  return candidates.filter((s) => s.id.replace(/\d+/, '#') === series).sort(order)[0] ?? candidates.sort(order)[0];
}

export default defineRule({
  meta: {
    id: 'CSDEF-local-storage-exceeds-successor-size',
    shortDescription: "The extended-support size a classic role must move to cannot hold the role's LocalStorage",
    fullDescription:
      'Extended support does not accept classic sizes, and Microsoft maps each one to an Av2 size (Small → Standard_A1_v2, Medium → Standard_A2_v2…). Those have far smaller local disks: Small had 225,304 MB of local resource disk, Standard_A1_v2 has 5,144. A role whose LocalStorage fit on its classic size may not fit on the mapped one, and the stores then run out of space at run time. The message names the smallest size of the same series that fits, or else the smallest current size that does.',
    help: help({
      why: 'Following the size mapping mechanically trades a deployment error for out-of-disk errors later; LocalStorage quotas are carved from the local resource disk, and the Diagnostics plug-in alone takes 4096 MB of it.',
      bad: '<WorkerRole name="Worker" vmsize="Small">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
      good: '<WorkerRole name="Worker" vmsize="Standard_A4_v2">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
      notes:
        'The size change itself is reported by CSES-legacy-vm-size; this rule only adds what the mapping hides. Local resource sizes of the Av2 sizes are derived from their documented temp disk (temp disk GiB × 1024 − 5096, exact for every size the 2015 sizes page lists). A role that imports Diagnostics without declaring a DiagnosticStore is counted with the plug-in\'s own 4096 MB store.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (current revision: classic size → ARM size)',
      'Microsoft Docs "Sizes for Cloud Services" (2015 revision, local resource MB) and cloud-services-sizes-specs.md (2017 revision, temp disk)',
      'MSDN "Configure Local Storage Resources" (ee758708)',
    ],
    catalog: 'CSDEF-007',
    tags: ['extended-support', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      if (role.kind === 'VirtualMachineRole') continue;
      const size = findVmSize(role.vmsize ?? DEFAULT_VM_SIZE);
      const to = size?.extendedSupportName && size.status !== 'current' ? findVmSize(size.extendedSupportName) : undefined;
      if (!size || !to) continue;
      const { total, implicitDiagnostics } = localStorageMB(role);
      if (total <= to.localResourceMB) continue;
      const fit = sizeThatFits(to, total, to.cores);
      ctx.report({
        at: role.el.attr('vmsize') ?? role.el,
        message: `role "${role.name ?? '?'}" needs ${fmt(total)} MB of LocalStorage${implicitDiagnostics ? ` (with the ${DIAGNOSTIC_STORE_MB} MB DiagnosticStore of the Diagnostics plug-in)` : ''}, more than the ${fmt(to.localResourceMB)} MB local disk of ${to.id}, the extended-support size for ${role.vmsize ?? `the default ${size.id}`}; ${fit ? `use vmsize="${fit.id}" (${fmt(fit.localResourceMB)} MB)` : 'choose a larger ARM size'} or shrink the stores`,
        key: `successor size of ${role.name ?? '?'}`,
      });
    }
  },
});
