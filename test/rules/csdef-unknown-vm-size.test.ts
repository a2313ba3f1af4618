import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (size: string): string => csdef(`  <WorkerRole name="W" vmsize="${size}" />`);

ruleTester('CSDEF-unknown-vm-size', {
  valid: [
    { name: 'a size of the table', files: { 'ServiceDefinition.csdef': role('Standard_D2_v2') } },
    { name: 'a classic size (reported by other rules, not this one)', files: { 'ServiceDefinition.csdef': role('Small') } },
    { name: 'sizes are compared without regard to case', files: { 'ServiceDefinition.csdef': role('standard_a1_v2') } },
    { name: 'an ARM size of a listed family the table lacks', files: { 'ServiceDefinition.csdef': role('Standard_D2a_v4') } },
    { name: 'no vmsize', files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="W" />') } },
  ],
  invalid: [
    {
      name: 'a typo gets the nearest size',
      files: { 'ServiceDefinition.csdef': role('Smal') },
      errors: [{ line: 2, column: 24, message: 'vmsize="Smal" of role "W" is not a Cloud Services size; did you mean "Small"?' }],
    },
    {
      name: 'a virtual-machine-only family',
      files: { 'ServiceDefinition.csdef': role('Standard_B2ms') },
      errors: [{ line: 2, column: 24, message: 'vmsize="Standard_B2ms" of role "W" is not a Cloud Services size; use an ARM size such as "Standard_A1_v2" or "Standard_D2_v2"' }],
    },
  ],
});
