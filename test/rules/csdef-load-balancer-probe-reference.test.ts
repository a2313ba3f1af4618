import { csdef, ruleTester } from '../helpers/lint-harness.js';

const probes = '  <LoadBalancerProbes>\n    <LoadBalancerProbe name="Health" protocol="http" path="/health" />\n  </LoadBalancerProbes>\n';
const role = (probe: string): string =>
  `  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" loadBalancerProbe="${probe}" />
    </Endpoints>
  </WebRole>`;

ruleTester('CSDEF-load-balancer-probe-reference', {
  valid: [{ name: 'the probe exists', files: { 'ServiceDefinition.csdef': csdef(probes + role('Health')) } }],
  invalid: [
    {
      name: 'a misspelt probe',
      files: { 'ServiceDefinition.csdef': csdef(probes + role('Healht')) },
      errors: [{ line: 7, column: 60, message: 'loadBalancerProbe="Healht" of endpoint "Http" is not defined; use one of "Health" or add <LoadBalancerProbe name="Healht" …/> to <LoadBalancerProbes>' }],
    },
    {
      name: 'no probes at all',
      files: { 'ServiceDefinition.csdef': csdef(role('Health')) },
      errors: [
        {
          line: 4,
          column: 60,
          message: 'loadBalancerProbe="Health" of endpoint "Http" is not defined; add <LoadBalancerProbes><LoadBalancerProbe name="Health" protocol="http" path="/" /></LoadBalancerProbes> before the roles',
        },
      ],
    },
  ],
});
