import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inspectPackage } from '../../src/package/inspect.js';
import { openPackage } from '../../src/package/reader.js';
import { verifyPackage, type VerifyReport } from '../../src/package/verify.js';
import { corpusRoot } from '../helpers/paths.js';
import { dataOffset, readZip, readZipFile, renameRaw, writeZip, type EditableEntry } from './zip-edit.js';

const CASES = ['volume-sdk1.8-webrole', 'cloud-ddd-clm-sdk2.2-workerrole', 'nywrenchhack-sdk2.9-webrole'];
const cspkg = (c: string): string => join(corpusRoot, 'cspkg', `${c}.cspkg`);
const golden = (c: string, f: string): string => join(corpusRoot, 'golden', c, f);

function errors(r: VerifyReport): string[] {
  return r.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.part}: ${p.message}`);
}

describe('verify on the real CSPack packages', () => {
  for (const c of CASES) {
    it(`${c} passes, with the service files cross-checked`, async () => {
      const r = await verifyPackage(cspkg(c), {
        csdef: golden(c, 'ServiceDefinition.csdef'),
        cscfg: golden(c, 'ServiceConfiguration.Cloud.cscfg'),
      });
      assert.deepEqual(errors(r), []);
      assert.equal(r.ok, true);
      assert.equal(r.format, 'legacy');
      const caseJson = JSON.parse(await readFile(join(corpusRoot, 'golden', c, 'case.json'), 'utf8')) as { sdkVersion: string; roles: Record<string, string> };
      assert.equal(r.productVersion, caseJson.sdkVersion);
      assert.deepEqual(r.roles, Object.keys(caseJson.roles));
      // The only warning is CSPack's empty-content hash on the three named streams.
      assert.deepEqual(r.problems.map((p) => p.code), ['unchecked-hash']);
    });
  }
});

describe('inspect on a real package', () => {
  it('lists the role files of the entry list in SOURCES.md with sizes and hashes', async () => {
    const r = await inspectPackage(cspkg('nywrenchhack-sdk2.9-webrole'));
    assert.equal(r.roles.length, 1);
    const role = r.roles[0]!;
    assert.equal(role.name, 'Site');
    // 46 entries in the .cssx less _rels/.rels, [Content_Types].xml and the role manifest.
    assert.equal(role.files.length, 43);
    const sources = await readFile(join(corpusRoot, 'cspkg', 'SOURCES.md'), 'utf8');
    const listed = sources.split('Nested `Site_f3ef8c77-8fc5-4a6f-8200-06e6c2d00d15.cssx`')[1]!.split('```')[1]!.trim().split('\n');
    const expected = listed.filter((n) => !['_rels/.rels', '[Content_Types].xml'].includes(n) && !n.endsWith('.csman') || n === 'Cloud.uar.csman');
    assert.deepEqual(role.files.map((f) => f.path), expected.map((n) => '\\' + n.replace(/\//g, '\\')));
    const node = role.files.find((f) => f.path === '\\approot\\bin\\node.cmd');
    assert.equal(node?.size, 17); // zipinfo of the real package
    assert.match(node?.sha256 ?? '', /^[0-9a-f]{64}$/);
  });
});

describe('role files of a real package', () => {
  it('are found by their path in any case, and the package parts beside them are not', async () => {
    const pkg = await openPackage(cspkg('nywrenchhack-sdk2.9-webrole'));
    try {
      const role = pkg.view.roles[0]!;
      const node = await pkg.readRoleFile(role.name, '\\APPROOT\\bin\\Node.CMD');
      assert.equal(node?.length, 17);
      for (const f of role.files) assert.ok(await pkg.readRoleFile(role.name, f.path, 1 << 30), f.path);
      const cssx = (await readZipFile(cspkg('nywrenchhack-sdk2.9-webrole'))).find((e) => e.name.endsWith('.cssx'))!;
      const csman = (await readZip(cssx.data)).find((e) => e.name.endsWith('.csman') && e.name !== 'Cloud.uar.csman')!;
      const manifest = `\\${csman.name.toUpperCase()}`;
      for (const notAFile of ['\\_rels\\.rels', '\\[Content_Types].xml', 'approot\\bin\\node.cmd', '\\approot/bin/node.cmd', '\\approot', manifest]) {
        assert.equal(await pkg.readRoleFile(role.name, notAFile), undefined, notAFile);
      }
    } finally {
      await pkg.close();
    }
  });
});

