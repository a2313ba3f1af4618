import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const clean = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
  </WorkerRole>`);
const withRdp = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="RemoteAccess" />
      <Import moduleName="RemoteForwarder" />
    </Imports>
  </WorkerRole>`);
const rdpRole = `  <Role name="Worker">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="q" />
      <Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />
      <Setting name="Microsoft.WindowsAzure.Plugins.RemoteForwarder.Enabled" value="true" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="Microsoft.WindowsAzure.Plugins.RemoteAccess.PasswordEncryption" thumbprint="0F3A5C7E9B1D2F4A6C8E0B2D4F6A8C0E2B4D6F8A" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`;

ruleTester('CSES-rdp-plugin', {
  valid: [
    {
      name: 'no Remote Desktop plug-in',
      files: { 'ServiceDefinition.csdef': clean, 'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">\n    <Instances count="2" />\n  </Role>`) },
    },
  ],
  invalid: [
    {
      name: 'Imports in the definition; settings in the local file are not reported',
      files: { 'ServiceDefinition.csdef': withRdp, 'ServiceConfiguration.Local.cscfg': cscfg(rdpRole) },
      errors: [
        {
          line: 4,
          column: 7,
          message:
            'role "Worker" imports the RemoteAccess plug-in, which extended support does not take; remove the Import (and its settings from every configuration) and enable Remote Desktop with the RDP extension',
        },
        {
          line: 5,
          column: 7,
          message:
            'role "Worker" imports the RemoteForwarder plug-in, which extended support does not take; remove the Import (and its settings from every configuration) and enable Remote Desktop with the RDP extension',
        },
      ],
    },
    {
      name: 'plug-in settings and certificate in a deployed configuration: one finding per role',
      files: { 'ServiceDefinition.csdef': clean, 'ServiceConfiguration.Cloud.cscfg': cscfg(rdpRole) },
      errors: [
        {
          line: 6,
          column: 7,
          message:
            'role "Worker" in ServiceConfiguration.Cloud.cscfg carries Remote Desktop plug-in configuration (2 settings and the PasswordEncryption certificate); extended support does not take the plug-in: delete the Microsoft.WindowsAzure.Plugins.RemoteAccess.* and RemoteForwarder.* entries and use the RDP extension',
        },
      ],
    },
  ],
});
