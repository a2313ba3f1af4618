import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const web = csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Endpoints>
      <InputEndpoint name="HttpsIn" protocol="tcp" port="443" />
    </Endpoints>
  </WebRole>`);
const worker = csdef(`  <WorkerRole name="Web" vmsize="Standard_A1_v2" />`);
const config = (ip: string): string =>
  cscfg(`  <Role name="Web">
    <Instances count="2" />
  </Role>
  <NetworkConfiguration>
    <VirtualNetworkSite name="vnet" />
    <AddressAssignments>
      <InstanceAddress roleName="Web"><Subnets><Subnet name="s" /></Subnets></InstanceAddress>
      <ReservedIPs>
        ${ip}
      </ReservedIPs>
    </AddressAssignments>
  </NetworkConfiguration>`);

ruleTester('CSES-reserved-ip', {
  valid: [
    { name: 'named reserved IP and an input endpoint', files: { 'ServiceDefinition.csdef': web, 'ServiceConfiguration.Cloud.cscfg': config('<ReservedIP name="shop-ip" />') } },
  ],
  invalid: [
    {
      name: 'empty name',
      files: { 'ServiceDefinition.csdef': web, 'ServiceConfiguration.Cloud.cscfg': config('<ReservedIP name="" />') },
      errors: [
        {
          line: 10,
          column: 21,
          message:
            'the reserved IP in ServiceConfiguration.Cloud.cscfg has an empty name; extended support needs the name of the reserved public IP resource: set name="<reserved ip>"',
        },
      ],
    },
    {
      name: 'no input endpoint in the service',
      files: { 'ServiceDefinition.csdef': worker, 'ServiceConfiguration.Cloud.cscfg': config('<ReservedIP name="shop-ip" />') },
      errors: [
        {
          line: 10,
          column: 9,
          message:
            'ServiceConfiguration.Cloud.cscfg assigns a reserved IP, but no role of ServiceDefinition.csdef has an <InputEndpoint>; extended support needs at least one endpoint on a reserved IP: add an input endpoint or remove the <ReservedIPs>',
        },
      ],
    },
  ],
});
