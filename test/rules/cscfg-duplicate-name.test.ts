import { cscfg, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSCFG-duplicate-name', {
  valid: [
    {
      name: 'the same setting and certificate names in two roles, and the same role in two configurations',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
      <Setting name="QueueName" value="jobs" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>
  <Role name="Worker">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>`),
        'ServiceConfiguration.Local.cscfg': cscfg(`  <Role name="Web">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="Queue" value="UseDevelopmentStorage=true" />
    </ConfigurationSettings>
  </Role>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a role given twice, and a setting and a certificate given twice in one role',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Web">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Queue" value="jobs" />
      <Setting name="Queue" value="jobs2" />
    </ConfigurationSettings>
    <Certificates>
      <Certificate name="SSL" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />
      <Certificate name="SSL" thumbprint="89ABCDEF0123456789ABCDEF0123456789ABCDEF" thumbprintAlgorithm="sha1" />
    </Certificates>
  </Role>
  <Role name="Web">
    <Instances count="1" />
  </Role>`),
      },
      errors: [
        { line: 6, column: 7, message: 'setting "Queue" of role "Web" is already given on line 5; keep one' },
        { line: 10, column: 7, message: 'certificate "SSL" of role "Web" is already given on line 9; keep one' },
        { line: 13, column: 3, message: 'role "Web" is already given on line 2; keep one' },
      ],
    },
  ],
});
