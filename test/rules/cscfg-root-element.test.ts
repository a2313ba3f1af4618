import { CFG_NS, DEF_NS, cscfg, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSCFG-root-element', {
  valid: [
    {
      name: 'default namespace, with the xsi/xsd declarations XmlSerializer adds',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(
          '  <Role name="Worker">\n    <Instances count="1" />\n  </Role>',
          'serviceName="svc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" osFamily="7" osVersion="*"',
        ),
      },
    },
    {
      name: 'a prefixed root bound to the configuration namespace',
      files: {
        'ServiceConfiguration.Cloud.cscfg': `<?xml version="1.0" encoding="utf-8"?>
<sc:ServiceConfiguration serviceName="svc" xmlns:sc="${CFG_NS}">
  <sc:Role name="Worker">
    <sc:Instances count="1" />
  </sc:Role>
</sc:ServiceConfiguration>
`,
      },
    },
  ],
  invalid: [
    {
      name: 'root element without a namespace',
      files: {
        'ServiceConfiguration.Cloud.cscfg': `<?xml version="1.0" encoding="utf-8"?>
<!-- Cloud settings -->
<ServiceConfiguration serviceName="svc" osFamily="7" osVersion="*">
  <Role name="Worker">
    <Instances count="1" />
  </Role>
</ServiceConfiguration>
`,
      },
      errors: [{ line: 3, column: 1, message: `the root element has no namespace; add xmlns="${CFG_NS}"` }],
    },
    {
      name: 'root element in the definition namespace',
      files: { 'ServiceConfiguration.Cloud.cscfg': cscfg('  <Role name="Worker">\n    <Instances count="1" />\n  </Role>').replace(CFG_NS, DEF_NS) },
      errors: [{ line: 1, column: 1, message: `the root element is in namespace "${DEF_NS}"; use xmlns="${CFG_NS}"` }],
    },
    {
      name: 'an application configuration file saved with the .cscfg extension',
      files: {
        'ServiceConfiguration.Cloud.cscfg': `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Queue" value="jobs" />
  </appSettings>
</configuration>
`,
      },
      errors: [
        {
          line: 2,
          column: 1,
          message: `the root element is <configuration>; a service configuration's root is <ServiceConfiguration xmlns="${CFG_NS}">`,
        },
      ],
    },
  ],
});
