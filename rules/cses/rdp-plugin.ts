import { defineRule, PLUGIN_PREFIX } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const RDP_MODULES = ['RemoteAccess', 'RemoteForwarder'];
const isRdpName = (name: string | undefined): boolean =>
  name !== undefined && RDP_MODULES.some((m) => name.startsWith(`${PLUGIN_PREFIX}${m}.`));

export default defineRule({
  meta: {
    id: 'CSES-rdp-plugin',
    shortDescription: 'The legacy Remote Desktop plug-in is used',
    fullDescription:
      'Extended support does not take the classic Remote Desktop plug-in: the RemoteAccess and RemoteForwarder Imports in the definition, their Microsoft.WindowsAzure.Plugins.RemoteAccess.* / RemoteForwarder.* settings and the PasswordEncryption certificate in deployed configurations must go. Remote Desktop is then enabled at deployment time with the RDP extension. Deployments with both the plug-in and the extension cannot be migrated.',
    help: help({
      why: 'The prerequisites for extended support list the removal of the RDP plug-in from both files. Enabling the RDP extension when needed also avoids committing an account name and an encrypted password.',
      bad: '<Imports>\n  <Import moduleName="RemoteAccess" />\n  <Import moduleName="RemoteForwarder" />\n</Imports>',
      good: '<Imports>\n  <!-- Remote Desktop comes from the RDP extension, enabled at deployment -->\n</Imports>',
      notes:
        'The definition\'s Imports are reported once each; in a deployed configuration, one finding per role names the plug-in settings and certificate to delete. Local configurations are skipped. Removing the Import without the settings makes them undeclared (XREF-setting-not-declared), so remove both together.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (remove the RDP plug-in)',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-technical-details.md (RDP plug-in and extension together)',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/enable-rdp.md',
    ],
    catalog: 'CSES-006',
    tags: ['extended-support', 'both'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const imp of role.imports) {
        if (!imp.moduleName || !RDP_MODULES.includes(imp.moduleName)) continue;
        ctx.report({
          at: imp.el,
          message: `role "${role.name ?? ''}" imports the ${imp.moduleName} plug-in, which extended support does not take; remove the Import (and its settings from every configuration) and enable Remote Desktop with the RDP extension`,
        });
      }
    }
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      for (const role of cfg.roles) {
        const settings = role.settings.filter((s) => isRdpName(s.name));
        const certs = role.certificates.filter((c) => isRdpName(c.name));
        const first = [...settings, ...certs].sort((a, b) => a.el.span.start.offset - b.el.span.start.offset)[0];
        if (!first) continue;
        const what = [
          settings.length ? `${settings.length} setting${settings.length === 1 ? '' : 's'}` : '',
          certs.length ? 'the PasswordEncryption certificate' : '',
        ]
          .filter(Boolean)
          .join(' and ');
        ctx.report({
          at: first.el,
          message: `role "${role.name ?? ''}" in ${cfg.file} carries Remote Desktop plug-in configuration (${what}); extended support does not take the plug-in: delete the Microsoft.WindowsAzure.Plugins.RemoteAccess.* and RemoteForwarder.* entries and use the RDP extension`,
        });
      }
    }
  },
});
