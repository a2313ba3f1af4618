import { defineRule, PLUGIN_PREFIX } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-certificates-key-vault',
    shortDescription: 'Certificates must come from a Key Vault for extended support',
    fullDescription:
      'Extended support does not take certificates uploaded to the cloud service: each thumbprint in a deployed configuration must belong to a certificate in a Key Vault in the same region and subscription, referenced in the deployment (ARM osProfile.secrets), and the vault must allow "Azure Virtual Machines for deployment". This note is a checklist item, reported once per configuration.',
    help: help({
      why: 'A thumbprint that is not in the vault named by the deployment fails it; a vault in another region or subscription is only reachable through the Key Vault VM extension.',
      bad: '<Certificates>\n  <Certificate name="Ssl" thumbprint="0F3A…" thumbprintAlgorithm="sha1" />\n</Certificates>\n<!-- and no Key Vault secret in the deployment -->',
      good: '<!-- the same Certificate element, plus in the ARM template: -->\n"osProfile": { "secrets": [ { "sourceVault": { "id": "<vault id>" },\n  "vaultCertificates": [ { "certificateUrl": "https://<vault>.vault.azure.net/secrets/ssl/<version>" } ] } ] }',
      lang: 'text',
      notes:
        'The rule cannot see the Key Vault, so it is a note in the strict preset. Suppress it with a reason once the certificates are in the vault. Certificates of plug-ins (Microsoft.WindowsAzure.Plugins.*, such as the Remote Desktop PasswordEncryption certificate) are not counted: they go away with the plug-in (CSES-rdp-plugin). Local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/certificates-and-key-vault.md',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-template.md (osProfile.secrets)',
    ],
    catalog: 'CSES-011',
    tags: ['extended-support', 'cscfg'],
    precision: 'medium',
    defaultLevel: 'note',
    recommended: false,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      // Plug-in certificates (the RDP password key) leave with the plug-in, not into a vault.
      const certs = cfg.roles.flatMap((r) => r.certificates).filter((c) => !c.name?.startsWith(PLUGIN_PREFIX));
      const first = certs[0];
      if (!first) continue;
      const names = [...new Set(certs.map((c) => c.name).filter((n): n is string => n !== undefined))];
      ctx.report({
        at: first.el,
        message: `${cfg.file} references ${certs.length} certificate${certs.length === 1 ? '' : 's'} (${names.join(', ')}); for extended support put each in a Key Vault in the service's region and subscription, enabled for "Azure Virtual Machines for deployment", and reference it in the deployment's osProfile.secrets`,
        key: `certificates in ${cfg.file}`,
      });
    }
  },
});
