import { csdef, ruleTester } from '../helpers/lint-harness.js';

const RULES = 'start with a letter or _, avoid \\ / : * ? " < > | ` \' ^, and do not end with . or a space';

ruleTester('CSDEF-invalid-name', {
  valid: [
    {
      name: 'underscores, inner dots and spaces, hyphens, digits and non-ASCII letters; probe names are plain strings',
      files: {
        'ServiceDefinition.csdef': csdef(`  <LoadBalancerProbes>
    <LoadBalancerProbe name="80-probe" protocol="tcp" port="80" />
  </LoadBalancerProbes>
  <WebRole name="Web_Front-End 1">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
    <ConfigurationSettings>
      <Setting name="_Storage.ConnectionString" />
      <Setting name="Café Größe" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <LocalResources>
      <LocalStorage name="Logs.v2" />
    </LocalResources>
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" port="443" certificate="SSL" />
    </Endpoints>
  </WebRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a leading digit, forbidden characters, a trailing dot or space, and empty names',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="1Worker">
    <Imports>
      <Import moduleName="Diagnostics " />
    </Imports>
    <ConfigurationSettings>
      <Setting name="" />
      <Setting name="Storage/Key" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL." storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <LocalResources>
      <LocalStorage name="Scratch*" />
    </LocalResources>
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" port="443" certificate="my:cert" />
      <InternalEndpoint name="Rpc'" protocol="tcp" />
    </Endpoints>
  </WorkerRole>`),
      },
      errors: [
        { line: 2, column: 15, message: `name="1Worker" is not a valid name: ${RULES}` },
        { line: 4, column: 15, message: `moduleName="Diagnostics " is not a valid name: ${RULES}` },
        { line: 7, column: 16, message: 'name is empty; give <Setting> a name that starts with a letter or _' },
        { line: 8, column: 16, message: `name="Storage/Key" is not a valid name: ${RULES}` },
        { line: 11, column: 20, message: `name="SSL." is not a valid name: ${RULES}` },
        { line: 14, column: 21, message: `name="Scratch*" is not a valid name: ${RULES}` },
        { line: 17, column: 63, message: `certificate="my:cert" is not a valid name: ${RULES}` },
        { line: 18, column: 25, message: `name="Rpc'" is not a valid name: ${RULES}` },
      ],
    },
    {
      name: 'the empty service name of a scaffolding template',
      files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="Worker" />', 'name=""') },
      errors: [{ line: 1, column: 20, message: 'name is empty; give <ServiceDefinition> a name that starts with a letter or _' }],
    },
  ],
});
