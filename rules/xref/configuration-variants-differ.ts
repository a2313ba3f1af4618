import { defineRule, listNames } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'XREF-configuration-variants-differ',
    shortDescription: 'Configuration variants of one service disagree on roles or settings',
    fullDescription:
      'Every configuration of a service (Local, Cloud, Staging…) fills in the same definition, so all of them must name the same roles and the same settings. When the definition can be read, the XREF role and setting rules already say which file lacks what; this rule compares the variants with each other when the definition is missing or unreadable, so the disagreement is still found.',
    help: help({
      why: 'A setting added to the Local file only, or a role renamed in one variant, is found at the first deployment of the other variant, usually in a pipeline.',
      bad: '<!-- ServiceConfiguration.Local.cscfg -->\n<Role name="Worker">\n  <ConfigurationSettings>\n    <Setting name="Queue" value="jobs" />\n  </ConfigurationSettings>\n</Role>\n<!-- ServiceConfiguration.Cloud.cscfg: no "Queue" -->',
      good: '<!-- both files -->\n<Setting name="Queue" value="jobs" />',
      notes:
        'Decision (the catalog marks this rule as inference): with a readable definition the comparison would only repeat XREF-role-missing-in-configuration, XREF-setting-missing and XREF-setting-not-declared, so the rule stays silent then. Each file is told what it lacks compared with the union of the others.',
    }),
    sources: ['MicrosoftDocs/visualstudio-docs "Configuring your Azure project using multiple service configurations" (every configuration fills the same definition)'],
    catalog: 'XREF-008',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    if (service.definition || service.configurations.length < 2) return;
    const cfgs = service.configurations;
    const roleNames = new Set(cfgs.flatMap((c) => c.roles.map((r) => r.name)).filter((n): n is string => n !== undefined));
    for (const cfg of cfgs) {
      const others = cfgs.filter((c) => c !== cfg);
      const missingRoles = [...roleNames].filter((n) => !cfg.roles.some((r) => r.name === n));
      if (missingRoles.length) {
        const where = others.filter((o) => o.roles.some((r) => missingRoles.includes(r.name ?? ''))).map((o) => o.file);
        ctx.report({
          at: cfg.el,
          message: `${cfg.file} has no <Role> for ${listNames(missingRoles)}, which ${listNames(where, '')} configure${where.length === 1 ? 's' : ''}; every variant must configure the same roles`,
        });
      }
      for (const role of cfg.roles) {
        if (role.name === undefined) continue;
        const own = new Set(role.settings.map((s) => s.name));
        const elsewhere = new Map<string, string[]>();
        for (const o of others) {
          const r = o.roles.find((x) => x.name === role.name);
          for (const s of r?.settings ?? []) {
            if (s.name === undefined || own.has(s.name)) continue;
            elsewhere.set(s.name, [...(elsewhere.get(s.name) ?? []), o.file]);
          }
        }
        if (!elsewhere.size) continue;
        const files = [...new Set([...elsewhere.values()].flat())];
        ctx.report({
          at: role.el.attr('name') ?? role.el,
          message: `role "${role.name}" in ${cfg.file} lacks setting${elsewhere.size === 1 ? '' : 's'} ${listNames([...elsewhere.keys()])} that ${listNames(files, '')} give${files.length === 1 ? 's' : ''}; add ${elsewhere.size === 1 ? 'it' : 'them'} here or remove ${elsewhere.size === 1 ? 'it' : 'them'} there`,
        });
      }
    }
  },
});
