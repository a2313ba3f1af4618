import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ManifestScanner, ManifestWriter, manifestXml, readManifest, type Manifest, type ManifestItem, type ManifestToWrite } from '../../src/package/csman.js';
import { parsePart } from '../../src/package/opc.js';
import { el, xmlDocument, type XNode } from '../../src/package/xml-out.js';
import { corpusRoot } from '../helpers/paths.js';
import { readZip, readZipFile } from './zip-edit.js';

/** How manifests were written before ManifestWriter: one tree, serialised whole. */
function wholeTreeManifest(m: ManifestToWrite): Buffer {
  const settings = (name: string, keys: readonly string[] | undefined): XNode | undefined =>
    keys === undefined ? undefined : el(name, [], keys.map((k) => el('Setting', [['key', k]])));
  return xmlDocument(
    el('PackageManifest', [['version', '2']], [
      el('Encryption', [['keytype', '1']]),
      el(
        'Contents',
        [['hashtype', '1']],
        m.items.map((i) => el('Item', [['name', i.name], ['hash', i.hash], ['uri', i.uri], ['created', i.created], ['modified', i.modified]])),
      ),
      settings('SystemConfigurationSettings', m.systemSettings),
      settings('ApplicationConfigurationSettings', m.applicationSettings),
      el('NamedStreams', [], (m.namedStreams ?? []).map((n) => el('Stream', [['name', n]]))),
    ]),
    { bom: true, declaration: '', indented: false },
  );
}

/** The manifest as the XML parser and readManifest read it, or why they cannot. */
function parsedManifest(bytes: Uint8Array): Manifest | string {
  const parsed = parsePart('test.csman', bytes);
  return 'error' in parsed ? `not XML: ${parsed.error}` : readManifest(parsed.root);
}

/** The scanner fed `bytes` in pieces cut at `cuts`; what it read, items included. */
function scanInPieces(bytes: Uint8Array, cuts: readonly number[]): Manifest | undefined {
  const items: ManifestItem[] = [];
  const scanner = new ManifestScanner((i) => items.push(i));
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(bytes.subarray(from, Math.max(from, cut)));
    from = Math.max(from, cut);
  }
  scanner.push(bytes.subarray(from));
  const head = scanner.end();
  return head && { ...head, items };
}

/** The scanner over the whole of `bytes` at once. */
function scanManifest(bytes: Uint8Array): Manifest | undefined {
  return scanInPieces(bytes, []);
}

// Values with every character class the writer escapes or the scanner must leave to the parser.
const value = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[\\/A-Za-z0-9._ ~-]{0,20}$/) },
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('', '\\approot\\bin\\a b.dll', 'a&b', '<x>', 'q"q', "a'b", 'tab\there', 'line\nbreak', 'cr\rx', '\u0001', '\ufffe', 'é/ü', '/a%20b'),
);
const item: fc.Arbitrary<ManifestItem> = fc.record(
  { name: value, hash: fc.oneof(fc.string({ unit: fc.constantFrom(...'0123456789ABCDEFabcdef'), minLength: 64, maxLength: 64 }), value), uri: value, created: value, modified: value },
  { requiredKeys: ['name', 'hash', 'uri'] },
);
const toWrite: fc.Arbitrary<ManifestToWrite> = fc.record(
  {
    items: fc.array(item, { maxLength: 6 }),
    systemSettings: fc.array(value, { maxLength: 3 }),
    applicationSettings: fc.array(value, { maxLength: 3 }),
    namedStreams: fc.array(value, { maxLength: 3 }),
  },
  { requiredKeys: ['items'] },
);

