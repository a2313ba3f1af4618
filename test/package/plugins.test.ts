import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BuildError, buildPackage, type BuildOptions } from '../../src/package/build.js';
import { CSDEF_DOC, RD_DOC, RDSC_DOC } from '../../src/package/format.js';
import { extractKit } from '../../src/package/kit.js';
import { inspectPackage } from '../../src/package/inspect.js';
import { openPackage } from '../../src/package/reader.js';
import { verifyPackage } from '../../src/package/verify.js';
import { corpusRoot } from '../helpers/paths.js';

const NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';
const P = 'Microsoft.WindowsAzure.Plugins.';

const CSDEF = `<?xml version="1.0" encoding="utf-8"?>
<ServiceDefinition name="rdp" xmlns="${NS}">
  <WebRole name="Web" vmsize="Small">
    <Sites>
      <Site name="Web">
        <Bindings><Binding name="Http" endpointName="Http" /></Bindings>
      </Site>
    </Sites>
    <Startup>
      <Task commandLine="setup.cmd" executionContext="elevated" />
    </Startup>
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
    </Endpoints>
    <ConfigurationSettings>
      <Setting name="Zeta" />
      <Setting name="Alpha" />
    </ConfigurationSettings>
    <Imports>
      <Import moduleName="Diagnostics" />
      <Import moduleName="RemoteAccess" />
      <Import moduleName="RemoteForwarder" />
    </Imports>
  </WebRole>
  <WorkerRole name="Work">
    <Imports>
      <Import moduleName="RemoteAccess" />
    </Imports>
  </WorkerRole>
</ServiceDefinition>
`;

const setting = (name: string): string => `<Setting name="${name}" value="" />`;
const CSCFG = `<?xml version="1.0" encoding="utf-8"?>
<ServiceConfiguration serviceName="rdp" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">
  <Role name="Web">
    <Instances count="1" />
    <ConfigurationSettings>
      ${['Zeta', 'Alpha', `${P}Diagnostics.ConnectionString`, ...['Enabled', 'AccountUsername', 'AccountEncryptedPassword', 'AccountExpiration'].map((s) => `${P}RemoteAccess.${s}`), `${P}RemoteForwarder.Enabled`].map(setting).join('\n      ')}
    </ConfigurationSettings>
  </Role>
  <Role name="Work">
    <Instances count="1" />
    <ConfigurationSettings>
      ${['Enabled', 'AccountUsername', 'AccountEncryptedPassword', 'AccountExpiration'].map((s) => setting(`${P}RemoteAccess.${s}`)).join('\n      ')}
    </ConfigurationSettings>
  </Role>
</ServiceConfiguration>
`;

/**
 * RoleModules shaped like the SDK's, as far as CSPack's output shows them (tasks, settings,
 * endpoints, certificates of roles that imported them); not Microsoft's files.
 */
