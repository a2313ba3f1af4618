import type { ConfigInput } from '../../src/lint/config.js';
import { cscfg, ruleTester } from '../helpers/lint-harness.js';

const P = 'Microsoft.WindowsAzure.Plugins.RemoteAccess';
const role = (enabled: string, expiration: string): Record<string, string> => ({
  'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="${P}.Enabled" value="${enabled}" />
      <Setting name="${P}.AccountExpiration" value="${expiration}" />
    </ConfigurationSettings>
  </Role>`),
});
const today: ConfigInput = { rules: { 'CSCFG-remote-access-expiration': ['warning', { today: '2026-06-01' }] } };

ruleTester('CSCFG-remote-access-expiration', {
  valid: [
    { name: 'a future date', files: role('true', '2026-12-31T23:59:59.0000000+00:00'), config: today },
    { name: 'a past date on a disabled plug-in', files: role('false', '2019-01-01T00:00:00.0000000-08:00'), config: today },
    { name: 'a release-pipeline token', files: role('true', '$(RdpExpiration)'), config: today },
    {
      name: 'a past date in a Local configuration, which the emulator never uses for Remote Desktop',
      files: { 'ServiceConfiguration.Local.cscfg': role('true', '2019-01-01T00:00:00.0000000-08:00')['ServiceConfiguration.Cloud.cscfg']! },
      config: today,
    },
  ],
  invalid: [
    {
      name: 'expired',
      files: role('true', '2019-01-01T00:00:00.0000000-08:00'),
      config: today,
      errors: [
        {
          line: 6,
          column: 85,
          message:
            'the Remote Desktop account of role "Web" expired on 2019-01-01; remove the RDP plug-in settings (extended support uses the Remote Desktop extension) or set a new date',
        },
      ],
    },
    {
      name: 'not a date',
      files: role('true', 'next year'),
      config: today,
      errors: [
        {
          line: 6,
          column: 85,
          message: 'RemoteAccess.AccountExpiration "next year" of role "Web" is not a date; write one such as 2026-12-31T23:59:59.0000000+00:00, or remove the RDP plug-in',
        },
      ],
    },
  ],
});
