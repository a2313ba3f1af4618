import { csdef, ruleTester } from '../helpers/lint-harness.js';

const ccproj = `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <ServiceDefinition Include="ServiceDefinition.csdef" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="Worker\\Worker.csproj">
      <RoleName>Worker</RoleName>
    </ProjectReference>
  </ItemGroup>
</Project>
`;
const csproj = (items: string): string => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <Compile Include="WorkerRole.cs" />
${items}
  </ItemGroup>
</Project>
`;
const definition = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Startup>
      <Task commandLine="startup\\setup.cmd" executionContext="elevated" />
    </Startup>
  </WorkerRole>`);
const base = { 'Svc.ccproj': ccproj, 'ServiceDefinition.csdef': definition, 'Worker/startup/setup.cmd': 'exit /b 0\r\n' };

ruleTester('PKG-startup-task-file-not-copied', {
  valid: [
    {
      name: 'copied always',
      files: { ...base, 'Worker/Worker.csproj': csproj('    <Content Include="startup\\setup.cmd">\n      <CopyToOutputDirectory>Always</CopyToOutputDirectory>\n    </Content>') },
    },
    { name: 'copied as an attribute', files: { ...base, 'Worker/Worker.csproj': csproj('    <None Include="startup\\setup.cmd" CopyToOutputDirectory="PreserveNewest" />') } },
    { name: 'wildcard items: cannot tell', files: { ...base, 'Worker/Worker.csproj': csproj('    <None Include="startup\\*.cmd" />') } },
    { name: 'no role project file', files: base },
  ],
  invalid: [
    {
      name: 'listed without CopyToOutputDirectory',
      files: { ...base, 'Worker/Worker.csproj': csproj('    <None Include="startup\\setup.cmd" />') },
      errors: [
        {
          line: 4,
          column: 13,
          file: 'ServiceDefinition.csdef',
          message:
            'startup task of role "Worker" runs "startup\\setup.cmd", but Worker/Worker.csproj does not copy it to the output folder (None without CopyToOutputDirectory); set <CopyToOutputDirectory>Always</CopyToOutputDirectory> on the item',
        },
      ],
    },
    {
      name: 'not in the project at all',
      files: { ...base, 'Worker/Worker.csproj': csproj('') },
      errors: [
        {
          line: 4,
          column: 13,
          file: 'ServiceDefinition.csdef',
          message:
            'startup task of role "Worker" runs "startup\\setup.cmd", which Worker/Worker.csproj does not include; add <Content Include="startup\\setup.cmd"> with <CopyToOutputDirectory>Always</CopyToOutputDirectory>',
        },
      ],
    },
  ],
});
