import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { crc32, deflateRawSync } from 'node:zlib';
import { DEFLATED, FileSink, MemorySink, STORED, ZipWriter } from '../../src/package/zip-write.js';
import { readZip, type EditableEntry } from './zip-edit.js';

describe('ZipWriter', () => {
  // Thousands of entries with long and non-ASCII names: the record table fills several pages of
  // numbers (4,096 records each) and of names (256 KiB each), and every record must come back as
  // it went in.
  for (const forceZip64 of [false, true]) {
    it(`keeps every entry's record, streamed or whole, for 9,000 entries${forceZip64 ? ' (ZIP64 records)' : ''}`, async () => {
      const sink = new MemorySink();
      const zip = new ZipWriter(sink, { time: Date.UTC(2024, 0, 2, 3, 4, 6), forceZip64 });
      const expected: { name: string; data: Buffer; method: number }[] = [];
      for (let i = 0; i < 9000; i++) {
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
      // yauzl (not our reader) reads it back, checking every entry's sizes against its data.
      const got = await readZip(sink.contents());
      assert.equal(got.length, expected.length);
      for (const [i, e] of expected.entries()) {
        const g = got[i] as EditableEntry;
        assert.equal(g.name, e.name, `entry ${i}`);
        assert.equal(g.compress, e.method === DEFLATED, `entry ${i}`);
        assert.equal(g.crc, crc32(e.data), `entry ${i}`);
        assert.deepEqual(g.data, e.data, `entry ${i}`);
      }
    });
  }
});

describe('FileSink', () => {
  it('frees an owned chunk once it is on disk, and leaves every other chunk alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-sink-'));
    try {
      const file = join(dir, 'out.bin');
      const sink = await FileSink.create(file);
      const owned = Buffer.from(new ArrayBuffer(3000)).fill(1);
      const kept = Buffer.alloc(100, 2);
      // Below the megabyte that makes the sink write: both wait in its buffer, still readable.
      await sink.writeOwned(owned);
      await sink.write(kept);
      assert.equal(owned.buffer.byteLength, 3000);
      // A megabyte owned chunk makes it write what it holds.
      const big = Buffer.from(new ArrayBuffer(1024 * 1024)).fill(3);
      await sink.writeOwned(big);
      assert.equal(owned.buffer.byteLength, 0, 'the first owned chunk was freed once written');
      assert.equal(big.buffer.byteLength, 0, 'so was the second');
      assert.equal(kept.length, 100, 'a chunk written with write() is never touched');
      await sink.close();
      const bytes = readFileSync(file);
      assert.equal(bytes.length, 3000 + 100 + 1024 * 1024);
      assert.ok(bytes.subarray(0, 3000).every((b) => b === 1));
      assert.ok(bytes.subarray(3000, 3100).every((b) => b === 2));
      assert.ok(bytes.subarray(3100).every((b) => b === 3));
      assert.equal(sink.size, bytes.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
