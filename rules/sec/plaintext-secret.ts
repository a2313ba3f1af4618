import { defineRule, maskSecret, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { isNotASecret, settingSecrets } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'SEC-plaintext-secret',
    shortDescription: 'A password, access key or token is committed in a service configuration',
    fullDescription:
      'Setting values that hold credentials in clear text: Password=/Pwd= in SQL connection strings, SharedAccessKey= for Service Bus and Event Hubs, sig= signatures of SAS URLs, and settings whose name says they hold a password, secret, API key, access key or token. Anyone who can read the repository can use them. Storage account keys are reported by SEC-storage-account-key.',
    help: help({
      why: 'Configuration files are committed and travel with every clone and fork. Keep secrets in the release pipeline\'s secret store or in Key Vault and insert them at deployment time.',
      bad: '<Setting name="Db" value="Server=tcp:contoso.database.windows.net;User ID=app;Password=hunter2" />',
      good: '<Setting name="Db" value="Server=tcp:contoso.database.windows.net;User ID=app;Password=$(DbPassword)" />',
      notes:
        'Decision on an inference rule: names are matched on their ending (…Password, …Secret, …ApiKey, …AccessKey, …Token) and names that only look similar are skipped (InstrumentationKey, PublicKey, PartitionKey, KeyVaultName, …Thumbprint, …ClientId, …Url). Empty values, release-pipeline tokens and obvious placeholders are not secrets (placeholders in deployed files are SEC-placeholder-secret). The encrypted Remote Desktop password is covered by SEC-rdp-plugin-enabled. Messages show only the first characters of a value.',
    }),
    sources: ['Corpus survey of public Cloud Services repositories (SQL passwords and Service Bus keys in .cscfg files)'],
    catalog: 'SEC-002',
    tags: ['security', 'secrets'],
    precision: 'medium',
    defaultLevel: 'error',
    recommended: true,
    securitySeverity: 8.0,
  },
  check(service, ctx) {
    for (const { role, setting: s, candidates } of sharedIndex(service, ctx, settingSecrets)) {
      for (const c of candidates) {
        if (c.kind === 'storage-key' || c.kind === 'rdp-password' || isNotASecret(c.value)) continue;
        if (c.kind === 'named' && !looksSecretValue(c.value)) continue;
        ctx.report({
          at: s.valueAttr ?? s.el,
          message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" holds a clear-text ${c.what.startsWith('setting ') ? 'secret' : c.what} (${maskSecret(c.value)}); remove it from the file, rotate it, and have the release pipeline insert it`,
          key: `${c.kind} ${role.name ?? '?'} ${s.name ?? '?'}`,
        });
      }
    }
  },
});

/** Whole-value secrets: not a URL, boolean, number or file path, and long enough to be one. */
function looksSecretValue(value: string): boolean {
  const v = value.trim();
  if (v.length < 6) return false;
  if (/^(true|false)$/i.test(v) || /^\d+$/.test(v)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !/[?&](sig|code|key|token)=/i.test(v)) return false;
  if (/^[A-Za-z]:\\|^\\\\|^\.{0,2}\//.test(v)) return false;
  return true;
}
