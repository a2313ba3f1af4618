import { csdef, ruleTester } from '../helpers/lint-harness.js';

const ccproj = `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <ServiceDefinition Include="ServiceDefinition.csdef" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="Web\\Web.csproj">
      <RoleName>Web</RoleName>
    </ProjectReference>
  </ItemGroup>
</Project>
`;

ruleTester('PKG-role-without-project', {
  valid: [
    { name: 'every role referenced', files: { 'Svc.ccproj': ccproj, 'ServiceDefinition.csdef': csdef('  <WebRole name="Web" vmsize="Standard_A1_v2" />') } },
    { name: 'no cloud project: packaged by hand', files: { 'ServiceDefinition.csdef': csdef('  <WorkerRole name="Jobs" vmsize="Standard_A1_v2" />') } },
  ],
  invalid: [
    {
      name: 'a worker role added to the definition only',
      files: {
        'Svc.ccproj': ccproj,
        'ServiceDefinition.csdef': csdef('  <WebRole name="Web" vmsize="Standard_A1_v2" />\n  <WorkerRole name="Jobs" vmsize="Standard_A1_v2" />'),
      },
      errors: [
        {
          line: 3,
          column: 15,
          message: 'role "Jobs" has no role project in Svc.ccproj; add a <ProjectReference> with <RoleName>Jobs</RoleName>, or remove the role',
        },
      ],
    },
  ],
});
