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
const csproj = (refs: string): string => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
${refs}
  </ItemGroup>
</Project>
`;
const base = { 'Svc.ccproj': ccproj, 'ServiceDefinition.csdef': csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />') };

ruleTester('PKG-assembly-not-copied', {
  valid: [
    {
      name: 'framework and role runtime references with Copy Local off; a library copied',
      files: {
        ...base,
        'Worker/Worker.csproj': csproj(`    <Reference Include="System.Data" />
    <Reference Include="Microsoft.WindowsAzure.ServiceRuntime, Version=2.7.0.0, Culture=neutral">
      <Private>False</Private>
    </Reference>
    <Reference Include="Newtonsoft.Json">
      <HintPath>..\\packages\\Newtonsoft.Json.dll</HintPath>
      <Private>True</Private>
    </Reference>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a third-party assembly with Copy Local off',
      files: {
        ...base,
        'Worker/Worker.csproj': csproj(`    <Reference Include="Contoso.Payments, Version=1.0.0.0">
      <HintPath>..\\lib\\Contoso.Payments.dll</HintPath>
      <Private>False</Private>
    </Reference>`),
      },
      errors: [
        {
          line: 3,
          column: 16,
          file: 'Worker/Worker.csproj',
          message:
            'role "Worker" references assembly "Contoso.Payments" with Copy Local off, so it is not packaged and the role VM does not have it; set <Private>True</Private> on the reference',
        },
      ],
    },
  ],
});