describe('verify on damaged copies of a real package', () => {
  let dir: string;
  let outer: EditableEntry[];
  const src = cspkg('volume-sdk1.8-webrole');
  const roleName = 'WebRole1_d100c9c6-e5a6-4beb-9572-4213fb433109.cssx';

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verify-test-'));
    outer = await readZipFile(src);
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function withRole(edit: (entries: EditableEntry[]) => EditableEntry[] | Promise<EditableEntry[]>, raw?: (zip: Buffer) => Buffer): Promise<string> {
    const role = outer.find((e) => e.name === roleName)!;
    let inner = await writeZip(await edit(await readZip(role.data)));
    if (raw) inner = raw(inner);
    const file = join(dir, `${Math.random().toString(36).slice(2)}.cspkg`);
    await writeFile(file, await writeZip(outer.map((e) => (e.name === roleName ? { ...e, data: inner } : e))));
    return file;
  }

  it('a rewritten but unchanged copy still passes (the edits below are what fails)', async () => {
    const file = await withRole((e) => e);
    const r = await verifyPackage(file);
    // Re-zipping the role changes its bytes, so only the outer manifest's hash of it is stale.
    assert.deepEqual(
      r.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.part]),
      [['hash-mismatch', `${file.split('/').pop()}!/${roleName}`]],
    );
  });

  it('a flipped byte in a stored nested package is a CRC error naming the part', async () => {
    const bytes = await readFile(src);
    const at = dataOffset(bytes, 'SDPackage_f50bdc93-fe89-4f19-b5d7-0aef3b67c7c5.csdx') + 100;
    bytes[at] = (bytes[at] as number) ^ 0x01;
    const file = join(dir, 'flipped.cspkg');
    await writeFile(file, bytes);
    const r = await verifyPackage(file);
    assert.equal(r.ok, false);
    const crc = r.problems.find((p) => p.message.includes('CRC-32'));
    assert.ok(crc, errors(r).join('\n'));
    assert.equal(crc.part, 'flipped.cspkg!/SDPackage_f50bdc93-fe89-4f19-b5d7-0aef3b67c7c5.csdx');
    assert.match(crc.message, /the entry is damaged/);
  });

  it('a missing part is reported against the manifest that lists it', async () => {
    const file = await withRole((e) => e.filter((x) => x.name !== 'approot/server.js'));
    const r = await verifyPackage(file);
    const p = r.problems.find((x) => x.code === 'missing-part');
    assert.ok(p, errors(r).join('\n'));
    assert.match(p.message, /manifest lists \/approot\/server\.js \(\\approot\\server\.js\), which is not in the package/);
    assert.match(p.part, new RegExp(`${roleName}!/57d29dd2-e15f-4593-8d55-0ea70e78bed9\\.csman$`));
  });

  it('a role file missing from a role is reported, and one in another case is found', async () => {
    const file = await withRole((e) =>
      e.filter((x) => x.name !== 'RuntimeSetup.Manifest').map((x) => (x.name === 'Cloud.uar.csman' ? { ...x, name: 'CLOUD.UAR.CSMAN' } : x)),
    );
    const r = await verifyPackage(file);
    assert.deepEqual(
      r.problems.filter((p) => p.code === 'role-missing-file').map((p) => [p.severity, p.part, p.message]),
      [['error', roleName, 'role WebRole1 has no \\RuntimeSetup.Manifest (generated runtime setup)']],
    );
  });

  it('a wrong hash in a manifest names the part and both hashes', async () => {
    const file = await withRole((entries) =>
      entries.map((x) => {
        if (!x.name.endsWith('.csman') || x.name === 'Cloud.uar.csman') return x;
        const text = x.data.toString('utf8').replace(
          'hash="807728DCAE4A73F78F872FBD7B77FFA0CAB4801BCF25465B01234CFFB3D0F539" uri="/approot/server.js"',
          'hash="0000000000000000000000000000000000000000000000000000000000000000" uri="/approot/server.js"',
        );
        assert.notEqual(text, x.data.toString('utf8'));
        return { ...x, data: Buffer.from(text, 'utf8') };
      }),
    );
    const r = await verifyPackage(file);
    const p = r.problems.filter((x) => x.code === 'hash-mismatch' && x.part.endsWith('approot/server.js'));
    assert.equal(p.length, 1, errors(r).join('\n'));
    assert.match(p[0]!.message, /SHA-256 is 807728DCAE4A73F78F872FBD7B77FFA0CAB4801BCF25465B01234CFFB3D0F539, the manifest .*says 0{64}/);
  });

  it('a manifest not written as CSPack writes it is read by the parser, each problem reported once', async () => {
    const wrongHash = (edit: (text: string) => string) =>
      withRole((entries) =>
        entries.map((x) => {
          if (!x.name.endsWith('.csman') || x.name === 'Cloud.uar.csman') return x;
          const text = x.data.toString('utf8').replace('hash="807728DCAE4A73F78F872FBD7B77FFA0CAB4801BCF25465B01234CFFB3D0F539"', `hash="${'0'.repeat(64)}"`);
          return { ...x, data: Buffer.from(edit(text), 'utf8') };
        }),
      );
    const scanned = await verifyPackage(await wrongHash((t) => t));
    // Well-formed, but not CSPack's form: the scan checks every item, then gives up at the last tag.
    const parsed = await verifyPackage(await wrongHash((t) => t.replace('</PackageManifest>', '</PackageManifest >')));
    const declared = await verifyPackage(await wrongHash((t) => t.replace('\ufeff', '\ufeff<?xml version="1.0" encoding="utf-8"?>')));
    // (The role package's own hash differs from the outer manifest's too: it was edited.)
    const mismatches = (r: VerifyReport) => r.problems.filter((x) => x.code === 'hash-mismatch' && x.part.endsWith('approot/server.js')).map((x) => `${x.part.slice(x.part.indexOf('!'))}: ${x.message}`);
    assert.equal(mismatches(scanned).length, 1, errors(scanned).join('\n'));
    assert.deepEqual(mismatches(parsed), mismatches(scanned));
    assert.deepEqual(mismatches(declared), mismatches(scanned));
    assert.deepEqual(parsed.problems.map((x) => x.code), scanned.problems.map((x) => x.code));
  });

  it('a changed file is a hash mismatch against the role manifest', async () => {
    const file = await withRole((entries) => entries.map((x) => (x.name === 'approot/index.js' ? { ...x, data: Buffer.concat([x.data, Buffer.from(' ')]) } : x)));
    const r = await verifyPackage(file);
    assert.ok(r.problems.some((x) => x.code === 'hash-mismatch' && x.part.endsWith(`${roleName}!/approot/index.js`)), errors(r).join('\n'));
  });

  it('two names differing only in case are refused', async () => {
    const file = await withRole((entries) => {
      const i = entries.findIndex((x) => x.name === 'approot/server.js');
      const copy = { ...entries[i]!, name: 'approot/Server.js' };
      return [...entries.slice(0, i + 1), copy, ...entries.slice(i + 1)];
    });
    const r = await verifyPackage(file);
    const p = r.problems.find((x) => x.code === 'duplicate-name');
    assert.ok(p, errors(r).join('\n'));
    assert.match(p.message, /"approot\/Server\.js" and "approot\/server\.js" differ only in case/);
  });

  it('a ".." path is refused as escaping the package', async () => {
    const file = await withRole(
      (entries) => [...entries, { name: 'approot/xx/evil.cmd', data: Buffer.from('echo'), compress: false }],
      (zip) => renameRaw(zip, 'approot/xx/evil.cmd', 'approot/../evil.cmd'),
    );
    const r = await verifyPackage(file);
    const p = r.problems.find((x) => x.code === 'bad-entry-name');
    assert.ok(p, errors(r).join('\n'));
    assert.match(p.part, /!\/approot\/\.\.\/evil\.cmd$/);
    assert.match(p.message, /"\.\." path segment/);
  });

  it('a role package missing from the outer manifest and csdef is a role mismatch', async () => {
    const file = join(dir, 'norole.cspkg');
    await writeFile(file, await writeZip(outer.filter((e) => e.name !== roleName)));
    const r = await verifyPackage(file);
    assert.equal(r.ok, false);
    assert.ok(r.problems.some((p) => p.code === 'missing-part' && p.message.includes(roleName)));
    assert.ok(r.problems.some((p) => p.code === 'role-mismatch' && p.message.includes('role WebRole1 of the packaged ServiceDefinition.csdef has no role package')));
  });

  it('nested packages stored deflated (not CSPack’s way, but valid) are inflated and checked the same', async () => {
    const file = join(dir, 'deflated.cspkg');
    await writeFile(file, await writeZip(outer.map((e) => (e.name.endsWith('x') ? { ...e, compress: true } : e))));
    const r = await verifyPackage(file);
    assert.deepEqual(r.problems.map((p) => p.code), ['unchecked-hash']);
  });

  it('a file that is not a ZIP is refused in one line', async () => {
    const file = join(dir, 'not.cspkg');
    await writeFile(file, 'this is not a zip file');
    const r = await verifyPackage(file);
    assert.equal(r.ok, false);
    assert.equal(r.problems.length, 1);
    assert.equal(r.problems[0]!.code, 'zip-unreadable');
    assert.match(r.problems[0]!.message, /^not\.cspkg: not a readable ZIP file/);
  });

  it('a csdef with another port fails the cross-check, naming the endpoint', async () => {
    const csdef = join(dir, 'other.csdef');
    await writeFile(csdef, (await readFile(golden('volume-sdk1.8-webrole', 'ServiceDefinition.csdef'), 'utf8')).replace('port="80"', 'port="8080"'));
    const r = await verifyPackage(src, { csdef });
    assert.deepEqual(
      r.problems.filter((p) => p.severity === 'error').map((p) => p.message),
      [
        `input endpoint WebRole1/Endpoint1 (http, port 8080) of ${csdef} is not in the package as such`,
        `the package has input endpoint WebRole1/Endpoint1 (http, port 80), which ${csdef} does not`,
      ],
    );
  });

  it('a cscfg naming another role fails the cross-check', async () => {
    const cscfg = join(dir, 'other.cscfg');
    const text = (await readFile(golden('volume-sdk1.8-webrole', 'ServiceConfiguration.Cloud.cscfg'), 'utf8')).replace('name="WebRole1"', 'name="WebRole2"');
    await writeFile(cscfg, text);
    const r = await verifyPackage(src, { cscfg });
    assert.deepEqual(r.problems.filter((p) => p.severity === 'error').map((p) => p.code).sort(), ['cscfg-role-missing', 'cscfg-role-unknown']);
  });
});
