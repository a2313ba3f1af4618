import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-invalid-port', {
  valid: [
    {
      name: 'dynamic local and internal ports, the range bounds, padded integers and a one-port range',
      files: {
        'ServiceDefinition.csdef': csdef(`  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="tcp" port="8080" />
  </LoadBalancerProbes>
  <WorkerRole name="Worker">
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" localPort="*" />
      <InputEndpoint name="Max" protocol="tcp" port="65535" localPort=" 8080 " />
      <InternalEndpoint name="Dynamic" protocol="tcp" port="*" />
      <InternalEndpoint name="Fixed" protocol="tcp">
        <FixedPort port="1" />
        <FixedPortRange min="9000" max="9000" />
      </InternalEndpoint>
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WorkerRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a star where a fixed port is needed, non-numbers, out-of-range ports and a reversed range',
      files: {
        'ServiceDefinition.csdef': csdef(`  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="tcp" port="*" />
  </LoadBalancerProbes>
  <WorkerRole name="Worker">
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="*" localPort="0" />
      <InputEndpoint name="Big" protocol="tcp" port="65536" />
      <InternalEndpoint name="Rpc" protocol="tcp" port="rpc" />
      <InternalEndpoint name="Range" protocol="tcp">
        <FixedPort port="-1" />
        <FixedPortRange min="9010" max="9000" />
      </InternalEndpoint>
      <InstanceInputEndpoint name="Direct" localPort="*" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="70000" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WorkerRole>`),
      },
      errors: [
        { line: 3, column: 52, message: 'port="*" is not allowed on <LoadBalancerProbe>; give a port from 1 to 65535' },
        { line: 7, column: 50, message: 'port="*" is not allowed on <InputEndpoint>; give a port from 1 to 65535' },
        { line: 7, column: 59, message: 'localPort="0" is outside 1–65535' },
        { line: 8, column: 48, message: 'port="65536" is outside 1–65535' },
        { line: 9, column: 51, message: 'port="rpc" is not a port number; use an integer from 1 to 65535' },
        { line: 11, column: 20, message: 'port="-1" is outside 1–65535' },
        { line: 12, column: 9, message: 'the range min="9010" max="9000" is reversed; min must not exceed max' },
        { line: 14, column: 44, message: 'localPort="*" is not allowed on <InstanceInputEndpoint>; give a port from 1 to 65535' },
        { line: 16, column: 39, message: 'max="70000" is outside 1–65535' },
      ],
    },
  ],
});
