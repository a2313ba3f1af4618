import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const ccproj = (items: string): string => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
${items}
  </ItemGroup>
</Project>
`;
const definition = csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />');
const config = cscfg('  <Role name="Worker">\n    <Instances count="2" />\n  </Role>');

ruleTester('PKG-project-file-missing', {
  valid: [
    {
      name: 'every named file exists (names compared ignoring case)',
      files: {
        'Svc/Svc.ccproj': ccproj('    <ServiceDefinition Include="ServiceDefinition.csdef" />\n    <ServiceConfiguration Include="serviceconfiguration.cloud.cscfg" />'),
        'Svc/ServiceDefinition.csdef': definition,
        'Svc/ServiceConfiguration.Cloud.cscfg': config,
      },
    },
  ],
  invalid: [
    {
      name: 'a configuration that was never committed',
      files: {
        'Svc/Svc.ccproj': ccproj(
          '    <ServiceDefinition Include="ServiceDefinition.csdef" />\n    <ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />\n    <ServiceConfiguration Include="ServiceConfiguration.Cloud.cscfg" />',
        ),
        'Svc/ServiceDefinition.csdef': definition,
        'Svc/ServiceConfiguration.Local.cscfg': config,
      },
      errors: [
        {
          line: 5,
          column: 27,
          file: 'Svc/Svc.ccproj',
          message:
            'Svc/Svc.ccproj names ServiceConfiguration "ServiceConfiguration.Cloud.cscfg", but Svc/ServiceConfiguration.Cloud.cscfg does not exist; add the file or remove the item',
        },
      ],
    },
  ],
});
