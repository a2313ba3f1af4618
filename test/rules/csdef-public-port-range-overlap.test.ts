import { csdef, ruleTester } from '../helpers/lint-harness.js';

const instance = (name: string, min: number, max: number): string => `      <InstanceInputEndpoint name="${name}" localPort="10100" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="${min}" max="${max}" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>`;
const role = (endpoints: string, imports = ''): string =>
  csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">${imports}
    <Endpoints>
${endpoints}
    </Endpoints>
  </WorkerRole>`);

ruleTester('CSDEF-public-port-range-overlap', {
  valid: [
    { name: 'disjoint ports and ranges', files: { 'ServiceDefinition.csdef': role(`      <InputEndpoint name="Http" protocol="http" port="80" />\n${instance('A', 10105, 10110)}\n${instance('B', 10111, 10120)}`) } },
    { name: 'a reversed range is another rule\'s business', files: { 'ServiceDefinition.csdef': role(`      <InputEndpoint name="Http" protocol="http" port="10106" />\n${instance('A', 10110, 10105)}`) } },
  ],
  invalid: [
    {
      name: 'an input port inside the range',
      files: { 'ServiceDefinition.csdef': role(`      <InputEndpoint name="Admin" protocol="tcp" port="10106" />\n${instance('A', 10105, 10110)}`) },
      errors: [{ line: 7, column: 11, message: 'public ports 10105-10110 of instance input endpoint "A" of role "W" include port 10106, which input endpoint "Admin" of role "W" already uses; move the range or the port' }],
    },
    {
      name: 'two overlapping ranges: the later one is reported',
      files: { 'ServiceDefinition.csdef': role(`${instance('A', 10105, 10110)}\n${instance('B', 10110, 10120)}`) },
      errors: [
        {
          line: 11,
          column: 11,
          message: 'public ports 10110-10120 of instance input endpoint "B" of role "W" overlap ports 10105-10110 of instance input endpoint "A" of role "W"; give each instance input endpoint its own range',
        },
      ],
    },
    {
      name: 'a range over the RemoteForwarder port',
      files: { 'ServiceDefinition.csdef': role(instance('A', 3380, 3390), '\n    <Imports>\n      <Import moduleName="RemoteForwarder" />\n    </Imports>') },
      errors: [{ line: 9, column: 11, message: 'public ports 3380-3390 of instance input endpoint "A" of role "W" include port 3389, which the RemoteForwarder plug-in in role "W" already uses; move the range or the port' }],
    },
  ],
});
