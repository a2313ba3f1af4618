import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EntryHasher, type HashTask } from '../../src/package/entry-hasher.js';
import type { HashOutcome } from '../../src/package/hash-job.js';
import { ZipArchive, ZipReadError } from '../../src/package/zip-read.js';
import { dataOffset, writeZip, type EditableEntry } from './zip-edit.js';

const MiB = 1024 * 1024;

/** Bytes that deflate somewhat, from a fixed seed: the same every run. */
function bytes(n: number, seed: number): Buffer {
  const b = Buffer.alloc(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = (x >>> 0) % 7 === 0 ? x & 0xff : 97 + ((i >> 3) % 26);
  }
  return b;
}

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** Sets fields of an entry's central directory record: the directory is what the reader trusts. */
function patchDirectory(zip: Buffer, name: string, fields: { uncompressedSize?: number; crc?: number }): Buffer {
  const out = Buffer.from(zip);
  const needle = Buffer.from(name, 'utf8');
  for (let at = out.indexOf(needle); at >= 0; at = out.indexOf(needle, at + 1)) {
    const start = at - 46;
    if (start >= 0 && out.readUInt32LE(start) === 0x02014b50 && out.readUInt16LE(start + 28) === needle.length) {
      if (fields.crc !== undefined) out.writeUInt32LE(fields.crc >>> 0, start + 16);
      if (fields.uncompressedSize !== undefined) out.writeUInt32LE(fields.uncompressedSize, start + 24);
      return out;
    }
  }
  throw new Error(`no directory record for ${name}`);
}