describe('ManifestWriter', () => {
  it('writes the bytes the whole-tree serialiser wrote, for any items and settings', () => {
    fc.assert(
      fc.property(toWrite, (m) => {
        assert.deepEqual(manifestXml(m), wholeTreeManifest(m));
      }),
      { numRuns: 500, seed: 20261121 },
    );
  });

  it('gives the same document in blocks when items fill several of them', () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({
      name: `\\approot\\node_modules\\pkg${i}\\index.js`,
      hash: i.toString(16).padStart(64, '0').toUpperCase(),
      uri: `/approot/node_modules/pkg${i}/index.js`,
      created: '131269780106482637',
      modified: '131269780106482637',
    }));
    const w = new ManifestWriter();
    for (const i of items) w.add(i);
    const blocks = w.finish({ namedStreams: ['a'] });
    assert.ok(blocks.length > 4, `${blocks.length} blocks`);
    assert.deepEqual(Buffer.concat(blocks), wholeTreeManifest({ items, namedStreams: ['a'] }));
  });

  it('gives the same document from a spill file, holding none of the items in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'csman-spill-'));
    try {
      const items = Array.from({ length: 3000 }, (_, i) => ({ name: `\\approot\\p${i}\\é.js`, hash: 'AB'.repeat(32), uri: `/approot/p${i}/%C3%A9.js` }));
      const spill = join(dir, 'role.csman');
      const w = new ManifestWriter(spill);
      for (const i of items) w.add(i);
      // Everything but the last, unfinished block is on disk already.
      assert.ok(statSync(spill).size > 150000, `${statSync(spill).size} bytes spilled`);
      const chunks: Buffer[] = [];
      for await (const c of w.chunks({ systemSettings: ['x'] })) chunks.push(c);
      assert.deepEqual(Buffer.concat(chunks), wholeTreeManifest({ items, systemSettings: ['x'] }));
      assert.throws(() => new ManifestWriter(spill), /EEXIST/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scanManifest', () => {
  it('reads every manifest of the three real CSPack packages as the parser does', async () => {
    const dir = join(corpusRoot, 'cspkg');
    let scanned = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.cspkg'))) {
      const outer = await readZipFile(join(dir, file));
      const levels = [outer, ...(await Promise.all(outer.filter((e) => /\.cs[a-z]*x$/.test(e.name)).map((e) => readZip(e.data))))];
      for (const entries of levels) {
        for (const e of entries.filter((x) => x.name.endsWith('.csman') && x.name !== 'Cloud.uar.csman')) {
          const fast = scanManifest(e.data);
          assert.ok(fast, `${file} ${e.name} is written as CSPack writes manifests`);
          assert.deepEqual(fast, parsedManifest(e.data), `${file} ${e.name}`);
          scanned++;
        }
      }
    }
    assert.ok(scanned >= 9, `${scanned} manifests`);
  });

  it('reads what manifestXml writes as the parser does, or leaves it to the parser', () => {
    let taken = 0;
    fc.assert(
      fc.property(toWrite, (m) => {
        const bytes = manifestXml(m);
        const fast = scanManifest(bytes);
        if (fast) {
          taken++;
          assert.deepEqual(fast, parsedManifest(bytes));
        }
      }),
      { numRuns: 500, seed: 20261121 },
    );
    // Most generated values have nothing to escape; the fast path must be the usual one.
    assert.ok(taken > 100, `scanned ${taken} of 500`);
  });

  it('accepts only well-formed manifests, read as the parser reads them, however they are damaged', () => {
    const base = manifestXml({
      items: [
        { name: '\\RoleModel.xml', hash: 'A'.repeat(64), uri: '/RoleModel.xml', created: '1', modified: '2' },
        { name: '\\bin\\x.dll', hash: 'B'.repeat(64), uri: '/bin/x.dll' },
      ],
      systemSettings: ['WebRole1Instances'],
      applicationSettings: [],
      namedStreams: ['SupportData/WebRole1/1.0'],
    });
    const edit = fc.oneof(
      fc.record({ at: fc.nat(base.length), remove: fc.nat(12), insert: fc.uint8Array({ maxLength: 6 }) }),
      fc.record({
        at: fc.nat(base.length),
        remove: fc.constant(0),
        insert: fc.constantFrom(' ', '\n', '&amp;', '&#x41;', '<!-- c -->', '<?pi x?>', '<Item name="a" hash="b" uri="c" />', '<X />', '"', '<', '\u00e9', '\ufffe').map((s) => new TextEncoder().encode(s)),
      }),
    );
    let refused = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let bytes = Buffer.from(base);
        for (const e of edits) bytes = Buffer.concat([bytes.subarray(0, e.at), Buffer.from(e.insert), bytes.subarray(e.at + e.remove)]);
        const fast = scanManifest(bytes);
        if (!fast) {
          refused++;
          return;
        }
        const slow = parsedManifest(bytes);
        assert.notEqual(typeof slow, 'string', `accepted what the parser refuses: ${JSON.stringify(bytes.toString('latin1'))} (${String(slow)})`);
        assert.deepEqual(fast, slow);
      }),
      { numRuns: 500, seed: 20261121 },
    );
    assert.ok(refused > 100, `refused ${refused} of 500`);
  });

  it('leaves a declaration, other spacing, UTF-16 and trailing text to the parser', () => {
    const good = manifestXml({ items: [{ name: 'a', hash: 'b', uri: '/a' }] });
    assert.ok(scanManifest(good));
    const text = good.toString('utf8').slice(1);
    for (const variant of [
      Buffer.from(`<?xml version="1.0" encoding="utf-8"?>${text}`),
      Buffer.from(text.replace('<Item name', '<Item  name')),
      Buffer.from(`${text}\r\n`),
      Buffer.from(`\ufeff${text}`, 'utf16le'),
      Buffer.from(text.replace('/>', '></Item>')),
      Buffer.concat([good.subarray(0, 40), Buffer.from([0xc3]), good.subarray(40)]),
    ]) {
      assert.equal(scanManifest(variant), undefined, variant.toString('latin1'));
    }
  });
});

