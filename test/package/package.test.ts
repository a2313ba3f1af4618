import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { run as packageCommand } from '../../src/cli/commands/package.js';
import { run as verifyCommand } from '../../src/cli/commands/verify.js';
import { run as inspectCommand } from '../../src/cli/commands/inspect.js';
import { UserError } from '../../src/cli/io.js';
import { BuildError, buildPackage, type BuildOptions } from '../../src/package/build.js';
import { inspectPackage } from '../../src/package/inspect.js';
import { extractKit } from '../../src/package/kit.js';
import { openPackage } from '../../src/package/reader.js';
import { verifyPackage } from '../../src/package/verify.js';
import { fixtures, repoRoot } from '../helpers/paths.js';
import { captureIO } from './cli-io.js';

const FIXTURE = join(fixtures, 'package', 'multi');

async function filesUnder(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else out.set(relative(dir, full).split(sep).join('\\'), createHash('sha256').update(await readFile(full)).digest('hex'));
    }
  };
  await walk(dir);
  return out;
}

describe('packaging the multi-role fixture with the stub kit', () => {
  let work: string;
  let svc: string;
  let options: BuildOptions;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'package-test-'));
    svc = join(work, 'svc');
    await cp(FIXTURE, svc, { recursive: true });
    // Names that need URI escaping in manifests and an Override content type (no extension).
    await writeFile(join(svc, 'Back', 'data', 'naïve file #1.txt'), 'déjà vu\n');
    await writeFile(join(svc, 'Back', 'LICENSE'), 'MIT\n');
    // A link inside the role folder is packaged as the file it points to.
    await symlink(join('..', 'run.cmd'), join(svc, 'Back', 'data', 'run-link.cmd'));
    options = {
      csdef: join(svc, 'ServiceDefinition.csdef'),
      roles: new Map([['Front', join(svc, 'Front')], ['Back', join(svc, 'Back')]]),
      roleProperties: new Map([['Back', join(svc, 'Back.properties')]]),
      sdkKit: 'stub',
      out: join(work, 'multi.cspkg'),
      configuration: join(svc, 'ServiceConfiguration.Cloud.cscfg'),
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    };
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('builds, and verify flags every role as built from stand-in runtime files', async () => {
    const built = await buildPackage(options);
    assert.equal(built.stub, true);
    const report = await verifyPackage(built.out, { csdef: options.csdef, cscfg: options.configuration! });
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.part.split(' ')[0]!.split('_')[0]]),
      [['stub-runtime', 'Front'], ['stub-runtime', 'Back']],
    );
    assert.match(report.problems[0]!.message, /NOT deployable/);
  });

  it('round trip: inspect lists exactly the packaged folders, with their hashes', async () => {
    const built = await buildPackage({ ...options, out: join(work, 'rt.cspkg') });
    const result = await inspectPackage(built.out);
    const front = result.roles.find((r) => r.name === 'Front')!;
    const back = result.roles.find((r) => r.name === 'Back')!;
    const userFiles = (files: { path: string; sha256: string }[], prefix: string): Map<string, string> =>
      new Map(files.filter((f) => f.path.startsWith(prefix)).map((f) => [f.path.slice(prefix.length), f.sha256]));
    assert.deepEqual(userFiles(front.files, '\\approot\\'), await filesUnder(join(svc, 'Front')));
    assert.deepEqual(userFiles(front.files, '\\sitesroot\\0\\'), await filesUnder(join(svc, 'FrontSite')));
    assert.deepEqual(userFiles(back.files, '\\approot\\'), await filesUnder(join(svc, 'Back')));
    assert.equal(userFiles(back.files, '\\sitesroot\\').size, 0);
  });

  it('--site replaces the csdef physicalDirectory of a site', async () => {
    const built = await buildPackage({ ...options, sites: new Map([['Front/Web', join(svc, 'Front', 'bin')]]), out: join(work, 'site.cspkg') });
    const listing = await inspectPackage(built.out);
    const front = listing.roles.find((r) => r.name === 'Front')!;
    const site = front.files.filter((f) => f.path.startsWith('\\sitesroot\\0\\')).map((f) => f.path.slice('\\sitesroot\\0\\'.length)).sort();
    assert.deepEqual(site, [...(await filesUnder(join(svc, 'Front', 'bin'))).keys()].sort());
  });

  it('writes the site folder, role properties and settings where the format puts them', async () => {
    const built = await buildPackage({ ...options, out: join(work, 'gen.cspkg') });
    const pkg = await openPackage(built.out);
    try {
      const front = (await pkg.readRoleFile('Front', '\\RoleModel.xml'))!.toString('utf8');
      assert.match(front, /<Site name="Web" physicalDirectory="sitesroot\\0">/);
      assert.match(front, /<Task commandLine="setup.cmd" executionContext="elevated" taskType="simple" relativePath="approot\\bin">\r\n\s+<Environment \/>/);
      const back = (await pkg.readRoleFile('Back', '\\RoleModel.xml'))!.toString('utf8');
      assert.match(back, /<Runtime protocolVersion="2011-03-08" executionContext="limited">/);
      assert.match(back, /<Property name="TargetFrameworkVersion" value="v4.5" \/>\r\n\s+<Property name="TargetRuntimeVersion" value="v4.0" \/>\r\n\s+<Property name="EntryPoint" value="Back.dll" \/>/);
      assert.doesNotMatch(back, /<Startup>|<Sites>/);
      const features = (await pkg.readDocument('NamedStreams/RequiredFeatures/Back/1.0'))!.toString('utf8');
      assert.match(features, /<Feature name="NetFx45" version="0" \/>/);
      const csdef = (await pkg.readDocument('ServiceDefinition/ServiceDefinition.csdef'))!.toString('utf8');
      assert.match(csdef, /<InputEndpoint name="Tcp" protocol="tcp" port="9000" localPort="9001" \/>/);
      assert.match(csdef, /<LocalStorage name="Scratch" sizeInMB="100" cleanOnRoleRecycle="true" \/>\r\n\s+<LocalStorage name="DiagnosticStore"/);
      assert.match(csdef, /<Setting name="Greeting" \/>/);
      const rd = (await pkg.readDocument('ServiceDefinition/ServiceDefinition.rd'))!.toString('utf8');
      assert.match(rd, /<inPort name="Tcp" protocol="tcp" portRanges="9001" \/>/);
      assert.match(rd, /<aCS name="Front:Greeting" defaultValue="">/);
      // Roles and endpoints in ordinal order, as in .rd files CSPack's generator wrote for several roles.
      assert.match(rd, /&lt;r name=&quot;Back&quot;&gt;&lt;e name=&quot;Tcp&quot; \/&gt;&lt;\/r&gt;&lt;r name=&quot;Front&quot;&gt;&lt;e name=&quot;Http&quot; \/&gt;/);
      assert.ok(rd.indexOf('<role name="Back"') < rd.indexOf('<role name="Front"'));
      assert.match(rd, /memIndex="-1"/);
    } finally {
      await pkg.close();
    }
  });

  it('is byte-identical across two runs with the same SOURCE_DATE_EPOCH', async () => {
    const a = await buildPackage({ ...options, out: join(work, 'a.cspkg') });
    const b = await buildPackage({ ...options, out: join(work, 'b.cspkg') });
    assert.deepEqual(await readFile(a.out), await readFile(b.out));
  });

  it('a kit harvested from a stub-built package still builds stub packages, and says so', async () => {
    const first = await buildPackage({ ...options, out: join(work, 'seed.cspkg') });
    await extractKit(first.out, join(work, 'stub-kit'));
    const second = await buildPackage({ ...options, sdkKit: join(work, 'stub-kit'), out: join(work, 'second.cspkg') });
    assert.equal(second.stub, true);
    assert.equal(second.sdkVersion, first.sdkVersion);
  });

  it('reads back a package written with ZIP64 records at every level', async () => {
    const built = await buildPackage({ ...options, out: join(work, 'zip64.cspkg'), forceZip64: true });
    const bytes = await readFile(built.out);
    assert.ok(bytes.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06])), 'ZIP64 end of central directory record');
    const report = await verifyPackage(built.out);
    assert.deepEqual(report.problems.filter((p) => p.severity === 'error').map((p) => p.code), ['stub-runtime', 'stub-runtime']);
  });
});

