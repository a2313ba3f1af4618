import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (kind: string, endpoints: string): string =>
  csdef(`  <${kind} name="R" vmsize="Standard_A1_v2">
    <Endpoints>
${endpoints}
    </Endpoints>
  </${kind}>`);
const HTTP = '      <InputEndpoint name="Http" protocol="http" port="80" />';
const HTTPS = '      <InputEndpoint name="Https" protocol="https" port="443" certificate="C" />';

ruleTester('SEC-http-only-web-role', {
  valid: [
    { name: 'http next to https', files: { 'ServiceDefinition.csdef': role('WebRole', `${HTTP}\n${HTTPS}`) } },
    { name: 'a worker role serving http', files: { 'ServiceDefinition.csdef': role('WorkerRole', HTTP) } },
  ],
  invalid: [
    {
      name: 'http only',
      files: { 'ServiceDefinition.csdef': role('WebRole', HTTP) },
      errors: [
        {
          line: 4,
          column: 34,
          message: 'web role "R" serves HTTP on endpoint "Http" and has no https endpoint; add <InputEndpoint protocol="https" port="443" certificate="…" /> and redirect HTTP to it',
        },
      ],
    },
  ],
});
