import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-classic-vnet-name',
    shortDescription: 'The virtual network is named in the classic "Group <rg> <vnet>" form',
    fullDescription:
      'Classic virtual networks created in the portal are referenced as "Group <resource group> <network>". Extended support needs the network name (same resource group) or its full ARM resource id; the classic form fails validation.',
    help: help({
      why: 'The classic form names a classic network, which no longer exists once it is migrated (it becomes a normal ARM network, named "group-<rg>-<vnet>" when it was portal-created).',
      bad: '<VirtualNetworkSite name="Group shop-rg shop-vnet" />',
      good: '<VirtualNetworkSite name="shop-vnet" />\n<!-- or, for a network in another resource group -->\n<VirtualNetworkSite name="/subscriptions/<sub>/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/shop-vnet" />',
      notes: 'Local configurations are skipped.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-overview.md'],
    catalog: 'CSES-003',
    tags: ['extended-support', 'cscfg'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      const site = cfg.network?.virtualNetworkSite;
      if (cfg.isLocal || !site?.name) continue;
      const m = /^\s*Group\s+(\S+)\s+(.+?)\s*$/i.exec(site.name);
      if (!m) continue;
      ctx.report({
        at: site.el.attr('name') ?? site.el,
        message: `virtual network "${site.name}" uses the classic "Group <resource group> <network>" form; extended support needs the network name or its ARM id: write name="${m[2]}" (network in the same resource group) or the full /subscriptions/…/virtualNetworks/${m[2]} id`,
      });
    }
  },
});
