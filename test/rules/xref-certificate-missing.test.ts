import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const THUMB = '0123456789ABCDEF0123456789ABCDEF01234567';

const definition = csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="RemoteAccess" />
    </Imports>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
      <Certificate name="Admin" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
  </WebRole>
  <WorkerRole name="Worker">
    <Certificates>
      <Certificate name="Signing" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
  </WorkerRole>`);

ruleTester('XREF-certificate-missing', {
  valid: [
    {
      name: 'a thumbprint for every declared certificate (plug-in certificates are another rule\'s concern)',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <Certificates>
      <Certificate name="Admin" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
      <Certificate name="SSL" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>
  <Role name="Worker">
    <Instances count="1" />
    <Certificates>
      <Certificate name="Signing" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a certificate left out of a Certificates list, and a role without Certificates',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <Certificates>
      <Certificate name="SSL" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>
  <Role name="Worker">
    <Instances count="1" />
  </Role>`),
      },
      errors: [
        {
          line: 4,
          column: 5,
          message:
            'role "Web" gives no thumbprint for certificate "Admin" declared in ServiceDefinition.csdef; add <Certificate name="Admin" thumbprint="..." thumbprintAlgorithm="sha1" />',
        },
        {
          line: 8,
          column: 3,
          message:
            'role "Worker" gives no thumbprint for certificate "Signing" declared in ServiceDefinition.csdef; add <Certificate name="Signing" thumbprint="..." thumbprintAlgorithm="sha1" />',
        },
      ],
    },
  ],
});
