import { csdef, ruleTester } from '../helpers/lint-harness.js';

const ccproj = (role: string): string => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <ServiceDefinition Include="ServiceDefinition.csdef" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="WebRole\\WebRole.csproj">
      <RoleName>${role}</RoleName>
    </ProjectReference>
  </ItemGroup>
</Project>
`;
const definition = csdef('  <WebRole name="WebRole1" vmsize="Standard_A1_v2" />\n  <WorkerRole name="Jobs" vmsize="Standard_A1_v2" />');

ruleTester('PKG-role-reference-unknown', {
  valid: [{ name: 'matching role name', files: { 'Svc.ccproj': ccproj('WebRole1'), 'ServiceDefinition.csdef': definition } }],
  invalid: [
    {
      name: 'role renamed in the definition only',
      files: { 'Svc.ccproj': ccproj('WebRole'), 'ServiceDefinition.csdef': definition },
      errors: [
        {
          line: 7,
          column: 7,
          file: 'Svc.ccproj',
          message:
            'Svc.ccproj references role project "WebRole\\WebRole.csproj" as role "WebRole", which ServiceDefinition.csdef does not define; use one of "WebRole1" and "Jobs" (the build fails with "The role ... was not found in the service definition")',
        },
      ],
    },
  ],
});