describe('hashing entries (verify’s reading)', () => {
  let dir: string;
  const entries: EditableEntry[] = [
    { name: 'a.txt', data: bytes(10_000, 1), compress: true },
    { name: 'empty.txt', data: Buffer.alloc(0), compress: true },
    { name: 'stored.bin', data: bytes(5_000, 2), compress: false },
    { name: 'big-deflated.bin', data: bytes(3 * MiB + 17, 3), compress: true },
    { name: 'big-stored.bin', data: bytes(3 * MiB + 5, 4), compress: false },
    ...Array.from({ length: 300 }, (_, i) => ({ name: `small/${i}.js`, data: bytes(100 + i * 37, 10 + i), compress: i % 5 !== 0 })),
  ];
  let zip: Buffer;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'hash-entries-'));
    zip = await writeZip(entries);
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function hashAll(bytesOfZip: Buffer, hasher: EntryHasher): Promise<Map<string, { sha256: string; size: number } | ZipReadError>> {
    const file = join(dir, `${Math.random().toString(36).slice(2)}.zip`);
    await writeFile(file, bytesOfZip);
    const archive = await ZipArchive.openFile(file, 'test.zip');
    try {
      // In an order that is not the file's, to show results come back in the order asked.
      const asked = [...archive.entries].reverse();
      const measures = await archive.hashEntries(asked, hasher);
      return new Map(asked.map((e) => [e.name, measures.get(e) as { sha256: string; size: number } | ZipReadError]));
    } finally {
      await archive.close();
      await hasher.close();
    }
  }

  for (const [mode, make] of [
    ['in the process', () => new EntryHasher({ inProcessBelow: Number.MAX_SAFE_INTEGER })],
    ['on two workers', () => new EntryHasher({ workers: 2, inProcessBelow: 0 })],
    ['streaming entries over 1 KiB, on two workers', () => new EntryHasher({ workers: 2, inProcessBelow: 0, wholeEntryMax: 1024 })],
    // What `package` does when it reads back what it wrote, with all but the smallest entries streamed.
    ['streaming entries over 1 KiB, with no workers', () => new EntryHasher({ workers: 0, wholeEntryMax: 1024 })],
  ] as const) {
    it(`gives every entry's SHA-256 and size, small, empty, stored and streamed, ${mode}`, async () => {
      const got = await hashAll(zip, make());
      assert.equal(got.size, entries.length);
      for (const e of entries) {
        const r = got.get(e.name);
        assert.ok(r && !(r instanceof Error), `${e.name}: ${String(r)}`);
        assert.deepEqual(r, { sha256: sha(e.data), size: e.data.length }, e.name);
      }
    });

    it(`finds an entry that inflates to more than its directory says, whole or streamed, ${mode}`, async () => {
      let bad = patchDirectory(zip, 'a.txt', { uncompressedSize: 9_000 });
      bad = patchDirectory(bad, 'big-deflated.bin', { uncompressedSize: 3 * MiB });
      const got = await hashAll(bad, make());
      for (const [name, declared] of [['a.txt', 9_000], ['big-deflated.bin', 3 * MiB]] as const) {
        const r = got.get(name);
        assert.ok(r instanceof ZipReadError, `${name}: ${JSON.stringify(r)}`);
        assert.equal(r.message, `test.zip!/${name}: cannot read entry (inflates to more than the ${declared} bytes the ZIP directory says)`);
      }
      const fine = got.get('small/7.js');
      assert.ok(fine && !(fine instanceof Error));
    });

    it(`names a CRC-32 that disagrees with the data, whole or streamed, ${mode}`, async () => {
      let bad = patchDirectory(zip, 'stored.bin', { crc: 0x12345678 });
      bad = patchDirectory(bad, 'big-stored.bin', { crc: 0x9abcdef0 });
      const got = await hashAll(bad, make());
      for (const [name, crc] of [['stored.bin', '12345678'], ['big-stored.bin', '9ABCDEF0']] as const) {
        const r = got.get(name);
        assert.ok(r instanceof ZipReadError, `${name}: ${JSON.stringify(r)}`);
        assert.match(r.message, new RegExp(`^test\\.zip!/${name.replace('.', '\\.')}: CRC-32 of the data is [0-9A-F]{8}, the ZIP directory says ${crc}: the entry is damaged$`));
      }
    });

    it(`answers for every entry when the file shrinks after it was opened, ${mode}`, async () => {
      const file = join(dir, `${Math.random().toString(36).slice(2)}.zip`);
      await writeFile(file, zip);
      const archive = await ZipArchive.openFile(file, 'test.zip');
      const hasher = make();
      try {
        await truncate(file, 1000);
        const measures = await archive.hashEntries(archive.entries, hasher);
        const results = archive.entries.map((e) => measures.get(e));
        assert.equal(results.length, entries.length);
        assert.ok(archive.entries.every((e) => measures.has(e)), 'every entry measured');
        const errors = results.filter((r) => r instanceof ZipReadError);
        // The first entry (a.txt, 10,000 bytes deflated) already runs past byte 1,000.
        assert.ok(errors.length >= entries.length - 1, `${errors.length} errors`);
        for (const e of errors) assert.match(e.message, /^test\.zip!\/.+: (cannot read entry \(.+\)|local file header is missing or damaged)$/);
      } finally {
        await archive.close();
        await hasher.close();
      }
    });

    it(`reports damaged deflate data as unreadable, not as a crash, ${mode}`, async () => {
      const bad = Buffer.from(zip);
      // The first byte of a.txt's deflate stream: block type bits 11 are reserved, so it cannot inflate.
      bad[dataOffset(bad, 'a.txt')] = 0xff;
      const got = await hashAll(bad, make());
      const r = got.get('a.txt');
      assert.ok(r instanceof ZipReadError, JSON.stringify(r));
      assert.match(r.message, /^test\.zip!\/a\.txt: cannot read entry \(.+\)$/);
    });
  }

  it('keeps the jobs it runs at once in the process apart, also across packages read at once', async () => {
    // A streamed entry's read buffer is in zlib's hands between chunks: two jobs sharing one would
    // inflate each other's bytes. Two archives hashed at once on one hasher, most entries streamed.
    const hasher = new EntryHasher({ workers: 0, wholeEntryMax: 1024 });
    const files = [join(dir, 'one.zip'), join(dir, 'two.zip')];
    const archives: ZipArchive[] = [];
    try {
      for (const f of files) {
        await writeFile(f, zip);
        archives.push(await ZipArchive.openFile(f, 'test.zip'));
      }
      const results = await Promise.all(archives.map((a) => a.hashEntries(a.entries, hasher)));
      for (const [k, a] of archives.entries()) {
        for (const [i, e] of a.entries.entries()) {
          const want = entries.find((x) => x.name === e.name) as EditableEntry;
          assert.deepEqual(results[k]?.get(e), { sha256: sha(want.data), size: want.data.length }, `archive ${k + 1}, ${e.name}`);
        }
      }
    } finally {
      for (const a of archives) await a.close();
      await hasher.close();
    }
  });

  it('streams exactly the entries over wholeEntryMax, compressed or not', async () => {
    /** Counts the entries each hasher is given as streamed jobs. */
    class Recording extends EntryHasher {
      streamed = 0;
      override run<T extends HashTask>(total: number, tasks: Iterator<T>, done: (task: T, outcomes: HashOutcome[]) => void): Promise<void> {
        const next = (): IteratorResult<T> => {
          const r = tasks.next();
          if (!r.done && r.value.job.stream) this.streamed += r.value.job.items.length;
          return r;
        };
        return super.run(total, { next }, done);
      }
    }
    const file = join(dir, 'streams.zip');
    await writeFile(file, zip);
    const archive = await ZipArchive.openFile(file, 'test.zip');
    try {
      const over = (max: number): number => archive.entries.filter((e) => e.compressedSize > max || e.uncompressedSize > max).length;
      for (const max of [1024, 64 * 1024, 8 * MiB]) {
        const hasher = new Recording({ inProcessBelow: Number.MAX_SAFE_INTEGER, wholeEntryMax: max });
        await archive.hashEntries(archive.entries, hasher);
        await hasher.close();
        assert.equal(hasher.streamed, over(max), `wholeEntryMax ${max}`);
      }
      // The bounds above do not all stream the same entries: the test sees each one count.
      assert.ok(over(1024) > over(64 * 1024) && over(64 * 1024) > over(8 * MiB), `${over(1024)}, ${over(64 * 1024)}, ${over(8 * MiB)}`);
    } finally {
      await archive.close();
    }
  });

  for (const [mode, options, lanes] of [
    ['in the process', { workers: 0, wholeEntryMax: 1024 }, 2],
    ['on two workers', { workers: 2, inProcessBelow: 0, wholeEntryMax: 1024 }, 4],
  ] as const) {
    it(`makes a job only when a lane is free to run it, ${mode}`, async () => {
      // A role's jobs, made all at once, were a record and an outcome per file held to the end.
      class Watching extends EntryHasher {
        drawn = 0;
        finished = 0;
        most = 0;
        override run<T extends HashTask>(total: number, tasks: Iterator<T>, done: (task: T, outcomes: HashOutcome[]) => void): Promise<void> {
          const next = (): IteratorResult<T> => {
            const r = tasks.next();
            if (!r.done) this.most = Math.max(this.most, ++this.drawn - this.finished);
            return r;
          };
          return super.run(total, { next }, (task, outcomes) => {
            this.finished++;
            done(task, outcomes);
          });
        }
      }
      const file = join(dir, `lanes-${lanes}.zip`);
      await writeFile(file, zip);
      const archive = await ZipArchive.openFile(file, 'test.zip');
      const hasher = new Watching(options);
      try {
        const measures = await archive.hashEntries(archive.entries, hasher);
        for (const e of archive.entries) {
          const want = entries.find((x) => x.name === e.name) as EditableEntry;
          assert.deepEqual(measures.get(e), { sha256: sha(want.data), size: want.data.length }, e.name);
        }
      } finally {
        await archive.close();
        await hasher.close();
      }
      // More jobs than lanes, or the bound would hold however the jobs were made.
      assert.ok(hasher.drawn > lanes, `${hasher.drawn} jobs`);
      assert.equal(hasher.finished, hasher.drawn);
      assert.ok(hasher.most <= lanes, `${hasher.most} jobs made and not finished at once, for ${lanes} lanes`);
    });
  }
});
