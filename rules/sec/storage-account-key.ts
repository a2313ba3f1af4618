import { defineRule, maskSecret, sharedIndex } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { connectionParts, EMULATOR_ACCOUNT_KEY, isNotASecret, looksLikeBase64Key, partValue, settingSecrets } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'SEC-storage-account-key',
    shortDescription: 'A storage account key is committed in a service configuration',
    fullDescription:
      'A connection string with AccountKey=<key> gives full control of the storage account (read, write, delete every blob, queue and table) to anyone who can read the repository, and stays valid until the key is rotated. The storage emulator\'s published key is not reported.',
    help: help({
      why: 'Service configuration files are committed next to the code; repositories get forked, mirrored and made public. Microsoft\'s own tooling docs now call connection strings inherently insecure and recommend managed identities; at the least, keep the key out of the file and let the release pipeline insert it.',
      bad: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=Zm9v…==" />',
      good: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(StorageAccountKey)" />',
      notes:
        'Every configuration is checked, Local ones included: a real key in ServiceConfiguration.Local.cscfg leaks just the same. Rotate the key after removing it; the old value remains in the history. Messages show only the first characters of the key.',
    }),
    sources: ['MicrosoftDocs/visualstudio-docs docs/azure/vs-azure-tools-command-line-build.md (security banner: connection strings are insecure)'],
    catalog: 'SEC-001',
    tags: ['security', 'secrets'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
    securitySeverity: 8.5,
  },
  check(service, ctx) {
    for (const { role, setting: s, candidates } of sharedIndex(service, ctx, settingSecrets)) {
      for (const c of candidates) {
        if (c.kind !== 'storage-key') continue;
        const key = c.value.trim();
        if (key === EMULATOR_ACCOUNT_KEY || isNotASecret(key) || !looksLikeBase64Key(key)) continue;
        const account = partValue(connectionParts(s.value), 'AccountName');
        ctx.report({
          at: s.valueAttr ?? s.el,
          message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" holds ${account ? `the key of storage account "${account}"` : 'a storage account key'} (${maskSecret(key)}); rotate the key, and put a release-pipeline token or a managed identity in its place`,
          key: `account key ${role.name ?? '?'} ${s.name ?? '?'}`,
        });
      }
    }
  },
});
