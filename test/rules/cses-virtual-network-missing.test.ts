import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`);
const role = `  <Role name="Worker">
    <Instances count="2" />
  </Role>`;

ruleTester('CSES-virtual-network-missing', {
  valid: [
    {
      name: 'deployed configuration with a virtual network',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`${role}
  <NetworkConfiguration>
    <VirtualNetworkSite name="vnet" />
    <AddressAssignments>
      <InstanceAddress roleName="Worker">
        <Subnets><Subnet name="s" /></Subnets>
      </InstanceAddress>
    </AddressAssignments>
  </NetworkConfiguration>`),
      },
    },
    {
      name: 'local configuration without a network is for the emulator',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Local.cscfg': cscfg(role) },
    },
  ],
  invalid: [
    {
      name: 'no NetworkConfiguration at all',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(role) },
      errors: [
        {
          line: 1,
          column: 1,
          message:
            'ServiceConfiguration.Cloud.cscfg declares no virtual network (it has no <NetworkConfiguration>); extended support deploys only into one: add <NetworkConfiguration><VirtualNetworkSite name="<vnet>" /> with a subnet for every role',
        },
      ],
    },
    {
      name: 'NetworkConfiguration without VirtualNetworkSite',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.cscfg': cscfg(`${role}
  <NetworkConfiguration>
    <Dns />
  </NetworkConfiguration>`),
      },
      errors: [
        {
          line: 5,
          column: 3,
          message:
            'ServiceConfiguration.cscfg declares no virtual network (its <NetworkConfiguration> has no <VirtualNetworkSite>); extended support deploys only into one: add <NetworkConfiguration><VirtualNetworkSite name="<vnet>" /> with a subnet for every role',
        },
      ],
    },
  ],
});
