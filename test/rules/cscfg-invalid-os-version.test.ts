import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const role = '  <Role name="W">\n    <Instances count="2" />\n  </Role>';
const file = (version: string): Record<string, string> => ({ 'ServiceConfiguration.Cloud.cscfg': cscfg(role, `serviceName="svc" osFamily="6" osVersion="${version}"`) });

ruleTester('CSCFG-invalid-os-version', {
  valid: [
    { name: 'auto-upgrade', files: file('*') },
    { name: 'a configuration string of the same family', files: file('WA-GUEST-OS-6.85_202511-01') },
    { name: 'a release-pipeline token', files: file('#{OsVersion}#') },
  ],
  invalid: [
    {
      name: 'malformed',
      files: file('latest'),
      errors: [{ line: 1, column: 54, message: 'osVersion="latest" is not "*" or a WA-GUEST-OS-<family>.<version>_<yyyymm>-<nn> string; use osVersion="*"' }],
    },
    {
      name: 'another family',
      files: file('WA-GUEST-OS-5.99_202409-01'),
      errors: [{ line: 1, column: 54, message: 'osVersion="WA-GUEST-OS-5.99_202409-01" is a family 5 image but osFamily="6"; make them agree, or use osVersion="*"' }],
    },
  ],
});