const CSPLUGINS: Record<string, string> = {
  Diagnostics: `<?xml version="1.0" encoding="utf-8" ?>
<RoleModule xmlns="${NS}" namespace="${P}Diagnostics">
  <Startup priority="-2">
    <Task commandLine="DiagnosticsAgent.exe" taskType="background" />
    <Task commandLine="DiagnosticsAgent.exe /blockStartup" />
  </Startup>
  <ConfigurationSettings>
    <Setting name="ConnectionString" />
  </ConfigurationSettings>
</RoleModule>`,
  RemoteAccess: `<?xml version="1.0" encoding="utf-8" ?>
<RoleModule xmlns="${NS}" namespace="${P}RemoteAccess">
  <Startup priority="-1">
    <Task commandLine="RemoteAccessAgent.exe" executionContext="elevated" taskType="background" />
    <Task commandLine="RemoteAccessAgent.exe /blockStartup" executionContext="elevated" />
  </Startup>
  <ConfigurationSettings>
    <Setting name="Enabled" />
    <Setting name="AccountUsername" />
    <Setting name="AccountEncryptedPassword" />
    <Setting name="AccountExpiration" />
  </ConfigurationSettings>
  <Endpoints>
    <InternalEndpoint name="Rdp" protocol="tcp">
      <FixedPortRange min="3389" max="3389" />
    </InternalEndpoint>
  </Endpoints>
  <Certificates>
    <Certificate name="PasswordEncryption" storeLocation="LocalMachine" storeName="My" permissionLevel="elevated" />
  </Certificates>
</RoleModule>`,
  RemoteForwarder: `<?xml version="1.0" encoding="utf-8" ?>
<RoleModule xmlns="${NS}" namespace="${P}RemoteForwarder">
  <Startup priority="-1">
    <Task commandLine="install.cmd" executionContext="elevated">
      <Environment>
        <Variable name="IsEmulated"><RoleInstanceValue xpath="/RoleEnvironment/Deployment/@emulated" /></Variable>
      </Environment>
    </Task>
  </Startup>
  <ConfigurationSettings>
    <Setting name="Enabled" />
  </ConfigurationSettings>
  <Endpoints>
    <InputEndpoint name="RdpInput" protocol="tcp" port="3389" localPort="*" ignoreRoleInstanceStatus="true" />
  </Endpoints>
</RoleModule>`,
};

const AGENTS: Record<string, string[]> = {
  Diagnostics: ['DiagnosticsAgent.exe', 'x64/monitor.dll'],
  RemoteAccess: ['RemoteAccessAgent.exe'],
  RemoteForwarder: ['install.cmd', 'RemoteForwarderAgent.exe'],
};

async function text(pkgFile: string, doc: string): Promise<string> {
  const pkg = await openPackage(pkgFile);
  try {
    return ((await pkg.readDocument(doc)) ?? Buffer.alloc(0)).toString('utf8');
  } finally {
    await pkg.close();
  }
}

async function roleFile(pkgFile: string, role: string, path: string): Promise<string> {
  const pkg = await openPackage(pkgFile);
  try {
    const chunks: Buffer[] = [];
    for await (const c of await pkg.openRoleFile(role, path)) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await pkg.close();
  }
}

