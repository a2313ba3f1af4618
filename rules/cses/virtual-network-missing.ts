import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-virtual-network-missing',
    shortDescription: 'A deployed configuration declares no virtual network',
    fullDescription:
      'Cloud Services (extended support) deploys every cloud service into a virtual network: the configuration must hold NetworkConfiguration/VirtualNetworkSite naming it (the name when the network is in the same resource group, its full ARM id otherwise). Classic deployments could live outside any network; extended support rejects them. Local (emulator) configurations are not checked.',
    help: help({
      why: 'Classic Cloud Services no longer runs, so every deployment goes to extended support, which requires a virtual network. The network cannot be changed after the cloud service is created, so it has to be right in the first deployment.',
      bad: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">\n  <Role name="Web">\n    <Instances count="2" />\n  </Role>\n</ServiceConfiguration>',
      good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">\n  <Role name="Web">\n    <Instances count="2" />\n  </Role>\n  <NetworkConfiguration>\n    <VirtualNetworkSite name="shop-vnet" />\n    <AddressAssignments>\n      <InstanceAddress roleName="Web">\n        <Subnets>\n          <Subnet name="web" />\n        </Subnets>\n      </InstanceAddress>\n    </AddressAssignments>\n  </NetworkConfiguration>\n</ServiceConfiguration>',
      notes: 'Configurations whose name marks them as local (ServiceConfiguration.Local.cscfg and the like) run in the emulator and are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (virtual network required)',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/faq.yml (the network cannot be changed later)',
    ],
    catalog: 'CSES-001',
    tags: ['extended-support', 'cscfg'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal || cfg.network?.virtualNetworkSite) continue;
      const where = cfg.network ? 'its <NetworkConfiguration> has no <VirtualNetworkSite>' : 'it has no <NetworkConfiguration>';
      ctx.report({
        at: cfg.network?.el ?? cfg.el,
        message: `${cfg.file} declares no virtual network (${where}); extended support deploys only into one: add <NetworkConfiguration><VirtualNetworkSite name="<vnet>" /> with a subnet for every role`,
      });
    }
  },
});
