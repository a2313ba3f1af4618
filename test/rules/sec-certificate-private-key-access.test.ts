import { csdef, ruleTester } from '../helpers/lint-harness.js';

const cert = (attrs: string): string =>
  csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Certificates>
      <Certificate ${attrs} />
    </Certificates>
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" port="443" certificate="Ssl" />
    </Endpoints>
  </WebRole>`);

ruleTester('SEC-certificate-private-key-access', {
  valid: [
    { name: 'elevated', files: { 'ServiceDefinition.csdef': cert('name="Ssl" storeLocation="LocalMachine" storeName="My" permissionLevel="elevated"') } },
    { name: 'a public CA certificate', files: { 'ServiceDefinition.csdef': cert('name="Ca" storeLocation="LocalMachine" storeName="CA"') } },
    {
      name: 'a certificate no endpoint binds: the application uses its key (a Key Vault client certificate)',
      files: { 'ServiceDefinition.csdef': cert('name="KeyVaultAccess" storeLocation="LocalMachine" storeName="My"') },
    },
  ],
  invalid: [
    {
      name: 'default permission level',
      files: { 'ServiceDefinition.csdef': cert('name="Ssl" storeLocation="LocalMachine" storeName="My"') },
      errors: [
        {
          line: 4,
          column: 7,
          message: 'every process of role "Web" can read the private key of certificate "Ssl"; add permissionLevel="elevated" unless the application itself uses the key',
        },
      ],
    },
    {
      name: 'limitedOrElevated written out: the attribute is pointed at',
      files: { 'ServiceDefinition.csdef': cert('name="Ssl" storeLocation="LocalMachine" storeName="My" permissionLevel="limitedOrElevated"') },
      errors: [{ line: 4, column: 75, message: /can read the private key of certificate "Ssl";/ }],
    },
  ],
});
