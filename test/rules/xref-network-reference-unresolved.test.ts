import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Endpoints>
      <InputEndpoint name="HttpIn" protocol="http" port="80" />
      <InternalEndpoint name="Gossip" protocol="tcp" />
    </Endpoints>
  </WebRole>
  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Endpoints>
      <InputEndpoint name="Api" protocol="tcp" port="8080" loadBalancer="ilb" />
    </Endpoints>
  </WorkerRole>`);
const network = (body: string): string =>
  cscfg(`  <Role name="Web">
    <Instances count="2" />
  </Role>
  <Role name="Worker">
    <Instances count="2" />
  </Role>
  <NetworkConfiguration>
${body}
  </NetworkConfiguration>`);

ruleTester('XREF-network-reference-unresolved', {
  valid: [
    {
      name: 'every name resolves',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': network(`    <VirtualNetworkSite name="vnet" />
    <AddressAssignments>
      <InstanceAddress roleName="Web"><Subnets><Subnet name="a" /></Subnets></InstanceAddress>
    </AddressAssignments>
    <AccessControls>
      <AccessControl name="office"><Rule order="1" action="permit" remoteSubnet="10.0.0.0/8" /></AccessControl>
    </AccessControls>
    <EndpointAcls>
      <EndpointAcl role="Web" endPoint="HttpIn" accessControl="office" />
    </EndpointAcls>
    <LoadBalancers>
      <LoadBalancer name="ilb"><FrontendIPConfiguration type="private" /></LoadBalancer>
    </LoadBalancers>`),
      },
    },
  ],
  invalid: [
    {
      name: 'unknown role, internal endpoint in an ACL, unknown access control, missing load balancer',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': network(`    <VirtualNetworkSite name="vnet" />
    <AddressAssignments>
      <InstanceAddress roleName="WebRole1"><Subnets><Subnet name="a" /></Subnets></InstanceAddress>
    </AddressAssignments>
    <EndpointAcls>
      <EndpointAcl role="Web" endPoint="Gossip" accessControl="ofice" />
    </EndpointAcls>`),
      },
      errors: [
        {
          line: 11,
          column: 24,
          file: 'ServiceConfiguration.Cloud.cscfg',
          message: '<InstanceAddress> names role "WebRole1", which ServiceDefinition.csdef does not define; use one of "Web" and "Worker"',
        },
        {
          line: 14,
          column: 31,
          file: 'ServiceConfiguration.Cloud.cscfg',
          message:
            '<EndpointAcl> names endpoint "Gossip", which role "Web" does not have as an input endpoint in ServiceDefinition.csdef; use one of "HttpIn"',
        },
        {
          line: 14,
          column: 49,
          file: 'ServiceConfiguration.Cloud.cscfg',
          message: '<EndpointAcl> names access control "ofice", which ServiceConfiguration.Cloud.cscfg does not define; add it under <AccessControls>',
        },
        {
          line: 10,
          column: 60,
          file: 'ServiceDefinition.csdef',
          message:
            'input endpoint "Api" of role "Worker" uses load balancer "ilb", which ServiceConfiguration.Cloud.cscfg does not define; add <LoadBalancer name="ilb"> under its <NetworkConfiguration><LoadBalancers>',
        },
      ],
    },
  ],
});
