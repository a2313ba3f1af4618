import { defineRule, PLUGIN_PREFIX, type ConfigurationRole } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const RA = `${PLUGIN_PREFIX}RemoteAccess.`;
const RF = `${PLUGIN_PREFIX}RemoteForwarder.`;

const value = (role: ConfigurationRole, name: string): string | undefined =>
  role.settings.find((s) => s.name === name)?.value;
const isTrue = (v: string | undefined): boolean => /^\s*true\s*$/i.test(v ?? '');

export default defineRule({
  meta: {
    id: 'XREF-remote-desktop-incomplete',
    shortDescription: 'Remote Desktop is enabled but its account, password certificate or forwarder is not set up',
    fullDescription:
      'With the RemoteAccess plug-in enabled (RemoteAccess.Enabled = true) a role needs an account name, a password encrypted with the PasswordEncryption certificate, that certificate\'s thumbprint, and one role importing RemoteForwarder with RemoteForwarder.Enabled = true to carry the public 3389 endpoint. An empty value in any of these leaves Remote Desktop unusable, and an empty thumbprint makes the deployment ask for a certificate that does not exist.',
    help: help({
      why: 'Visual Studio encrypts the password with a certificate from the developer\'s store; a teammate without it, or a configuration edited by hand, ends with "Certificate with thumbprint … doesn\'t exist" or an RDP account that cannot log on.',
      bad: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountUsername" value="" />',
      good: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="false" />\n<!-- or, better: remove the plug-in and use the RDP extension -->',
      notes:
        'Decision (the catalog marks part of this as inference): the rule checks only configurations where Remote Desktop is switched on, and only empty values; missing settings are XREF-plugin-setting-missing and settings without an Import are XREF-setting-not-declared. Whether the encrypted password matches the certificate cannot be checked without the private key. It is a warning in the strict preset because the plug-in itself has to go for extended support (CSES-rdp-plugin). Local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md',
      'Azure SDK RoleModule plug-ins RemoteAccess and RemoteForwarder (their settings and certificate)',
    ],
    catalog: 'XREF-012',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      const enabledRoles = cfg.roles.filter((r) => isTrue(value(r, `${RA}Enabled`)));
      if (!enabledRoles.length) continue;
      for (const role of enabledRoles) {
        const empty = ['AccountUsername', 'AccountEncryptedPassword'].filter((n) => {
          const v = value(role, `${RA}${n}`);
          return v !== undefined && v.trim() === '';
        });
        const cert = role.certificates.find((c) => c.name === `${RA}PasswordEncryption`);
        const at = role.settings.find((s) => s.name === `${RA}Enabled`)?.el ?? role.el;
        if (empty.length) {
          ctx.report({
            at,
            message: `Remote Desktop is enabled for role "${role.name ?? ''}" in ${cfg.file} but ${empty.map((n) => `RemoteAccess.${n}`).join(' and ')} ${empty.length === 1 ? 'is' : 'are'} empty; set ${empty.length === 1 ? 'it' : 'them'}, or set RemoteAccess.Enabled to false`,
          });
        }
        if (cert && (cert.thumbprint ?? '').trim() === '') {
          ctx.report({
            at: cert.el.attr('thumbprint') ?? cert.el,
            message: `Remote Desktop is enabled for role "${role.name ?? ''}" in ${cfg.file} but the PasswordEncryption certificate has no thumbprint; give the thumbprint of the certificate the password was encrypted with`,
          });
        }
      }
      const forwarders = cfg.roles.filter((r) => value(r, `${RF}Enabled`) !== undefined);
      if (forwarders.length && !forwarders.some((r) => isTrue(value(r, `${RF}Enabled`)))) {
        const f = forwarders[0] as ConfigurationRole;
        ctx.report({
          at: f.settings.find((s) => s.name === `${RF}Enabled`)?.valueAttr ?? f.el,
          message: `Remote Desktop is enabled in ${cfg.file} but RemoteForwarder.Enabled is not true in role "${f.name ?? ''}", which carries the public RDP endpoint; set it to true, or disable RemoteAccess`,
        });
      }
    }
  },
});
