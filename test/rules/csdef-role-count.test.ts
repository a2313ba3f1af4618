import { csdef, ruleTester } from '../helpers/lint-harness.js';

const workers = (n: number): string =>
  Array.from({ length: n }, (_, i) => `  <WorkerRole name="W${i + 1}" vmsize="Standard_A1_v2" />`).join('\n');

ruleTester('CSDEF-role-count', {
  valid: [
    { name: 'one role', files: { 'ServiceDefinition.csdef': csdef(workers(1)) } },
    { name: 'exactly 25 roles', files: { 'ServiceDefinition.csdef': csdef(workers(25)) } },
  ],
  invalid: [
    {
      name: '26 roles: the 26th is reported',
      files: { 'ServiceDefinition.csdef': csdef(workers(26)) },
      errors: [{ line: 27, column: 3, message: 'service "svc" defines 26 roles, over the limit of 25; move 1 role(s) into another cloud service' }],
    },
    {
      name: 'no role at all',
      files: { 'ServiceDefinition.csdef': csdef('  <!-- nothing yet -->') },
      errors: [{ line: 1, column: 1, message: 'service "svc" defines no role; add a <WebRole> or <WorkerRole>, or delete the unused definition' }],
    },
  ],
});