describe('ManifestScanner', () => {
  it('reads a manifest given in pieces of any size as it reads it whole, characters cut in two included', () => {
    fc.assert(
      fc.property(toWrite, fc.array(fc.nat(), { maxLength: 12 }), (m, raw) => {
        const bytes = manifestXml(m);
        const cuts = raw.map((c) => c % (bytes.length + 1));
        assert.deepEqual(scanInPieces(bytes, cuts), scanManifest(bytes));
      }),
      { numRuns: 500, seed: 20261121 },
    );
  });

  it('reads a manifest longer than what it buffers the same, wherever the pieces are cut', () => {
    // Over 64 KiB, so items are consumed while more is still to come, not only at the end.
    const items = Array.from({ length: 3000 }, (_, i) => ({ name: `\\approot\\é${i}\\ü.js`, hash: 'C'.repeat(64), uri: `/approot/%C3%A9${i}/%C3%BC.js`, created: String(i) }));
    const bytes = manifestXml({ items, applicationSettings: ['a', 'b'], namedStreams: [] });
    assert.ok(bytes.length > 4 * 65536, `${bytes.length} bytes`);
    const whole = scanManifest(bytes);
    assert.ok(whole);
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { minLength: 1, maxLength: 60 }), (cuts) => {
        assert.deepEqual(scanInPieces(bytes, cuts), whole);
      }),
      { numRuns: 100, seed: 20261121 },
    );
  });

  it('reads a 20,000-item manifest in 64 KiB pieces, handing over each item once and in order', () => {
    const items = Array.from({ length: 20000 }, (_, i) => ({ name: `\\approot\\node_modules\\p${i}\\index.js`, hash: i.toString(16).toUpperCase().padStart(64, '0'), uri: `/approot/node_modules/p${i}/index.js`, created: '1', modified: '2' }));
    const bytes = manifestXml({ items, namedStreams: ['s'] });
    assert.ok(bytes.length > 40 * 65536, `${bytes.length} bytes`);
    const cuts = Array.from({ length: Math.floor(bytes.length / 65536) }, (_, i) => (i + 1) * 65536);
    const seen: ManifestItem[] = [];
    const scanner = new ManifestScanner((i) => seen.push(i));
    let from = 0;
    for (const cut of cuts) {
      assert.equal(scanner.push(bytes.subarray(from, cut)), true);
      from = cut;
    }
    scanner.push(bytes.subarray(from));
    assert.deepEqual(scanner.end(), { version: '2', keytype: '1', hashtype: '1', systemSettings: undefined, applicationSettings: undefined, namedStreams: ['s'] });
    assert.deepEqual(seen, items);
  });

  it('gives up, never misreads, on an item longer than what it buffers, trailing text, or a truncated end', () => {
    const long = manifestXml({ items: [{ name: 'x'.repeat(200000), hash: 'A', uri: '/x' }, { name: 'b', hash: 'B', uri: '/b' }] });
    assert.ok(scanManifest(long), 'whole, the long item is read');
    const pieces = scanInPieces(long, Array.from({ length: 40 }, (_, i) => i * 8192));
    assert.equal(pieces, undefined);
    const good = manifestXml({ items: [{ name: 'a', hash: 'b', uri: '/a' }] });
    assert.equal(scanInPieces(Buffer.concat([good, Buffer.from(' ')]), [good.length]), undefined);
    assert.equal(scanInPieces(good.subarray(0, good.length - 1), [10]), undefined);
    // A two-byte character whose second byte never comes.
    assert.equal(scanInPieces(Buffer.concat([good, Buffer.from([0xc3])]), [good.length]), undefined);
  });
});
