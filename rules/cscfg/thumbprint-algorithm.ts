import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSCFG-thumbprint-algorithm',
    shortDescription: 'thumbprintAlgorithm is not "sha1"',
    fullDescription:
      'thumbprintAlgorithm names the hash the thumbprint was computed with, and the schema allows one value: sha1 (lower case). It is how certificates are identified, not how they are signed, so sha1 here is not a weakness; "SHA1", "sha256" and the like fail validation.',
    help: help({
      why: 'The ThumbprintAlgorithmTypes enumeration in the schema has the single value sha1, and every Microsoft example uses it.',
      bad: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha256" />',
      good: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha1" />',
      notes: 'A missing thumbprintAlgorithm is reported by CSCFG-required-attribute. No security finding is raised for sha1: the thumbprint only names the certificate.',
    }),
    sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): ThumbprintAlgorithmTypes', 'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/certificates-and-key-vault.md'],
    catalog: 'CSCFG-009',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      for (const role of cfg.roles) {
        for (const c of role.certificates) {
          const a = c.el.attr('thumbprintAlgorithm');
          if (!a || a.value === 'sha1') continue;
          ctx.report({
            at: a,
            message: `thumbprintAlgorithm="${a.value}" of certificate "${c.name ?? '?'}" is not allowed; write thumbprintAlgorithm="sha1" (the thumbprint must then be the certificate's SHA-1 hash)`,
          });
        }
      }
    }
  },
});
