import { defineRule, PLUGIN_PREFIX } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const ENABLED = `${PLUGIN_PREFIX}RemoteAccess.Enabled`;

export default defineRule({
  meta: {
    id: 'SEC-rdp-plugin-enabled',
    shortDescription: 'A deployed configuration enables the legacy Remote Desktop plug-in with committed credentials',
    fullDescription:
      'RemoteAccess.Enabled=true in a deployed configuration creates an administrator account on every instance, with its user name and encrypted password committed in the file, and opens Remote Desktop through the RemoteForwarder\'s public port 3389. The account stays until its expiration date. Cloud Services (extended support) does not support the plug-in at all; enable the Remote Desktop extension when needed instead, with credentials supplied at that moment.',
    help: help({
      why: 'The encrypted password can only be read with the PasswordEncryption certificate, but the account name, the fact that RDP is open and the attack surface are in every clone of the repository, and the account lives as long as the deployment.',
      bad: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountUsername" value="admin" />',
      good: '<!-- no RemoteAccess / RemoteForwarder plug-in; use the RDP extension on demand -->',
      notes: 'Local configurations are not checked. Plug-in presence itself (a blocker for extended support) is the business of the CSES rules; this rule is about the enabled account and its committed credentials.',
    }),
    sources: [
      'MicrosoftDocs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (remove the RDP plug-in settings)',
    ],
    catalog: 'SEC-003',
    tags: ['security'],
    precision: 'very-high',
    defaultLevel: 'warning',
    recommended: true,
    securitySeverity: 6.0,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      for (const role of cfg.roles) {
        const s = role.settings.find((x) => x.name === ENABLED);
        if (!s || !/^(true|1)$/i.test(s.value?.trim() ?? '')) continue;
        const committed = ['AccountUsername', 'AccountEncryptedPassword'].filter((n) =>
          role.settings.some((x) => x.name === `${PLUGIN_PREFIX}RemoteAccess.${n}` && (x.value ?? '').trim() !== ''),
        );
        ctx.report({
          at: s.valueAttr ?? s.el,
          message: `role "${role.name ?? '?'}" enables the Remote Desktop plug-in${committed.length ? ` with its ${committed.map((c) => (c === 'AccountUsername' ? 'user name' : 'encrypted password')).join(' and ')} committed` : ''}; set the value to false and remove the plug-in, then use the Remote Desktop extension when access is needed`,
        });
      }
    }
  },
});
