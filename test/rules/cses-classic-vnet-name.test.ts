import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`);
const network = (name: string): string => `  <Role name="Worker">
    <Instances count="2" />
  </Role>
  <NetworkConfiguration>
    <VirtualNetworkSite name="${name}" />
  </NetworkConfiguration>`;

ruleTester('CSES-classic-vnet-name', {
  valid: [
    { name: 'plain network name', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(network('shop-vnet')) } },
    {
      name: 'ARM id',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(network('/subscriptions/0/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v')),
      },
    },
    { name: 'a network named "Groupware"', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(network('Groupware')) } },
    { name: 'local configuration', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Local.cscfg': cscfg(network('Group rg vnet')) } },
  ],
  invalid: [
    {
      name: 'classic Group form',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(network('Group shop-rg shop-vnet')) },
      errors: [
        {
          line: 6,
          column: 25,
          message:
            'virtual network "Group shop-rg shop-vnet" uses the classic "Group <resource group> <network>" form; extended support needs the network name or its ARM id: write name="shop-vnet" (network in the same resource group) or the full /subscriptions/…/virtualNetworks/shop-vnet id',
        },
      ],
    },
  ],
});
