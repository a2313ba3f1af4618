import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { discoverServices } from '../../src/model/index.js';

function withFiles(files: Record<string, string>, run: (root: string) => void): void {
  const root = mkdtempSync(join(tmpdir(), 'cs-model-'));
  try {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), text);
    }
    run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const ccproj = `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <ServiceDefinition Include="ServiceDefinition.csdef" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="Worker\\Worker.csproj"><RoleName>Worker</RoleName></ProjectReference>
    <ProjectReference Include="..\\Outside\\Outside.csproj"><RoleName>Outside</RoleName></ProjectReference>
    <ProjectReference Include="Missing\\Missing.csproj"><RoleName>Missing</RoleName></ProjectReference>
  </ItemGroup>
</Project>
`;
const csproj = `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <TargetFrameworkVersion>v4.8</TargetFrameworkVersion>
  </PropertyGroup>
  <PropertyGroup Condition=" '$(Configuration)' == 'Release' ">
    <PlatformTarget>AnyCPU</PlatformTarget>
    <Prefer32Bit>false</Prefer32Bit>
  </PropertyGroup>
  <ItemGroup>
    <Compile Include="WorkerRole.cs" />
    <Content Include="startup\\setup.cmd">
      <CopyToOutputDirectory>Always</CopyToOutputDirectory>
    </Content>
    <None Include="app.config" CopyToOutputDirectory="PreserveNewest" />
    <Reference Include="Contoso.Lib, Version=1.0.0.0">
      <HintPath>..\\lib\\Contoso.Lib.dll</HintPath>
      <Private>False</Private>
    </Reference>
  </ItemGroup>
</Project>
`;
const csdef = `<ServiceDefinition name="svc" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">
  <WorkerRole name="Worker" />
</ServiceDefinition>
`;

describe('role projects referenced by a .ccproj', () => {
  it('binds the target framework, items, references and platform properties', () => {
    withFiles({ 'Svc/Svc.ccproj': ccproj, 'Svc/ServiceDefinition.csdef': csdef, 'Svc/Worker/Worker.csproj': csproj, 'Outside/Outside.csproj': csproj }, (root) => {
      const { services } = discoverServices(['Svc'], { root });
      const refs = services[0]?.project?.roles ?? [];
      assert.equal(refs.length, 3);
      const worker = refs.find((r) => r.roleName === 'Worker')?.project;
      assert.ok(worker);
      assert.equal(worker.file, 'Svc/Worker/Worker.csproj');
      assert.equal(worker.targetFrameworkVersion, 'v4.8');
      assert.deepEqual(
        worker.items.map((i) => [i.kind, i.path, i.copyToOutputDirectory]),
        [
          ['Compile', 'Svc/Worker/WorkerRole.cs', undefined],
          ['Content', 'Svc/Worker/startup/setup.cmd', 'Always'],
          ['None', 'Svc/Worker/app.config', 'PreserveNewest'],
        ],
      );
      assert.deepEqual(
        worker.references.map((r) => [r.include, r.hintPath, r.private]),
        [['Contoso.Lib, Version=1.0.0.0', '..\\lib\\Contoso.Lib.dll', 'False']],
      );
      assert.deepEqual(worker.platformTargets.map((p) => [p.value, p.condition]), [['AnyCPU', " '$(Configuration)' == 'Release' "]]);
      assert.deepEqual(worker.prefer32Bit.map((p) => p.value), ['false']);
    });
  });

  it('leaves missing projects unbound, and reads only inside the scanned root', () => {
    withFiles({ 'Svc/Svc.ccproj': ccproj, 'Svc/ServiceDefinition.csdef': csdef, 'Outside/Outside.csproj': csproj }, (root) => {
      const { services } = discoverServices(['.'], { root: join(root, 'Svc') });
      const refs = services[0]?.project?.roles ?? [];
      assert.equal(refs.find((r) => r.roleName === 'Missing')?.project, undefined);
      assert.equal(refs.find((r) => r.roleName === 'Outside')?.project, undefined);
    });
  });
});
