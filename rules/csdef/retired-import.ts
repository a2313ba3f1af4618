import { defineRule, findImportModule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const FIX: Readonly<Record<string, string>> = {
  Caching: 'move the cache to Azure Cache for Redis and remove the Import and its Microsoft.WindowsAzure.Plugins.Caching.* settings',
  Connect: 'remove the Import and its settings; use a virtual network (required by extended support) instead',
};

export default defineRule({
  meta: {
    id: 'CSDEF-retired-import',
    shortDescription: 'A role imports a retired plug-in (In-Role Cache or Azure Connect)',
    fullDescription:
      'The Caching plug-in (In-Role Cache) and the Connect plug-in (Azure Connect) belong to retired services. Current SDKs and the schema docs no longer list them, so the role either fails to package or depends on a feature that no longer works.',
    help: help({
      why: 'In-Role Cache was retired and Microsoft points its users to Azure Cache for Redis; Azure Connect was replaced by virtual networks long ago but still appears in old documentation samples.',
      bad: '<Imports>\n  <Import moduleName="Caching" />\n</Imports>',
      good: '<Imports>\n  <Import moduleName="Diagnostics" />\n</Imports>\n<!-- cache: Azure Cache for Redis, connection string in a Setting -->',
    }),
    sources: [
      'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Import element lists only RemoteAccess, RemoteForwarder, Diagnostics)',
      'MSDN In-Role Cache FAQ (hh914142, archived)',
    ],
    catalog: 'CSDEF-017',
    tags: ['retired', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'warning',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const i of role.imports) {
        const m = i.moduleName ? findImportModule(i.moduleName) : undefined;
        if (!m || m.status !== 'retired') continue;
        ctx.report({
          at: i.el.attr('moduleName') ?? i.el,
          message: `role "${role.name ?? '?'}" imports the retired ${m.name} plug-in${m.note ? ` (${m.note})` : ''}; ${FIX[m.name] ?? 'remove the Import'}`,
        });
      }
    }
  },
});
