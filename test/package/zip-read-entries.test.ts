import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { EntryHasher } from '../../src/package/entry-hasher.js';
import { inFileOrder, ZipArchive, ZipReadError, type ZipEntryInfo } from '../../src/package/zip-read.js';
import { rng } from '../fuzz/rng.js';

/** What yauzl itself reads from each directory record: the reference the reader is held to. */
async function yauzlRecords(bytes: Buffer, options: yauzl.Options = { decodeStrings: true }): Promise<yauzl.Entry[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { ...options, lazyEntries: true, autoClose: false });
  const out: yauzl.Entry[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (e: yauzl.Entry) => {
        out.push(e);
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return out;
}

/** A ZIP written by yazl (not our writer) with `count` files, every third stored, and a folder entry. */
async function yazlZip(count: number, zip64: boolean): Promise<{ bytes: Buffer; data: Map<string, Buffer> }> {
  const zip = new yazl.ZipFile();
  const data = new Map<string, Buffer>();
  zip.addEmptyDirectory('approot/empty/', { mtime: new Date(Date.UTC(2024, 0, 1)) });
  for (let i = 0; i < count; i++) {
    const name = `approot/${'d'.repeat(i % 90)}/${i}.${i % 3 === 0 ? 'bin' : 'txt'}`;
    // Random bytes for the stored ones, so that CRCs and sizes take every range; text for the rest.
    const body = i % 3 === 0 ? randomBytes(i % 700) : Buffer.from(`line ${i}\n`.repeat(i % 40));
    data.set(name, body);
    zip.addBuffer(body, name, { compress: i % 3 !== 0, forceZip64Format: zip64, mtime: new Date(Date.UTC(2024, 0, 1)) });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return { bytes: Buffer.concat(chunks), data };
}

describe('ZipArchive entries', () => {
  // More entries than one page of numbers (4,096), so that entries of later pages are read too.
  for (const zip64 of [false, true]) {
    it(`give back every number of the central directory, for 9,001 entries${zip64 ? ' (ZIP64 records)' : ''}`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'zip-read-entries-'));
      const { bytes, data } = await yazlZip(9000, zip64);
      const file = join(dir, 'a.zip');
      await writeFile(file, bytes);
      const archive = await ZipArchive.openFile(file);
      const hasher = new EntryHasher({ workers: 0 });
      try {
        const want = await yauzlRecords(await readFile(file));
        assert.equal(archive.entries.length, want.length);
        let highCrcs = 0;
        for (const [i, w] of want.entries()) {
          const e = archive.entries[i] as ZipEntryInfo;
          const at = `entry ${i} ${w.fileName}`;
          assert.equal(e.name, w.fileName, at);
          assert.equal(e.index, i, at);
          assert.equal(e.offset, w.relativeOffsetOfLocalHeader, at);
          assert.equal(e.compressedSize, w.compressedSize, at);
          assert.equal(e.uncompressedSize, w.uncompressedSize, at);
          assert.equal(e.crc32, w.crc32, at);
          assert.equal(e.flags, w.generalPurposeBitFlag, at);
          assert.equal(e.compressionMethod, w.compressionMethod, at);
          assert.equal(e.nameLength, Buffer.byteLength(w.fileName), at);
          assert.equal(e.isDirectory, w.fileName.endsWith('/'), at);
          assert.equal(e.encrypted, false, at);
          if (w.crc32 >= 2 ** 31) highCrcs++;
        }
        // CRCs past 2^31 (which no small integer holds) came through, as did both methods.
        assert.ok(highCrcs > 1000, `${highCrcs} CRCs of 2^31 or more`);
        assert.deepEqual(new Set(archive.entries.map((e) => e.compressionMethod)), new Set([0, 8]));
        // Each entry's bytes end at the latest where the next entry's header starts.
        const byOffset = [...archive.entries].sort((a, b) => a.offset - b.offset);
        for (let i = 0; i + 1 < byOffset.length; i++) {
          assert.equal((byOffset[i] as ZipEntryInfo).limit, (byOffset[i + 1] as ZipEntryInfo).offset, (byOffset[i] as ZipEntryInfo).name);
        }
        // And they are read through those numbers: every file's hash is its data's.
        const files = archive.entries.filter((e) => !e.isDirectory);
        const hashes = await archive.hashEntries(files, hasher);
        for (const e of files) {
          const body = data.get(e.name) as Buffer;
          assert.deepEqual(hashes.get(e), { sha256: createHash('sha256').update(body).digest('hex'), size: body.length }, e.name);
        }
      } finally {
        await hasher.close();
        await archive.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  }

  it('reads a damaged directory as yauzl does: the same entries, or the same reason to stop', async () => {
    // Bytes of the central directory changed at random, in ZIPs with plain and ZIP64 records; yauzl's
    // own record-by-record reading is the reference.
    const dir = await mkdtemp(join(tmpdir(), 'zip-read-damaged-'));
    const kinds = new Map<string, number>();
    try {
      for (const zip64 of [false, true]) {
        const { bytes } = await yazlZip(30, zip64);
        const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
        const cdSize = bytes.readUInt32LE(eocd + 12);
        const cdStart = bytes.readUInt32LE(eocd + 16);
        // ZIP64 end records sit between the directory and the end record; only the directory changes.
        const cdEnd = cdStart + cdSize;
        const random = rng(zip64 ? 7 : 3);
        for (let run = 0; run < 300; run++) {
          const damaged = Buffer.from(bytes);
          for (let k = random.int(1, 3); k > 0; k--) damaged[random.int(cdStart, cdEnd - 1)] = random.int(0, 255);
          const want = await yauzlOutcome(damaged);
          const file = join(dir, 'd.zip');
          await writeFile(file, damaged);
          const at = `${zip64 ? 'ZIP64, ' : ''}run ${run}`;
          let got: ZipArchive | ZipReadError;
          try {
            got = await ZipArchive.openFile(file, 'd.zip');
          } catch (e) {
            assert.ok(e instanceof ZipReadError, `${at}: ${String(e)}`);
            got = e;
          }
          if (typeof want === 'string') {
            // yauzl reading a buffer says "unexpected EOF" where the file reader says this.
            const reason = want === 'unexpected EOF' ? 'file ends before the ZIP data does' : want;
            assert.ok(got instanceof ZipReadError, `${at}: read entries where yauzl says ${want}`);
            assert.equal(got.message, `d.zip: damaged ZIP directory (${reason})`, at);
            const kind = want.replace(/[:\d].*$/, '').trim();
            kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
            continue;
          }
          if (overlap(want)) {
            assert.ok(got instanceof ZipReadError && got.message.includes('share bytes'), `${at}: ${String(got)}`);
            kinds.set('overlap', (kinds.get('overlap') ?? 0) + 1);
            continue;
          }
          assert.ok(got instanceof ZipArchive, `${at}: ${String(got)}`);
          try {
            assert.equal(got.entries.length, want.length, at);
            for (const [i, w] of want.entries()) {
              const e = got.entries[i] as ZipEntryInfo;
              const raw = w.fileNameRaw;
              if ((w.generalPurposeBitFlag & 0x800) !== 0) assert.equal(e.name, raw.toString('utf8'), at);
              else if (raw.every((b) => b < 0x80)) assert.equal(e.name, raw.toString('latin1'), at);
              assert.deepEqual(
                [e.offset, e.compressedSize, e.uncompressedSize, e.crc32, e.flags, e.compressionMethod, e.nameLength],
                [w.relativeOffsetOfLocalHeader, w.compressedSize, w.uncompressedSize, w.crc32, w.generalPurposeBitFlag, w.compressionMethod, w.fileNameLength],
                `${at}, entry ${i}`,
              );
            }
          } finally {
            await got.close();
          }
          kinds.set('read', (kinds.get('read') ?? 0) + 1);
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // The damage reached each check, or agreeing would prove little.
    for (const kind of ['read', 'invalid central directory file header signature', 'extra field length exceeds extra field buffer size', 'compressed/uncompressed size mismatch for stored file', 'unexpected EOF']) {
      assert.ok((kinds.get(kind) ?? 0) > 0, `no case of "${kind}": ${JSON.stringify([...kinds])}`);
    }
  });
});

/** yauzl's reading of a directory, with the options the reader had: its records, or its error. */
async function yauzlOutcome(bytes: Buffer): Promise<yauzl.Entry[] | string> {
  try {
    return await yauzlRecords(bytes, { decodeStrings: false, validateEntrySizes: true });
  } catch (e) {
    return (e as Error).message;
  }
}

/** Whether two records' bytes overlap: the reader refuses such a ZIP after reading its directory. */
function overlap(records: readonly yauzl.Entry[]): boolean {
  const sorted = [...records].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader);
  return sorted.some((r, i) => {
    const next = sorted[i + 1];
    return next !== undefined && next.relativeOffsetOfLocalHeader < r.relativeOffsetOfLocalHeader + 30 + r.fileNameLength + r.compressedSize;
  });
}

describe('inFileOrder', () => {
  const at = (offset: number, name: string): { offset: number; name: string } => ({ offset, name });

  it('returns a directory already in file order as it is', () => {
    const entries = [at(0, 'a'), at(100, 'b'), at(100, 'c'), at(2 ** 31 + 5, 'd'), at(2 ** 33, 'e')];
    assert.equal(inFileOrder(entries), entries);
    assert.equal(inFileOrder([]).length, 0);
  });

  it('sorts any other order by offset, keeping the directory order of equal offsets', () => {
    const entries = [at(2 ** 33, 'e'), at(100, 'b'), at(0, 'a'), at(2 ** 31 + 5, 'd'), at(100, 'c')];
    const sorted = inFileOrder(entries);
    assert.notEqual(sorted, entries);
    assert.deepEqual(sorted.map((e) => e.name), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(entries.map((e) => e.name), ['e', 'b', 'a', 'd', 'c'], 'the input is left as it was');
  });
});
