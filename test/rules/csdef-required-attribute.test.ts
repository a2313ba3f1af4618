import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-required-attribute', {
  valid: [
    {
      name: 'every required attribute present; optional ones (internal port, probe port and path, variable value) left out',
      files: {
        'ServiceDefinition.csdef': csdef(`  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="tcp" />
  </LoadBalancerProbes>
  <WebRole name="Web">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
    </Sites>
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" loadBalancerProbe="Probe" />
      <InternalEndpoint name="Cache" protocol="tcp" />
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <Startup>
      <Task commandLine="setup.cmd">
        <Environment>
          <Variable name="EMULATED">
            <RoleInstanceValue xpath="/RoleEnvironment/Deployment/@emulated" />
          </Variable>
        </Environment>
      </Task>
    </Startup>
  </WebRole>
  <WorkerRole name="Worker">
    <Runtime>
      <EntryPoint>
        <ProgramEntryPoint commandLine="worker.exe" setReadyOnProcessStart="true" />
      </EntryPoint>
    </Runtime>
  </WorkerRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'missing names, a store name, a port, a local port, binding attributes and setReadyOnProcessStart',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" />
    </Certificates>
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" certificate="SSL" />
      <InstanceInputEndpoint name="Direct" protocol="tcp" />
    </Endpoints>
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding />
        </Bindings>
      </Site>
    </Sites>
  </WebRole>
  <WorkerRole name="Worker">
    <Runtime>
      <EntryPoint>
        <ProgramEntryPoint commandLine="worker.exe" />
      </EntryPoint>
    </Runtime>
  </WorkerRole>`),
      },
      errors: [
        { line: 2, column: 3, message: '<WebRole> needs the attribute name' },
        { line: 4, column: 7, message: '<Certificate> needs the attribute storeName' },
        { line: 7, column: 7, message: '<InputEndpoint> needs the attribute port' },
        { line: 8, column: 7, message: '<InstanceInputEndpoint> needs the attribute localPort' },
        { line: 13, column: 11, message: '<Binding> needs the attribute endpointName' },
        { line: 13, column: 11, message: '<Binding> needs the attribute name' },
        { line: 21, column: 9, message: '<ProgramEntryPoint> needs the attribute setReadyOnProcessStart' },
      ],
    },
    {
      name: 'a nameless service definition, and a setting whose name attribute is miscapitalised',
      files: {
        'ServiceDefinition.csdef': csdef(
          `  <WorkerRole name="Worker">
    <ConfigurationSettings>
      <Setting Name="Queue" />
    </ConfigurationSettings>
  </WorkerRole>`,
          'upgradeDomainCount="2"',
        ),
      },
      errors: [
        { line: 1, column: 1, message: '<ServiceDefinition> needs the attribute name' },
        { line: 4, column: 7, message: '<Setting> needs the attribute name' },
      ],
    },
  ],
});
