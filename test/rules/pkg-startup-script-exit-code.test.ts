import { csdef, ruleTester } from '../helpers/lint-harness.js';

const definition = (taskType = 'simple'): string =>
  csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Startup>
      <Task commandLine="startup.cmd" executionContext="elevated" taskType="${taskType}" />
    </Startup>
  </WorkerRole>`);

ruleTester('PKG-startup-script-exit-code', {
  valid: [
    { name: 'ends with exit /b 0 and a comment', files: { 'ServiceDefinition.csdef': definition(), 'Worker/startup.cmd': '@echo off\r\nmsiexec /i x.msi /qn\r\nEXIT /B 0\r\nREM done\r\n\r\n' } },
    { name: 'deliberate errorlevel', files: { 'ServiceDefinition.csdef': definition(), 'Worker/startup.cmd': 'call setup.cmd\nexit /b %errorlevel%' } },
    { name: 'background task', files: { 'ServiceDefinition.csdef': definition('background'), 'Worker/startup.cmd': 'node server.js\r\n' } },
  ],
  invalid: [
    {
      name: 'ends with an installer',
      files: { 'ServiceDefinition.csdef': definition(), 'Worker/startup.cmd': '@echo off\r\nmsiexec /i x.msi /qn\r\n\r\n:: end\r\n' },
      errors: [
        {
          line: 2,
          column: 1,
          file: 'Worker/startup.cmd',
          message:
            'Worker/startup.cmd (simple startup task of role "Worker") ends without an explicit exit, so its last command\'s errorlevel decides whether the role starts; end it with "exit /b 0" (or a deliberate exit code)',
        },
      ],
    },
  ],
});
