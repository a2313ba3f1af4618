import { CFG_NS, DEF_NS, csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-root-element', {
  valid: [
    {
      name: 'default namespace, with the xsi/xsd declarations XmlSerializer adds',
      files: {
        'ServiceDefinition.csdef': csdef(
          '  <WorkerRole name="Worker" />',
          'name="svc" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"',
        ),
      },
    },
    {
      name: 'a prefixed root bound to the definition namespace',
      files: {
        'ServiceDefinition.csdef': `<?xml version="1.0" encoding="utf-8"?>
<sd:ServiceDefinition name="svc" xmlns:sd="${DEF_NS}">
  <sd:WorkerRole name="Worker" />
</sd:ServiceDefinition>
`,
      },
    },
  ],
  invalid: [
    {
      name: 'root element without a namespace',
      files: {
        'ServiceDefinition.csdef': `<?xml version="1.0" encoding="utf-8"?>
<ServiceDefinition name="svc">
  <WorkerRole name="Worker" />
</ServiceDefinition>
`,
      },
      errors: [{ line: 2, column: 1, message: `the root element has no namespace; add xmlns="${DEF_NS}"` }],
    },
    {
      name: 'root element in the configuration namespace',
      files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="Worker" />').replace(DEF_NS, CFG_NS) },
      errors: [{ line: 1, column: 1, message: `the root element is in namespace "${CFG_NS}"; use xmlns="${DEF_NS}"` }],
    },
    {
      name: 'a plug-in RoleModule saved with the .csdef extension',
      files: {
        'Diagnostics.csdef': `<?xml version="1.0" ?>
<!-- copied from the SDK plug-ins folder -->
  <RoleModule namespace="Microsoft.WindowsAzure.Plugins.Diagnostics" xmlns="${DEF_NS}">
  <ConfigurationSettings>
    <Setting name="ConnectionString" />
  </ConfigurationSettings>
</RoleModule>
`,
      },
      errors: [
        {
          line: 3,
          column: 3,
          message: `the root element is <RoleModule>; a service definition's root is <ServiceDefinition xmlns="${DEF_NS}">`,
        },
      ],
    },
  ],
});
