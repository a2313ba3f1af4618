import { csdef, ruleTester } from '../helpers/lint-harness.js';

const task = (commandLine: string): string =>
  csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">
    <Startup>
      <Task commandLine="${commandLine}" executionContext="elevated" />
    </Startup>
  </WorkerRole>`);

ruleTester('CSDEF-startup-task-path', {
  valid: [
    { name: 'a relative script', files: { 'ServiceDefinition.csdef': task('startup\\install.cmd') } },
    { name: 'a program on the PATH with variables in its arguments', files: { 'ServiceDefinition.csdef': task('powershell -File %ROLEROOT%\\approot\\bin\\s.ps1') } },
    { name: 'output redirection', files: { 'ServiceDefinition.csdef': task('setup.cmd &gt; log.txt') } },
  ],
  invalid: [
    {
      name: 'an environment variable in the program path',
      files: { 'ServiceDefinition.csdef': task('%ROLEROOT%\\approot\\bin\\s.cmd') },
      errors: [
        {
          line: 4,
          column: 13,
          message:
            'startup task program "%ROLEROOT%\\approot\\bin\\s.cmd" of role "W" uses an environment variable, which is not expanded in the program path; copy s.cmd into the role\'s output (approot\\bin) and write commandLine="s.cmd"',
        },
      ],
    },
    {
      name: 'an absolute, quoted path with arguments',
      files: { 'ServiceDefinition.csdef': task('&quot;C:\\tools\\setup.cmd&quot; /quiet') },
      errors: [
        {
          line: 4,
          column: 13,
          message:
            'startup task program "C:\\tools\\setup.cmd" of role "W" is an absolute path; programs are found relative to the role\'s approot\\bin folder; copy setup.cmd into the role\'s output (approot\\bin) and write commandLine="setup.cmd /quiet"',
        },
      ],
    },
  ],
});
