import { csdef, ruleTester } from '../helpers/lint-harness.js';

/** `n` roles with one input endpoint each; role i (from 0) starts on line 2 + 5 * i, its endpoint two lines below. */
const inputs = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `  <WorkerRole name="W${i + 1}" vmsize="Standard_A1_v2">\n    <Endpoints>\n      <InputEndpoint name="E" protocol="tcp" port="${1000 + i}" />\n    </Endpoints>`,
  )
    .map((r) => `${r}\n  </WorkerRole>`)
    .join('\n');

ruleTester('CSDEF-endpoint-limit', {
  valid: [{ name: '25 input endpoints', files: { 'ServiceDefinition.csdef': csdef(inputs(25)) } }],
  invalid: [
    {
      name: '26 input endpoints: the 26th is reported',
      files: { 'ServiceDefinition.csdef': csdef(inputs(26)) },
      errors: [{ line: 4 + 5 * 25, column: 7, message: 'the service has 26 InputEndpoint elements, over the limit of 25; remove 1 or split the service' }],
    },
    {
      name: 'the RemoteForwarder plug-in adds a hidden input endpoint',
      files: {
        'ServiceDefinition.csdef': csdef(
          `${inputs(25)}\n  <WorkerRole name="Rdp" vmsize="Standard_A1_v2">\n    <Imports>\n      <Import moduleName="RemoteForwarder" />\n    </Imports>\n  </WorkerRole>`,
        ),
      },
      errors: [{ line: 2 + 5 * 25 + 2, column: 7, message: 'the service has 26 InputEndpoint elements (1 added by plug-ins), over the limit of 25; remove 1 or split the service' }],
    },
  ],
});
