import { CFG_NS, DEF_NS, cscfg, ruleTester } from '../helpers/lint-harness.js';

const MESSAGE =
  'the file has a document type declaration (DOCTYPE); service files never need one, and DTDs can define entities that expand without bound. Remove it';

ruleTester('XML-dtd-forbidden', {
  valid: [
    {
      name: 'a comment that mentions DOCTYPE, and a value holding an escaped one',
      files: {
        'ServiceConfiguration.Cloud.cscfg': `<?xml version="1.0" encoding="utf-8"?>
<!-- no <!DOCTYPE> here: service files never have one -->
${cscfg(`  <Role name="Web">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="Banner" value="&lt;!DOCTYPE html&gt;" />
    </ConfigurationSettings>
  </Role>`)}`,
      },
    },
  ],
  invalid: [
    {
      name: 'an internal subset with an entity expansion bomb',
      files: {
        'ServiceDefinition.csdef': `<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE ServiceDefinition [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<ServiceDefinition name="&lol9;" xmlns="${DEF_NS}">
  <WorkerRole name="Worker" />
</ServiceDefinition>
`,
      },
      errors: [{ line: 2, column: 1, message: MESSAGE }],
    },
    {
      name: 'an external DTD after a comment that mentions one',
      files: {
        'ServiceConfiguration.Cloud.cscfg': `<!-- generated: <!DOCTYPE> kept for the old validator -->
  <!DOCTYPE ServiceConfiguration SYSTEM "http://example.com/ServiceConfiguration.dtd">
<ServiceConfiguration serviceName="svc" xmlns="${CFG_NS}">
  <Role name="Web">
    <Instances count="1" />
  </Role>
</ServiceConfiguration>
`,
      },
      errors: [{ line: 2, column: 3, message: MESSAGE }],
    },
  ],
});
