import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSCFG-lowercase-thumbprint',
    shortDescription: 'A certificate thumbprint is written in lower case',
    fullDescription:
      'The configuration schema page asks for thumbprints in upper-case hexadecimal. The XSD accepts lower case and some tools compare case-insensitively, but others (scripts that match the thumbprint against the portal or Key Vault, and comparisons in older tooling) do not.',
    help: help({
      why: 'Writing thumbprints the way the docs and the portal do avoids a class of "certificate not found" surprises for no cost.',
      bad: '<Certificate name="Ssl" thumbprint="9427befa18c7d1c2a2b3c4d5e6f708192a3b4c5d" thumbprintAlgorithm="sha1" />',
      good: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha1" />',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-role.md (thumbprint: upper-case hexadecimal)'],
    catalog: 'CSCFG-008',
    tags: ['style'],
    precision: 'very-high',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      for (const role of cfg.roles) {
        for (const c of role.certificates) {
          const a = c.el.attr('thumbprint');
          if (!a || !/^[0-9A-Fa-f]{40}$/.test(a.value) || !/[a-f]/.test(a.value)) continue;
          ctx.report({
            at: a,
            message: `thumbprint of certificate "${c.name ?? '?'}" in role "${role.name ?? '?'}" is in lower case; write thumbprint="${a.value.toUpperCase()}"`,
          });
        }
      }
    }
  },
});
