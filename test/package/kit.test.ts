import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { run as kitCommand } from '../../src/cli/commands/kit.js';
import { UserError } from '../../src/cli/io.js';
import { KitError, loadKit, type SdkKit } from '../../src/package/kit.js';
import { inspectPackage } from '../../src/package/inspect.js';
import { corpusRoot } from '../helpers/paths.js';
import { captureIO } from './cli-io.js';
import { writeZip } from './zip-edit.js';

const PACKAGE = join(corpusRoot, 'cspkg', 'cloud-ddd-clm-sdk2.2-workerrole.cspkg');

async function tree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), createHash('sha256').update(await readFile(full)).digest('hex'));
    }
  };
  await walk(dir);
  return out;
}

async function kitHashes(kit: SdkKit): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of kit.runtime) {
    const h = createHash('sha256');
    for await (const c of await f.open()) h.update(c as Buffer);
    out.set(f.path, h.digest('hex'));
  }
  return out;
}

describe('SDK runtime kit', () => {
  let work: string;
  let expected: Map<string, string>;

  before(async () => {
    work = await mkdtemp(join(tmpdir(), 'kit-test-'));
    // What the real package's role holds outside approot, less the two generated files.
    const listing = await inspectPackage(PACKAGE);
    expected = new Map(
      listing.roles[0]!.files
        .filter((f) => !/^\\(approot\\|RoleModel\.xml$|RuntimeSetup\.Manifest$)/.test(f.path))
        .map((f) => [f.path.slice(1).replace(/\\/g, '/'), f.sha256]),
    );
    assert.equal(expected.size, 48); // 59 entries - 3 package parts - 2 generated - 6 approot files (SOURCES.md)
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('kit extract harvests the runtime files byte for byte and records the SDK version', async () => {
    const io = captureIO(work);
    assert.equal(await kitCommand(['extract', PACKAGE, '--out', 'kit'], io), 0);
    assert.match(io.stdout, /^extracted SDK 2\.2\.6492\.2 kit: 48 runtime files → kit\n$/);
    const files = await tree(join(work, 'kit'));
    const json = JSON.parse(await readFile(join(work, 'kit', 'kit.json'), 'utf8')) as { sdkVersion: string };
    assert.equal(json.sdkVersion, '2.2.6492.2');
    files.delete('kit.json');
    assert.deepEqual(new Map([...files].map(([k, v]) => [k.replace(/^runtimes\//, ''), v])), expected);
  });

  it('kit extract refuses a folder that is not empty, and leaves it alone', async () => {
    const io = captureIO(work);
    await mkdir(join(work, 'full'));
    await writeFile(join(work, 'full', 'mine.txt'), 'keep me');
    await assert.rejects(kitCommand(['extract', PACKAGE, '--out', 'full'], io), (e: Error) => e instanceof UserError && /full: folder exists and is not empty/.test(e.message));
    assert.deepEqual(await readdir(join(work, 'full')), ['mine.txt']);
  });

  it('loads the same kit from the extracted folder, a zip of it, and the package itself', async () => {
    const fromFolder = await loadKit('kit', { cwd: work });
    const entries = [...(await tree(join(work, 'kit'))).keys()];
    const zipped = await writeZip(await Promise.all(entries.map(async (p) => ({ name: `sdk-2.2/${p}`, data: await readFile(join(work, 'kit', ...p.split('/'))), compress: true }))));
    await writeFile(join(work, 'kit.zip'), zipped);
    const fromZip = await loadKit('kit.zip', { cwd: work });
    const fromPackage = await loadKit(PACKAGE, { cwd: work });
    for (const kit of [fromFolder, fromZip, fromPackage]) {
      assert.equal(kit.version, '2.2.6492.2');
      assert.equal(kit.stub, false);
      assert.deepEqual(await kitHashes(kit), expected);
      await kit.close();
    }
  });

  it('an SDK install folder (bin/runtimes, bin/plugins) needs --sdk-version, and brings its plugins', async () => {
    const sdk = join(work, 'sdk-install');
    await cp(join(work, 'kit', 'runtimes'), join(sdk, 'bin', 'runtimes'), { recursive: true });
    await mkdir(join(sdk, 'bin', 'plugins', 'RemoteAccess'), { recursive: true });
    await writeFile(join(sdk, 'bin', 'plugins', 'RemoteAccess', 'RemoteAccess.csplugin'), '<RoleModule />');
    await assert.rejects(loadKit(sdk, { cwd: work }), (e: Error) => e instanceof KitError && /no kit\.json saying which SDK version the kit is; give --sdk-version/.test(e.message));
    await assert.rejects(loadKit(sdk, { cwd: work, sdkVersion: '2.2' }), /SDK version "2\.2" is not four dotted numbers/);
    const kit = await loadKit(sdk, { cwd: work, sdkVersion: '2.2.6492.2' });
    assert.deepEqual(kit.plugins.get('RemoteAccess')?.map((f) => f.path), ['RemoteAccess.csplugin']);
    assert.deepEqual(await kitHashes(kit), expected);
  });

  it('a folder without runtimes is not a kit, and the error says what a kit is', async () => {
    await mkdir(join(work, 'empty'));
    await assert.rejects(loadKit('empty', { cwd: work }), /no runtimes\/ folder \(nor bin\/runtimes\/\); an SDK runtime kit is the set of Microsoft files every role carries/);
  });
});
