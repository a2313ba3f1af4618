import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const setting = (value: string): string => `  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="${value}" />
    </ConfigurationSettings>
  </Role>`;

ruleTester('CSCFG-storage-http', {
  valid: [
    { name: 'https', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(Key)')) } },
    { name: 'the emulator speaks http in the Local configuration', files: { 'ServiceConfiguration.Local.cscfg': cscfg(setting('DefaultEndpointsProtocol=http;AccountName=contoso;AccountKey=$(Key)')) } },
    { name: 'an emulator string is another rule\'s business', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('DefaultEndpointsProtocol=http;AccountName=devstoreaccount1')) } },
  ],
  invalid: [
    {
      name: 'http in the Cloud configuration, any case',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('DefaultEndpointsProtocol=HTTP;AccountName=contoso;AccountKey=$(Key)')) },
      errors: [
        {
          line: 5,
          column: 83,
          message: 'setting "Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" of role "Web" connects to storage over plain HTTP; write DefaultEndpointsProtocol=https',
        },
      ],
    },
  ],
});
