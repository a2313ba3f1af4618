import { csdef, ruleTester } from '../helpers/lint-harness.js';

const runtime = (context: string): string => csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">\n    <Runtime executionContext="${context}" />\n  </WorkerRole>`);

ruleTester('SEC-elevated-runtime', {
  valid: [
    { name: 'limited', files: { 'ServiceDefinition.csdef': runtime('limited') } },
    { name: 'no Runtime', files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="W" vmsize="Standard_A1_v2" />') } },
  ],
  invalid: [
    {
      name: 'elevated',
      files: { 'ServiceDefinition.csdef': runtime('elevated') },
      errors: [{ line: 3, column: 14, message: 'role "W" runs its process as administrator; move the privileged work into an elevated startup task and set executionContext="limited"' }],
    },
  ],
});
