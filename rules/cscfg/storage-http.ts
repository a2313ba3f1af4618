import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { connectionParts, emulatorReference, partValue } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'CSCFG-storage-http',
    shortDescription: 'A storage connection string uses plain HTTP',
    fullDescription:
      'DefaultEndpointsProtocol=http sends storage requests, and the signed requests that carry the account key, over an unencrypted connection. The roles-recycle troubleshooting page requires HTTPS for the Diagnostics connection string, and storage accounts that require secure transfer (the default for new accounts) refuse HTTP altogether.',
    help: help({
      why: 'With "secure transfer required" on the account, every HTTP request fails; for the Diagnostics plug-in that means a recycling role.',
      bad: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=http;AccountName=contoso;AccountKey=$(StorageKey)" />',
      good: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(StorageKey)" />',
      notes: 'Local configurations are not checked: the storage emulator speaks HTTP only.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md (diagnostics connection string must use HTTPS)'],
    catalog: 'CSCFG-012',
    tags: ['correctness', 'security'],
    precision: 'very-high',
    defaultLevel: 'warning',
    recommended: true,
    securitySeverity: 5.0,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      for (const role of cfg.roles) {
        for (const s of role.settings) {
          if (s.value === undefined || emulatorReference(s.value)) continue;
          const protocol = partValue(connectionParts(s.value), 'DefaultEndpointsProtocol');
          if (protocol?.toLowerCase() !== 'http') continue;
          ctx.report({
            at: s.valueAttr ?? s.el,
            message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" connects to storage over plain HTTP; write DefaultEndpointsProtocol=https`,
          });
        }
      }
    }
  },
});
