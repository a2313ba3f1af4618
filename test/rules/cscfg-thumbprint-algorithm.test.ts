import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const cert = (algorithm: string): Record<string, string> => ({
  'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="2" />
    <Certificates>
      <Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="${algorithm}" />
    </Certificates>
  </Role>`),
});

ruleTester('CSCFG-thumbprint-algorithm', {
  valid: [{ name: 'sha1', files: cert('sha1') }],
  invalid: [
    {
      name: 'upper case',
      files: cert('SHA1'),
      errors: [{ line: 5, column: 85, message: 'thumbprintAlgorithm="SHA1" of certificate "Ssl" is not allowed; write thumbprintAlgorithm="sha1" (the thumbprint must then be the certificate\'s SHA-1 hash)' }],
    },
    {
      name: 'sha256',
      files: cert('sha256'),
      errors: [{ line: 5, column: 85, message: 'thumbprintAlgorithm="sha256" of certificate "Ssl" is not allowed; write thumbprintAlgorithm="sha1" (the thumbprint must then be the certificate\'s SHA-1 hash)' }],
    },
  ],
});
