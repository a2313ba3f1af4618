import { defineRule, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-duplicate-name',
    shortDescription: 'A role declares the same setting, certificate, local store, site or import twice',
    fullDescription:
      'Within a role, configuration setting names, certificate names, local storage names, site names and imported modules must each be unique. A repeated declaration is ambiguous and rejected by the SDK tools.',
    help: help({
      why: 'Settings, certificates and local stores are looked up by name at run time; duplicates usually come from merge conflicts.',
      bad: '<ConfigurationSettings>\n  <Setting name="StorageConnectionString" />\n  <Setting name="StorageConnectionString" />\n</ConfigurationSettings>',
      good: '<ConfigurationSettings>\n  <Setting name="StorageConnectionString" />\n</ConfigurationSettings>',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (unique names of settings, certificates, local stores)'],
    catalog: 'CSDEF-008',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      const groups: [string, { el: XmlElement; name: string | undefined }[]][] = [
        ['setting', role.settings],
        ['certificate', role.certificates],
        ['local storage', role.localStores],
        ['site', role.sites],
        ['import', role.imports.map((i) => ({ el: i.el, name: i.moduleName }))],
      ];
      for (const [what, items] of groups) {
        const seen = new Map<string, XmlElement>();
        // In document order: legacy and current forms of a list are bound separately.
        for (const item of [...items].sort((a, b) => a.el.span.start.offset - b.el.span.start.offset)) {
          if (item.name === undefined) continue;
          const prev = seen.get(item.name);
          if (prev) {
            ctx.report({
              at: item.el,
              message: `role "${role.name ?? '?'}" already declares ${what} "${item.name}" on line ${prev.span.start.line}; remove one`,
              key: `duplicate ${what} ${item.name}`,
            });
          } else seen.set(item.name, item.el);
        }
      }
    }
  },
});
