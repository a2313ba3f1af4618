import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { REQUIRED_CONFIGURATION_ATTRIBUTES, walk } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'CSCFG-required-attribute',
    shortDescription: 'An element of the service configuration lacks a required attribute',
    fullDescription:
      'The configuration schema requires serviceName on the root, name on roles, name and value on settings (the value may be empty), name, thumbprint and thumbprintAlgorithm on certificates, and the names that tie network configuration to the definition.',
    help: help({
      why: 'A setting without value, or a certificate without thumbprint, cannot be applied; Azure rejects the configuration.',
      bad: '<Setting name="StorageConnectionString" />\n<Certificate name="SslCert" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" />',
      good: '<Setting name="StorageConnectionString" value="" />\n<Certificate name="SslCert" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />',
    }),
    sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): use="required" attributes', 'MicrosoftDocs articles/cloud-services/schema-cscfg-role.md'],
    catalog: 'CSCFG-001',
    tags: ['schema', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      for (const el of walk(cfg.el)) {
        for (const name of REQUIRED_CONFIGURATION_ATTRIBUTES[el.local] ?? []) {
          if (el.attr(name) === undefined) ctx.report({ at: el, message: `<${el.local}> needs the attribute ${name}` });
        }
      }
    }
  },
});
