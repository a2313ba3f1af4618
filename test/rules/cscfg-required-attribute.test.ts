import { cscfg, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSCFG-required-attribute', {
  valid: [
    {
      name: 'every required attribute present, with an empty setting value',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>
  <NetworkConfiguration>
    <VirtualNetworkSite name="Group rg vnet" />
    <AddressAssignments>
      <InstanceAddress roleName="Web">
        <Subnets>
          <Subnet name="Front" />
        </Subnets>
      </InstanceAddress>
    </AddressAssignments>
  </NetworkConfiguration>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a nameless role, a count-less Instances, a setting without value and a certificate without algorithm',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role>
    <Instances />
    <ConfigurationSettings>
      <Setting name="Queue" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" />
    </Certificates>
  </Role>
  <NetworkConfiguration>
    <AddressAssignments>
      <InstanceAddress>
        <Subnets>
          <Subnet />
        </Subnets>
      </InstanceAddress>
    </AddressAssignments>
  </NetworkConfiguration>`),
      },
      errors: [
        { line: 2, column: 3, message: '<Role> needs the attribute name' },
        { line: 3, column: 5, message: '<Instances> needs the attribute count' },
        { line: 5, column: 7, message: '<Setting> needs the attribute value' },
        { line: 8, column: 7, message: '<Certificate> needs the attribute thumbprintAlgorithm' },
        { line: 13, column: 7, message: '<InstanceAddress> needs the attribute roleName' },
        { line: 15, column: 11, message: '<Subnet> needs the attribute name' },
      ],
    },
    {
      name: 'a configuration without serviceName',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg('  <Role name="Web">\n    <Instances count="1" />\n  </Role>', 'osFamily="7" osVersion="*"'),
      },
      errors: [{ line: 1, column: 1, message: '<ServiceConfiguration> needs the attribute serviceName' }],
    },
  ],
});
