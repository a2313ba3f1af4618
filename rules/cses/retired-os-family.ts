import { defineRule, findGuestOsFamily, OS_VERSION_PATTERN, SUPPORTED_FAMILIES } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const supported = (): string => SUPPORTED_FAMILIES.join(', ');
const newest = (): number => Math.max(...SUPPORTED_FAMILIES);

export default defineRule({
  meta: {
    id: 'CSES-retired-os-family',
    shortDescription: 'The Guest OS family is retired or not set',
    fullDescription:
      'Guest OS families 1 to 4 (Windows Server 2008 to 2012 R2) are retired; extended support runs only families 5, 6 and 7 (Windows Server 2016, 2019, 2022). A configuration without osFamily gets the schema default, family 1. A pinned osVersion (WA-GUEST-OS-<family>.<n>_<yyyymm>-<nn>) names its family too and is read when osFamily is absent.',
    help: help({
      why: 'Deployments on a retired family are refused or force-upgraded. Family 7 (Windows Server 2022, .NET Framework 4.8) is the recommended one.',
      bad: '<ServiceConfiguration serviceName="shop" osFamily="4" osVersion="*">',
      good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">',
      notes:
        'Decision on the missing attribute: the classic schema page and the family 1 retirement notice say the default is family 1, a 2025 notice says 5. Either way the default is not a choice one should leave implicit, so a missing osFamily is reported with the family-1 reading. Family 6 disables TLS 1.0/1.1 and family 5 requires RDP passwords of 10+ characters: test the role before moving. Local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-family-2-3-4-retirement.md',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-guestos-family1-retirement.md',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md',
    ],
    catalog: 'CSES-005',
    tags: ['extended-support', 'cscfg'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      const written = cfg.osFamily?.trim();
      if (written) {
        const family = findGuestOsFamily(written);
        if (!family || family.status !== 'retired') continue;
        ctx.report({
          at: cfg.el.attr('osFamily') ?? cfg.el,
          message: `osFamily="${written}" (${family.windows}) is retired${family.retired ? ` since ${family.retired}` : ''}; extended support runs families ${supported()}: set osFamily="${newest()}" (and osVersion="*")`,
        });
        continue;
      }
      const pinned = OS_VERSION_PATTERN.exec(cfg.osVersion?.trim() ?? '');
      if (pinned) {
        const family = findGuestOsFamily(pinned[1] as string);
        if (!family || family.status !== 'retired') continue;
        ctx.report({
          at: cfg.el.attr('osVersion') ?? cfg.el,
          message: `osVersion="${cfg.osVersion?.trim() ?? ''}" pins Guest OS family ${family.family} (${family.windows}), which is retired; extended support runs families ${supported()}: set osFamily="${newest()}" osVersion="*"`,
        });
        continue;
      }
      ctx.report({
        at: cfg.el,
        message: `${cfg.file} sets no osFamily, so the schema default (family 1, retired) applies; extended support runs families ${supported()}: add osFamily="${newest()}" osVersion="*"`,
      });
    }
  },
});
