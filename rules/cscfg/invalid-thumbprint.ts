import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { isManualPlaceholder, isPipelineToken } from '../lib/sec-values.js';

export default defineRule({
  meta: {
    id: 'CSCFG-invalid-thumbprint',
    shortDescription: 'A certificate thumbprint is not 40 hexadecimal digits',
    fullDescription:
      'Certificate/@thumbprint is the SHA-1 hash of the certificate: exactly 40 hexadecimal digits, with no spaces. A thumbprint copied from the Windows certificate dialog often carries spaces or an invisible left-to-right mark at the start; an empty or truncated one matches no certificate and the deployment fails with "The certificate with thumbprint … was not found".',
    help: help({
      why: 'Azure looks the certificate up by thumbprint among those uploaded to the service (or, for extended support, in the Key Vault); any stray character makes the lookup fail.',
      bad: '<Certificate name="Ssl" thumbprint="‎94 27 be fa 18 …" thumbprintAlgorithm="sha1" />',
      good: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha1" />',
      notes: 'Release-pipeline tokens ($(SslThumbprint), #{SslThumbprint}#, __SslThumbprint__) are left alone. Lower-case digits are reported by CSCFG-lowercase-thumbprint.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-role.md (thumbprint: hexadecimal, no spaces, upper case)',
      'microsoft/azure-pipelines-tasks issues 2269 and 6418 (certificate with thumbprint not found)',
    ],
    catalog: 'CSCFG-008',
    tags: ['correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      for (const role of cfg.roles) {
        for (const c of role.certificates) {
          const a = c.el.attr('thumbprint');
          if (!a || isPipelineToken(a.value)) continue;
          const v = a.value;
          if (/^[0-9A-Fa-f]{40}$/.test(v)) continue;
          const hex = v.replace(/[^0-9A-Fa-f]/g, '');
          let problem: string;
          if (v.trim() === '') problem = 'is empty';
          else if (isManualPlaceholder(v) || hex.length < 8) problem = 'is a placeholder, not a thumbprint';
          else if (/[\u200e\u200f\u202a-\u202e\ufeff\u00a0]/.test(v)) problem = 'contains invisible characters (pasted from the certificate dialog)';
          else if (/\s/.test(v)) problem = 'contains white space';
          else if (hex.length !== v.length) problem = 'contains characters that are not hexadecimal digits';
          else problem = `has ${v.length} digits instead of 40`;
          const fix = hex.length === 40 ? `write thumbprint="${hex.toUpperCase()}"` : 'paste the 40-digit SHA-1 thumbprint of the certificate';
          ctx.report({ at: a, message: `thumbprint of certificate "${c.name ?? '?'}" in role "${role.name ?? '?'}" ${problem}; ${fix}` });
        }
      }
    }
  },
});
