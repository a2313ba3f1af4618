import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const role = (count: string): string => `  <Role name="Web">\n    <Instances count="${count}" />\n  </Role>`;

ruleTester('CSCFG-single-instance', {
  valid: [
    { name: 'two instances', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(role('2')) } },
    { name: 'one instance in the emulator configuration', files: { 'ServiceConfiguration.Local.cscfg': cscfg(role('1')) } },
  ],
  invalid: [
    {
      name: 'one instance in the cloud configuration',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(role('1')) },
      errors: [{ line: 3, column: 16, message: 'role "Web" runs one instance, which has no SLA and goes down on every update; set count="2" or more' }],
    },
    {
      name: 'a plain ServiceConfiguration.cscfg counts as deployed',
      files: { 'ServiceConfiguration.cscfg': cscfg(role('1')) },
      errors: [{ line: 3, column: 16, message: 'role "Web" runs one instance, which has no SLA and goes down on every update; set count="2" or more' }],
    },
  ],
});
