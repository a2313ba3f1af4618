import { csdef, ruleTester } from '../helpers/lint-harness.js';

const endpoint = (name: string, value: string): string =>
  csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Endpoints>
      <InputEndpoint name="${name}" protocol="tcp" port="8080" ignoreRoleInstanceStatus="${value}" />
    </Endpoints>
  </WebRole>`);

ruleTester('CSDEF-ignore-role-instance-status', {
  valid: [
    { name: 'false', files: { 'ServiceDefinition.csdef': endpoint('Api', 'false') } },
    { name: 'the RemoteForwarder endpoint in a build copy sets it on purpose', files: { 'ServiceDefinition.csdef': endpoint('Microsoft.WindowsAzure.Plugins.RemoteForwarder.RdpInput', 'true') } },
  ],
  invalid: [
    {
      name: 'true',
      files: { 'ServiceDefinition.csdef': endpoint('Api', 'true') },
      errors: [
        {
          line: 4,
          column: 60,
          message: 'endpoint "Api" of role "Web" keeps sending traffic to instances that are not ready; remove ignoreRoleInstanceStatus="true" outside debugging',
        },
      ],
    },
  ],
});
