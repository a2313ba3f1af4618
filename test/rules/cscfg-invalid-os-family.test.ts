import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const role = '  <Role name="W">\n    <Instances count="2" />\n  </Role>';
const file = (family: string): Record<string, string> => ({ 'ServiceConfiguration.Cloud.cscfg': cscfg(role, `serviceName="svc" osFamily="${family}" osVersion="*"`) });

ruleTester('CSCFG-invalid-os-family', {
  valid: [
    { name: 'a supported family', files: file('7') },
    { name: 'a retired family is another rule\'s business', files: file('4') },
    { name: 'a release-pipeline token', files: file('$(OsFamily)') },
  ],
  invalid: [
    {
      name: 'a Windows Server year',
      files: file('2022'),
      errors: [{ line: 1, column: 41, message: 'osFamily="2022" is not a family number; Windows Server 2022 is osFamily="7"' }],
    },
    {
      name: 'not a number',
      files: file('7.0'),
      errors: [{ line: 1, column: 41, message: 'osFamily="7.0" is not a Guest OS family; use a number from 1–7 (5, 6 or 7 are supported)' }],
    },
    {
      name: 'a family that does not exist',
      files: file('8'),
      errors: [{ line: 1, column: 41, message: 'osFamily="8" is not a Guest OS family; use a number from 1–7 (5, 6 or 7 are supported)' }],
    },
  ],
});
