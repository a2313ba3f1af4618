import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-invalid-enum-value', {
  valid: [
    {
      name: 'every enumeration and boolean written as the schema spells it, including a custom store name',
      files: {
        'ServiceDefinition.csdef': csdef(
          `  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="http" path="/health" />
  </LoadBalancerProbes>
  <WebRole name="Web" enableNativeCodeExecution="1">
    <Startup>
      <Task commandLine="setup.cmd" executionContext="elevated" taskType="background" />
    </Startup>
    <Certificates>
      <Certificate name="SSL" storeLocation="CurrentUser" storeName="MyCustomStore" permissionLevel="limitedOrElevated" />
    </Certificates>
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" port="443" certificate="SSL" ignoreRoleInstanceStatus="false" loadBalancerDistribution="sourceIPProtocol" />
      <InternalEndpoint name="Any" protocol="any" />
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="udp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Https" endpointName="Https" />
        </Bindings>
      </Site>
    </Sites>
  </WebRole>
  <WorkerRole name="Worker" enableNativeCodeExecution="false">
    <LocalResources>
      <LocalStorage name="Scratch" cleanOnRoleRecycle="0" />
    </LocalResources>
    <Runtime executionContext="limited">
      <EntryPoint>
        <ProgramEntryPoint commandLine="worker.exe" setReadyOnProcessStart="true" />
      </EntryPoint>
    </Runtime>
  </WorkerRole>
  <NetworkTrafficRules>
    <OnlyAllowTrafficTo>
      <Destinations>
        <RoleEndpoint roleName="Web" endpointName="Any" />
      </Destinations>
      <WhenSource matches="AnyRule">
        <FromRole roleName="Worker" />
      </WhenSource>
    </OnlyAllowTrafficTo>
  </NetworkTrafficRules>`,
          'name="svc" topologyChangeDiscovery="Blast"',
        ),
      },
    },
    {
      name: 'the SDK 1.0 forms with their web-only protocols',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <InputEndpoints>
      <InputEndpoint name="Https" protocol="https" port="443" />
    </InputEndpoints>
    <InternalEndpoint name="Internal" protocol="http" />
  </WebRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'wrong case, unknown values and a boolean that is not one',
      files: {
        'ServiceDefinition.csdef': csdef(
          `  <WorkerRole name="Worker" enableNativeCodeExecution="yes">
    <Endpoints>
      <InputEndpoint name="Web" protocol="HTTP" port="80" />
      <InternalEndpoint name="Rpc" protocol="https" />
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="http">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
    <Certificates>
      <Certificate name="SSL" storeLocation="localMachine" storeName="My" permissionLevel="Limited" />
    </Certificates>
    <Startup>
      <Task commandLine="setup.cmd" executionContext="admin" taskType="Background" />
    </Startup>
  </WorkerRole>`,
          'name="svc" topologyChangeDiscovery="blast"',
        ),
      },
      errors: [
        { line: 1, column: 31, message: 'topologyChangeDiscovery="blast" must be written "Blast" (values are case-sensitive)' },
        { line: 2, column: 29, message: 'enableNativeCodeExecution="yes" must be true or false' },
        { line: 4, column: 33, message: 'protocol="HTTP" must be written "http" (values are case-sensitive)' },
        { line: 5, column: 36, message: 'protocol="https" is not one of http, tcp, udp, any' },
        { line: 6, column: 62, message: 'protocol="http" is not one of tcp, udp' },
        { line: 13, column: 31, message: 'storeLocation="localMachine" must be written "LocalMachine" (values are case-sensitive)' },
        { line: 13, column: 75, message: 'permissionLevel="Limited" is not one of limitedOrElevated, elevated' },
        { line: 16, column: 37, message: 'executionContext="admin" is not one of limited, elevated' },
        { line: 16, column: 62, message: 'taskType="Background" must be written "background" (values are case-sensitive)' },
      ],
    },
    {
      name: 'SDK 1.0 forms with protocols they never allowed',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <InputEndpoints>
      <InputEndpoint name="Tcp" protocol="tcp" port="8080" />
    </InputEndpoints>
    <InternalEndpoint name="Rpc" protocol="tcp" />
  </WebRole>`),
      },
      errors: [
        { line: 4, column: 33, message: 'protocol="tcp" is not one of http, https' },
        { line: 6, column: 34, message: 'protocol="tcp" is not one of http' },
      ],
    },
    {
      name: 'probe protocol and traffic-rule match mode',
      files: {
        'ServiceDefinition.csdef': csdef(`  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="https" path="/health" />
  </LoadBalancerProbes>
  <WorkerRole name="Worker">
    <Endpoints>
      <InternalEndpoint name="Rpc" protocol="tcp" />
    </Endpoints>
  </WorkerRole>
  <NetworkTrafficRules>
    <OnlyAllowTrafficTo>
      <Destinations>
        <RoleEndpoint roleName="Worker" endpointName="Rpc" />
      </Destinations>
      <WhenSource matches="anyRule">
        <FromRole roleName="Worker" />
      </WhenSource>
    </OnlyAllowTrafficTo>
  </NetworkTrafficRules>`),
      },
      errors: [
        { line: 3, column: 37, message: 'protocol="https" is not one of http, tcp' },
        { line: 15, column: 19, message: 'matches="anyRule" must be written "AnyRule" (values are case-sensitive)' },
      ],
    },
  ],
});
