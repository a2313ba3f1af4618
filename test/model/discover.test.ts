import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { discoverServices, DiscoveryError } from '../../src/model/index.js';
import { csdef, cscfg } from '../helpers/lint-harness.js';
import { readManifest, serviceFilesRoot } from '../helpers/manifest.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-disc-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  return dir;
}

describe('discovery and pairing', () => {
  it('pairs every corpus configuration with the definition the manifest names', () => {
    const { services } = discoverServices(['.'], { root: serviceFilesRoot });
    const pairOf = new Map<string, string>();
    for (const s of services) {
      const def = s.definition?.file ?? s.unreadable.find((d) => d.file.endsWith('.csdef'))?.file ?? '';
      for (const c of s.configurations) pairOf.set(c.file, def);
      for (const u of s.unreadable) if (u.file.endsWith('.cscfg')) pairOf.set(u.file, def);
    }
    const cscfgs = readManifest().filter((r) => r.kind === 'cscfg');
    assert.equal(cscfgs.length, 749);
    const differ = cscfgs.filter((r) => (pairOf.get(r.file!) ?? '') !== r.pair).map((r) => `${r.file} → ${pairOf.get(r.file!)} (manifest: ${r.pair})`);
    assert.deepEqual(differ, []);
  });

  it('follows the .ccproj over folder conventions, and maps role folders from project references', () => {
    const dir = tree({
      'Cloud/Cloud.ccproj': `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <ServiceDefinition Include="Defs\\Main.csdef" />
    <ServiceConfiguration Include="Configs\\Prod.cscfg" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="..\\Web\\Web.csproj"><RoleName>Web</RoleName></ProjectReference>
  </ItemGroup>
</Project>`,
      'Cloud/Defs/Main.csdef': csdef('<WebRole name="Web" />'),
      'Cloud/Configs/Prod.cscfg': cscfg('<Role name="Web"><Instances count="1"/></Role>'),
      'Cloud/Configs/Other.csdef': csdef('<WebRole name="Web" />', 'name="other"'),
    });
    try {
      const { services } = discoverServices(['.'], { root: dir });
      const main = services.find((s) => s.definition?.file === 'Cloud/Defs/Main.csdef')!;
      assert.deepEqual(main.configurations.map((c) => c.file), ['Cloud/Configs/Prod.cscfg']);
      assert.equal(main.project?.file, 'Cloud/Cloud.ccproj');
      assert.equal(main.roleFolders.get('Web'), 'Web');
      const other = services.find((s) => s.definition?.file === 'Cloud/Configs/Other.csdef')!;
      assert.deepEqual(other.configurations, []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('chooses among definitions in one folder by role names, and knows files by their root element', () => {
    const dir = tree({
      'a.csdef': csdef('<WorkerRole name="Alpha" />', 'name="a"'),
      'b.csdef': csdef('<WorkerRole name="Beta" />', 'name="b"'),
      'settings.xml.csdef': cscfg('<Role name="Beta"><Instances count="1"/></Role>', 'serviceName="b"'),
      'node_modules/x/ServiceDefinition.csdef': csdef(''),
    });
    try {
      const { services, documents } = discoverServices(['.'], { root: dir });
      assert.ok(!documents.some((d) => d.file.startsWith('node_modules')));
      const b = services.find((s) => s.definition?.file === 'b.csdef')!;
      assert.deepEqual(b.configurations.map((c) => c.file), ['settings.xml.csdef']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('binds the three role kinds with their own elements', () => {
    const dir = tree({
      'ServiceDefinition.csdef': csdef(`<WebRole name="W"><Sites><Site name="s"><Bindings><Binding name="b" endpointName="e"/></Bindings></Site></Sites>
<InputEndpoints><InputEndpoint name="e" protocol="http" port="80"/></InputEndpoints></WebRole>
<WorkerRole name="K"><Runtime executionContext="elevated"><EntryPoint><ProgramEntryPoint commandLine="run.cmd" setReadyOnProcessStart="true"/></EntryPoint></Runtime>
<Endpoints><InstanceInputEndpoint name="i" localPort="10" protocol="tcp"><AllocatePublicPortFrom><FixedPortRange min="10" max="20"/></AllocatePublicPortFrom></InstanceInputEndpoint></Endpoints></WorkerRole>
<VirtualMachineRole name="V" vmsize="Small"><Imports><Import moduleName="RemoteAccess"/></Imports></VirtualMachineRole>`),
    });
    try {
      const def = discoverServices(['.'], { root: dir }).services[0]!.definition!;
      assert.deepEqual(def.roles.map((r) => r.kind), ['WebRole', 'WorkerRole', 'VirtualMachineRole']);
      const [web, worker, vm] = def.roles;
      assert.equal(web!.sites[0]!.bindings[0]!.endpointName, 'e');
      assert.deepEqual(web!.endpoints.map((e) => [e.kind, e.legacy]), [['InputEndpoint', true]]);
      assert.equal(worker!.runtime?.executionContext, 'elevated');
      assert.deepEqual(worker!.endpoints[0]!.fixedPortRanges.map((r) => [r.min, r.max]), [['10', '20']]);
      assert.deepEqual(vm!.imports.map((i) => i.moduleName), ['RemoteAccess']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a path that does not exist with its name', () => {
    assert.throws(() => discoverServices(['nope'], { root: tmpdir() }), (e: unknown) => e instanceof DiscoveryError && /nope: no such file or folder/.test(e.message));
  });
});
