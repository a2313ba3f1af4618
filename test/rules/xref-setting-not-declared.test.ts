import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
    <ConfigurationSettings>
      <Setting name="Queue" />
    </ConfigurationSettings>
  </WorkerRole>`);

ruleTester('XREF-setting-not-declared', {
  valid: [
    {
      name: 'declared setting and a setting of an imported plug-in',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
      <Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="" />
    </ConfigurationSettings>
  </Role>`),
      },
    },
  ],
  invalid: [
    {
      name: 'undeclared setting, and a plug-in setting without its Import',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
      <Setting name="QueueName" value="jobs" />
      <Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />
    </ConfigurationSettings>
  </Role>`),
      },
      errors: [
        {
          line: 6,
          column: 16,
          message:
            'setting "QueueName" of role "Worker" is not declared in ServiceDefinition.csdef; add <Setting name="QueueName" /> to the role\'s <ConfigurationSettings> or remove it here',
        },
        {
          line: 7,
          column: 16,
          message:
            'setting "Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" of role "Worker" belongs to the RemoteAccess plug-in, which the role does not import in ServiceDefinition.csdef; add <Import moduleName="RemoteAccess" /> or remove the setting',
        },
      ],
    },
  ],
});