describe('refusals', () => {
  let work: string;
  let n = 0;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'refuse-test-'));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  /** A fresh copy of the fixture, changed by `edit`, packaged; the build must fail with `expected`. */
  async function refused(expected: RegExp, edit: (svc: string) => Promise<void> | void, change: (o: BuildOptions, svc: string) => BuildOptions = (o) => o): Promise<void> {
    const dir = join(work, `case-${n++}`);
    const svc = join(dir, 'svc');
    await cp(FIXTURE, svc, { recursive: true });
    await edit(svc);
    const outDir = join(dir, 'out');
    await mkdir(outDir);
    const options = change(
      {
        csdef: join(svc, 'ServiceDefinition.csdef'),
        roles: new Map([['Front', join(svc, 'Front')], ['Back', join(svc, 'Back')]]),
        sdkKit: 'stub',
        out: join(outDir, 'x.cspkg'),
      },
      svc,
    );
    await assert.rejects(buildPackage(options), (e: Error) => {
      assert.ok(e instanceof BuildError, `expected a BuildError, got ${e.stack}`);
      assert.match(e.message, expected);
      assert.doesNotMatch(e.message, /\n/);
      return true;
    });
    assert.deepEqual(await readdir(outDir), [], 'nothing is left in the output folder');
  }

  it('a role without a folder', () => refused(/role Back has no folder; give --role Back=DIR/, () => {}, (o) => ({ ...o, roles: new Map([['Front', [...o.roles.values()][0]!]]) })));
  it('a role folder that does not exist', () =>
    refused(/Nope: no such folder \(--role Back\)/, () => {}, (o, svc) => ({ ...o, roles: new Map([...o.roles, ['Back', join(svc, 'Nope')]]) })));
  it('a --role for a role the csdef does not have', () =>
    refused(/--role Middle: .* has no role Middle \(roles: Front, Back\)/, () => {}, (o, svc) => ({ ...o, roles: new Map([...o.roles, ['Middle', svc]]) })));
  it('a site folder that does not exist', () =>
    refused(/NoSite: no such folder \(--site Front\/Web\)/, () => {}, (o, svc) => ({ ...o, sites: new Map([['Front/Web', join(svc, 'NoSite')]]) })));
  it('a link resolving outside the role folder', () =>
    refused(/Back[/\\]escape: link resolves to .*, outside .*Back; copy the file into the folder instead/, (svc) => symlink(join(svc, 'ServiceDefinition.csdef'), join(svc, 'Back', 'escape'))));
  it('a named pipe', () =>
    refused(/Back[/\\]pipe: not a regular file or folder; remove it/, (svc) => {
      execFileSync('mkfifo', [join(svc, 'Back', 'pipe')]);
    }));
  it('a reserved device name', () => refused(/CON\.txt: "CON\.txt" is a reserved device name on Windows/, (svc) => writeFile(join(svc, 'Back', 'CON.txt'), 'x')));
  it('lpt9 in lower case with an extension', () => refused(/"lpt9\.log" is a reserved device name/, (svc) => writeFile(join(svc, 'Back', 'data', 'lpt9.log'), 'x')));
  it('a trailing dot', () => refused(/"notes\." ends with a dot/, (svc) => writeFile(join(svc, 'Back', 'notes.'), 'x')));
  it('a trailing space', () => refused(/"notes " ends with a space/, (svc) => writeFile(join(svc, 'Back', 'notes '), 'x')));
  it('a character Windows forbids', () => refused(/"a<b\.txt" contains "<"/, (svc) => writeFile(join(svc, 'Back', 'a<b.txt'), 'x')));
  it('a path too long for the role drive', () =>
    refused(/f{60}\.txt: on the role drive it becomes 277 characters \(E:\\approot\\…\), over the Windows limit of 260/, async (svc) => {
      const deep = join(svc, 'Back', 'd'.repeat(100), 'e'.repeat(100));
      await mkdir(deep, { recursive: true });
      await writeFile(join(deep, `${'f'.repeat(60)}.txt`), 'x');
    }));
  it('two files that differ only in case', () =>
    refused(/README\.txt and .*readme\.txt both become approot\\data\\readme\.txt|readme\.txt and .*README\.txt both become/i, (svc) => writeFile(join(svc, 'Back', 'data', 'README.txt'), 'x')));
  it('a startup task whose script is not in the role', () =>
    refused(/ServiceDefinition\.csdef:12:\d+: startup task of role Front runs setup\.cmd, but the role has no approot\\bin\\setup\.cmd/, (svc) => rm(join(svc, 'Front', 'bin', 'setup.cmd'))));
  it('a VirtualMachineRole, retired', () =>
    refused(/VirtualMachineRole "Legacy" is retired and cannot be deployed or packaged; rebuild it as a WorkerRole/, async (svc) => {
      const f = join(svc, 'ServiceDefinition.csdef');
      await writeFile(f, (await readFile(f, 'utf8')).replace('</ServiceDefinition>', '<VirtualMachineRole name="Legacy" /></ServiceDefinition>'));
    }));
  it('an import the kit has no plugin for, naming the module, the role and the kit', () =>
    refused(/ServiceDefinition\.csdef: role Back imports Nope, but the SDK kit stub has no plugins\/Nope\/ \(the stub kit only stands in for .*RemoteAccess/, async (svc) => {
      const f = join(svc, 'ServiceDefinition.csdef');
      await writeFile(f, (await readFile(f, 'utf8')).replace('<WorkerRole name="Back">', '<WorkerRole name="Back"><Imports><Import moduleName="Nope" /></Imports>'));
    }));
  it('no SDK kit, with the three ways to get one', () =>
    refused(/--sdk-kit .*no-kit: no such file or folder; an SDK runtime kit is .*an Azure SDK install folder.*a zip of one.*kit extract/, () => {}, (o, svc) => ({ ...o, sdkKit: join(svc, 'no-kit') })));
  it('an output file inside a role folder', () =>
    refused(/--out .*x\.cspkg is inside the folder of Back .*; the package would end up in the next package/, () => {}, (o, svc) => ({ ...o, out: join(svc, 'Back', 'x.cspkg') })));
  it('a csdef that is not XML, with its line', () =>
    refused(/ServiceDefinition\.csdef:1:\d+: not a readable service definition/, (svc) => writeFile(join(svc, 'ServiceDefinition.csdef'), '<ServiceDefinition')));
});

