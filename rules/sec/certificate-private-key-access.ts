import { defineRule, PLUGIN_PREFIX } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

/** Built-in stores that hold other parties' public certificates, never the role's private keys. */
const PUBLIC_STORES = ['Root', 'CA', 'Trust', 'Disallowed', 'TrustedPeople', 'TrustedPublisher', 'AuthRoot', 'AddressBook'];

export default defineRule({
  meta: {
    id: 'SEC-certificate-private-key-access',
    shortDescription: "Every process of the role can read a certificate's private key",
    fullDescription:
      'A Certificate without permissionLevel="elevated" is installed with the default limitedOrElevated: every process of the role, the application included, can read its private key. With elevated, only elevated processes (IIS configuration, elevated startup tasks) can.',
    help: help({
      why: 'An SSL certificate\'s private key is only needed by IIS to bind HTTPS. If the application never signs or decrypts with it, restrict it, so that a compromised application cannot export the key.',
      bad: '<Certificate name="SslCert" storeLocation="LocalMachine" storeName="My" />',
      good: '<Certificate name="SslCert" storeLocation="LocalMachine" storeName="My" permissionLevel="elevated" />',
      notes: 'Only certificates that an endpoint binds (certificate="…") are reported: a certificate no endpoint uses is there for the application itself (client authentication, token signing, Key Vault access), which needs to read its key. Certificates in stores that hold only public certificates (Root, CA, TrustedPeople…) are not reported either. Keep limitedOrElevated when the application itself also uses the key of an endpoint certificate.',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Certificate permissionLevel)'],
    catalog: 'SEC-007',
    tags: ['security'],
    precision: 'medium',
    defaultLevel: 'note',
    recommended: false,
    securitySeverity: 2.0,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      // Only an endpoint's certificate is known to need no more than IIS; others are the application's.
      const bound = new Set(role.endpoints.map((e) => e.certificate).filter((n) => n !== undefined));
      for (const c of role.certificates) {
        // Plug-in certificates (RemoteAccess.PasswordEncryption in build copies) are managed by the plug-in.
        if (c.permissionLevel === 'elevated' || c.name?.startsWith(PLUGIN_PREFIX)) continue;
        if (c.name === undefined || !bound.has(c.name)) continue;
        if (c.storeName !== undefined && PUBLIC_STORES.includes(c.storeName)) continue;
        ctx.report({
          at: c.el.attr('permissionLevel') ?? c.el,
          message: `every process of role "${role.name ?? '?'}" can read the private key of certificate "${c.name ?? '?'}"; add permissionLevel="elevated" unless the application itself uses the key`,
        });
      }
    }
  },
});
