import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { isManualPlaceholder, settingSecrets } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'SEC-placeholder-secret',
    shortDescription: 'A deployed configuration still holds a placeholder where a key or password belongs',
    fullDescription:
      'Values such as AccountKey=[your key], $storageKey$, <password> or YOUR_API_KEY in a deployed configuration are placeholders nobody replaced. The deployment fails, or the role starts and fails on its first call to the service. Release-pipeline tokens ($(Key), #{Key}#, __Key__) are filled in automatically and are not reported.',
    help: help({
      why: 'Placeholders look like configuration, so they survive reviews; the failure shows up only at run time, often as a recycling role.',
      bad: '<Setting name="Storage" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=[your key]" />',
      good: '<Setting name="Storage" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(StorageAccountKey)" />',
      notes: 'Only deployed configurations are checked (not Local ones), and only where a credential belongs: AccountKey, Password, SharedAccessKey, sig, the encrypted Remote Desktop password, and settings named like a secret.',
    }),
    sources: ['microsoftgraph/microsoft-graph-comms-samples issue 687 ($storageKey$ placeholders in an extended-support configuration)'],
    catalog: 'SEC-009',
    tags: ['security', 'correctness'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: true,
    securitySeverity: 2.0,
  },
  check(service, ctx) {
    for (const { configuration, role, setting: s, candidates } of sharedIndex(service, ctx, settingSecrets)) {
      if (configuration.isLocal) continue;
      const c = candidates.find((x) => isManualPlaceholder(x.value));
      if (!c) continue;
      const shown = c.value.trim().length > 40 ? `${c.value.trim().slice(0, 40)}…` : c.value.trim();
      ctx.report({
        at: s.valueAttr ?? s.el,
        message: `${c.what.startsWith('setting ') ? 'the value' : c.what} of setting "${s.name ?? '?'}" in role "${role.name ?? '?'}" is the placeholder "${shown}"; supply the real value at deployment (a release-pipeline token such as $(${tokenName(s.name)})) or remove the setting`,
      });
    }
  },
});

function tokenName(name: string | undefined): string {
  const last = (name ?? 'Secret').split('.').pop() ?? 'Secret';
  return last.replace(/[^A-Za-z0-9]/g, '') || 'Secret';
}
