import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csdef, lintFiles, ruleTester } from '../helpers/lint-harness.js';

/** Every child the 2012 VirtualMachineRole schema allows, with the attributes it documents. */
const VM_ROLE = csdef(`  <LoadBalancerProbes>
    <LoadBalancerProbe name="Probe" protocol="tcp" port="443" />
  </LoadBalancerProbes>
  <VirtualMachineRole name="Vm" vmsize="Small">
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" permissionLevel="elevated" />
    </Certificates>
    <ConfigurationSettings>
      <Setting name="Queue" />
    </ConfigurationSettings>
    <Imports>
      <Import moduleName="RemoteAccess" />
      <Import moduleName="RemoteForwarder" />
    </Imports>
    <Endpoints>
      <InputEndpoint certificate="SSL" ignoreRoleInstanceStatus="false" name="Https" protocol="https" localPort="8443" port="443" loadBalancerProbe="Probe" />
      <InternalEndpoint name="Rpc" protocol="tcp" port="9000">
        <FixedPort port="9000" />
        <FixedPortRange min="9001" max="9010" />
      </InternalEndpoint>
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="udp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
    <LocalResources>
      <LocalStorage name="Scratch" />
    </LocalResources>
  </VirtualMachineRole>`);

const RETIRED = (name: string): string =>
  `VirtualMachineRole "${name}" is retired and cannot be deployed or packaged; rebuild it as a WorkerRole whose startup tasks install what the image held, or move it to Virtual Machine Scale Sets`;

ruleTester('CSDEF-virtual-machine-role', {
  valid: [
    {
      name: 'web and worker roles',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" vmsize="Small" />
  <WorkerRole name="VirtualMachine" vmsize="Standard_D1_v2" />`),
      },
    },
  ],
  invalid: [
    {
      name: 'a VirtualMachineRole with the 2012 schema element set',
      files: { 'ServiceDefinition.csdef': VM_ROLE },
      errors: [{ line: 5, column: 3, message: RETIRED('Vm') }],
    },
    {
      name: 'a VirtualMachineRole next to a worker role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" />
  <VirtualMachineRole name="Image" />`),
      },
      errors: [{ line: 3, column: 3, message: RETIRED('Image') }],
    },
  ],
});

/** The schema rules that could object to a VirtualMachineRole's children. */
const SCHEMA_RULES = [
  'XML-well-formed',
  'CSDEF-root-element',
  'CSDEF-required-attribute',
  'CSDEF-invalid-enum-value',
  'CSDEF-invalid-name',
  'CSDEF-invalid-port',
  'CSDEF-invalid-number',
  'CSDEF-unexpected-element',
  'CSDEF-duplicate-role-name',
  'CSDEF-duplicate-endpoint-name',
  'CSDEF-duplicate-input-port',
  'CSDEF-https-endpoint-certificate',
  'CSDEF-binding-endpoint',
  'CSDEF-duplicate-name',
  'CSDEF-virtual-machine-role',
];

describe('CSDEF-virtual-machine-role with the schema rules', () => {
  it('a VirtualMachineRole with the 2012 element set gets only the retired finding', () => {
    const found = lintFiles({ 'ServiceDefinition.csdef': VM_ROLE }, { only: SCHEMA_RULES });
    assert.deepEqual(
      found.map((f) => `${f.ruleId} ${f.startLine}:${f.startColumn}`),
      ['CSDEF-virtual-machine-role 5:3'],
    );
  });

  it('a Sites child under a VirtualMachineRole is also an unexpected element', () => {
    const definition = csdef(`  <VirtualMachineRole name="Vm">
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
  </VirtualMachineRole>`);
    const found = lintFiles({ 'ServiceDefinition.csdef': definition }, { only: SCHEMA_RULES });
    assert.deepEqual(
      found.map((f) => `${f.ruleId} ${f.startLine}:${f.startColumn}`),
      ['CSDEF-virtual-machine-role 2:3', 'CSDEF-unexpected-element 3:5'],
    );
  });
});
