import { defineRule, LIMITS } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const VM_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

export default defineRule({
  meta: {
    id: 'CSCFG-invalid-vm-name',
    shortDescription: 'Role vmName is longer than 10 characters or uses characters other than letters, digits and hyphens',
    fullDescription:
      'Role/@vmName sets the computer name prefix of the role instances. It may have 1 to 10 letters, digits and hyphens, and may not start or end with a hyphen; anything else fails schema validation and the deployment.',
    help: help({
      why: 'The instance number is appended to the prefix, and Windows computer names are short, which is why the schema caps the prefix at 10 characters.',
      bad: '<Role name="Web" vmName="frontendweb01">',
      good: '<Role name="Web" vmName="frontend">',
    }),
    sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): VmNameString', 'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-role.md'],
    catalog: 'CSCFG-010',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      for (const role of cfg.roles) {
        const a = role.el.attr('vmName');
        if (!a) continue;
        const v = a.value;
        const tooLong = v.length > LIMITS.vmNameLength;
        if (!tooLong && VM_NAME.test(v)) continue;
        const cleaned = v.replace(/[^A-Za-z0-9-]/g, '').replace(/^-+|-+$/g, '').slice(0, LIMITS.vmNameLength).replace(/-+$/, '');
        ctx.report({
          at: a,
          message: `vmName="${v}" of role "${role.name ?? '?'}" ${tooLong ? `has ${v.length} characters; at most ${LIMITS.vmNameLength} are allowed` : 'may hold only letters, digits and inner hyphens'}${cleaned ? `; for example vmName="${cleaned}"` : ''}`,
        });
      }
    }
  },
});
