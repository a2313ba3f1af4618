import { DEF_NS, csdef, ruleTester } from '../helpers/lint-harness.js';

const WEB = 'Imports, Startup, LocalStorage, LocalResources, ConfigurationSettings, InputEndpoints, InternalEndpoint, Endpoints, Certificates, Sites, Runtime, Contents';
const WORKER = 'Imports, Startup, LocalStorage, LocalResources, ConfigurationSettings, Endpoints, Certificates, Runtime, Contents';
const VM = 'Certificates, ConfigurationSettings, Imports, Endpoints, LocalResources';
const ROOT = 'LoadBalancerProbes, WebRole, WorkerRole, VirtualMachineRole, NetworkTrafficRules';

ruleTester('CSDEF-unexpected-element', {
  valid: [
    {
      name: 'a web role without Sites (Hosted Web Core), children in any order, probes and traffic rules at the root',
      files: {
        'ServiceDefinition.csdef': csdef(`  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="tcp" port="80" />
  </LoadBalancerProbes>
  <WebRole name="Legacy">
    <Runtime />
    <InputEndpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
    </InputEndpoints>
    <InternalEndpoint name="Internal" protocol="http" />
    <LocalStorage name="Scratch" />
    <Imports />
    <Contents />
  </WebRole>
  <WorkerRole name="Worker">
    <Contents />
    <Runtime />
    <Certificates />
    <Endpoints />
    <ConfigurationSettings />
    <LocalResources />
    <Startup />
    <Imports />
  </WorkerRole>
  <WebRole name="Web">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
    </Sites>
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="8080" />
    </Endpoints>
  </WebRole>
  <NetworkTrafficRules />`),
      },
    },
    {
      name: 'elements written with a prefix bound to the definition namespace',
      files: {
        'ServiceDefinition.csdef': `<sd:ServiceDefinition name="svc" xmlns:sd="${DEF_NS}">
  <sd:WorkerRole name="Worker">
    <sd:Endpoints />
  </sd:WorkerRole>
</sd:ServiceDefinition>
`,
      },
    },
    {
      name: 'a VirtualMachineRole with every child of the 2012 VirtualMachineRole schema',
      files: {
        'ServiceDefinition.csdef': csdef(`  <VirtualMachineRole name="Vm" vmsize="Small">
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <ConfigurationSettings>
      <Setting name="Queue" />
    </ConfigurationSettings>
    <Imports>
      <Import moduleName="RemoteAccess" />
    </Imports>
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" port="443" certificate="SSL" />
    </Endpoints>
    <LocalResources>
      <LocalStorage name="Scratch" />
    </LocalResources>
  </VirtualMachineRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'web-only children in a worker role, an unknown root child, a foreign element and repeated children',
      files: {
        'ServiceDefinition.csdef': csdef(`  <Role name="Api" />
  <WorkerRole name="Worker" xmlns:x="urn:example:tools">
    <Sites>
      <Site name="Web" />
    </Sites>
    <InputEndpoints />
    <x:Settings />
    <Endpoints />
    <Endpoints />
  </WorkerRole>
  <WebRole name="Web">
    <Sites />
    <ConfigurationSettings />
    <Sites />
    <Setting name="Queue" />
  </WebRole>`),
      },
      errors: [
        { line: 2, column: 3, message: `<Role> is not allowed in <ServiceDefinition>; allowed here: ${ROOT}` },
        { line: 4, column: 5, message: `<Sites> is not allowed in <WorkerRole>; allowed here: ${WORKER}` },
        { line: 7, column: 5, message: `<InputEndpoints> is not allowed in <WorkerRole>; allowed here: ${WORKER}` },
        { line: 8, column: 5, message: '<x:Settings> is not in the service definition namespace; remove its prefix or namespace' },
        { line: 10, column: 5, message: '<WorkerRole> may hold only one <Endpoints>; merge this one into the first' },
        { line: 15, column: 5, message: '<WebRole> may hold only one <Sites>; merge this one into the first' },
        { line: 16, column: 5, message: `<Setting> is not allowed in <WebRole>; allowed here: ${WEB}` },
      ],
    },
    {
      name: 'a role element in no namespace inside a namespaced definition',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" xmlns="" />`),
      },
      errors: [{ line: 2, column: 3, message: '<WorkerRole> is not in the service definition namespace; remove its prefix or namespace' }],
    },
    {
      name: 'a VirtualMachineRole with Sites and Startup, which its schema never had',
      files: {
        'ServiceDefinition.csdef': csdef(`  <VirtualMachineRole name="Vm">
    <Startup>
      <Task commandLine="setup.cmd" />
    </Startup>
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
    </Sites>
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
    </Endpoints>
  </VirtualMachineRole>`),
      },
      errors: [
        { line: 3, column: 5, message: `<Startup> is not allowed in <VirtualMachineRole>; allowed here: ${VM}` },
        { line: 6, column: 5, message: `<Sites> is not allowed in <VirtualMachineRole>; allowed here: ${VM}` },
      ],
    },
  ],
});
