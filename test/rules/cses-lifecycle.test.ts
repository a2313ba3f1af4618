import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const message =
  'Cloud Services (classic) is retired and Cloud Services (extended support) is fully retired on 2027-03-31; plan the move of this service to another compute platform (App Service, Container Apps, AKS or Virtual Machine Scale Sets)';

ruleTester('CSES-lifecycle', {
  valid: [{ name: 'a folder with no service files', files: { 'README.md': '# nothing here\n' } }],
  invalid: [
    {
      name: 'once per service, on the definition',
      files: {
        'ServiceDefinition.csdef': csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />'),
        'ServiceConfiguration.Cloud.cscfg': cscfg('  <Role name="Worker">\n    <Instances count="2" />\n  </Role>'),
        'ServiceConfiguration.Local.cscfg': cscfg('  <Role name="Worker">\n    <Instances count="1" />\n  </Role>'),
      },
      errors: [{ line: 1, column: 1, file: 'ServiceDefinition.csdef', message }],
    },
    {
      name: 'on the configuration when there is no definition',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg('  <Role name="Worker">\n    <Instances count="2" />\n  </Role>') },
      errors: [{ line: 1, column: 1, file: 'ServiceConfiguration.Cloud.cscfg', message }],
    },
  ],
});
