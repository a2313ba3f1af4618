import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { DEFLATED, MemorySink, STORED, ZipWriter } from '../../src/package/zip-write.js';

interface ReadBack {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly data: Buffer;
}

/** Every entry as yauzl (not our reader) sees it, with its data inflated and size-checked. */
async function readBack(zip: Buffer): Promise<ReadBack[]> {
  const z = await yauzl.fromBufferPromise(zip, { lazyEntries: true, decodeStrings: true, validateEntrySizes: true });
  const out: ReadBack[] = [];
  for (;;) {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      z.once('entry', resolve);
      z.once('end', () => resolve(undefined));
      z.once('error', reject);
      z.readEntry();
    });
    z.removeAllListeners();
    if (!entry) break;
    const chunks: Buffer[] = [];
    for await (const c of await z.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    out.push({ name: entry.fileName, method: entry.compressionMethod, crc: entry.crc32, compressedSize: entry.compressedSize, data: Buffer.concat(chunks) });
  }
  z.close();
  return out;
}

describe('ZipWriter', () => {
  // Thousands of entries with long and non-ASCII names: the record table grows its number array
  // and its name buffer many times over, and every record must come back as it went in.
  for (const forceZip64 of [false, true]) {
    it(`keeps every entry's record, streamed or whole, for 3,000 entries${forceZip64 ? ' (ZIP64 records)' : ''}`, async () => {
      const sink = new MemorySink();
      const zip = new ZipWriter(sink, { time: Date.UTC(2024, 0, 2, 3, 4, 6), forceZip64 });
      const expected: { name: string; data: Buffer; method: number }[] = [];
      for (let i = 0; i < 3000; i++) {
        const name = `approot/${'d'.repeat(i % 120)}/é${i}/${'f'.repeat(i % 7)}${i}.txt`;
        const data = Buffer.from(`${i} `.repeat(i % 50));
        const method = i % 3 === 0 ? STORED : DEFLATED;
        const stored = method === STORED ? data : deflateRawSync(data);
        if (i % 2 === 0) {
          await zip.add(name, method, stored, crc32(data), data.length);
        } else {
          const e = zip.begin(name, method);
          await e.pending;
          // Streamed in two pieces: the compressed size is summed from both.
          await zip.data(e, stored.subarray(0, stored.length >> 1));
          await zip.dataTransient(e, Buffer.from(stored.subarray(stored.length >> 1)));
          await zip.end(e, crc32(data), data.length);
        }
        expected.push({ name, data, method });
      }
      await zip.finish();
      const got = await readBack(sink.contents());
      assert.equal(got.length, expected.length);
      for (const [i, e] of expected.entries()) {
        const g = got[i] as ReadBack;
        assert.equal(g.name, e.name, `entry ${i}`);
        assert.equal(g.method, e.method, `entry ${i}`);
        assert.equal(g.crc, crc32(e.data), `entry ${i}`);
        assert.deepEqual(g.data, e.data, `entry ${i}`);
      }
    });
  }
});
