import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { inspectPackage } from '../../src/package/inspect.js';
import { openPackage, type OpenedPackage } from '../../src/package/reader.js';
import { verifyPackage, type VerifyReport } from '../../src/package/verify.js';
import { corpusRoot } from '../helpers/paths.js';
import { buildCtpPackage, type CtpEdits } from './ctp-builder.js';

const SOURCE = join(corpusRoot, 'cspkg', 'nywrenchhack-sdk2.9-webrole.cspkg');

function errorCodes(r: VerifyReport): string[] {
  return r.problems.filter((p) => p.severity === 'error').map((p) => p.code);
}

describe('CTP-format packages', () => {
  let dir: string;
  let legacy: OpenedPackage;
  let n = 0;
  const build = async (edits: CtpEdits = {}): Promise<string> => {
    const file = join(dir, `ctp-${n++}.cspkg`);
    await writeFile(file, await buildCtpPackage(legacy, edits));
    return file;
  };

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ctp-test-'));
    legacy = await openPackage(SOURCE);
  });
  after(async () => {
    await legacy.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('verify passes on a CTP package built by the test fixture, with the service files cross-checked', async () => {
    const file = await build();
    const r = await verifyPackage(file, {
      csdef: join(corpusRoot, 'golden', 'nywrenchhack-sdk2.9-webrole', 'ServiceDefinition.csdef'),
      cscfg: join(corpusRoot, 'golden', 'nywrenchhack-sdk2.9-webrole', 'ServiceConfiguration.Cloud.cscfg'),
    });
    // Passes, with the one warning every CTP package gets: extended support refuses the format.
    assert.equal(r.ok, true);
    assert.deepEqual(r.problems.map((p) => [p.severity, p.code]), [['warning', 'ctp-format']]);
    assert.equal(r.format, 'ctp');
    assert.equal(r.productVersion, '2.9.7499.7');
  });

  it('inspect gives the same roles, paths and hashes as for the legacy package it came from', async () => {
    const ctp = await inspectPackage(await build());
    // What the view promises of a file, whatever object carries it.
    const sorted = (roles: { name: string; files: { path: string; size: number; sha256: string }[] }[]) =>
      roles.map((r) => ({ name: r.name, files: r.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })).sort((a, b) => a.path.localeCompare(b.path)) }));
    assert.deepEqual(sorted(ctp.roles), sorted(legacy.view.roles));
    assert.deepEqual([...ctp.documents].sort((a, b) => a.path.localeCompare(b.path)), [...legacy.view.documents].sort((a, b) => a.path.localeCompare(b.path)));
  });

  it('a wrong LengthInBytes is reported with both lengths', async () => {
    const file = await build({ manifest: (m) => m.replace(/<LengthInBytes>(\d+)<\/LengthInBytes>/, (_, x: string) => `<LengthInBytes>${Number(x) + 1}</LengthInBytes>`) });
    const r = await verifyPackage(file);
    const p = r.problems.find((x) => x.code === 'length-mismatch');
    assert.ok(p, errorCodes(r).join());
    assert.match(p.message, /^part is (\d+) bytes, the manifest says LengthInBytes (\d+)$/);
  });

  it('a wrong hash names the part', async () => {
    const file = await build({
      entries: (entries) => entries.map((e) => (e.name === 'ServiceDefinition/ServiceDefinition.csdef' ? { ...e, data: Buffer.concat([e.data, Buffer.from(' ')]) } : e)),
    });
    const r = await verifyPackage(file);
    assert.ok(r.problems.some((p) => p.code === 'hash-mismatch' && p.part.endsWith('!/ServiceDefinition/ServiceDefinition.csdef')), errorCodes(r).join());
    assert.ok(r.problems.some((p) => p.code === 'length-mismatch'));
  });

  it('a missing content part, a ".." FilePath and a case collision are each reported', async () => {
    const file = await build({
      manifest: (m) =>
        m
          .replace('<FilePath>\\approot\\server.js</FilePath>', '<FilePath>\\approot\\..\\server.js</FilePath>')
          .replace('<FilePath>\\approot\\startup.js</FilePath>', '<FilePath>\\APPROOT\\package.json</FilePath>'),
      entries: (entries) => entries.filter((e) => e.name !== entries.find((x) => x.name.startsWith('LocalContent/'))?.name),
    });
    const r = await verifyPackage(file);
    const codes = errorCodes(r);
    assert.ok(codes.includes('missing-part'), codes.join());
    assert.ok(r.problems.some((p) => p.code === 'bad-file-path' && p.message === 'FilePath \\approot\\..\\server.js has a ".." segment'));
    assert.ok(r.problems.some((p) => p.code === 'duplicate-name' && p.message.startsWith('FilePath \\APPROOT\\package.json appears twice')));
  });

  it('a second PackageDefinition relationship is refused', async () => {
    const file = await build({
      entries: (entries) =>
        entries.map((e) =>
          e.name === '_rels/.rels' ? { ...e, data: Buffer.from(e.data.toString('utf8').replace(/<Relationship [^>]*\/>/, (x) => x + x.replace('R0123456789abcdef', 'R1123456789abcdef')), 'utf8') } : e,
        ),
    });
    const r = await verifyPackage(file);
    assert.ok(r.problems.some((p) => p.code === 'ctp-relationship' && p.message === '2 PackageDefinition relationships; exactly one is required'));
  });
});
