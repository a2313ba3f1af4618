import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2" />
  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`);
const roles = `  <Role name="Web">
    <Instances count="2" />
  </Role>
  <Role name="Worker">
    <Instances count="2" />
  </Role>`;

ruleTester('CSES-role-subnet-missing', {
  valid: [
    {
      name: 'every role in a subnet',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`${roles}
  <NetworkConfiguration>
    <VirtualNetworkSite name="vnet" />
    <AddressAssignments>
      <InstanceAddress roleName="Web"><Subnets><Subnet name="web" /></Subnets></InstanceAddress>
      <InstanceAddress roleName="Worker"><Subnets><Subnet name="work" /></Subnets></InstanceAddress>
    </AddressAssignments>
  </NetworkConfiguration>`),
      },
    },
    {
      name: 'no virtual network (another rule reports that)',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(roles) },
    },
  ],
  invalid: [
    {
      name: 'one role unassigned, one with an empty Subnets',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`${roles}
  <NetworkConfiguration>
    <VirtualNetworkSite name="vnet" />
    <AddressAssignments>
      <InstanceAddress roleName="Worker"><Subnets /></InstanceAddress>
    </AddressAssignments>
  </NetworkConfiguration>`),
      },
      errors: [
        {
          line: 2,
          column: 9,
          message:
            'role "Web" is not assigned to a subnet of virtual network "vnet" in ServiceConfiguration.Cloud.cscfg; add <InstanceAddress roleName="Web"><Subnets><Subnet name="<subnet>" /></Subnets></InstanceAddress> under <AddressAssignments>',
        },
        {
          line: 5,
          column: 9,
          message:
            'role "Worker" has an <InstanceAddress> without a <Subnet> in ServiceConfiguration.Cloud.cscfg; extended support needs every role in a subnet: add <Subnets><Subnet name="<subnet>" /></Subnets>',
        },
      ],
    },
  ],
});
