import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { pairedRoles } from '../lib/paired-roles.js';

export default defineRule({
  meta: {
    id: 'XREF-certificate-missing',
    shortDescription: 'A declared certificate has no thumbprint in a configuration',
    fullDescription:
      'Each certificate a role declares in its Certificates needs a <Certificate name="..." thumbprint="..." thumbprintAlgorithm="sha1"/> in the role of every service configuration. Without it the certificate cannot be installed and an HTTPS endpoint cannot bind. Plug-in certificates are checked by XREF-plugin-setting-missing.',
    help: help({
      why: 'The definition names the certificate; only the configuration says which one, by thumbprint. The LightSwitch HTTPS template is a common source of this gap.',
      bad: '<!-- .csdef --> <Certificate name="SSLCertificate" storeLocation="LocalMachine" storeName="My" />\n<!-- .cscfg --> <Certificates />',
      good: '<Certificates>\n  <Certificate name="SSLCertificate" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />\n</Certificates>',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md', 'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Certificate)'],
    catalog: 'XREF-007',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const { def, cfgRole, role } of pairedRoles(service)) {
      const given = new Set(cfgRole.certificates.map((c) => c.name));
      const at = cfgRole.el.child('Certificates') ?? cfgRole.el;
      for (const d of role.certificates) {
        if (d.name === undefined || given.has(d.name)) continue;
        ctx.report({
          at,
          message: `role "${role.name}" gives no thumbprint for certificate "${d.name}" declared in ${def.file}; add <Certificate name="${d.name}" thumbprint="..." thumbprintAlgorithm="sha1" />`,
          key: `missing certificate ${d.name}`,
        });
      }
    }
  },
});
