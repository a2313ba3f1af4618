import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSES-diagnostics-plugin', {
  valid: [
    {
      name: 'other imports only',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="RemoteAccess" />
    </Imports>
  </WorkerRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'Diagnostics imported',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
  </WorkerRole>`),
      },
      errors: [
        {
          line: 4,
          column: 7,
          message:
            'role "Worker" imports the Diagnostics plug-in; for extended support remove the Import and the Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString settings, and configure the Azure Diagnostics (PaaSDiagnostics) extension instead',
        },
      ],
    },
  ],
});
