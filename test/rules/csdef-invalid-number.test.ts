import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-invalid-number', {
  valid: [
    {
      name: 'every number at its smallest allowed value',
      files: {
        'ServiceDefinition.csdef': csdef(
          `  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="http" path="/health" intervalInSeconds="5" timeoutInSeconds="11" />
  </LoadBalancerProbes>
  <WorkerRole name="Worker">
    <LocalResources>
      <LocalStorage name="Scratch" sizeInMB="1" />
    </LocalResources>
    <Endpoints>
      <InputEndpoint name="Tcp" protocol="tcp" port="5000" idleTimeoutInMinutes="1" />
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp" idleTimeoutInMinutes=" 30 ">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WorkerRole>`,
          'name="svc" upgradeDomainCount="1"',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'values below the minimum and values that are not integers',
      files: {
        'ServiceDefinition.csdef': csdef(
          `  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="http" path="/health" intervalInSeconds="4" timeoutInSeconds="10" />
  </LoadBalancerProbes>
  <WorkerRole name="Worker">
    <LocalResources>
      <LocalStorage name="Scratch" sizeInMB="1GB" />
    </LocalResources>
    <Endpoints>
      <InputEndpoint name="Tcp" protocol="tcp" port="5000" idleTimeoutInMinutes="0" />
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp" idleTimeoutInMinutes="2.5">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WorkerRole>`,
          'name="svc" upgradeDomainCount="0"',
        ),
      },
      errors: [
        { line: 1, column: 31, message: 'upgradeDomainCount="0" must be at least 1' },
        { line: 3, column: 68, message: 'intervalInSeconds="4" must be at least 5' },
        { line: 3, column: 90, message: 'timeoutInSeconds="10" must be at least 11' },
        { line: 7, column: 36, message: 'sizeInMB="1GB" is not an integer; write a whole number of at least 1' },
        { line: 10, column: 60, message: 'idleTimeoutInMinutes="0" must be at least 1' },
        { line: 11, column: 77, message: 'idleTimeoutInMinutes="2.5" is not an integer; write a whole number of at least 1' },
      ],
    },
  ],
});
