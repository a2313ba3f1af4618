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
const csproj = (groups: string): string => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
${groups}
</Project>
`;
const base = { 'Svc.ccproj': ccproj, 'ServiceDefinition.csdef': csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />') };

ruleTester('PKG-role-32-bit', {
  valid: [
    {
      name: 'AnyCPU in release; x86 only for debugging',
      files: {
        ...base,
        'Worker/Worker.csproj': csproj(`  <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Debug|AnyCPU' ">
    <PlatformTarget>x86</PlatformTarget>
  </PropertyGroup>
  <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Release|AnyCPU' ">
    <PlatformTarget>AnyCPU</PlatformTarget>
    <Prefer32Bit>false</Prefer32Bit>
  </PropertyGroup>`),
      },
    },
  ],
  invalid: [
    {
      name: 'Prefer32Bit in release',
      files: {
        ...base,
        'Worker/Worker.csproj': csproj(`  <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Release|AnyCPU' ">
    <Prefer32Bit>true</Prefer32Bit>
  </PropertyGroup>`),
      },
      errors: [
        {
          line: 3,
          column: 5,
          file: 'Worker/Worker.csproj',
          message: 'role "Worker" sets Prefer32Bit in Worker/Worker.csproj, so it runs as a 32-bit process; set <Prefer32Bit>false</Prefer32Bit>',
        },
      ],
    },
    {
      name: 'x86 for every configuration',
      files: { ...base, 'Worker/Worker.csproj': csproj('  <PropertyGroup>\n    <PlatformTarget>x86</PlatformTarget>\n  </PropertyGroup>') },
      errors: [
        {
          line: 3,
          column: 5,
          file: 'Worker/Worker.csproj',
          message: 'role "Worker" is built for x86 in Worker/Worker.csproj; role hosts are 64-bit: use <PlatformTarget>AnyCPU</PlatformTarget> or x64',
        },
      ],
    },
  ],
});
