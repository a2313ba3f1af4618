import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">
    <Endpoints>
      <InputEndpoint name="Rdp" protocol="tcp" port="3389" />
      <InputEndpoint name="Api" protocol="tcp" port="8080" />
    </Endpoints>
  </WorkerRole>`);
const role = '  <Role name="W">\n    <Instances count="2" />\n  </Role>';
const network = (subnet: string): string => `
  <NetworkConfiguration>
    <AccessControls>
      <AccessControl name="admins">
        <Rule action="permit" order="100" remoteSubnet="${subnet}" description="admins" />
      </AccessControl>
    </AccessControls>
    <EndpointAcls>
      <EndpointAcl role="W" endPoint="Rdp" accessControl="admins" />
    </EndpointAcls>
  </NetworkConfiguration>`;

ruleTester('SEC-open-admin-port', {
  valid: [
    { name: 'an ACL restricted to one network', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(role + network('203.0.113.0/24')) } },
    { name: 'only a Local configuration', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Local.cscfg': cscfg(role) } },
  ],
  invalid: [
    {
      name: 'no ACL',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(role) },
      errors: [
        {
          file: 'ServiceDefinition.csdef',
          line: 4,
          column: 7,
          message:
            'Remote Desktop endpoint (port 3389) "Rdp" of role "W" is open to the whole internet; add an EndpointAcl in the deployed configuration that permits only your administrators\' addresses',
        },
      ],
    },
    {
      name: 'an ACL that permits everyone',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(role + network('0.0.0.0/0')) },
      errors: [
        {
          file: 'ServiceConfiguration.Cloud.cscfg',
          line: 8,
          column: 43,
          message:
            'the access control for Remote Desktop endpoint (port 3389) "Rdp" of role "W" permits 0.0.0.0/0, that is everyone; narrow remoteSubnet to your administrators\' addresses',
        },
      ],
    },
    {
      name: 'the RemoteForwarder plug-in opens 3389 too',
      files: {
        'ServiceDefinition.csdef': csdef('  <WorkerRole name="W" vmsize="Standard_A1_v2">\n    <Imports>\n      <Import moduleName="RemoteForwarder" />\n    </Imports>\n  </WorkerRole>'),
      },
      errors: [{ line: 4, column: 7, message: /^Remote Desktop endpoint of the RemoteForwarder plug-in \(port 3389\) "Microsoft\.WindowsAzure\.Plugins\.RemoteForwarder\.RdpInput" of role "W" is open/ }],
    },
  ],
});
