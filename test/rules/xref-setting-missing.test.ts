import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web">
    <ConfigurationSettings>
      <Setting name="Greeting" />
    </ConfigurationSettings>
  </WebRole>
  <WorkerRole name="Worker">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
    <ConfigurationSettings>
      <Setting name="Queue" />
      <Setting name="Storage" />
    </ConfigurationSettings>
  </WorkerRole>`);

ruleTester('XREF-setting-missing', {
  valid: [
    {
      name: 'every declared setting given, one of them empty; a configured role the definition lacks is skipped',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="Greeting" value="" />
    </ConfigurationSettings>
  </Role>
  <Role name="Worker">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Storage" value="UseDevelopmentStorage=true" />
      <Setting name="Queue" value="jobs" />
      <Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="UseDevelopmentStorage=true" />
    </ConfigurationSettings>
  </Role>
  <Role name="Other">
    <Instances count="1" />
  </Role>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a setting given under another case, and a role without ConfigurationSettings',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
      <Setting name="storage" value="UseDevelopmentStorage=true" />
    </ConfigurationSettings>
  </Role>
  <Role name="Web">
    <Instances count="1" />
  </Role>`),
      },
      errors: [
        {
          line: 4,
          column: 5,
          message: 'role "Worker" gives no value for setting "Storage" declared in ServiceDefinition.csdef; add <Setting name="Storage" value="..." />',
        },
        {
          line: 9,
          column: 3,
          message: 'role "Web" gives no value for setting "Greeting" declared in ServiceDefinition.csdef; add <Setting name="Greeting" value="..." />',
        },
      ],
    },
  ],
});
