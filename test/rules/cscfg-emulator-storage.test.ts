import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const setting = (value: string): string => `  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Data" value="${value}" />
    </ConfigurationSettings>
  </Role>`;

ruleTester('CSCFG-emulator-storage', {
  valid: [
    { name: 'the emulator in the Local configuration', files: { 'ServiceConfiguration.Local.cscfg': cscfg(setting('UseDevelopmentStorage=true')) } },
    { name: 'a real account in the Cloud configuration', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(Key)')) } },
  ],
  invalid: [
    {
      name: 'UseDevelopmentStorage in the Cloud configuration',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('UseDevelopmentStorage=true')) },
      errors: [
        {
          line: 5,
          column: 28,
          message:
            'setting "Data" of role "Web" uses UseDevelopmentStorage=true, which exists only on a developer machine; give a real storage connection string (DefaultEndpointsProtocol=https;AccountName=…) or a release-pipeline token',
        },
      ],
    },
    {
      name: 'the emulator account spelled out, in a plain ServiceConfiguration.cscfg',
      files: {
        'ServiceConfiguration.cscfg': cscfg(
          setting('DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1'),
        ),
      },
      errors: [{ line: 5, column: 28, message: /uses the devstoreaccount1 emulator account, which exists only on a developer machine/ }],
    },
    {
      name: 'an emulator endpoint alone',
      files: { 'ServiceConfiguration.Production.cscfg': cscfg(setting('BlobEndpoint=http://127.0.0.1:10000/acct')) },
      errors: [{ line: 5, column: 28, message: /uses the emulator endpoint 127\.0\.0\.1:10000,/ }],
    },
  ],
});
