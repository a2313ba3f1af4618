import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { pairedRoles } from '../lib/paired-roles.js';

export default defineRule({
  meta: {
    id: 'XREF-setting-missing',
    shortDescription: 'A declared setting has no value in a configuration',
    fullDescription:
      'Each setting a role declares in its ConfigurationSettings needs a <Setting name="..." value="..."/> in the role of every service configuration. The value may be empty, but the element must be there. Settings that imported plug-ins declare are checked by XREF-plugin-setting-missing.',
    help: help({
      why: 'The definition declares, each configuration supplies. Visual Studio and the emulator refuse a configuration that lacks a declared setting, and the role sees no value at run time.',
      bad: '<!-- .csdef --> <Setting name="QueueName" />\n<!-- .cscfg: role has no QueueName -->',
      good: '<!-- .cscfg -->\n<Setting name="QueueName" value="jobs" />',
    }),
    sources: [
      'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (ConfigurationSettings: "value is set in the service configuration file")',
      'Visual Studio / csrun error "setting ... declared in the service definition file ... not present in the service configuration"',
    ],
    catalog: 'XREF-005',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const { def, cfgRole, role } of pairedRoles(service)) {
      const given = new Set(cfgRole.settings.map((s) => s.name));
      const at = cfgRole.el.child('ConfigurationSettings') ?? cfgRole.el;
      for (const d of role.settings) {
        if (d.name === undefined || given.has(d.name)) continue;
        ctx.report({
          at,
          message: `role "${role.name}" gives no value for setting "${d.name}" declared in ${def.file}; add <Setting name="${d.name}" value="..." />`,
          key: `missing setting ${d.name}`,
        });
      }
    }
  },
});
