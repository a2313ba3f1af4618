import { csdef, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Startup>
      <Task commandLine="cmd /c install.cmd" executionContext="elevated" />
    </Startup>
  </WebRole>`);
const text = '@echo off\r\nexit /b 0\r\n';
const utf8Bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text, 'latin1')]);
const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);

ruleTester('PKG-startup-script-byte-order-mark', {
  valid: [
    { name: 'ANSI script', files: { 'ServiceDefinition.csdef': definition, 'Web/install.cmd': text } },
    {
      name: 'a PowerShell script with a BOM is fine',
      files: {
        'ServiceDefinition.csdef': definition.replace('cmd /c install.cmd', 'powershell -File install.ps1'),
        'Web/install.ps1': utf8Bom,
      },
    },
  ],
  invalid: [
    {
      name: 'UTF-8 with a byte-order mark',
      files: { 'ServiceDefinition.csdef': definition, 'Web/install.cmd': utf8Bom },
      errors: [
        {
          line: 1,
          column: 1,
          file: 'Web/install.cmd',
          message:
            'Web/install.cmd, run by a startup task of role "Web", is saved as UTF-8 with a byte-order mark; cmd.exe needs ANSI text without a byte-order mark: save it as ANSI (code page 1252) or UTF-8 without signature',
        },
      ],
    },
    {
      name: 'UTF-16 in the bin folder',
      files: { 'ServiceDefinition.csdef': definition, 'Web/bin/install.cmd': utf16 },
      errors: [
        {
          line: 1,
          column: 1,
          file: 'Web/bin/install.cmd',
          message:
            'Web/bin/install.cmd, run by a startup task of role "Web", is saved as UTF-16; cmd.exe needs ANSI text without a byte-order mark: save it as ANSI (code page 1252) or UTF-8 without signature',
        },
      ],
    },
  ],
});
