import { ruleTester } from '../helpers/lint-harness.js';

const ccproj = (items: string): string => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
${items}
  </ItemGroup>
</Project>
`;

ruleTester('PKG-no-cloud-configuration', {
  valid: [
    {
      name: 'local and cloud',
      files: { 'Svc.ccproj': ccproj('    <ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />\n    <ServiceConfiguration Include="ServiceConfiguration.Cloud.cscfg" />') },
    },
    { name: 'a plain ServiceConfiguration.cscfg', files: { 'Svc.ccproj': ccproj('    <ServiceConfiguration Include="ServiceConfiguration.cscfg" />') } },
  ],
  invalid: [
    {
      name: 'only the local file',
      files: { 'Svc.ccproj': ccproj('    <ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />') },
      errors: [
        {
          line: 3,
          column: 5,
          message:
            'Svc.ccproj lists only local configurations (ServiceConfiguration.Local.cscfg); add a ServiceConfiguration.Cloud.cscfg for deployments and build with /p:TargetProfile=Cloud',
        },
      ],
    },
  ],
});
