import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const cert = (thumbprint: string): Record<string, string> => ({
  'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="2" />
    <Certificates>
      <Certificate name="Ssl" thumbprint="${thumbprint}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`),
});
const GOOD = '9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D';

ruleTester('CSCFG-invalid-thumbprint', {
  valid: [
    { name: '40 hexadecimal digits', files: cert(GOOD) },
    { name: 'lower case is another rule\'s business', files: cert(GOOD.toLowerCase()) },
    { name: 'a release-pipeline token', files: cert('$(SslThumbprint)') },
  ],
  invalid: [
    {
      name: 'empty',
      files: cert(''),
      errors: [{ line: 5, column: 31, message: 'thumbprint of certificate "Ssl" in role "Web" is empty; paste the 40-digit SHA-1 thumbprint of the certificate' }],
    },
    {
      name: 'spaces from the certificate dialog',
      files: cert('94 27 BE FA 18 C7 D1 C2 A2 B3 C4 D5 E6 F7 08 19 2A 3B 4C 5D'),
      errors: [{ line: 5, column: 31, message: `thumbprint of certificate "Ssl" in role "Web" contains white space; write thumbprint="${GOOD}"` }],
    },
    {
      name: 'an invisible left-to-right mark',
      files: cert(`\u200e${GOOD}`),
      errors: [{ line: 5, column: 31, message: `thumbprint of certificate "Ssl" in role "Web" contains invisible characters (pasted from the certificate dialog); write thumbprint="${GOOD}"` }],
    },
    {
      name: 'truncated',
      files: cert(GOOD.slice(0, 39)),
      errors: [{ line: 5, column: 31, message: 'thumbprint of certificate "Ssl" in role "Web" has 39 digits instead of 40; paste the 40-digit SHA-1 thumbprint of the certificate' }],
    },
    {
      name: 'a three-letter placeholder',
      files: cert('XXX'),
      errors: [{ line: 5, column: 31, message: 'thumbprint of certificate "Ssl" in role "Web" is a placeholder, not a thumbprint; paste the 40-digit SHA-1 thumbprint of the certificate' }],
    },
  ],
});
