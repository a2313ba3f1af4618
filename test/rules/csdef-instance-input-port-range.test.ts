import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (endpoint: string): string =>
  csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">
    <Endpoints>
${endpoint}
    </Endpoints>
  </WorkerRole>`);

ruleTester('CSDEF-instance-input-port-range', {
  valid: [
    {
      name: 'one range',
      files: {
        'ServiceDefinition.csdef': role(
          '      <InstanceInputEndpoint name="D" localPort="10100" protocol="tcp">\n        <AllocatePublicPortFrom>\n          <FixedPortRange min="10105" max="10110" />\n        </AllocatePublicPortFrom>\n      </InstanceInputEndpoint>',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'no AllocatePublicPortFrom',
      files: { 'ServiceDefinition.csdef': role('      <InstanceInputEndpoint name="D" localPort="10100" protocol="tcp" />') },
      errors: [
        {
          line: 4,
          column: 7,
          message:
            'instance input endpoint "D" of role "W" has no public port range; add <AllocatePublicPortFrom><FixedPortRange min="…" max="…" /></AllocatePublicPortFrom> with one port per instance',
        },
      ],
    },
    {
      name: 'two ranges: the second is pointed at',
      files: {
        'ServiceDefinition.csdef': role(
          '      <InstanceInputEndpoint name="D" localPort="10100" protocol="tcp">\n        <AllocatePublicPortFrom>\n          <FixedPortRange min="10105" max="10110" />\n          <FixedPortRange min="10205" max="10210" />\n        </AllocatePublicPortFrom>\n      </InstanceInputEndpoint>',
        ),
      },
      errors: [
        {
          line: 7,
          column: 11,
          message: 'instance input endpoint "D" of role "W" must have exactly one <AllocatePublicPortFrom> with one <FixedPortRange>; merge the ranges into one',
        },
      ],
    },
  ],
});