describe('the Quick start example', () => {
  it('packages with --sdk-kit stub from the repository root, cross-checked with its configuration', async () => {
    const work = await mkdtemp(join(tmpdir(), 'example-test-'));
    try {
      const io = captureIO(repoRoot, { SOURCE_DATE_EPOCH: '1700000000' });
      const ex = 'examples/contoso-shop';
      const code = await packageCommand(
        [`${ex}/ServiceDefinition.csdef`, '--role', `ContosoShop.Web=${ex}/ContosoShop.Web`, '--role', `ContosoShop.Worker=${ex}/ContosoShop.Worker`, '--sdk-kit', 'stub', '--configuration', `${ex}/ServiceConfiguration.Cloud.cscfg`, '--out', join(work, 'contoso-shop.cspkg')],
        io,
      );
      assert.equal(code, 0, io.stderr);
      assert.match(io.stderr, /NOT DEPLOYABLE/);
      const pkg = await openPackage(join(work, 'contoso-shop.cspkg'));
      try {
        const rd = (await pkg.readDocument('ServiceDefinition/ServiceDefinition.rd'))!.toString('utf8');
        assert.match(rd, /<storedCertificate name="Stored0SslCertificate" certificateStore="My" certificateLocation="System">/);
        assert.match(rd, /<aCS name="Certificate\|ContosoShop\.Web:SslCertificate" defaultValue="">/);
        const csdef = (await pkg.readDocument('ServiceDefinition/ServiceDefinition.csdef'))!.toString('utf8');
        assert.match(csdef, /<InputEndpoint name="HttpsIn" protocol="https" port="443" certificate="SslCertificate" localPort="443" \/>/);
        assert.match(csdef, /<Certificate name="SslCertificate" storeLocation="LocalMachine" storeName="My" permissionLevel="elevated" \/>/);
      } finally {
        await pkg.close();
      }
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('CLI commands', () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'cli-test-'));
    await cp(FIXTURE, join(work, 'svc'), { recursive: true });
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('package --sdk-kit stub says loudly the package is not deployable; verify then fails it', async () => {
    const io = captureIO(work, { SOURCE_DATE_EPOCH: '1700000000' });
    const code = await packageCommand(['svc/ServiceDefinition.csdef', '--role', 'Front=svc/Front', '--role', 'Back=svc/Back', '--sdk-kit', 'stub', '--out', 'stub.cspkg'], io);
    assert.equal(code, 0);
    assert.match(io.stdout, /^wrote stub\.cspkg \(\d+ bytes, SDK 2\.9\.7499\.7, sha256 [0-9a-f]{64}\)/);
    assert.match(io.stderr, /^NOT DEPLOYABLE: built with --sdk-kit stub/);
    const v = captureIO(work);
    assert.equal(await verifyCommand(['stub.cspkg'], v), 1);
    assert.match(v.stdout, /stub-runtime/);
    assert.match(v.stdout, /verification FAILED: 2 error\(s\)/);
    const j = captureIO(work);
    assert.equal(await verifyCommand(['stub.cspkg', '--format', 'json'], j), 1);
    const report = JSON.parse(j.stdout) as { ok: boolean; format: string; roles: string[] };
    assert.deepEqual([report.ok, report.format, report.roles], [false, 'legacy', ['Front', 'Back']]);
    const p = captureIO(work, { SOURCE_DATE_EPOCH: '1700000000' });
    assert.equal(await packageCommand(['svc/ServiceDefinition.csdef', '--role', 'Front=svc/Front', '--role', 'Back=svc/Back', '--sdk-kit', 'stub', '--out', 'stub2.cspkg', '--format', 'json'], p), 0);
    const built = JSON.parse(p.stdout) as { deployable: boolean; warning: string; sdkVersion: string; sha256: string };
    assert.deepEqual([built.deployable, built.sdkVersion], [false, '2.9.7499.7']);
    assert.match(built.warning, /^NOT DEPLOYABLE/);
    assert.match(io.stdout, new RegExp(`sha256 ${built.sha256}\\)`), 'same inputs and SOURCE_DATE_EPOCH, same package');
    const i = captureIO(work);
    assert.equal(await inspectCommand(['stub.cspkg', '--format', 'json'], i), 0);
    const listing = JSON.parse(i.stdout) as { roles: { name: string; files: { path: string; size: number; sha256: string }[] }[] };
    assert.ok(listing.roles[1]!.files.some((f) => f.path === '\\approot\\run.cmd' && f.size === 30));
  });

  it('usage errors are one-line UserErrors with exit code 2', async () => {
    const io = captureIO(work);
    for (const args of [[], ['svc/ServiceDefinition.csdef', '--role', 'Front', '--sdk-kit', 'stub', '--out', 'x.cspkg'], ['svc/ServiceDefinition.csdef', '--bogus']]) {
      await assert.rejects(packageCommand(args, io), (e: Error) => e instanceof UserError && e.exitCode === 2);
    }
    await assert.rejects(packageCommand(['svc/ServiceDefinition.csdef', '--role', 'Front=svc/Front', '--out', 'x.cspkg'], io), /--sdk-kit is required: an SDK runtime kit is/);
    await assert.rejects(verifyCommand(['missing.cspkg'], io), /missing\.cspkg: no such file/);
    await assert.rejects(inspectCommand([], io), /give exactly one package/);
  });
});
