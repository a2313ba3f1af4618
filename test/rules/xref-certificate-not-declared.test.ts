import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const THUMB = '0123456789ABCDEF0123456789ABCDEF01234567';

ruleTester('XREF-certificate-not-declared', {
  valid: [
    {
      name: 'a declared certificate, and the certificate of an imported plug-in',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="RemoteAccess" />
    </Imports>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
  </WebRole>`),
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <Certificates>
      <Certificate name="SSL" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
      <Certificate name="Microsoft.WindowsAzure.Plugins.RemoteAccess.PasswordEncryption" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`),
      },
    },
  ],
  invalid: [
    {
      name: 'an undeclared certificate, and a plug-in certificate without its Import',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="Diagnostics" />
    </Imports>
    <Certificates>
      <Certificate name="SSL" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
  </WebRole>`),
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <Certificates>
      <Certificate name="SSL" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
      <Certificate name="Admin" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
      <Certificate name="Microsoft.WindowsAzure.Plugins.RemoteAccess.PasswordEncryption" thumbprint="${THUMB}" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`),
      },
      errors: [
        {
          line: 6,
          column: 20,
          message:
            'certificate "Admin" of role "Web" is not declared in ServiceDefinition.csdef; add <Certificate name="Admin" storeLocation="LocalMachine" storeName="My" /> to the role\'s <Certificates> or remove it here',
        },
        {
          line: 7,
          column: 20,
          message:
            'certificate "Microsoft.WindowsAzure.Plugins.RemoteAccess.PasswordEncryption" of role "Web" belongs to the RemoteAccess plug-in, which the role does not import in ServiceDefinition.csdef; add <Import moduleName="RemoteAccess" /> or remove the certificate',
        },
      ],
    },
  ],
});
