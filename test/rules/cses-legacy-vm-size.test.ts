import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSES-legacy-vm-size', {
  valid: [
    {
      name: 'ARM sizes, including the older D-series names',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" vmsize="Standard_D1_v2" />
  <WorkerRole name="Worker" vmsize="Standard_A2m_v2" />
  <WorkerRole name="Old" vmsize="Standard_D2" />`),
      },
    },
    { name: 'unknown sizes are left to the CSDEF rules', files: { 'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Smal" />`) } },
    {
      name: 'a CSPack csx copy without vmsize (the copy drops it; the authored file is checked)',
      files: { 'Cloud/csx/Release/ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" />`) },
    },
  ],
  invalid: [
    {
      name: 'classic names, a missing size and a deprecated size',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" vmsize="Medium" />
  <WorkerRole name="Worker">
  </WorkerRole>
  <WorkerRole name="Hpc" vmsize="A9" />
  <WorkerRole name="Tiny" vmsize="extrasmall" />`),
      },
      errors: [
        { line: 2, column: 23, message: 'role "Web" size "Medium" is a classic size extended support does not accept; use vmsize="Standard_A2_v2"' },
        {
          line: 3,
          column: 3,
          message:
            'role "Worker" has no vmsize, so it gets the classic size Small, which extended support does not accept; use vmsize="Standard_A1_v2"',
        },
        {
          line: 5,
          column: 26,
          message: 'role "Hpc" size "A9" is deprecated for extended support; choose a current ARM size (for example Standard_D5_v2 for 16 cores)',
        },
        { line: 6, column: 27, message: 'role "Tiny" size "extrasmall" is a classic size extended support does not accept; use vmsize="Standard_A1_v2"' },
      ],
    },
  ],
});
