import { csdef, ruleTester } from '../helpers/lint-harness.js';

const definition = (commandLine: string): string =>
  csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Startup>
      <Task commandLine="${commandLine}" executionContext="elevated" />
    </Startup>
  </WorkerRole>`);

ruleTester('PKG-startup-task-file-missing', {
  valid: [
    { name: 'script in the role folder (found by folder name)', files: { 'ServiceDefinition.csdef': definition('startup\\setup.cmd'), 'Worker/startup/setup.cmd': 'exit /b 0\r\n' } },
    { name: 'script in the bin folder, other case', files: { 'ServiceDefinition.csdef': definition('Setup.CMD'), 'Worker/bin/setup.cmd': 'exit /b 0\r\n' } },
    { name: 'system program with an environment path', files: { 'ServiceDefinition.csdef': definition('cmd /c %ROLEROOT%\\x.cmd'), 'Worker/readme.txt': 'x' } },
    { name: 'role folder unknown', files: { 'ServiceDefinition.csdef': definition('setup.cmd') } },
  ],
  invalid: [
    {
      name: 'a script handed to powershell and a missing batch file',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Startup>
      <Task commandLine="powershell -ExecutionPolicy Unrestricted -File install.ps1" executionContext="elevated" />
      <Task commandLine="setup.cmd" />
    </Startup>
  </WorkerRole>`),
        'Worker/Program.cs': 'class P {}\n',
      },
      errors: [
        {
          line: 4,
          column: 13,
          message:
            'startup task of role "Worker" runs "install.ps1", which is not in Worker (or its bin folder); add the file to the role project with Copy to Output Directory set, or fix the command line',
        },
        {
          line: 5,
          column: 13,
          message:
            'startup task of role "Worker" runs "setup.cmd", which is not in Worker (or its bin folder); add the file to the role project with Copy to Output Directory set, or fix the command line',
        },
      ],
    },
  ],
});
