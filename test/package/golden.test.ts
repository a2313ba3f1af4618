import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildPackage, type BuildResult } from '../../src/package/build.js';
import { openPackage, type OpenedPackage, type PackagedFile } from '../../src/package/reader.js';
import { ZipArchive } from '../../src/package/zip-read.js';
import { GOLDEN_CASES, harvestCase, type HarvestedCase } from './golden-case.js';
import { RD_NORMALISE, xmlDifferences } from './xml-equivalence.js';

/** Role files the packager generates; everything else in a role is a user or SDK runtime file. */
const GENERATED_ROLE_FILES = ['\\RoleModel.xml', '\\RuntimeSetup.Manifest'];

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Entry names of the outer package and of each nested one, in archive order, GUIDs replaced. */
async function entryOrder(file: string): Promise<string[]> {
  const tmp = await mkdtemp(join(tmpdir(), 'order-'));
  const outer = await ZipArchive.openFile(file);
  try {
    const names: string[] = [];
    for (const e of outer.entries) {
      names.push(e.name.replace(GUID, '{guid}'));
      if (/\.cs[mdn]?s?x$/.test(e.name)) {
        const nested = await outer.openNested(e, tmp, 1e9);
        names.push(...nested.entries.map((n) => `  ${n.name.replace(GUID, '{guid}')}`));
        await nested.close();
      }
    }
    return names;
  } finally {
    await outer.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

function byPath(files: readonly PackagedFile[]): Map<string, string> {
  return new Map(files.map((f) => [f.path, f.sha256]));
}

for (const name of GOLDEN_CASES) {
  describe(`golden case ${name}`, () => {
    let work: string;
    let gold: HarvestedCase;
    let built: BuildResult;
    let real: OpenedPackage;
    let ours: OpenedPackage;

    before(async () => {
      work = await mkdtemp(join(tmpdir(), `golden-${name}-`));
      gold = await harvestCase(name, work);
      built = await buildPackage({
        csdef: gold.csdef,
        roles: gold.roleDirs,
        sdkKit: gold.kitDir,
        out: join(work, 'ours.cspkg'),
        configuration: gold.cscfg,
        env: { SOURCE_DATE_EPOCH: '1700000000' },
      });
      real = await openPackage(gold.realPackage);
      ours = await openPackage(built.out);
    });
    after(async () => {
      await real?.close();
      await ours?.close();
      await rm(work, { recursive: true, force: true });
    });

    it('records the SDK version of the real package', () => {
      assert.equal(built.sdkVersion, gold.sdkVersion);
      assert.equal(ours.view.productVersion, gold.sdkVersion);
      assert.equal(ours.view.format, 'legacy');
    });

    it('passes verify with no problem at all', () => {
      assert.deepEqual(ours.problems, []);
      assert.equal(built.verify.ok, true);
    });

    it('has the same roles, and per role the same user and runtime files, byte for byte', () => {
      assert.deepEqual(ours.view.roles.map((r) => r.name), real.view.roles.map((r) => r.name));
      for (const realRole of real.view.roles) {
        const ourRole = ours.view.roles.find((r) => r.name === realRole.name)!;
        const want = byPath(realRole.files.filter((f) => !GENERATED_ROLE_FILES.includes(f.path)));
        const got = byPath(ourRole.files.filter((f) => !GENERATED_ROLE_FILES.includes(f.path)));
        assert.deepEqual([...got.keys()].sort(), [...want.keys()].sort());
        for (const [path, sha] of want) assert.equal(got.get(path), sha, path);
        // The role holds the generated files and nothing else besides user and runtime files.
        assert.deepEqual(ourRole.files.filter((f) => GENERATED_ROLE_FILES.includes(f.path)).map((f) => f.path).sort(), [...GENERATED_ROLE_FILES].sort());
      }
    });

    it('writes RoleModel.xml and RuntimeSetup.Manifest equivalent to CSPack’s', async () => {
      for (const role of real.view.roles) {
        for (const path of GENERATED_ROLE_FILES) {
          const want = await real.readRoleFile(role.name, path);
          const got = await ours.readRoleFile(role.name, path);
          assert.ok(want && got, path);
          assert.deepEqual(xmlDifferences(`${role.name}${path}`, want, got), []);
        }
      }
    });

    it('writes the service documents equivalent to CSPack’s, ignoring only the .rd GUIDs', async () => {
      const names = real.view.documents.map((d) => d.path).sort();
      assert.deepEqual(ours.view.documents.map((d) => d.path).sort(), names);
      assert.equal(names.length, 3 + 3 * real.view.roles.length);
      for (const doc of names) {
        const want = await real.readDocument(doc);
        const got = await ours.readDocument(doc);
        assert.ok(want && got, doc);
        assert.deepEqual(xmlDifferences(doc, want, got, doc.endsWith('.rd') ? RD_NORMALISE : {}), [], doc);
      }
    });

    it('writes every generated document byte for byte as CSPack did, GUIDs in the .rd aside', async () => {
      for (const role of real.view.roles) {
        for (const path of GENERATED_ROLE_FILES) {
          assert.ok((await ours.readRoleFile(role.name, path))!.equals((await real.readRoleFile(role.name, path))!), `${role.name}${path}`);
        }
      }
      for (const doc of real.view.documents.map((d) => d.path)) {
        const norm = (b: Buffer): string => b.toString('utf8').replace(GUID, '{guid}');
        assert.equal(norm((await ours.readDocument(doc))!), norm((await real.readDocument(doc))!), doc);
      }
    });

    it('writes the entries of every package level in CSPack’s order (GUIDs aside)', async () => {
      assert.deepEqual(await entryOrder(built.out), await entryOrder(gold.realPackage));
    });

    it('is byte-identical when built again with the same SOURCE_DATE_EPOCH, and differs with another', async () => {
      const again = await buildPackage({ csdef: gold.csdef, roles: gold.roleDirs, sdkKit: gold.kitDir, out: join(work, 'again.cspkg'), env: { SOURCE_DATE_EPOCH: '1700000000' } });
      assert.deepEqual(await readFile(again.out), await readFile(built.out));
      const later = await buildPackage({ csdef: gold.csdef, roles: gold.roleDirs, sdkKit: gold.kitDir, out: join(work, 'later.cspkg'), env: { SOURCE_DATE_EPOCH: '1800000000' } });
      assert.notEqual(later.sha256, built.sha256);
    });
  });
}
