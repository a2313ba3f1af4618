import { defineRule, PLUGIN_PREFIX } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const SETTING = `${PLUGIN_PREFIX}Diagnostics.ConnectionString`;

export default defineRule({
  meta: {
    id: 'XREF-diagnostics-connection-string-empty',
    shortDescription: 'A role imports Diagnostics but a deployed configuration leaves its connection string empty',
    fullDescription:
      'The Diagnostics plug-in writes to the storage account named by Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString. A role that imports the plug-in but gets an empty connection string in a deployed configuration has a diagnostics agent with nowhere to write; Microsoft lists a wrong diagnostics connection string among the common causes of roles that recycle.',
    help: help({
      why: 'The agent starts with the role; without a usable storage account it fails, and the role can end in a recycle loop or lose every log it was meant to keep.',
      bad: '<!-- role imports Diagnostics -->\n<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="" />',
      good: '<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="DefaultEndpointsProtocol=https;AccountName=shopdiag;AccountKey=…" />\n<!-- or remove the Import and use the Azure Diagnostics extension -->',
      notes:
        'Decision: this rule reports the empty value only. A storage-emulator value in a deployed configuration and an http connection string are reported by the CSCFG rules, and a missing setting by XREF-plugin-setting-missing, so each problem has one finding. Visual Studio can fill the value when it publishes, but a pipeline that packages the committed file does not; suppress the finding with a reason when your pipeline sets it. Local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md',
      'blogs.msdn.com philliphoff "Ignore validation warnings when packaging a Windows Azure application" (WAT170)',
    ],
    catalog: 'XREF-013',
    tags: ['cross-file', 'correctness'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    for (const role of def.roles) {
      if (!role.imports.some((i) => i.moduleName === 'Diagnostics')) continue;
      for (const cfg of service.configurations) {
        if (cfg.isLocal) continue;
        const s = cfg.roles.find((r) => r.name === role.name)?.settings.find((x) => x.name === SETTING);
        if (!s || s.value === undefined || s.value.trim() !== '') continue;
        ctx.report({
          at: s.valueAttr ?? s.el,
          message: `role "${role.name ?? ''}" imports the Diagnostics plug-in but its Diagnostics.ConnectionString is empty in ${cfg.file}; give an https storage connection string, or remove the Import and configure the Azure Diagnostics extension`,
        });
      }
    }
  },
});
