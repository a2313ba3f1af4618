import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (module: string): string =>
  csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="${module}" />
    </Imports>
  </WorkerRole>`);

ruleTester('CSDEF-retired-import', {
  valid: [
    { name: 'Diagnostics', files: { 'ServiceDefinition.csdef': role('Diagnostics') } },
    { name: 'an unknown module is left to CSDEF-unknown-import', files: { 'ServiceDefinition.csdef': role('Cache') } },
  ],
  invalid: [
    {
      name: 'In-Role Cache',
      files: { 'ServiceDefinition.csdef': role('Caching') },
      errors: [
        {
          line: 4,
          column: 15,
          message:
            'role "W" imports the retired Caching plug-in (In-Role Cache is retired; Microsoft points to Azure Cache for Redis); move the cache to Azure Cache for Redis and remove the Import and its Microsoft.WindowsAzure.Plugins.Caching.* settings',
        },
      ],
    },
    {
      name: 'Azure Connect',
      files: { 'ServiceDefinition.csdef': role('Connect') },
      errors: [
        {
          line: 4,
          column: 15,
          message:
            'role "W" imports the retired Connect plug-in (Azure Connect was retired long ago); remove the Import and its settings; use a virtual network (required by extended support) instead',
        },
      ],
    },
  ],
});
