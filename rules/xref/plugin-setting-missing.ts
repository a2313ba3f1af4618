import { declaredCertificates, declaredSettings, defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { pairedRoles } from '../lib/paired-roles.js';

export default defineRule({
  meta: {
    id: 'XREF-plugin-setting-missing',
    shortDescription: 'A setting or certificate an imported plug-in declares has no value in a configuration',
    fullDescription:
      'An <Import moduleName="..."/> declares the plug-in\'s settings and certificates implicitly (Diagnostics: ConnectionString; RemoteAccess: Enabled, AccountUsername, AccountEncryptedPassword, AccountExpiration and the PasswordEncryption certificate; RemoteForwarder: Enabled; Caching: its four settings). Each configuration should give them, or the plug-in starts half-configured.',
    help: help({
      why: 'Visual Studio writes every plug-in setting into every configuration when a plug-in is enabled; a configuration that lacks some was usually edited by hand, and the plug-in then runs with defaults or not at all. This is a warning rather than an error because the platform\'s handling of a missing plug-in setting is not documented.',
      bad: '<!-- .csdef --> <Import moduleName="RemoteAccess" />\n<!-- .cscfg: Enabled given, AccountEncryptedPassword missing -->\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />',
      good: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountUsername" value="ops" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountEncryptedPassword" value="MIIB..." />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountExpiration" value="2027-03-31T00:00:00Z" />',
      notes: 'For extended support, remove the plug-ins instead (CSES rules): the Remote Desktop and Azure Diagnostics extensions replace them.',
    }),
    sources: ['Azure SDK RoleModule plug-ins (*.csplugin) and the settings Visual Studio writes for them', 'shared/docs/service-model.md X5'],
    catalog: 'XREF-005',
    tags: ['cross-file', 'correctness'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: true,
  },
  check(service, ctx) {
    for (const { cfgRole, role } of pairedRoles(service)) {
      const settings = new Set(cfgRole.settings.map((s) => s.name));
      const certificates = new Set(cfgRole.certificates.map((c) => c.name));
      for (const d of declaredSettings(role)) {
        if (!d.module || settings.has(d.name)) continue;
        ctx.report({
          at: cfgRole.el.child('ConfigurationSettings') ?? cfgRole.el,
          message: `role "${role.name}" gives no value for "${d.name}", which <Import moduleName="${d.module}" /> declares; add <Setting name="${d.name}" value="..." /> or remove the import`,
          key: `missing plugin setting ${d.name}`,
        });
      }
      for (const d of declaredCertificates(role)) {
        if (!d.module || certificates.has(d.name)) continue;
        ctx.report({
          at: cfgRole.el.child('Certificates') ?? cfgRole.el,
          message: `role "${role.name}" gives no thumbprint for "${d.name}", which <Import moduleName="${d.module}" /> declares; add <Certificate name="${d.name}" thumbprint="..." thumbprintAlgorithm="sha1" /> or remove the import`,
          key: `missing plugin certificate ${d.name}`,
        });
      }
    }
  },
});
