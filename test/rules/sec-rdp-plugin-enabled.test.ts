import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const P = 'Microsoft.WindowsAzure.Plugins.RemoteAccess';
const role = (enabled: string, user = 'admin'): string => `  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="${P}.Enabled" value="${enabled}" />
      <Setting name="${P}.AccountUsername" value="${user}" />
      <Setting name="${P}.AccountEncryptedPassword" value="MIIBnQYJKoZIhvcNAQcDoIIBjjCCAYoCAQAx" />
    </ConfigurationSettings>
  </Role>`;

ruleTester('SEC-rdp-plugin-enabled', {
  valid: [
    { name: 'disabled', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(role('false')) } },
    { name: 'enabled in the Local configuration', files: { 'ServiceConfiguration.Local.cscfg': cscfg(role('true')) } },
  ],
  invalid: [
    {
      name: 'enabled with committed credentials',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(role('true')) },
      errors: [
        {
          line: 5,
          column: 75,
          message:
            'role "Web" enables the Remote Desktop plug-in with its user name and encrypted password committed; set the value to false and remove the plug-in, then use the Remote Desktop extension when access is needed',
        },
      ],
    },
    {
      name: 'enabled, user name left empty',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(role('True', '')) },
      errors: [{ line: 5, column: 75, message: /enables the Remote Desktop plug-in with its encrypted password committed;/ }],
    },
  ],
});
