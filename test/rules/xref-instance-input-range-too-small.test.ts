import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Endpoints>
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10105" max="10106" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WorkerRole>`);
const config = (count: number): string => cscfg(`  <Role name="Worker">\n    <Instances count="${count}" />\n  </Role>`);

ruleTester('XREF-instance-input-range-too-small', {
  valid: [
    { name: 'two instances, two ports', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': config(2) } },
    {
      name: 'an inverted range is left to the CSDEF port rule',
      files: {
        'ServiceDefinition.csdef': definition.replace('min="10105" max="10106"', 'min="10109" max="10105"'),
        'ServiceConfiguration.Cloud.cscfg': config(3),
      },
    },
  ],
  invalid: [
    {
      name: 'three instances, two ports',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': config(3) },
      errors: [
        {
          line: 3,
          column: 16,
          message:
            'role "Worker" runs 3 instances but instance input endpoint "Direct" in ServiceDefinition.csdef has 2 public ports (10105-10106); widen the FixedPortRange to at least 3 ports or lower the count',
        },
      ],
    },
  ],
});
