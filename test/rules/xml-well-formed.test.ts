import { CFG_NS, DEF_NS, csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const utf16le = (text: string): Uint8Array => Buffer.from(`\ufeff${text}`, 'utf16le');

ruleTester('XML-well-formed', {
  valid: [
    {
      name: 'escaped placeholders and references in values',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker">
    <Startup>
      <Task commandLine="install.cmd &gt; log.txt 2&gt;&amp;1" executionContext="elevated" />
    </Startup>
    <ConfigurationSettings>
      <Setting name="StorageKey" />
      <Setting name="Options" />
    </ConfigurationSettings>
  </WorkerRole>`),
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="StorageKey" value="&lt;your key&gt;" />
      <Setting name="Options" value="{&quot;retries&quot;: 3, &quot;a&amp;b&quot;: true}" />
    </ConfigurationSettings>
  </Role>`),
      },
    },
    {
      name: 'UTF-16LE with a byte-order mark, CRLF line endings and a comment before the root',
      files: {
        'ServiceConfiguration.Cloud.cscfg': utf16le(
          `<?xml version="1.0" encoding="utf-16"?>\r\n<!-- Größe: 😀 -->\r\n<ServiceConfiguration serviceName="svc" xmlns="${CFG_NS}">\r\n  <Role name="Worker">\r\n    <Instances count="1" />\r\n  </Role>\r\n</ServiceConfiguration>\r\n`,
        ),
      },
    },
    {
      name: 'windows-1252 bytes under a declaration that says so',
      files: {
        'ServiceConfiguration.Cloud.cscfg': Buffer.concat([
          Buffer.from(`<?xml version="1.0" encoding="windows-1252"?>\n<ServiceConfiguration serviceName="svc" xmlns="${CFG_NS}">\n  <Role name="Worker">\n    <Instances count="1" />\n    <ConfigurationSettings>\n      <Setting name="Greeting" value="caf`),
          Buffer.from([0xe9]),
          Buffer.from(`" />\n    </ConfigurationSettings>\n  </Role>\n</ServiceConfiguration>\n`),
        ]),
      },
    },
  ],
  invalid: [
    {
      name: 'a misspelt end tag',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker">
    <ConfigurationSettings />
  </WokerRole>`),
      },
      errors: [
        {
          line: 4,
          column: 3,
          message: 'not well-formed XML: the end tag </WokerRole> does not match the start tag <WorkerRole> on line 2; make the names equal',
        },
      ],
    },
    {
      name: 'a placeholder with "<" in a setting value, after a character outside the BMP',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="Greeting😀" value="<your key>" />
    </ConfigurationSettings>
  </Role>`),
      },
      errors: [
        {
          line: 5,
          column: 41,
          message:
            'not well-formed XML: "<" is not allowed in an attribute value; write it as &lt; (placeholders such as <your key> need &lt;your key&gt;)',
        },
      ],
    },
    {
      name: 'an HTML entity in a value',
      files: {
        'ServiceConfiguration.Cloud.cscfg': cscfg(`  <Role name="Worker">
    <Instances count="1" />
    <ConfigurationSettings>
      <Setting name="Greeting" value="Hello&nbsp;World" />
    </ConfigurationSettings>
  </Role>`),
      },
      errors: [
        {
          line: 5,
          column: 49,
          message:
            'not well-formed XML: undefined entity: only &lt; &gt; &amp; &quot; &apos; and character references are defined; write & as &amp;',
        },
      ],
    },
    {
      name: 'an element prefix that no xmlns declares, in a UTF-16LE file',
      files: {
        'ServiceDefinition.csdef': utf16le(
          `<?xml version="1.0" encoding="utf-16"?>\r\n<ServiceDefinition name="svc" xmlns="${DEF_NS}">\r\n  <WorkerRole name="Größe😀"><x:Settings />\r\n  </WorkerRole>\r\n</ServiceDefinition>\r\n`,
        ),
      },
      errors: [{ line: 3, column: 30, message: 'not well-formed XML: the namespace prefix "x" is not declared' }],
    },
    {
      name: 'bytes that are not UTF-8 in a file without a declaration',
      files: {
        'ServiceConfiguration.Cloud.cscfg': Buffer.concat([
          Buffer.from(`<ServiceConfiguration serviceName="svc" xmlns="${CFG_NS}">\n  <Role name="Worker">\n    <Instances count="1" />\n    <ConfigurationSettings>\n      <Setting name="Greeting" value="caf`),
          Buffer.from([0xe9]),
          Buffer.from(`" />\n    </ConfigurationSettings>\n  </Role>\n</ServiceConfiguration>\n`),
        ]),
      },
      errors: [{ line: 5, column: 42, message: 'not well-formed XML: the bytes are not valid UTF-8; save the file as UTF-8' }],
    },
    {
      name: 'a file cut off before the root element ends',
      files: {
        'ServiceDefinition.csdef': `<ServiceDefinition name="svc" xmlns="${DEF_NS}">\n  <WorkerRole name="Worker" />\n`,
      },
      errors: [{ line: 2, column: 31, message: 'not well-formed XML: the file ends before the end tag </ServiceDefinition> of <ServiceDefinition> on line 1: an end tag is missing or the file is cut short' }],
    },
  ],
});
