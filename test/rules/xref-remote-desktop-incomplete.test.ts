import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="RemoteAccess" />
      <Import moduleName="RemoteForwarder" />
    </Imports>
  </WebRole>`);
const P = 'Microsoft.WindowsAzure.Plugins.';
const config = (enabled: string, user: string, forwarder: string, thumb: string): string =>
  cscfg(`  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="${P}RemoteAccess.Enabled" value="${enabled}" />
      <Setting name="${P}RemoteAccess.AccountUsername" value="${user}" />
      <Setting name="${P}RemoteAccess.AccountEncryptedPassword" value="MIIBnQYJKoZIhvcNAQcDoIIBjjCCAYoCAQAx" />
      <Setting name="${P}RemoteAccess.AccountExpiration" value="2030-01-01T00:00:00.0000000+00:00" />
      <Setting name="${P}RemoteForwarder.Enabled" value="${forwarder}" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="${P}RemoteAccess.PasswordEncryption" thumbprint="${thumb}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`);
const thumb = '0F3A5C7E9B1D2F4A6C8E0B2D4F6A8C0E2B4D6F8A';

ruleTester('XREF-remote-desktop-incomplete', {
  valid: [
    { name: 'complete set-up', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': config('true', 'admin', 'true', thumb) } },
    { name: 'disabled with empty values', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': config('false', '', 'false', '') } },
    { name: 'local configuration', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Local.cscfg': config('true', '', 'false', '') } },
  ],
  invalid: [
    {
      name: 'enabled with an empty user name, no thumbprint and the forwarder off',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': config('true', '', 'false', '') },
      errors: [
        {
          line: 5,
          column: 7,
          message:
            'Remote Desktop is enabled for role "Web" in ServiceConfiguration.Cloud.cscfg but RemoteAccess.AccountUsername is empty; set it, or set RemoteAccess.Enabled to false',
        },
        {
          line: 9,
          column: 78,
          message:
            'Remote Desktop is enabled in ServiceConfiguration.Cloud.cscfg but RemoteForwarder.Enabled is not true in role "Web", which carries the public RDP endpoint; set it to true, or disable RemoteAccess',
        },
        {
          line: 12,
          column: 90,
          message:
            'Remote Desktop is enabled for role "Web" in ServiceConfiguration.Cloud.cscfg but the PasswordEncryption certificate has no thumbprint; give the thumbprint of the certificate the password was encrypted with',
        },
      ],
    },
  ],
});
