import { defineRule, OS_VERSION_PATTERN } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { isPipelineToken } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'CSCFG-invalid-os-version',
    shortDescription: 'osVersion is neither "*" nor a Guest OS configuration string of the chosen family',
    fullDescription:
      'osVersion is "*" (follow the newest Guest OS of the family, the default) or a configuration string WA-GUEST-OS-<family>.<version>_<yyyymm>-<nn>. A string whose family differs from osFamily asks for two different operating systems at once.',
    help: help({
      why: 'A malformed osVersion is rejected when deploying. A family mismatch is at best confusing: which of the two wins is not documented.',
      bad: '<ServiceConfiguration serviceName="svc" osFamily="6" osVersion="WA-GUEST-OS-5.99_202409-01">',
      good: '<ServiceConfiguration serviceName="svc" osFamily="6" osVersion="*">',
      notes: 'Decision on the inference part (family equality): reported as an error, since no source says which attribute wins and the fix is trivial.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md (configuration strings)', 'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-file.md'],
    catalog: 'CSCFG-004',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      const a = cfg.el.attr('osVersion');
      if (!a) continue;
      const v = a.value.trim();
      if (v === '*' || isPipelineToken(v)) continue;
      const m = OS_VERSION_PATTERN.exec(v);
      if (!m) {
        ctx.report({ at: a, message: `osVersion="${a.value}" is not "*" or a WA-GUEST-OS-<family>.<version>_<yyyymm>-<nn> string; use osVersion="*"` });
        continue;
      }
      const fam = cfg.osFamily?.trim();
      if (fam !== undefined && /^\d+$/.test(fam) && Number(fam) !== Number(m[1])) {
        ctx.report({ at: a, message: `osVersion="${v}" is a family ${m[1]} image but osFamily="${fam}"; make them agree, or use osVersion="*"` });
      }
    }
  },
});
