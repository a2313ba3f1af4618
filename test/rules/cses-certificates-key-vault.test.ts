import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Certificates>
      <Certificate name="Ssl" storeLocation="LocalMachine" storeName="My" />
      <Certificate name="Api" storeLocation="LocalMachine" storeName="My" />
    </Certificates>
  </WebRole>`);
const config = cscfg(`  <Role name="Web">
    <Instances count="2" />
    <Certificates>
      <Certificate name="Ssl" thumbprint="0F3A5C7E9B1D2F4A6C8E0B2D4F6A8C0E2B4D6F8A" thumbprintAlgorithm="sha1" />
      <Certificate name="Api" thumbprint="1F3A5C7E9B1D2F4A6C8E0B2D4F6A8C0E2B4D6F8A" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`);

ruleTester('CSES-certificates-key-vault', {
  valid: [
    { name: 'certificates only in the local configuration', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Local.cscfg': config } },
    {
      name: 'only the Remote Desktop plug-in certificate, which leaves with the plug-in',
      files: {
        'ServiceDefinition.csdef': csdef('  <WebRole name="Web" vmsize="Standard_A1_v2" />'),
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="2" />
    <Certificates>
      <Certificate name="Microsoft.WindowsAzure.Plugins.RemoteAccess.PasswordEncryption" thumbprint="0F3A5C7E9B1D2F4A6C8E0B2D4F6A8C0E2B4D6F8A" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`),
      },
    },
    {
      name: 'no certificates',
      files: { 'ServiceDefinition.csdef': csdef('  <WebRole name="Web" vmsize="Standard_A1_v2" />'), 'ServiceConfiguration.Cloud.cscfg': cscfg('  <Role name="Web">\n    <Instances count="2" />\n  </Role>') },
    },
  ],
  invalid: [
    {
      name: 'one note per deployed configuration, at its first certificate',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': config },
      errors: [
        {
          line: 5,
          column: 7,
          message:
            'ServiceConfiguration.Cloud.cscfg references 2 certificates (Ssl, Api); for extended support put each in a Key Vault in the service\'s region and subscription, enabled for "Azure Virtual Machines for deployment", and reference it in the deployment\'s osProfile.secrets',
        },
      ],
    },
  ],
});
