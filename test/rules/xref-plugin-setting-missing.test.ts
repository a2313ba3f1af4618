import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const THUMB = '0123456789ABCDEF0123456789ABCDEF01234567';
const P = 'Microsoft.WindowsAzure.Plugins.';

const definition = csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="Diagnostics" />
      <Import moduleName="RemoteAccess" />
      <Import moduleName="RemoteForwarder" />
    </Imports>
  </WebRole>
  <WorkerRole name="Worker">
    <Imports>
      <Import moduleName="Diagnostics" />
      <Import moduleName="RemoteAccess" />
    </Imports>
  </WorkerRole>`);

ruleTester('XREF-plugin-setting-missing', {
  valid: [
    {
      name: 'every plug-in setting and certificate given for each Import',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="${P}Diagnostics.ConnectionString" value="UseDevelopmentStorage=true" />
      <Setting name="${P}RemoteAccess.Enabled" value="true" />
      <Setting name="${P}RemoteAccess.AccountUsername" value="admin" />
      <Setting name="${P}RemoteAccess.AccountEncryptedPassword" value="MIIB" />
      <Setting name="${P}RemoteAccess.AccountExpiration" value="2030-01-01T00:00:00.0000000+00:00" />
      <Setting name="${P}RemoteForwarder.Enabled" value="true" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="${P}RemoteAccess.PasswordEncryption" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>
  <Role name="Worker">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="${P}Diagnostics.ConnectionString" value="" />
      <Setting name="${P}RemoteAccess.Enabled" value="false" />
      <Setting name="${P}RemoteAccess.AccountUsername" value="" />
      <Setting name="${P}RemoteAccess.AccountEncryptedPassword" value="" />
      <Setting name="${P}RemoteAccess.AccountExpiration" value="" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="${P}RemoteAccess.PasswordEncryption" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`),
      },
    },
    {
      name: 'an Import that declares no settings (Connect) needs nothing in the configuration',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker">
    <Imports>
      <Import moduleName="Connect" />
    </Imports>
  </WorkerRole>`),
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">
    <Instances count="1" />
  </Role>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a RemoteAccess setting and certificate left out, and a role with no settings at all',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="Diagnostics" />
      <Import moduleName="RemoteAccess" />
    </Imports>
  </WebRole>
  <WorkerRole name="Worker">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
  </WorkerRole>`),
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="${P}Diagnostics.ConnectionString" value="UseDevelopmentStorage=true" />
      <Setting name="${P}RemoteAccess.Enabled" value="true" />
      <Setting name="${P}RemoteAccess.AccountUsername" value="admin" />
      <Setting name="${P}RemoteAccess.AccountEncryptedPassword" value="MIIB" />
    </ConfigurationSettings>
  </Role>
  <Role name="Worker">
    <Instances count="1" />
  </Role>`),
      },
      errors: [
        {
          line: 2,
          column: 3,
          message: `role "Web" gives no thumbprint for "${P}RemoteAccess.PasswordEncryption", which <Import moduleName="RemoteAccess" /> declares; add <Certificate name="${P}RemoteAccess.PasswordEncryption" thumbprint="..." thumbprintAlgorithm="sha1" /> or remove the import`,
        },
        {
          line: 4,
          column: 5,
          message: `role "Web" gives no value for "${P}RemoteAccess.AccountExpiration", which <Import moduleName="RemoteAccess" /> declares; add <Setting name="${P}RemoteAccess.AccountExpiration" value="..." /> or remove the import`,
        },
        {
          line: 11,
          column: 3,
          message: `role "Worker" gives no value for "${P}Diagnostics.ConnectionString", which <Import moduleName="Diagnostics" /> declares; add <Setting name="${P}Diagnostics.ConnectionString" value="..." /> or remove the import`,
        },
      ],
    },
  ],
});
