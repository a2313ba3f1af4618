import { defineRule, PLUGIN_PREFIX } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { isPipelineToken } from '../lib/sec-values.js';

const SETTING = `${PLUGIN_PREFIX}RemoteAccess.AccountExpiration`;
const ENABLED = `${PLUGIN_PREFIX}RemoteAccess.Enabled`;

interface Options {
  /** The date to compare with (YYYY-MM-DD); defaults to the day the linter runs. */
  readonly today?: string;
}

/** Parses the plug-in's format, 2019-01-01T23:59:59.0000000-08:00 (seven fractional digits). */
function parseExpiration(value: string): Date | undefined {
  const v = value.trim().replace(/(\.\d{3})\d+/, '$1');
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : new Date(t);
}

export default defineRule<Options>({
  meta: {
    id: 'CSCFG-remote-access-expiration',
    shortDescription: 'The Remote Desktop account expiration is in the past or unreadable',
    fullDescription:
      'Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountExpiration is when the Remote Desktop account created by the classic plug-in stops working. A date in the past means Remote Desktop is silently unusable and the settings are stale; a value that is not a date is rejected by the plug-in.',
    help: help({
      why: 'Visual Studio writes the expiration once, when Remote Desktop is enabled; months later nobody can sign in and nobody knows why.',
      bad: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountExpiration" value="2019-01-01T00:00:00.0000000-08:00" />',
      good: '<!-- remove the RemoteAccess plug-in and enable the Remote Desktop extension when needed -->',
      notes: 'Decision on an inference rule: a hygiene warning in the strict preset. The lasting fix for extended support is to drop the RDP plug-in altogether. Only roles whose RemoteAccess.Enabled is true are checked (a disabled plug-in creates no account), and Local configurations are skipped (the emulator does not run the plug-in); empty values and release-pipeline tokens are skipped. The option `today` (YYYY-MM-DD) fixes the comparison date for reproducible runs.',
    }),
    sources: ['MicrosoftDocs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md'],
    catalog: 'CSCFG-013',
    tags: ['hygiene'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: false,
    optionsSchema: {
      type: 'object',
      properties: { today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
      additionalProperties: false,
    },
  },
  check(service, ctx) {
    const today = ctx.options.today ? new Date(`${ctx.options.today}T00:00:00Z`) : new Date();
    for (const cfg of service.configurations) {
      // The emulator does not run the plug-in: a Local configuration's account is never created.
      if (cfg.isLocal) continue;
      for (const role of cfg.roles) {
        // A disabled plug-in creates no account, so its expiration means nothing.
        const enabled = role.settings.find((x) => x.name === ENABLED)?.value?.trim().toLowerCase();
        if (enabled !== 'true' && enabled !== '1') continue;
        for (const s of role.settings) {
          if (s.name !== SETTING || s.value === undefined) continue;
          const v = s.value.trim();
          if (v === '' || isPipelineToken(v)) continue;
          const at = s.valueAttr ?? s.el;
          const d = parseExpiration(v);
          if (!d) {
            ctx.report({ at, message: `RemoteAccess.AccountExpiration "${v}" of role "${role.name ?? '?'}" is not a date; write one such as 2026-12-31T23:59:59.0000000+00:00, or remove the RDP plug-in` });
          } else if (d.getTime() < today.getTime()) {
            ctx.report({
              at,
              message: `the Remote Desktop account of role "${role.name ?? '?'}" expired on ${d.toISOString().slice(0, 10)}; remove the RDP plug-in settings (extended support uses the Remote Desktop extension) or set a new date`,
              key: `RemoteAccess expired ${role.name ?? '?'}`,
            });
          }
        }
      }
    }
  },
});
