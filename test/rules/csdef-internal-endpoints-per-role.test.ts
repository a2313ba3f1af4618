import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (n: number, imports = ''): string =>
  csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">${imports}
    <Endpoints>
${Array.from({ length: n }, (_, i) => `      <InternalEndpoint name="I${i + 1}" protocol="tcp" />`).join('\n')}
    </Endpoints>
  </WorkerRole>`);

ruleTester('CSDEF-internal-endpoints-per-role', {
  valid: [{ name: 'five internal endpoints', files: { 'ServiceDefinition.csdef': role(5) } }],
  invalid: [
    {
      name: 'six internal endpoints',
      files: { 'ServiceDefinition.csdef': role(6) },
      errors: [{ line: 9, column: 7, message: 'role "W" has 6 internal endpoints, over the limit of 5; remove 1' }],
    },
    {
      name: 'five plus the hidden RemoteAccess endpoint: the Import is pointed at',
      files: { 'ServiceDefinition.csdef': role(5, '\n    <Imports>\n      <Import moduleName="RemoteAccess" />\n    </Imports>') },
      errors: [{ line: 4, column: 7, message: 'role "W" has 6 internal endpoints (1 added by the RemoteAccess plug-in), over the limit of 5; remove 1' }],
    },
  ],
});
