import assert from 'node:assert/strict';
import { it } from 'node:test';
import { cscfg, lintFiles, ruleTester } from '../helpers/lint-harness.js';

/** A made-up key with the shape of a real one: 64 bytes in base64. */
const KEY = 'CzBVep/E6Q4zWH2ix+wRNluApcrvFDleg6jN8hc8YYar0PUaP2SJrtP4HUJnjLHW+yBFao+02f4jSG2St9wBJg==';
const EMULATOR_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

const setting = (name: string, value: string): string => `  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="${name}" value="${value}" />
    </ConfigurationSettings>
  </Role>`;
const conn = (key: string): string => `DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=${key}`;

ruleTester('SEC-storage-account-key', {
  valid: [
    { name: 'the emulator key', files: { 'ServiceConfiguration.Local.cscfg': cscfg(setting('Data', conn(EMULATOR_KEY))) } },
    { name: 'a release-pipeline token', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('Data', conn('$(StorageKey)'))) } },
    { name: 'a placeholder', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('Data', conn('[your key]'))) } },
    { name: 'an empty value', files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('Data', '')) } },
  ],
  invalid: [
    {
      name: 'a key in a connection string, masked',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('Data', conn(KEY))) },
      errors: [
        {
          line: 5,
          column: 28,
          message:
            'setting "Data" of role "Web" holds the key of storage account "contoso" (CzBV…(88 characters, masked)); rotate the key, and put a release-pipeline token or a managed identity in its place',
        },
      ],
    },
    {
      name: 'a key in the Local configuration leaks just the same',
      files: { 'ServiceConfiguration.Local.cscfg': cscfg(setting('Data', conn(KEY))) },
      errors: [{ line: 5, column: 28, message: /holds the key of storage account "contoso" \(CzBV…\(88 characters, masked\)\)/ }],
    },
    {
      name: 'a bare key in a setting named like one',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('StorageAccountKey', KEY)) },
      errors: [{ line: 5, column: 41, message: /holds a storage account key \(CzBV…\(88 characters, masked\)\)/ }],
    },
  ],
});

it('SEC-storage-account-key never prints the key', () => {
  const findings = lintFiles({ 'ServiceConfiguration.Cloud.cscfg': cscfg(setting('Data', conn(KEY))) }, { only: ['SEC-storage-account-key'] });
  assert.equal(findings.length, 1);
  for (const f of findings) {
    assert.ok(!f.message.includes(KEY.slice(0, 12)), f.message);
    assert.ok(!JSON.stringify(f).includes(KEY.slice(4, 16)), 'no part of the key beyond the prefix in the finding');
  }
});
