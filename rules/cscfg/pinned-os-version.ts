import { defineRule, OS_VERSION_PATTERN } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSCFG-pinned-os-version',
    shortDescription: 'osVersion pins one Guest OS release instead of following the family',
    fullDescription:
      'Only the latest two Guest OS versions of a family are supported. A pinned version is soon disabled (it can no longer be selected, so a redeploy fails) and later expires, when the service is force-upgraded or stopped. osVersion="*" keeps the role on the newest patched image.',
    help: help({
      why: 'Pinning trades security patches for stability for a few weeks at most; after that the pinned configuration is a deployment failure waiting for the next release.',
      bad: '<ServiceConfiguration serviceName="svc" osFamily="7" osVersion="WA-GUEST-OS-7.40_202404-01">',
      good: '<ServiceConfiguration serviceName="svc" osFamily="7" osVersion="*">',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md ("only the latest 2 versions"; release, disabled and expiration dates)'],
    catalog: 'CSCFG-005',
    tags: ['reliability'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      const a = cfg.el.attr('osVersion');
      if (!a) continue;
      const m = OS_VERSION_PATTERN.exec(a.value.trim());
      if (!m) continue;
      const ym = m[3] as string;
      ctx.report({
        at: a,
        message: `osVersion pins the ${ym.slice(0, 4)}-${ym.slice(4)} Guest OS release; only the latest two releases are supported, so use osVersion="*"`,
      });
    }
  },
});
