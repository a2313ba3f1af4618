import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-duplicate-endpoint-name', {
  valid: [
    {
      name: 'the same endpoint name in two different roles',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Front">
    <Endpoints>
      <InputEndpoint name="Api" protocol="tcp" port="8080" />
      <InternalEndpoint name="Rpc" protocol="tcp" />
    </Endpoints>
  </WorkerRole>
  <WorkerRole name="Back">
    <Endpoints>
      <InternalEndpoint name="Api" protocol="tcp" />
      <InstanceInputEndpoint name="Rpc" localPort="10100" protocol="tcp">
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
      name: 'input, internal and instance-input endpoints sharing a name within a role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker">
    <Endpoints>
      <InputEndpoint name="Api" protocol="tcp" port="8080" />
      <InternalEndpoint name="Api" protocol="tcp" />
      <InstanceInputEndpoint name="Api" localPort="10100" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WorkerRole>`),
      },
      errors: [
        { line: 5, column: 25, message: 'role "Worker" already has an endpoint named "Api" (the InputEndpoint on line 4); rename one' },
        { line: 6, column: 30, message: 'role "Worker" already has an endpoint named "Api" (the InputEndpoint on line 4); rename one' },
      ],
    },
    {
      name: 'an SDK 1.0 InputEndpoints entry and a current endpoint with the same name',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <InputEndpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
    </InputEndpoints>
    <Endpoints>
      <InternalEndpoint name="Http" protocol="http" />
    </Endpoints>
  </WebRole>`),
      },
      errors: [{ line: 7, column: 25, message: 'role "Web" already has an endpoint named "Http" (the InputEndpoint on line 4); rename one' }],
    },
  ],
});
