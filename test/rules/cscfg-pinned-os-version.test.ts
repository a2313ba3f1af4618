import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const role = '  <Role name="W">\n    <Instances count="2" />\n  </Role>';
const file = (version: string): Record<string, string> => ({ 'ServiceConfiguration.Cloud.cscfg': cscfg(role, `serviceName="svc" osFamily="7" osVersion="${version}"`) });

ruleTester('CSCFG-pinned-os-version', {
  valid: [
    { name: 'auto-upgrade', files: file('*') },
    { name: 'a malformed value is left to CSCFG-invalid-os-version', files: file('7.40') },
  ],
  invalid: [
    {
      name: 'a pinned release',
      files: file('WA-GUEST-OS-7.40_202404-01'),
      errors: [{ line: 1, column: 54, message: 'osVersion pins the 2024-04 Guest OS release; only the latest two releases are supported, so use osVersion="*"' }],
    },
  ],
});
