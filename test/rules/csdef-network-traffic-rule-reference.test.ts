import { csdef, ruleTester } from '../helpers/lint-harness.js';

const roles = `  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
    </Endpoints>
  </WebRole>
  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Endpoints>
      <InternalEndpoint name="Tcp9" protocol="tcp" />
    </Endpoints>
  </WorkerRole>`;
const rules = (endpoint: string, role: string, from: string): string => `
  <NetworkTrafficRules>
    <OnlyAllowTrafficTo>
      <Destinations>
        <RoleEndpoint endpointName="${endpoint}" roleName="${role}" />
      </Destinations>
      <WhenSource matches="AnyRule">
        <FromRole roleName="${from}" />
      </WhenSource>
    </OnlyAllowTrafficTo>
  </NetworkTrafficRules>`;

ruleTester('CSDEF-network-traffic-rule-reference', {
  valid: [{ name: 'internal endpoint of a real role, from a real role', files: { 'ServiceDefinition.csdef': csdef(roles + rules('Tcp9', 'Worker', 'Web')) } }],
  invalid: [
    {
      name: 'unknown roles',
      files: { 'ServiceDefinition.csdef': csdef(roles + rules('Tcp9', 'Nope', 'Front')) },
      errors: [
        { line: 15, column: 43, message: 'roleName="Nope" is not a role of the service; use one of "Web", "Worker"' },
        { line: 18, column: 19, message: 'roleName="Front" is not a role of the service; use one of "Web", "Worker"' },
      ],
    },
    {
      name: 'an input endpoint',
      files: { 'ServiceDefinition.csdef': csdef(roles + rules('Http', 'Web', 'Worker')) },
      errors: [{ line: 15, column: 23, message: 'endpoint "Http" of role "Web" is an InputEndpoint; network traffic rules apply to internal endpoints only' }],
    },
    {
      name: 'an endpoint the role lacks',
      files: { 'ServiceDefinition.csdef': csdef(roles + rules('Tcp8', 'Worker', 'Web')) },
      errors: [{ line: 15, column: 23, message: 'endpointName="Tcp8" is not an endpoint of role "Worker"; name one of its internal endpoints' }],
    },
  ],
});
