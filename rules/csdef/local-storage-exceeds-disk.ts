import { DEFAULT_VM_SIZE, defineRule, findVmSize, thousands } from '../../src/lint/rule-api.js';
import { DIAGNOSTIC_STORE_MB, localStorageMB } from '../lib/csdef-sizes.js';
import { help } from '../lib/help.js';
import { parseXsInt } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'CSDEF-local-storage-exceeds-disk',
    shortDescription: "A role's LocalStorage resources do not fit on its size's local disk",
    fullDescription:
      "All LocalStorage resources of a role (DiagnosticStore included; a store without sizeInMB counts as 1000 MB, the schema default) are carved out of the local resource disk of the role's vmsize. When their sum exceeds it, writes fail with out-of-disk errors at run time; the platform may not reject the deployment up front, so this check is the only early signal.",
    help: help({
      why: 'MSDN notes that the total size of local storage resources must not exceed the local resource size of the VM size, and that exceeding it is not always rejected at deployment time.',
      bad: '<WorkerRole name="Worker" vmsize="Standard_A1_v2">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
      good: '<WorkerRole name="Worker" vmsize="Standard_A4_v2">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
      notes:
        'When the role imports Diagnostics and declares no DiagnosticStore, the plug-in\'s own 4096 MB DiagnosticStore (the value CSPack writes into the built definition) is counted. Local resource sizes come from the 2015 "Sizes for Cloud Services" page for classic and D sizes; for newer sizes they are derived from the documented temp disk (temp disk GiB × 1024 − 5096, which holds exactly for every size the 2015 page lists). Sizes this linter does not know are skipped.',
    }),
    sources: [
      'MSDN "Configure Local Storage Resources" (ee758708)',
      'Microsoft Docs "Sizes for Cloud Services" (2015 revision, local resource MB)',
    ],
    catalog: 'CSDEF-007',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const { total, implicitDiagnostics } = localStorageMB(role);
      if (total === 0) continue;
      const size = findVmSize(role.vmsize ?? DEFAULT_VM_SIZE);
      if (!size || total <= size.localResourceMB) continue;
      const biggest = [...role.localStores].sort((a, b) => (parseXsInt(b.sizeInMB ?? '') ?? 0) - (parseXsInt(a.sizeInMB ?? '') ?? 0))[0];
      ctx.report({
        at: biggest?.el.attr('sizeInMB') ?? biggest?.el.attr('sizeInMb') ?? role.el,
        message: `LocalStorage of role "${role.name ?? '?'}" totals ${thousands(total)} MB${implicitDiagnostics ? ` (with the ${DIAGNOSTIC_STORE_MB} MB DiagnosticStore of the Diagnostics plug-in)` : ''} but ${size.id} has ${thousands(size.localResourceMB)} MB of local resource disk; shrink the stores or choose a larger vmsize`,
        key: `local storage of ${role.name ?? '?'} exceeds ${size.id}`,
      });
    }
  },
});
