import { defineRule, findGuestOsFamily, GUEST_OS_FAMILIES } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { isPipelineToken } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'CSCFG-invalid-os-family',
    shortDescription: 'osFamily is not a Guest OS family number',
    fullDescription:
      'osFamily must be a whole number naming a Guest OS family: 1 to 7 exist (1–4 retired, 5 = Windows Server 2016, 6 = 2019, 7 = 2022). Any other value is rejected when the configuration is deployed.',
    help: help({
      why: 'The schema types osFamily as a string, so "2022" or "7.0" passes validation and fails only at deployment.',
      bad: '<ServiceConfiguration serviceName="svc" osFamily="2022" osVersion="*">',
      good: '<ServiceConfiguration serviceName="svc" osFamily="7" osVersion="*">',
      notes: 'Release-pipeline tokens such as $(OsFamily) or #{OsFamily}# are left alone.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md', 'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-file.md'],
    catalog: 'CSCFG-004',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const range = `${GUEST_OS_FAMILIES[0]?.family ?? 1}–${GUEST_OS_FAMILIES[GUEST_OS_FAMILIES.length - 1]?.family ?? 7}`;
    for (const cfg of service.configurations) {
      const a = cfg.el.attr('osFamily');
      if (!a || isPipelineToken(a.value) || findGuestOsFamily(a.value)) continue;
      const ws = /^(?:Windows\s*Server\s*)?(2016|2019|2022)$/i.exec(a.value.trim())?.[1];
      const hint = ws ? GUEST_OS_FAMILIES.find((f) => f.windows.endsWith(ws)) : undefined;
      ctx.report({
        at: a,
        message: hint
          ? `osFamily="${a.value}" is not a family number; Windows Server ${ws} is osFamily="${hint.family}"`
          : `osFamily="${a.value}" is not a Guest OS family; use a number from ${range} (5, 6 or 7 are supported)`,
      });
    }
  },
});
