import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';

/**
 * A ZIP writer laid out record for record as yazl writes (what the packager used before it
 * compressed on several threads): UTF-8 names, data descriptors for streamed entries, an Info-ZIP
 * `UT` time in the central directory, ZIP64 where a size or offset needs it or when forced. The
 * caller supplies entry data already compressed, so compression can run anywhere.
 */

/** Where the bytes go; everything written is hashed and counted on the way. */
export abstract class ByteSink {
  private readonly hash: Hash = createHash('sha256');
  size = 0;

  /** May return a promise when the caller should wait before writing more. */
  write(data: Buffer): Promise<void> | undefined {
    this.hashAndCount(data);
    return this.put(data);
  }

  protected hashAndCount(data: Buffer): void {
    this.hash.update(data);
    this.size += data.length;
  }

  protected abstract put(data: Buffer): Promise<void> | undefined;

  /**
   * Writes bytes in an ArrayBuffer of their own that nothing else will read: the sink may free that
   * memory as soon as they are written.
   */
  writeOwned(data: Buffer): Promise<void> | undefined {
    return this.write(data);
  }

  /** Writes bytes the caller reuses as soon as the promise settles: nothing may keep a reference. */
  writeTransient(data: Buffer): Promise<void> {
    return this.write(Buffer.from(data)) ?? Promise.resolve();
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** Collects the output in memory: for the small nested packages. */
export class MemorySink extends ByteSink {
  private readonly chunks: Buffer[] = [];

  protected put(data: Buffer): undefined {
    this.chunks.push(data);
    return undefined;
  }

  contents(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

/** Writes to a new file (never an existing one), a megabyte at a time. */
export class FileSink extends ByteSink {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** Memory of chunks to free once written (see `writeOwned`). */
  private owned: ArrayBuffer[] = [];

  private constructor(private readonly fh: FileHandle) {
    super();
  }

  static async create(path: string): Promise<FileSink> {
    return new FileSink(await open(path, 'wx'));
  }

  protected put(data: Buffer): Promise<void> | undefined {
    this.chunks.push(data);
    this.buffered += data.length;
    return this.buffered >= 1024 * 1024 ? this.flush() : undefined;
  }

  /**
   * A compressed block waits for its turn long enough to outlive two young-generation collections,
   * and an old-generation object is collected only when V8 next runs a full collection: until
   * then the megabyte outside the heap that it holds stays taken. Detaching its ArrayBuffer once
   * it is on disk frees that memory at once.
   */
  override writeOwned(data: Buffer): Promise<void> | undefined {
    this.owned.push(data.buffer as ArrayBuffer);
    return this.write(data);
  }

  override async writeTransient(data: Buffer): Promise<void> {
    await this.flush();
    this.hashAndCount(data);
    let at = 0;
    while (at < data.length) at += (await this.fh.write(data, at, data.length - at)).bytesWritten;
  }

  private async flush(): Promise<void> {
    const chunks = this.chunks;
    const owned = this.owned;
    this.chunks = [];
    this.owned = [];
    this.buffered = 0;
    if (chunks.length) await this.fh.writev(chunks);
    for (const ab of owned) detach(ab);
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.fh.close();
    }
  }

  /** Closes without caring about what is left to write (the file is being thrown away). */
  async abandon(): Promise<void> {
    await this.fh.close().catch(() => undefined);
  }
}

/** Frees an ArrayBuffer's memory now (a Node without `transfer` leaves it to the collector). */
function detach(ab: ArrayBuffer): void {
  (ab as { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
}

export const STORED = 0;
export const DEFLATED = 8;

export interface ZipWriterOptions {
  /** Milliseconds since 1970: every entry's time. */
  readonly time: number;
  readonly forceZip64?: boolean;
  /** Unix mode in the external attributes. */
  readonly mode?: number;
}

/** One entry's central-directory record, read back from the table; its name stays there (`copyName`). */
interface Record {
  index: number;
  nameLength: number;
  method: number;
  known: boolean;
  offset: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
}

function emptyRecord(): Record {
  return { index: 0, nameLength: 0, method: 0, known: false, offset: 0, crc: 0, compressedSize: 0, uncompressedSize: 0 };
}

/**
 * Every entry's record until the central directory is written: numbers in pages of a typed array
 * and names in pages of a buffer. A role of tens of thousands of files held an object and a Buffer
 * per entry, about 200 bytes each beyond the name; one array and one buffer grown by doubling held
 * up to twice what they needed, and left the sizes they outgrew as holes in the malloc arena.
 */
class RecordTable {
  private static readonly FIELDS = 8;
  private static readonly PAGE_RECORDS = 4096;
  private static readonly NAME_PAGE = 256 * 1024;
  private readonly pages: Float64Array[] = [];
  private readonly namePages: Buffer[] = [];
  private nameAt = 0;
  count = 0;

  /** Adds a record; returns its index. */
  push(name: string, method: number, known: boolean, offset: number, crc: number, compressedSize: number, uncompressedSize: number): number {
    const length = Buffer.byteLength(name);
    let names = this.namePages[this.namePages.length - 1];
    if (!names || this.nameAt + length > names.length) {
      names = Buffer.allocUnsafe(Math.max(RecordTable.NAME_PAGE, length));
      this.namePages.push(names);
      this.nameAt = 0;
    }
    names.write(name, this.nameAt, 'utf8');
    const i = this.count++;
    if (i % RecordTable.PAGE_RECORDS === 0) this.pages.push(new Float64Array(RecordTable.FIELDS * RecordTable.PAGE_RECORDS));
    const [numbers, at] = this.slot(i);
    numbers.set([this.namePages.length - 1, this.nameAt, length, method + (known ? 0x10000 : 0), offset, crc, compressedSize, uncompressedSize], at);
    this.nameAt += length;
    return i;
  }

  /** The page holding record `i`, and where in it the record starts. */
  private slot(i: number): [Float64Array, number] {
    return [this.pages[Math.floor(i / RecordTable.PAGE_RECORDS)] as Float64Array, (i % RecordTable.PAGE_RECORDS) * RecordTable.FIELDS];
  }

  /**
   * Record `i`, into `into` when given: the central directory reads every record in one loop, where
   * an object and a view of the name for each were 136,000 objects of garbage for a role of 68,000
   * files, made faster than young collections run.
   */
  get(i: number, into?: Record): Record {
    const [n, at] = this.slot(i);
    const flags = n[at + 3] as number;
    const r = into ?? emptyRecord();
    r.index = i;
    r.nameLength = n[at + 2] as number;
    r.method = flags & 0xffff;
    r.known = flags >= 0x10000;
    r.offset = n[at + 4] as number;
    r.crc = n[at + 5] as number;
    r.compressedSize = n[at + 6] as number;
    r.uncompressedSize = n[at + 7] as number;
    return r;
  }

  /** Copies record `r`'s name into `target` at `at`. */
  copyName(r: Record, target: Buffer, at: number): void {
    const [n, slot] = this.slot(r.index);
    const start = n[slot + 1] as number;
    (this.namePages[n[slot] as number] as Buffer).copy(target, at, start, start + r.nameLength);
  }

  addCompressed(i: number, bytes: number): void {
    const [n, at] = this.slot(i);
    n[at + 6] = (n[at + 6] as number) + bytes;
  }

  setEnd(i: number, crc: number, uncompressedSize: number): void {
    const [n, at] = this.slot(i);
    n[at + 5] = crc;
    n[at + 7] = uncompressedSize;
  }
}

const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;
const VERSION_MADE_BY = (3 << 8) | 63;
const UTF8 = 1 << 11;
const DESCRIPTOR = 1 << 3;
const MAX32 = 0xfffffffe;

function u64(b: Buffer, n: number, at: number): void {
  b.writeUInt32LE(n % 0x100000000, at);
  b.writeUInt32LE(Math.floor(n / 0x100000000), at + 4);
}

/** DOS date and time of a UTC instant (a time zone would make the bytes depend on the machine). */
function dosDateTime(ms: number): { date: number; time: number } {
  const min = Date.UTC(1980, 0, 1);
  const max = Date.UTC(2107, 11, 31, 23, 59, 58);
  const d = new Date(Math.min(Math.max(ms, min), max));
  return {
    date: (d.getUTCDate() & 0x1f) | (((d.getUTCMonth() + 1) & 0xf) << 5) | (((d.getUTCFullYear() - 1980) & 0x7f) << 9),
    time: Math.floor(d.getUTCSeconds() / 2) | ((d.getUTCMinutes() & 0x3f) << 5) | ((d.getUTCHours() & 0x1f) << 11),
  };
}

/** An entry whose sizes are known once its data is written: closed with `end`. */
export interface OpenEntry {
  readonly index: number;
}

export class ZipWriter {
  private readonly records = new RecordTable();
  private readonly dos: { date: number; time: number };
  private readonly unixTime: number;
  private readonly attributes: number;

  constructor(
    private readonly sink: ByteSink,
    private readonly options: ZipWriterOptions,
  ) {
    this.dos = dosDateTime(options.time);
    this.unixTime = Math.min(Math.max(Math.floor(options.time / 1000), -0x80000000), 0x7fffffff);
    this.attributes = ((options.mode ?? 0o100644) << 16) >>> 0;
  }

  private zip64(r: Record): boolean {
    return this.options.forceZip64 === true || r.uncompressedSize > MAX32 || r.compressedSize > MAX32 || r.offset > MAX32;
  }

  private localHeader(r: Record): Buffer {
    const h = Buffer.alloc(30 + r.nameLength);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(VERSION_NEEDED, 4);
    h.writeUInt16LE(r.known ? UTF8 : UTF8 | DESCRIPTOR, 6);
    h.writeUInt16LE(r.method, 8);
    h.writeUInt16LE(this.dos.time, 10);
    h.writeUInt16LE(this.dos.date, 12);
    if (r.known) {
      h.writeUInt32LE(r.crc >>> 0, 14);
      h.writeUInt32LE(r.compressedSize >>> 0, 18);
      h.writeUInt32LE(r.uncompressedSize >>> 0, 22);
    }
    h.writeUInt16LE(r.nameLength, 26);
    this.records.copyName(r, h, 30);
    return h;
  }

  /** A whole entry from data already compressed with `method`; sizes go in the local header. */
  add(name: string, method: number, data: Buffer, crc: number, uncompressedSize: number): Promise<void> | undefined {
    const i = this.records.push(name, method, true, this.sink.size, crc, data.length, uncompressedSize);
    this.sink.write(this.localHeader(this.records.get(i)));
    return this.sink.write(data);
  }

  /** Starts a streamed entry: write its data with `data`, then `end` it. */
  begin(name: string, method: number): OpenEntry & { readonly pending: Promise<void> | undefined } {
    const index = this.records.push(name, method, false, this.sink.size, 0, 0, 0);
    return { index, pending: this.sink.write(this.localHeader(this.records.get(index))) };
  }

  /** `owned`: the chunk is alone in its ArrayBuffer and nobody reads it after (`writeOwned`). */
  data(entry: OpenEntry, chunk: Buffer, owned = false): Promise<void> | undefined {
    this.records.addCompressed(entry.index, chunk.length);
    return owned ? this.sink.writeOwned(chunk) : this.sink.write(chunk);
  }

  /** Like `data`, for a buffer the caller reuses once the promise settles. */
  dataTransient(entry: OpenEntry, chunk: Buffer): Promise<void> {
    this.records.addCompressed(entry.index, chunk.length);
    return this.sink.writeTransient(chunk);
  }

  end(entry: OpenEntry, crc: number, uncompressedSize: number): Promise<void> | undefined {
    this.records.setEnd(entry.index, crc >>> 0, uncompressedSize);
    const r = this.records.get(entry.index);
    let d: Buffer;
    if (this.zip64(r)) {
      d = Buffer.alloc(24);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(r.crc, 4);
      u64(d, r.compressedSize, 8);
      u64(d, r.uncompressedSize, 16);
    } else {
      d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(r.crc, 4);
      d.writeUInt32LE(r.compressedSize, 8);
      d.writeUInt32LE(r.uncompressedSize, 12);
    }
    return this.sink.write(d);
  }

  /**
   * The central directory and end records. Records are laid out one after another in blocks of a
   * megabyte: three small buffers per record were a quarter of a million objects for a role of
   * 68,000 files, kept (and promoted by the collector) until the sink had a megabyte to write.
   */
  async finish(): Promise<void> {
    const start = this.sink.size;
    const BLOCK = 1024 * 1024;
    let block = Buffer.allocUnsafe(BLOCK);
    let at = 0;
    const r = emptyRecord();
    for (let i = 0; i < this.records.count; i++) {
      this.records.get(i, r);
      const z = this.zip64(r);
      const extraLength = 9 + (z ? 28 : 0);
      const length = 46 + r.nameLength + extraLength;
      if (at + length > block.length) {
        // A block is its own ArrayBuffer (larger than Buffer's pool) and not touched after: freed once written.
        if (at > 0) await this.sink.writeOwned(block.subarray(0, at));
        block = Buffer.allocUnsafe(Math.max(BLOCK, length));
        at = 0;
      }
      // Written at offsets into the block, with no view of each record: a view is an object too.
      block.fill(0, at, at + length);
      block.writeUInt32LE(0x02014b50, at);
      block.writeUInt16LE(VERSION_MADE_BY, at + 4);
      block.writeUInt16LE(z ? VERSION_NEEDED_ZIP64 : VERSION_NEEDED, at + 6);
      block.writeUInt16LE(r.known ? UTF8 : UTF8 | DESCRIPTOR, at + 8);
      block.writeUInt16LE(r.method, at + 10);
      block.writeUInt16LE(this.dos.time, at + 12);
      block.writeUInt16LE(this.dos.date, at + 14);
      block.writeUInt32LE(r.crc >>> 0, at + 16);
      block.writeUInt32LE(z ? 0xffffffff : r.compressedSize, at + 20);
      block.writeUInt32LE(z ? 0xffffffff : r.uncompressedSize, at + 24);
      block.writeUInt16LE(r.nameLength, at + 28);
      block.writeUInt16LE(extraLength, at + 30);
      block.writeUInt32LE(this.attributes, at + 38);
      block.writeUInt32LE(z ? 0xffffffff : r.offset, at + 42);
      this.records.copyName(r, block, at + 46);
      const extra = at + 46 + r.nameLength;
      block.writeUInt16LE(0x5455, extra);
      block.writeUInt16LE(5, extra + 2);
      // mtime and atime flags, as Info-ZIP writes, with only the mtime present (central form).
      block.writeUInt8(3, extra + 4);
      block.writeInt32LE(this.unixTime, extra + 5);
      if (z) {
        block.writeUInt16LE(0x0001, extra + 9);
        block.writeUInt16LE(24, extra + 11);
        u64(block, r.uncompressedSize, extra + 13);
        u64(block, r.compressedSize, extra + 21);
        u64(block, r.offset, extra + 29);
      }
      at += length;
    }
    if (at > 0) await this.sink.writeOwned(block.subarray(0, at));
    const end = this.sink.size;
    const size = end - start;
    const force = this.options.forceZip64 === true;
    const count = this.records.count;
    const needs64 = force || count >= 0xffff || size >= 0xffffffff || start >= 0xffffffff;
    if (needs64) {
      const z = Buffer.alloc(56 + 20);
      z.writeUInt32LE(0x06064b50, 0);
      u64(z, 44, 4);
      z.writeUInt16LE(VERSION_MADE_BY, 12);
      z.writeUInt16LE(VERSION_NEEDED_ZIP64, 14);
      u64(z, count, 24);
      u64(z, count, 32);
      u64(z, size, 40);
      u64(z, start, 48);
      z.writeUInt32LE(0x07064b50, 56);
      u64(z, end, 64);
      z.writeUInt32LE(1, 72);
      await this.sink.write(z);
    }
    const e = Buffer.alloc(22);
    e.writeUInt32LE(0x06054b50, 0);
    const shortCount = force || count >= 0xffff ? 0xffff : count;
    e.writeUInt16LE(shortCount, 8);
    e.writeUInt16LE(shortCount, 10);
    e.writeUInt32LE(force || size >= 0xffffffff ? 0xffffffff : size, 12);
    e.writeUInt32LE(force || start >= 0xffffffff ? 0xffffffff : start, 16);
    await this.sink.write(e);
  }
}
