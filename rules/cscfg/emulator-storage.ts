import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { emulatorReference } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'CSCFG-emulator-storage',
    shortDescription: 'A deployed configuration points a setting at the local storage emulator',
    fullDescription:
      'UseDevelopmentStorage=true, the devstoreaccount1 account and 127.0.0.1:10000–10002 only exist on a developer machine. In any configuration that is deployed (every profile but Local/Emulator/Dev) the storage calls fail; for the Diagnostics plug-in\'s connection string the agent fails and the role recycles. Azure Tools packaging reports this as WAT170.',
    help: help({
      why: 'Visual Studio templates start every configuration with UseDevelopmentStorage=true, and the Cloud file is easily forgotten. The roles-recycle troubleshooting page lists an emulator diagnostics connection string as a cause of recycling roles.',
      bad: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="UseDevelopmentStorage=true" />',
      good: '<!-- ServiceConfiguration.Cloud.cscfg: filled in by the release pipeline -->\n<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="$(DiagnosticsConnectionString)" />',
      notes:
        'Which files count as deployed is decided from the file name: ServiceConfiguration.<Profile>.cscfg with a profile such as Local, Emulator, Dev or Development is local; every other file, including a plain ServiceConfiguration.cscfg, is treated as deployed. That includes a configuration kept only so that the package builds (such as a ServiceConfiguration.Build.cscfg that no deployment uses), which is why the precision is high rather than very high. Suppress the rule for a file that is only ever used with the emulator or for building.',
    }),
    sources: [
      'philliphoff MSDN blog 2012-06-27 (WAT170: setting points at the storage emulator)',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md',
    ],
    catalog: 'CSCFG-011',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      for (const role of cfg.roles) {
        for (const s of role.settings) {
          if (s.value === undefined) continue;
          const ref = emulatorReference(s.value);
          if (!ref) continue;
          ctx.report({
            at: s.valueAttr ?? s.el,
            message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" uses ${ref}, which exists only on a developer machine; give a real storage connection string (DefaultEndpointsProtocol=https;AccountName=…) or a release-pipeline token`,
          });
        }
      }
    }
  },
});