describe('plug-in imports', () => {
  let work: string;
  let base: BuildOptions;
  let kitDir: string;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'plugins-test-'));
    const svc = join(work, 'svc');
    await mkdir(join(svc, 'Web', 'bin'), { recursive: true });
    await mkdir(join(svc, 'Work'), { recursive: true });
    await writeFile(join(svc, 'Web', 'bin', 'setup.cmd'), '@echo off\r\n');
    await writeFile(join(svc, 'Web', 'index.html'), '<p>hi</p>\n');
    await writeFile(join(svc, 'Work', 'worker.cmd'), '@echo off\r\n');
    await writeFile(join(svc, 'ServiceDefinition.csdef'), CSDEF);
    await writeFile(join(svc, 'ServiceConfiguration.Cloud.cscfg'), CSCFG);
    base = {
      csdef: join(svc, 'ServiceDefinition.csdef'),
      roles: new Map([['Web', join(svc, 'Web')], ['Work', join(svc, 'Work')]]),
      sdkKit: 'stub',
      out: join(work, 'stub.cspkg'),
      configuration: join(svc, 'ServiceConfiguration.Cloud.cscfg'),
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    };
    // A real SDK 2.9 runtime (harvested from a CSPack package) plus plugin folders with real-shaped RoleModules.
    kitDir = join(work, 'kit');
    await extractKit(join(corpusRoot, 'cspkg', 'nywrenchhack-sdk2.9-webrole.cspkg'), kitDir);
    for (const [module, xml] of Object.entries(CSPLUGINS)) {
      const dir = join(kitDir, 'plugins', module);
      await mkdir(join(dir, 'x64'), { recursive: true });
      await writeFile(join(dir, `${module}.csplugin`), xml);
      for (const a of AGENTS[module] ?? []) await writeFile(join(dir, ...a.split('/')), `${module} ${a}\n`);
    }
    // Shaped after Visual Studio's IntelliTrace module: a namespace without the Plugins prefix, runtime variables.
    await mkdir(join(kitDir, 'plugins', 'Tracing'), { recursive: true });
    await writeFile(
      join(kitDir, 'plugins', 'Tracing', 'Tracing.csplugin'),
      `<?xml version="1.0" encoding="utf-8" ?>
<RoleModule namespace="Tracing" xmlns="${NS}">
  <Startup>
    <Task commandLine="TraceStartup.exe" executionContext="elevated" />
  </Startup>
  <Runtime>
    <Environment>
      <Variable name="TRACE_ENABLED" value="1" />
    </Environment>
  </Runtime>
  <ConfigurationSettings>
    <Setting name="TraceConnectionString" />
  </ConfigurationSettings>
</RoleModule>`,
    );
    await mkdir(join(kitDir, 'plugins', 'Broken'), { recursive: true });
    await writeFile(join(kitDir, 'plugins', 'Broken', 'agent.exe'), 'x');
  });

  /** The service with the worker role's imports replaced. */
  async function workerImporting(modules: string[]): Promise<string> {
    const csdef = join(work, `svc-${modules.join('-')}.csdef`);
    const imports = modules.map((m) => `<Import moduleName="${m}" />`).join('');
    await writeFile(csdef, CSDEF.replace('<Import moduleName="RemoteAccess" />\n    </Imports>\n  </WorkerRole>', `${imports}</Imports></WorkerRole>`));
    return csdef;
  }
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('with the stub kit: builds, and verify finds nothing but the stand-in runtime', async () => {
    const built = await buildPackage(base);
    assert.equal(built.stub, true);
    const report = await verifyPackage(built.out, { csdef: base.csdef, cscfg: base.configuration! });
    assert.deepEqual([...new Set(report.problems.filter((p) => p.severity === 'error').map((p) => p.code))], ['stub-runtime']);
    const inspected = await inspectPackage(built.out);
    const web = inspected.roles.find((r) => r.name === 'Web')!.files.map((f) => f.path);
    for (const m of ['Diagnostics', 'RemoteAccess', 'RemoteForwarder']) assert.ok(web.includes(`\\plugins\\${m}\\${m}.csplugin`), `${m}.csplugin in ${web.join(' ')}`);
    const work = inspected.roles.find((r) => r.name === 'Work')!.files.map((f) => f.path).filter((p) => p.startsWith('\\plugins\\'));
    assert.deepEqual(work, ['\\plugins\\RemoteAccess\\RemoteAccess.csplugin', '\\plugins\\RemoteAccess\\RemoteAccessAgent.exe']);
    const roleModel = await roleFile(built.out, 'Web', '\\RoleModel.xml');
    assert.match(roleModel, /<Task commandLine="RemoteAccessAgent.exe" executionContext="elevated" taskType="background" relativePath="plugins\\RemoteAccess">/);
  });

  it('with a kit folder of real-shaped plugins: verify passes with no error, and the files list them', async () => {
    const out = join(work, 'kit.cspkg');
    const built = await buildPackage({ ...base, sdkKit: kitDir, out });
    assert.equal(built.stub, false);
    const report = await verifyPackage(out, { csdef: base.csdef, cscfg: base.configuration! });
    assert.deepEqual(report.problems.filter((p) => p.severity === 'error'), []);
    assert.equal(report.ok, true);
    const inspected = await inspectPackage(out);
    const web = inspected.roles.find((r) => r.name === 'Web')!.files.map((f) => f.path).filter((p) => p.startsWith('\\plugins\\'));
    assert.deepEqual(web, [
      '\\plugins\\Diagnostics\\Diagnostics.csplugin',
      '\\plugins\\Diagnostics\\DiagnosticsAgent.exe',
      '\\plugins\\Diagnostics\\x64\\monitor.dll',
      '\\plugins\\RemoteAccess\\RemoteAccess.csplugin',
      '\\plugins\\RemoteAccess\\RemoteAccessAgent.exe',
      '\\plugins\\RemoteForwarder\\install.cmd',
      '\\plugins\\RemoteForwarder\\RemoteForwarder.csplugin',
      '\\plugins\\RemoteForwarder\\RemoteForwarderAgent.exe',
    ]);
  });

  it('RoleModel.xml runs the modules’ tasks from their folders, before the role’s, and lists their settings', async () => {
    const out = join(work, 'rm.cspkg');
    await buildPackage({ ...base, sdkKit: kitDir, out });
    const xml = await roleFile(out, 'Web', '\\RoleModel.xml');
    const tasks = [...xml.matchAll(/<Task commandLine="([^"]*)"[^>]*relativePath="([^"]*)"/g)].map((m) => `${m[1]} @ ${m[2]}`);
    assert.deepEqual(tasks, [
      'IISConfigurator.exe @ base\\x64',
      'DiagnosticsAgent.exe @ plugins\\Diagnostics',
      'DiagnosticsAgent.exe /blockStartup @ plugins\\Diagnostics',
      'RemoteAccessAgent.exe @ plugins\\RemoteAccess',
      'RemoteAccessAgent.exe /blockStartup @ plugins\\RemoteAccess',
      'install.cmd @ plugins\\RemoteForwarder',
      'setup.cmd @ approot\\bin',
    ]);
    assert.ok(
      xml.includes(
        [
          '    <Task commandLine="install.cmd" executionContext="elevated" relativePath="plugins\\RemoteForwarder">',
          '      <Environment>',
          '        <Variable name="IsEmulated">',
          '          <RoleInstanceValue xpath="/RoleEnvironment/Deployment/@emulated" />',
          '        </Variable>',
          '        <Variable name="RdModuleName" value="RemoteForwarder" />',
          '        <Variable name="WaRoleType" value="IISWebRole" />',
          '      </Environment>',
          '    </Task>',
        ].join('\r\n'),
      ),
      xml,
    );
    assert.ok(
      xml.includes(
        [
          '  <Runtime />',
          '  <ConfigurationSettings>',
          `    <Setting name="ConnectionString" nameSpace="${P}Diagnostics" />`,
          `    <Setting name="Enabled" nameSpace="${P}RemoteAccess" />`,
          `    <Setting name="AccountUsername" nameSpace="${P}RemoteAccess" />`,
          `    <Setting name="AccountEncryptedPassword" nameSpace="${P}RemoteAccess" />`,
          `    <Setting name="AccountExpiration" nameSpace="${P}RemoteAccess" />`,
          `    <Setting name="Enabled" nameSpace="${P}RemoteForwarder" />`,
          '  </ConfigurationSettings>',
          '  <Properties>',
        ].join('\r\n'),
      ),
      xml,
    );
    const worker = await roleFile(out, 'Work', '\\RoleModel.xml');
    assert.match(worker, /<Variable name="WaRoleType" value="WorkerRole" \/>/);
    const setup = await roleFile(out, 'Work', '\\RuntimeSetup.Manifest');
    assert.ok(
      setup.endsWith(['  <PermissionLevels>', `    <StoredCert name="Stored0${P}RemoteAccess.PasswordEncryption" permissionLevel="elevated" />`, '  </PermissionLevels>', '</RuntimeSetup>'].join('\r\n')),
      setup,
    );
  });

  it('the packaged csdef, .rd, .rdsc and SupportData carry the modules’ settings, endpoints and certificate', async () => {
    const out = join(work, 'docs.cspkg');
    await buildPackage({ ...base, sdkKit: kitDir, out });
    const csdef = await text(out, CSDEF_DOC);
    const webCsdef = csdef.slice(csdef.indexOf('<WebRole'), csdef.indexOf('</WebRole>'));
    assert.deepEqual([...webCsdef.matchAll(/<Setting name="([^"]*)"/g)].map((m) => m[1]), [
      'Alpha',
      `${P}Diagnostics.ConnectionString`,
      `${P}RemoteAccess.AccountEncryptedPassword`,
      `${P}RemoteAccess.AccountExpiration`,
      `${P}RemoteAccess.AccountUsername`,
      `${P}RemoteAccess.Enabled`,
      `${P}RemoteForwarder.Enabled`,
      'Zeta',
    ]);
    assert.ok(
      webCsdef.includes(
        [
          '<Endpoints>',
          '      <InputEndpoint name="Http" protocol="http" port="80" localPort="80" />',
          `      <InputEndpoint name="${P}RemoteForwarder.RdpInput" protocol="tcp" port="3389" localPort="*" ignoreRoleInstanceStatus="true" />`,
          `      <InternalEndpoint name="${P}RemoteAccess.Rdp" protocol="tcp">`,
          '        <FixedPortRange min="3389" max="3389" />',
          '      </InternalEndpoint>',
          '    </Endpoints>',
          '    <Certificates>',
          `      <Certificate name="${P}RemoteAccess.PasswordEncryption" storeLocation="LocalMachine" storeName="My" />`,
          '    </Certificates>',
        ].join('\r\n'),
      ),
      webCsdef,
    );
    const rd = await text(out, RD_DOC);
    assert.match(rd, new RegExp(`<aCS name="Web:${P.replace(/\./g, '\\.')}RemoteAccess\\.Enabled" defaultValue="">`));
    assert.match(rd, new RegExp(`<aCS name="Certificate\\|Work:${P.replace(/\./g, '\\.')}RemoteAccess\\.PasswordEncryption" defaultValue="">`));
    assert.match(rd, /<lBChannel name="LB:Web:Microsoft\.WindowsAzure\.Plugins\.RemoteForwarder\.RdpInput">/);
    assert.match(rd, /<sFSwitchChannel name="SW:Work:Microsoft\.WindowsAzure\.Plugins\.RemoteAccess\.Rdp">/);
    const webRole = rd.slice(rd.indexOf('<role name="Web"'), rd.indexOf('</role>', rd.indexOf('<role name="Web"')));
    assert.deepEqual([...webRole.matchAll(/<inPort name="([^"]*)" protocol="([^"]*)"( portRanges="([^"]*)")? \/>/g)].map((m) => `${m[1]} ${m[2]} ${m[4] ?? '-'}`), [
      'Http http 80',
      `${P}RemoteForwarder.RdpInput tcp -`,
      `${P}RemoteAccess.Rdp tcp 3389`,
    ]);
    assert.match(webRole, /<storedCertificate name="Stored0Microsoft\.WindowsAzure\.Plugins\.RemoteAccess\.PasswordEncryption" certificateStore="My" certificateLocation="System">/);
    const rdsc = await text(out, RDSC_DOC);
    assert.match(rdsc, /<interface name="Web:Microsoft\.WindowsAzure\.Plugins\.RemoteForwarder\.RdpInput" url="tcp:\/\/\*:3389" \/>/);
    const support = await text(out, 'NamedStreams/SupportData/Web/1.0');
    assert.match(support, /<Imports><Import moduleName="Diagnostics" \/><Import moduleName="RemoteAccess" \/><Import moduleName="RemoteForwarder" \/><\/Imports>/);
  });

  it('is deterministic: two builds are byte-identical', async () => {
    const a = await buildPackage({ ...base, sdkKit: kitDir, out: join(work, 'a.cspkg') });
    const b = await buildPackage({ ...base, sdkKit: kitDir, out: join(work, 'b.cspkg') });
    assert.equal(a.sha256, b.sha256);
    assert.deepEqual(await readFile(a.out), await readFile(b.out));
    const s1 = await buildPackage({ ...base, out: join(work, 's1.cspkg') });
    const s2 = await buildPackage({ ...base, out: join(work, 's2.cspkg') });
    assert.equal(s1.sha256, s2.sha256);
  });

  it('a module the kit lacks: one line naming the module, the role and the kit, and how to get one', async () => {
    const partial = join(work, 'partial-kit');
    await extractKit(join(corpusRoot, 'cspkg', 'nywrenchhack-sdk2.9-webrole.cspkg'), partial);
    await assert.rejects(buildPackage({ ...base, sdkKit: partial, out: join(work, 'missing.cspkg') }), (e: Error) => {
      assert.ok(e instanceof BuildError, String(e));
      assert.match(e.message, /role Web imports Diagnostics, but the SDK kit .*partial-kit has no plugins\/Diagnostics\/ .*an Azure SDK install folder, or `cloudservice kit extract` from a package CSPack built for a role importing Diagnostics/);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
  });

  it('a module’s runtime variables give a role without a Runtime one holding them', async () => {
    const csdef = await workerImporting(['Tracing']);
    const out = join(work, 'tracing.cspkg');
    await buildPackage({ ...base, csdef, sdkKit: kitDir, out, configuration: undefined } as BuildOptions);
    const xml = await roleFile(out, 'Work', '\\RoleModel.xml');
    assert.ok(
      xml.includes(
        [
          '    <Task commandLine="TraceStartup.exe" executionContext="elevated" relativePath="plugins\\Tracing">',
          '      <Environment>',
          '        <Variable name="RdModuleName" value="Tracing" />',
          '        <Variable name="WaRoleType" value="WorkerRole" />',
          '      </Environment>',
          '    </Task>',
          '  </Startup>',
          '  <Runtime>',
          '    <Environment>',
          '      <Variable name="TRACE_ENABLED" value="1" />',
          '    </Environment>',
          '  </Runtime>',
          '  <ConfigurationSettings>',
          '    <Setting name="TraceConnectionString" nameSpace="Tracing" />',
          '  </ConfigurationSettings>',
        ].join('\r\n'),
      ),
      xml,
    );
    assert.match(await text(out, CSDEF_DOC), /<Setting name="Tracing\.TraceConnectionString" \/>/);
  });

  it('a plugin folder without a .csplugin is refused, naming the kit folder', async () => {
    const csdef = await workerImporting(['Broken']);
    await assert.rejects(buildPackage({ ...base, csdef, sdkKit: kitDir, out: join(work, 'broken.cspkg') }), (e: Error) => {
      assert.ok(e instanceof BuildError, String(e));
      assert.match(e.message, /SDK kit .*kit, plugins\/Broken\/Broken\.csplugin: the plugin folder has no \.csplugin file/);
      return true;
    });
  });

  it('stand-in plugin folders next to a real runtime still make a stub: built as such, refused by verify', async () => {
    const mixed = join(work, 'mixed-kit');
    await extractKit(join(corpusRoot, 'cspkg', 'nywrenchhack-sdk2.9-webrole.cspkg'), mixed);
    const stub = await buildPackage({ ...base, out: join(work, 'for-mixed.cspkg') });
    const harvested = join(work, 'stub-kit');
    await extractKit(stub.out, harvested);
    await cp(join(harvested, 'plugins'), join(mixed, 'plugins'), { recursive: true });
    const built = await buildPackage({ ...base, sdkKit: mixed, out: join(work, 'mixed.cspkg') });
    assert.equal(built.stub, true);
    const errors = built.verify.problems.filter((p) => p.severity === 'error');
    assert.ok(errors.length > 0 && errors.every((p) => p.code === 'stub-runtime' && /\\plugins\\.*\.csplugin$/.test(p.part)), JSON.stringify(errors));
  });

  it('a kit built from a package with plugins hands them back (kit extract keeps plugins\\<Module>\\)', async () => {
    const out = join(work, 'harvest.cspkg');
    await buildPackage({ ...base, sdkKit: kitDir, out });
    const again = join(work, 'kit-again');
    const extracted = await extractKit(out, again);
    assert.deepEqual([...extracted.plugins].sort(), ['Diagnostics', 'RemoteAccess', 'RemoteForwarder']);
    const rebuilt = await buildPackage({ ...base, sdkKit: again, out: join(work, 'rebuilt.cspkg') });
    const first = await buildPackage({ ...base, sdkKit: kitDir, out: join(work, 'first.cspkg') });
    assert.equal(rebuilt.sha256, first.sha256);
  });
});
