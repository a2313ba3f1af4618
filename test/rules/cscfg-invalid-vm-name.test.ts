import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const role = (vmName: string): Record<string, string> => ({
  'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web" vmName="${vmName}">\n    <Instances count="2" />\n  </Role>`),
});

ruleTester('CSCFG-invalid-vm-name', {
  valid: [
    { name: 'ten characters', files: role('frontend01') },
    { name: 'an inner hyphen', files: role('web-01') },
  ],
  invalid: [
    {
      name: 'too long',
      files: role('frontendweb01'),
      errors: [{ line: 2, column: 20, message: 'vmName="frontendweb01" of role "Web" has 13 characters; at most 10 are allowed; for example vmName="frontendwe"' }],
    },
    {
      name: 'an underscore and a trailing hyphen',
      files: role('web_01-'),
      errors: [{ line: 2, column: 20, message: 'vmName="web_01-" of role "Web" may hold only letters, digits and inner hyphens; for example vmName="web01"' }],
    },
  ],
});
