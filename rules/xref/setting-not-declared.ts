import { defineRule, isImpliedBy } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { pairedRoles } from '../lib/paired-roles.js';

export default defineRule({
  meta: {
    id: 'XREF-setting-not-declared',
    shortDescription: 'A configuration setting is not declared in the service definition',
    fullDescription:
      "Every Setting in a configuration role must be declared in that role's ConfigurationSettings in the definition, or belong to a plug-in the role imports (Microsoft.WindowsAzure.Plugins.<Module>.*). Azure rejects the deployment: \"Setting 'X' for role 'Y' specified in the service configuration file is not declared in the service definition file.\"",
    help: help({
      why: 'Azure validates the configuration against the definition inside the package. Plug-in settings are declared by the Import, which is why this rule reads the role\'s Imports before deciding.',
      bad: '<!-- .csdef: no Setting "QueueName" in role Worker -->\n<Setting name="QueueName" value="jobs" />',
      good: '<!-- .csdef -->\n<ConfigurationSettings>\n  <Setting name="QueueName" />\n</ConfigurationSettings>',
    }),
    sources: [
      'Azure/azure-sdk-for-node issue 841 (Azure error text)',
      'NuGet/NuGetGallery issue 2006 (deployment failed on an undeclared setting)',
      'Azure SDK RoleModule plug-ins (implicit Microsoft.WindowsAzure.Plugins.<Module>.* settings)',
    ],
    catalog: 'XREF-004',
    tags: ['cross-file', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const { def, cfgRole, role, modules } of pairedRoles(service)) {
      const declared = new Set(role.settings.map((s) => s.name));
      for (const s of cfgRole.settings) {
        if (s.name === undefined || declared.has(s.name) || isImpliedBy(s.name, modules)) continue;
        const plugin = /^Microsoft\.WindowsAzure\.Plugins\.([^.]+)\./.exec(s.name)?.[1];
        ctx.report({
          at: s.el.attr('name') ?? s.el,
          message: plugin
            ? `setting "${s.name}" of role "${role.name}" belongs to the ${plugin} plug-in, which the role does not import in ${def.file}; add <Import moduleName="${plugin}" /> or remove the setting`
            : `setting "${s.name}" of role "${role.name}" is not declared in ${def.file}; add <Setting name="${s.name}" /> to the role's <ConfigurationSettings> or remove it here`,
        });
      }
    }
  },
});
