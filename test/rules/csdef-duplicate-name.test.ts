import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-duplicate-name', {
  valid: [
    {
      name: 'the same names in two roles, and distinct names within each',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="Diagnostics" />
      <Import moduleName="RemoteAccess" />
    </Imports>
    <ConfigurationSettings>
      <Setting name="Queue" />
      <Setting name="QueueName" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <LocalResources>
      <LocalStorage name="Scratch" />
    </LocalResources>
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
      <Site name="Admin">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
    </Sites>
  </WebRole>
  <WorkerRole name="Worker">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
    <ConfigurationSettings>
      <Setting name="Queue" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <LocalResources>
      <LocalStorage name="Scratch" />
    </LocalResources>
  </WorkerRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a repeated import, setting, certificate, local store and site in one role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="Diagnostics" />
      <Import moduleName="Diagnostics" />
    </Imports>
    <ConfigurationSettings>
      <Setting name="Queue" />
      <Setting name="Queue" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
      <Certificate name="SSL" storeLocation="CurrentUser" storeName="My" />
    </Certificates>
    <LocalStorage name="Scratch" />
    <LocalResources>
      <LocalStorage name="Scratch" />
    </LocalResources>
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
      <Site name="Web" physicalDirectory="..\\Web2">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
    </Sites>
  </WebRole>`),
      },
      errors: [
        { line: 5, column: 7, message: 'role "Web" already declares import "Diagnostics" on line 4; remove one' },
        { line: 9, column: 7, message: 'role "Web" already declares setting "Queue" on line 8; remove one' },
        { line: 13, column: 7, message: 'role "Web" already declares certificate "SSL" on line 12; remove one' },
        { line: 17, column: 7, message: 'role "Web" already declares local storage "Scratch" on line 15; remove one' },
        { line: 25, column: 7, message: 'role "Web" already declares site "Web" on line 20; remove one' },
      ],
    },
    {
      name: 'an SDK 1.0 local store written after a LocalResources store of the same name',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker">
    <LocalResources>
      <LocalStorage name="Scratch" />
    </LocalResources>
    <LocalStorage name="Scratch" />
  </WorkerRole>`),
      },
      errors: [{ line: 6, column: 5, message: 'role "Worker" already declares local storage "Scratch" on line 4; remove one' }],
    },
  ],
});
