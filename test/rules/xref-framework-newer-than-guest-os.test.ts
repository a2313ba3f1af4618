import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const netfx = (version: string, startup = ''): string =>
  csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">${startup}
    <Runtime>
      <EntryPoint>
        <NetFxEntryPoint assemblyName="Worker.dll" targetFrameworkVersion="${version}" />
      </EntryPoint>
    </Runtime>
  </WorkerRole>`);
const config = (family: string): string =>
  cscfg(`  <Role name="Worker">\n    <Instances count="2" />\n  </Role>`, `serviceName="svc" osFamily="${family}" osVersion="*"`);
const ccproj = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <ServiceDefinition Include="ServiceDefinition.csdef" />
    <ServiceConfiguration Include="ServiceConfiguration.Cloud.cscfg" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="Worker\\Worker.csproj">
      <RoleName>Worker</RoleName>
    </ProjectReference>
  </ItemGroup>
</Project>
`;
const csproj = `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <TargetFrameworkVersion>v4.7.2</TargetFrameworkVersion>
  </PropertyGroup>
</Project>
`;

ruleTester('XREF-framework-newer-than-guest-os', {
  valid: [
    { name: '4.8 on family 7', files: { 'ServiceDefinition.csdef': netfx('v4.8'), 'ServiceConfiguration.Cloud.cscfg': config('7') } },
    { name: '4.6.2 on family 5', files: { 'ServiceDefinition.csdef': netfx('v4.6.2'), 'ServiceConfiguration.Cloud.cscfg': config('5') } },
    { name: 'local configuration', files: { 'ServiceDefinition.csdef': netfx('v4.8'), 'ServiceConfiguration.Local.cscfg': config('5') } },
    {
      name: 'a startup task installs the framework',
      files: {
        'ServiceDefinition.csdef': netfx('v4.8', '\n    <Startup>\n      <Task commandLine="install-net48.cmd" executionContext="elevated" />\n    </Startup>'),
        'ServiceConfiguration.Cloud.cscfg': config('5'),
      },
    },
  ],
  invalid: [
    {
      name: 'NetFxEntryPoint 4.8 on family 5',
      files: { 'ServiceDefinition.csdef': netfx('v4.8'), 'ServiceConfiguration.Cloud.cscfg': config('5') },
      errors: [
        {
          line: 5,
          column: 52,
          message:
            'role "Worker" targets .NET Framework v4.8 (its NetFxEntryPoint) but osFamily="5" in ServiceConfiguration.Cloud.cscfg provides 4.6.2; set osFamily="7" or higher, or install the framework with a startup task',
        },
      ],
    },
    {
      name: 'role project targeting 4.7.2 on family 4',
      files: {
        'Svc.ccproj': ccproj,
        'Worker/Worker.csproj': csproj,
        'ServiceDefinition.csdef': csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />'),
        'ServiceConfiguration.Cloud.cscfg': config('4'),
      },
      errors: [
        {
          line: 2,
          column: 15,
          message:
            'role "Worker" targets .NET Framework v4.7.2 (Worker/Worker.csproj) but osFamily="4" in ServiceConfiguration.Cloud.cscfg provides 4.6.2; set osFamily="6" or higher, or install the framework with a startup task',
        },
      ],
    },
  ],
});
