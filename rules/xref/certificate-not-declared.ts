import { defineRule, isImpliedBy } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { pairedRoles } from '../lib/paired-roles.js';

export default defineRule({
  meta: {
    id: 'XREF-certificate-not-declared',
    shortDescription: 'A configuration certificate is not declared in the service definition',
    fullDescription:
      "Every Certificate in a configuration role must be declared in that role's Certificates in the definition, or come from an imported plug-in (RemoteAccess declares Microsoft.WindowsAzure.Plugins.RemoteAccess.PasswordEncryption).",
    help: help({
      why: 'The definition says where each certificate is installed (store and location); a certificate only in the configuration has nowhere to go and is rejected.',
      bad: '<!-- .cscfg --> <Certificate name="Ssl2" thumbprint="..." thumbprintAlgorithm="sha1" />\n<!-- .csdef: no Certificate "Ssl2" -->',
      good: '<!-- .csdef -->\n<Certificates>\n  <Certificate name="Ssl2" storeLocation="LocalMachine" storeName="My" />\n</Certificates>',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md (Certificates)', 'Azure SDK RemoteAccess plug-in (PasswordEncryption certificate)'],
    catalog: 'XREF-006',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const { def, cfgRole, role, modules } of pairedRoles(service)) {
      const declared = new Set(role.certificates.map((c) => c.name));
      for (const c of cfgRole.certificates) {
        if (c.name === undefined || declared.has(c.name) || isImpliedBy(c.name, modules)) continue;
        const plugin = /^Microsoft\.WindowsAzure\.Plugins\.([^.]+)\./.exec(c.name)?.[1];
        ctx.report({
          at: c.el.attr('name') ?? c.el,
          message: plugin
            ? `certificate "${c.name}" of role "${role.name}" belongs to the ${plugin} plug-in, which the role does not import in ${def.file}; add <Import moduleName="${plugin}" /> or remove the certificate`
            : `certificate "${c.name}" of role "${role.name}" is not declared in ${def.file}; add <Certificate name="${c.name}" storeLocation="LocalMachine" storeName="My" /> to the role's <Certificates> or remove it here`,
        });
      }
    }
  },
});
