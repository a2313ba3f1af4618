import { csdef, ruleTester } from '../helpers/lint-harness.js';

const web = (endpoints: string): string =>
  csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="B" endpointName="E" />
        </Bindings>
      </Site>
    </Sites>
    <Endpoints>
${endpoints}
    </Endpoints>
  </WebRole>`);

ruleTester('CSDEF-web-role-without-http-endpoint', {
  valid: [
    { name: 'an https input endpoint', files: { 'ServiceDefinition.csdef': web('      <InputEndpoint name="E" protocol="https" port="443" certificate="C" />') } },
    { name: 'a worker role with tcp only', files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="W">\n    <Endpoints>\n      <InputEndpoint name="E" protocol="tcp" port="9000" />\n    </Endpoints>\n  </WorkerRole>') } },
  ],
  invalid: [
    {
      name: 'only an internal endpoint',
      files: { 'ServiceDefinition.csdef': web('      <InternalEndpoint name="E" protocol="http" />') },
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'web role "Web" has sites but no http or https input endpoint, so they are unreachable from outside; add <InputEndpoint name="Endpoint1" protocol="http" port="80" /> (or https) and bind the site to it',
        },
      ],
    },
  ],
});
