import { defineRule, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSCFG-duplicate-name',
    shortDescription: 'The configuration repeats a role, a setting or a certificate',
    fullDescription:
      'A service configuration lists each role once, and within a role each setting and certificate once. With repeats, which value applies is undefined; Azure rejects the configuration.',
    help: help({
      why: 'Duplicates are usually merge leftovers; the value you see first may not be the one deployed.',
      bad: '<Setting name="Mode" value="live" />\n<Setting name="Mode" value="test" />',
      good: '<Setting name="Mode" value="live" />',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md', 'Catalog CSCFG-001 (duplicates: inference)'],
    catalog: 'CSCFG-001',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      dupes(cfg.roles, 'role', undefined, ctx.report);
      for (const role of cfg.roles) {
        dupes(role.settings, 'setting', role.name, ctx.report);
        dupes(role.certificates, 'certificate', role.name, ctx.report);
      }
    }
  },
});

function dupes(
  items: readonly { el: XmlElement; name: string | undefined }[],
  what: string,
  role: string | undefined,
  report: (r: { at: XmlElement; message: string; key: string }) => void,
): void {
  const seen = new Map<string, XmlElement>();
  for (const item of items) {
    if (item.name === undefined) continue;
    const prev = seen.get(item.name);
    if (prev) {
      report({
        at: item.el,
        message: `${what} "${item.name}"${role ? ` of role "${role}"` : ''} is already given on line ${prev.span.start.line}; keep one`,
        key: `duplicate ${what} ${item.name}`,
      });
    } else seen.set(item.name, item.el);
  }
}
