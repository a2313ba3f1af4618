import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (size: string, stores: string, imports = ''): string =>
  csdef(`  <WorkerRole name="W" vmsize="${size}">${imports}
    <LocalResources>
${stores}
    </LocalResources>
  </WorkerRole>`);

ruleTester('CSDEF-local-storage-exceeds-disk', {
  valid: [
    { name: 'stores that fit', files: { 'ServiceDefinition.csdef': role('Standard_A2_v2', '      <LocalStorage name="Cache" sizeInMB="10000" />') } },
    { name: 'an unknown size is skipped', files: { 'ServiceDefinition.csdef': role('Standard_D2a_v4', '      <LocalStorage name="Cache" sizeInMB="900000" />') } },
    {
      name: 'without vmsize the default Small (225,304 MB) applies',
      files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="W">\n    <LocalResources>\n      <LocalStorage name="Cache" sizeInMB="200000" />\n    </LocalResources>\n  </WorkerRole>') },
    },
  ],
  invalid: [
    {
      name: 'one store larger than the disk; the largest store is pointed at',
      files: {
        'ServiceDefinition.csdef': role('Standard_A1_v2', '      <LocalStorage name="Logs" sizeInMB="100" />\n      <LocalStorage name="Cache" sizeInMB="20000" />'),
      },
      errors: [
        {
          line: 5,
          column: 34,
          message: 'LocalStorage of role "W" totals 20,100 MB but Standard_A1_v2 has 5,144 MB of local resource disk; shrink the stores or choose a larger vmsize',
        },
      ],
    },
    {
      name: 'the Diagnostics plug-in store counts when the role does not declare it',
      files: {
        'ServiceDefinition.csdef': role(
          'Standard_A1_v2',
          '      <LocalStorage name="Cache" sizeInMB="2000" />',
          '\n    <Imports>\n      <Import moduleName="Diagnostics" />\n    </Imports>',
        ),
      },
      errors: [
        {
          line: 7,
          column: 34,
          message:
            'LocalStorage of role "W" totals 6,096 MB (with the 4096 MB DiagnosticStore of the Diagnostics plug-in) but Standard_A1_v2 has 5,144 MB of local resource disk; shrink the stores or choose a larger vmsize',
        },
      ],
    },
  ],
});
