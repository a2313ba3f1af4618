import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-https-endpoint-certificate', {
  valid: [
    {
      name: 'https and TLS-over-tcp endpoints naming a certificate of their role, also in the SDK 1.0 form',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" port="443" certificate="SSL" />
      <InputEndpoint name="Tls" protocol="tcp" port="8443" certificate="SSL" />
      <InputEndpoint name="Http" protocol="http" port="80" />
    </Endpoints>
  </WebRole>
  <WebRole name="Legacy">
    <Certificates>
      <Certificate name="LegacySSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
    <InputEndpoints>
      <InputEndpoint name="Https" protocol="https" port="444" certificate="LegacySSL" />
    </InputEndpoints>
  </WebRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'an https endpoint without a certificate, and one naming a certificate of another role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Endpoints>
      <InputEndpoint name="Https" protocol="https" port="443" />
      <InputEndpoint name="Admin" protocol="https" port="8443" certificate="AdminCert" />
    </Endpoints>
  </WebRole>
  <WorkerRole name="Worker">
    <Certificates>
      <Certificate name="AdminCert" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
  </WorkerRole>`),
      },
      errors: [
        {
          line: 4,
          column: 7,
          message: 'https endpoint "Https" of role "Web" names no certificate; add certificate="<name of a Certificate of the role>"',
        },
        {
          line: 5,
          column: 64,
          message:
            'certificate "AdminCert" is not declared in role "Web"; add <Certificate name="AdminCert" storeLocation="LocalMachine" storeName="My" /> to its <Certificates>',
        },
      ],
    },
  ],
});
