import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
  </WorkerRole>`);
const config = (value: string): string =>
  cscfg(`  <Role name="Worker">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="${value}" />
    </ConfigurationSettings>
  </Role>`);

ruleTester('XREF-diagnostics-connection-string-empty', {
  valid: [
    {
      name: 'a storage account',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': config('DefaultEndpointsProtocol=https;AccountName=diag;AccountKey=abcd'),
      },
    },
    { name: 'empty in the local file', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Local.cscfg': config('') } },
    {
      name: 'no Import',
      files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />'), 'ServiceConfiguration.Cloud.cscfg': config('') },
    },
  ],
  invalid: [
    {
      name: 'empty in a deployed configuration',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': config('  ') },
      errors: [
        {
          line: 5,
          column: 83,
          message:
            'role "Worker" imports the Diagnostics plug-in but its Diagnostics.ConnectionString is empty in ServiceConfiguration.Cloud.cscfg; give an https storage connection string, or remove the Import and configure the Azure Diagnostics extension',
        },
      ],
    },
  ],
});
