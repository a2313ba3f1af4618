import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-duplicate-role-name', {
  valid: [
    {
      name: 'distinct names, including names that share a prefix',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" />
  <WebRole name="Web2" />
  <WorkerRole name="WebWorker" />`),
      },
    },
  ],
  invalid: [
    {
      name: 'the same name on a web and a worker role, and a name that differs only in case',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" />
  <WorkerRole name="Worker" />
  <WorkerRole name="Web" />
  <WorkerRole name="worker" />`),
      },
      errors: [
        { line: 4, column: 15, message: 'the role name "Web" is already used by the WebRole on line 2; rename one of them' },
        {
          line: 5,
          column: 15,
          message: 'the role name "worker" differs only in case from "Worker" (line 3); role folders would collide on Windows; rename one of them',
        },
      ],
    },
  ],
});
