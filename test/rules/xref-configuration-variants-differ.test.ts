import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const local = cscfg(`  <Role name="Worker">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
      <Setting name="Mode" value="dev" />
    </ConfigurationSettings>
  </Role>
  <Role name="Web">
    <Instances count="1" />
  </Role>`);
const cloud = cscfg(`  <Role name="Worker">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
    </ConfigurationSettings>
  </Role>`);

ruleTester('XREF-configuration-variants-differ', {
  valid: [
    {
      name: 'variants that agree, without a definition',
      files: { 'ServiceConfiguration.Local.cscfg': cloud, 'ServiceConfiguration.Cloud.cscfg': cloud },
    },
    {
      name: 'a broken definition still groups the variants, but a readable one leaves the comparison to the other XREF rules',
      files: {
        'ServiceDefinition.csdef': `<ServiceDefinition name="svc" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">\n  <WorkerRole name="Worker" />\n  <WebRole name="Web" />\n</ServiceDefinition>\n`,
        'ServiceConfiguration.Local.cscfg': local,
        'ServiceConfiguration.Cloud.cscfg': cloud,
      },
    },
  ],
  invalid: [
    {
      name: 'the cloud file lacks a role and a setting the local file has (definition unreadable)',
      files: {
        'ServiceDefinition.csdef': '<ServiceDefinition name="svc">\n  <WorkerRole name="Worker">\n</ServiceDefinition>\n',
        'ServiceConfiguration.Local.cscfg': local,
        'ServiceConfiguration.Cloud.cscfg': cloud,
      },
      errors: [
        {
          line: 1,
          column: 1,
          file: 'ServiceConfiguration.Cloud.cscfg',
          message:
            'ServiceConfiguration.Cloud.cscfg has no <Role> for "Web", which ServiceConfiguration.Local.cscfg configures; every variant must configure the same roles',
        },
        {
          line: 2,
          column: 9,
          file: 'ServiceConfiguration.Cloud.cscfg',
          message:
            'role "Worker" in ServiceConfiguration.Cloud.cscfg lacks setting "Mode" that ServiceConfiguration.Local.cscfg gives; add it here or remove it there',
        },
      ],
    },
  ],
});
