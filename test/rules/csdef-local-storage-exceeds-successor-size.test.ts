import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (sizeAttr: string, mb: number): string =>
  csdef(`  <WorkerRole name="W"${sizeAttr}>
    <LocalResources>
      <LocalStorage name="Cache" sizeInMB="${mb}" />
    </LocalResources>
  </WorkerRole>`);

ruleTester('CSDEF-local-storage-exceeds-successor-size', {
  valid: [
    { name: 'the mapped size still has room', files: { 'ServiceDefinition.csdef': role(' vmsize="Small"', 4000) } },
    { name: 'already an ARM size (its own disk is checked by another rule)', files: { 'ServiceDefinition.csdef': role(' vmsize="Standard_A1_v2"', 20000) } },
    { name: 'a deprecated size with no successor', files: { 'ServiceDefinition.csdef': role(' vmsize="A8"', 900000) } },
  ],
  invalid: [
    {
      name: 'Small maps to Standard_A1_v2, whose disk is too small; the same series offers A4_v2',
      files: { 'ServiceDefinition.csdef': role(' vmsize="Small"', 20000) },
      errors: [
        {
          line: 2,
          column: 24,
          message:
            'role "W" needs 20,000 MB of LocalStorage, more than the 5,144 MB local disk of Standard_A1_v2, the extended-support size for Small; use vmsize="Standard_A4_v2" (35,864 MB) or shrink the stores',
        },
      ],
    },
    {
      name: 'no vmsize: the default Small is mapped; beyond the Av2 series another series is suggested',
      files: { 'ServiceDefinition.csdef': role('', 100000) },
      errors: [
        {
          line: 2,
          column: 3,
          message:
            'role "W" needs 100,000 MB of LocalStorage, more than the 5,144 MB local disk of Standard_A1_v2, the extended-support size for the default Small; use vmsize="Standard_D3_v2" (199,704 MB) or shrink the stores',
        },
      ],
    },
  ],
});
