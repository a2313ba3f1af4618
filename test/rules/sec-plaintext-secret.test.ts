import assert from 'node:assert/strict';
import { it } from 'node:test';
import { cscfg, lintFiles, ruleTester } from '../helpers/lint-harness.js';

const setting = (name: string, value: string): string => `  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="${name}" value="${value}" />
    </ConfigurationSettings>
  </Role>`;
const cloud = (name: string, value: string): Record<string, string> => ({ 'ServiceConfiguration.Cloud.cscfg': cscfg(setting(name, value)) });
const SB_KEY = 'n0va8bJwTiG1Xk4pQ7rS2tU5vW8xY1zA3bC6dE9fG2h=';

ruleTester('SEC-plaintext-secret', {
  valid: [
    { name: 'a SQL connection string with a token for the password', files: cloud('Db', 'Server=tcp:x;User ID=app;Password=$(DbPassword)') },
    { name: 'integrated security', files: cloud('Db', 'Server=tcp:x;Integrated Security=true') },
    { name: 'an instrumentation key is not a secret', files: cloud('APPINSIGHTS_INSTRUMENTATIONKEY', '18e93f51-0000-4000-8000-000000000000') },
    { name: 'a URL in a setting named like a token endpoint', files: cloud('AuthToken', 'https://login.example.com/token') },
    { name: 'the encrypted RDP password belongs to another rule', files: cloud('Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountEncryptedPassword', 'MIIBnQYJKoZIhvcNAQcDoIIBjjCCAYoCAQAx') },
    { name: 'a placeholder', files: cloud('SmtpPassword', '***') },
    { name: 'a storage key belongs to SEC-storage-account-key', files: cloud('Data', 'AccountName=a;AccountKey=CzBVep/E6Q4zWH2ix+wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW+yBFao+02f4jSG2St9wBJg==') },
  ],
  invalid: [
    {
      name: 'a short SQL password is masked completely',
      files: cloud('Db', 'Server=tcp:x;User ID=app;Password=hunter2'),
      errors: [{ line: 5, column: 26, message: 'setting "Db" of role "Web" holds a clear-text Password (*******); remove it from the file, rotate it, and have the release pipeline insert it' }],
    },
    {
      name: 'a Service Bus key',
      files: cloud('Sb', `Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${SB_KEY}`),
      errors: [
        {
          line: 5,
          column: 26,
          message: 'setting "Sb" of role "Web" holds a clear-text SharedAccessKey (n0va…(44 characters, masked)); remove it from the file, rotate it, and have the release pipeline insert it',
        },
      ],
    },
    {
      name: 'a setting named like a password',
      files: cloud('SmtpPassword', 'Takeiteasy22'),
      errors: [{ line: 5, column: 36, message: 'setting "SmtpPassword" of role "Web" holds a clear-text secret (Take…(12 characters, masked)); remove it from the file, rotate it, and have the release pipeline insert it' }],
    },
    {
      name: 'the signature of a SAS URL',
      files: cloud('Package', 'https://a.blob.core.windows.net/c/p.zip?sv=2020-08-04&amp;sr=b&amp;sig=AbCdEf0123456789AbCdEf0123456789AbCdEf01234%3D'),
      errors: [{ line: 5, column: 31, message: /holds a clear-text SAS signature \(sig=\) \(AbCd…\(44 characters, masked\)\)/ }],
    },
  ],
});

it('SEC-plaintext-secret never prints the secret', () => {
  const findings = lintFiles(cloud('Sb', `Endpoint=sb://x/;SharedAccessKeyName=Root;SharedAccessKey=${SB_KEY}`), { only: ['SEC-plaintext-secret'] });
  assert.equal(findings.length, 1);
  assert.ok(!JSON.stringify(findings).includes(SB_KEY.slice(4, 14)));
});
