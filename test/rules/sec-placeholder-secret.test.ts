import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const setting = (name: string, value: string): string => `  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="${name}" value="${value}" />
    </ConfigurationSettings>
  </Role>`;
const cloud = (name: string, value: string): Record<string, string> => ({ 'ServiceConfiguration.Cloud.cscfg': cscfg(setting(name, value)) });

ruleTester('SEC-placeholder-secret', {
  valid: [
    { name: 'a release-pipeline token', files: cloud('Data', 'AccountName=contoso;AccountKey=$(StorageKey)') },
    { name: 'an Octopus-style token', files: cloud('Data', 'AccountName=contoso;AccountKey=#{StorageKey}') },
    { name: 'a placeholder in the Local configuration', files: { 'ServiceConfiguration.Local.cscfg': cscfg(setting('Data', 'AccountName=contoso;AccountKey=[your key]')) } },
    { name: 'a placeholder-looking value where no secret belongs', files: cloud('Greeting', '[your name]') },
  ],
  invalid: [
    {
      name: 'a bracketed placeholder for an account key',
      files: cloud('Data', 'DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=[your key]'),
      errors: [
        {
          line: 5,
          column: 28,
          message:
            'AccountKey of setting "Data" in role "Web" is the placeholder "[your key]"; supply the real value at deployment (a release-pipeline token such as $(Data)) or remove the setting',
        },
      ],
    },
    {
      name: 'a template parameter for a password',
      files: cloud('Smtp.Password', '$smtpPassword$'),
      errors: [{ line: 5, column: 37, message: /^the value of setting "Smtp.Password" in role "Web" is the placeholder "\$smtpPassword\$"; .* \$\(Password\)\)/ }],
    },
  ],
});
