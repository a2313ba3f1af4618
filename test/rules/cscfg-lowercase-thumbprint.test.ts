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

ruleTester('CSCFG-lowercase-thumbprint', {
  valid: [
    { name: 'upper case', files: cert(GOOD) },
    { name: 'digits only', files: cert('1234567890123456789012345678901234567890') },
    { name: 'a malformed thumbprint is another rule\'s business', files: cert('94 27 be') },
  ],
  invalid: [
    {
      name: 'lower case',
      files: cert(GOOD.toLowerCase()),
      errors: [{ line: 5, column: 31, message: `thumbprint of certificate "Ssl" in role "Web" is in lower case; write thumbprint="${GOOD}"` }],
    },
  ],
});
