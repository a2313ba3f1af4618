import { createHash } from 'node:crypto';
import { createWriteStream, read } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import type { EntryHasher, HashTask } from './entry-hasher.js';
import { EntryMeasures } from './entry-measures.js';
import type { HashItem } from './hash-job.js';
import { collectAfter } from './off-heap-garbage.js';

/** One entry of a ZIP's central directory, with its name decoded but not trusted. */
export interface ZipEntryInfo {
  /** The name as stored (UTF-8 when the flag says so, else CP437), never rewritten. */
  readonly name: string;
  readonly compressionMethod: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly encrypted: boolean;
  readonly isDirectory: boolean;
  /** Where the entry's local header is, relative to the start of its archive. */
  readonly offset: number;
  readonly crc32: number;
  /** Length of the name as stored, in bytes. */
  readonly nameLength: number;
  readonly flags: number;
  /** Where the entry's bytes must end at the latest: the next entry's header, or the end of the archive. */
  readonly limit: number;
  /** Its place in its archive's `entries`. */
  readonly index: number;
}

/** Entries whose numbers share one page of `EntryNumbers`. */
const NUMBERS_PAGE = 4096;

/**
 * The numbers of a page of directory entries, in typed arrays. As fields of an object, a CRC-32 or
 * an offset past 1 GiB does not fit V8's small integers, and once one entry's does not, every
 * entry's field of that kind is a boxed number of its own: six per entry, 96 bytes, kept as long
 * as the package is open (409,000 of them for a role of 68,000 files).
 */
class EntryNumbers {
  /** offset, compressedSize, uncompressedSize, limit of each entry. */
  readonly wide: Float64Array;
  /** crc32, flags, compressionMethod, nameLength of each entry. */
  readonly narrow: Uint32Array;

  constructor(readonly capacity: number) {
    this.wide = new Float64Array(capacity * 4);
    this.narrow = new Uint32Array(capacity * 4);
  }
}

class DirectoryEntry implements ZipEntryInfo {
  constructor(
    readonly name: string,
    private readonly numbers: EntryNumbers,
    private readonly slot: number,
    readonly index: number,
  ) {}

  get offset(): number {
    return this.numbers.wide[this.slot * 4] as number;
  }
  get compressedSize(): number {
    return this.numbers.wide[this.slot * 4 + 1] as number;
  }
  get uncompressedSize(): number {
    return this.numbers.wide[this.slot * 4 + 2] as number;
  }
  get limit(): number {
    return this.numbers.wide[this.slot * 4 + 3] as number;
  }
  /** Set once, by `setLimits`, before the archive hands its entries out. */
  setLimit(limit: number): void {
    this.numbers.wide[this.slot * 4 + 3] = limit;
  }
  get crc32(): number {
    return this.numbers.narrow[this.slot * 4] as number;
  }
  get flags(): number {
    return this.numbers.narrow[this.slot * 4 + 1] as number;
  }
  get compressionMethod(): number {
    return this.numbers.narrow[this.slot * 4 + 2] as number;
  }
  get nameLength(): number {
    return this.numbers.narrow[this.slot * 4 + 3] as number;
  }
  get encrypted(): boolean {
    return (this.flags & 0x1) !== 0;
  }
  get isDirectory(): boolean {
    return this.name.endsWith('/');
  }
}

/**
 * Reads a byte range of an open file as if it were a whole file. Nested packages that are stored
 * (not deflated) inside the outer ZIP are read in place this way, without copying them out.
 */
class FileRangeReader extends yauzl.RandomAccessReader {
  /**
   * yauzl reads the central directory one record at a time, two small reads per entry; from the
   * file that is thousands of round trips for a role of thousands of files (seconds, for a
   * directory that is a few megabytes). Small reads are served from a window read ahead instead.
   */
  private window: { start: number; data: Buffer } | undefined;

  constructor(
    private readonly fd: number,
    private readonly base: number,
    private readonly size: number,
  ) {
    super();
  }

  // yauzl's own read() builds two streams per call; small reads skip them.
  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    if (length > SMALL_READ) {
      super.read(buffer, offset, length, position, callback);
      return;
    }
    this.small(position, position + length).then(
      (b) => {
        b.copy(buffer, offset);
        callback(null);
      },
      (err: Error) => callback(err),
    );
  }

  override _readStreamForRange(start: number, end: number): Readable {
    if (end - start > SMALL_READ) return new RangeStream(this.fd, this.base + start, this.base + end);
    return new WindowStream(this, start, end);
  }

  /** The bytes of [start, end), from the window, reading a new window first when needed. */
  async small(start: number, end: number): Promise<Buffer> {
    const win = await this.windowOver(start, end);
    return win.data.subarray(start - win.start, end - win.start);
  }

  /** The read-ahead window, read anew from `start` unless it already holds [start, end). */
  async windowOver(start: number, end: number): Promise<{ readonly start: number; readonly data: Buffer }> {
    const w = this.window;
    if (w && start >= w.start && end <= w.start + w.data.length) return w;
    const length = Math.min(READ_AHEAD, this.size - start);
    const data = Buffer.allocUnsafe(Math.max(0, length));
    let got = 0;
    while (got < data.length) {
      const bytesRead = await new Promise<number>((resolve, reject) =>
        read(this.fd, data, got, data.length - got, this.base + start + got, (err, n) => (err ? reject(err) : resolve(n))),
      );
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    const win = { start, data: data.subarray(0, got) };
    this.window = win;
    if (end > start + got) throw new Error('file ends before the ZIP data does');
    return win;
  }

  override close(callback: (err: Error | null) => void): void {
    this.window = undefined;
    setImmediate(() => callback(null));
  }
}

const SMALL_READ = 64 * 1024;
const READ_AHEAD = 1024 * 1024;

class WindowStream extends Readable {
  private started = false;

  constructor(
    private readonly reader: FileRangeReader,
    private readonly start: number,
    private readonly end: number,
  ) {
    super();
  }

  override _read(): void {
    if (this.started) return;
    this.started = true;
    this.reader.small(this.start, this.end).then(
      (b) => {
        // A copy: yauzl may keep what it reads, and the window is reused.
        this.push(Buffer.from(b));
        this.push(null);
      },
      (err: Error) => this.destroy(err),
    );
  }
}

/**
 * Positional reads from a descriptor the caller owns. (fs.ReadStream closes a borrowed descriptor
 * when destroyed, even with autoClose off, and yauzl destroys streams it has finished with.)
 */
class RangeStream extends Readable {
  constructor(
    private readonly fd: number,
    private pos: number,
    private readonly end: number,
  ) {
    super();
  }

  override _read(size: number): void {
    const length = Math.min(Math.max(size, 64 * 1024), this.end - this.pos);
    if (length <= 0) {
      this.push(null);
      return;
    }
    read(this.fd, Buffer.allocUnsafe(length), 0, length, this.pos, (err, bytesRead, buffer) => {
      if (err) this.destroy(err);
      else if (bytesRead === 0) this.destroy(new Error('file ends before the ZIP data does'));
      else {
        this.pos += bytesRead;
        this.push(buffer.subarray(0, bytesRead));
      }
    });
  }
}

const CP437_HIGH =
  'ÇüéâäàåçêëèïîÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/** The name stored in `bytes[start, end)`, UTF-8 when `flags` say so, else CP437. */
function decodeName(bytes: Buffer, start: number, end: number, flags: number): string {
  if ((flags & 0x800) !== 0) return bytes.toString('utf8', start, end);
  let ascii = true;
  for (let i = start; i < end && ascii; i++) ascii = (bytes[i] as number) < 0x80;
  // One flat string: a name built a character at a time is a chain of concatenations, kept as long
  // as the entry is (over a kilobyte for a name of 70 characters).
  if (ascii) return bytes.toString('latin1', start, end);
  return Array.from(bytes.subarray(start, end), (b) => (b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80])).join('');
}

/** Thrown for a ZIP that cannot be read at all; the message names the file. */
export class ZipReadError extends Error {}

/**
 * A ZIP archive opened for reading: the central directory is read once; entry data is streamed on
 * demand. Works on a whole file or, for a nested package, on a byte range of its parent's file.
 */
export class ZipArchive {
  private measured: EntryMeasures | undefined;

  private constructor(
    /** Display name used in messages, e.g. `app.cspkg` or `app.cspkg!/WebRole1_….cssx`. */
    readonly label: string,
    private readonly zip: yauzl.ZipFile,
    private readonly handle: FileHandle,
    private readonly base: number,
    readonly entries: ZipEntryInfo[],
    private readonly cleanup: (() => Promise<void>) | undefined,
    /** The file the archive's bytes are in (its parent's, for a stored nested package). */
    private readonly path: string,
  ) {}

  static async openFile(path: string, label: string = path): Promise<ZipArchive> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      return await ZipArchive.fromRange(handle, path, 0, size, label, async () => handle.close());
    } catch (e) {
      await handle.close().catch(() => undefined);
      throw e;
    }
  }

  private static async fromRange(
    handle: FileHandle,
    path: string,
    base: number,
    size: number,
    label: string,
    cleanup: (() => Promise<void>) | undefined,
  ): Promise<ZipArchive> {
    const reader = new FileRangeReader(handle.fd, base, size);
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
      });
    } catch (e) {
      throw new ZipReadError(`${label}: not a readable ZIP file (${(e as Error).message})`);
    }
    // The offset of the directory yauzl found (typed as a boolean in @types/yauzl, wrongly).
    const directory = (zip as unknown as { readEntryCursor: number }).readEntryCursor;
    const entries = await readCentralDirectory(reader, directory, zip.entryCount, label).catch((e: unknown) => {
      zip.close();
      throw e;
    });
    // Both checks below walk the entries in file order: one ordering serves them.
    const inOrder = inFileOrder(entries);
    const shared = overlapping(inOrder);
    if (shared) {
      zip.close();
      throw new ZipReadError(`${label}: entries ${shared[0].name} and ${shared[1].name} share bytes: a zip bomb (one compressed block listed many times) or a damaged directory`);
    }
    setLimits(inOrder, size);
    return new ZipArchive(label, zip, handle, base, entries, cleanup, path);
  }

  /**
   * Opens a ZIP stored inside this one. A stored entry is read in place; a deflated one is first
   * inflated into `tempDir` (refused above `maxInflated` bytes).
   */
  async openNested(entry: ZipEntryInfo, tempDir: string, maxInflated: number): Promise<ZipArchive> {
    const label = `${this.label}!/${entry.name}`;
    if (entry.encrypted) throw new ZipReadError(`${label}: entry is encrypted`);
    if (entry.compressionMethod === 0) {
      const dataStart = await this.dataStart(entry);
      return ZipArchive.fromRange(this.handle, this.path, this.base + dataStart, entry.compressedSize, label, undefined);
    }
    if (entry.uncompressedSize > maxInflated) {
      throw new ZipReadError(`${label}: nested package of ${entry.uncompressedSize} bytes is over the ${maxInflated}-byte limit`);
    }
    const tmp = join(tempDir, `nested-${createHash('sha256').update(label).digest('hex').slice(0, 16)}.zip`);
    await pipeline(await this.openStream(entry), createWriteStream(tmp));
    const handle = await open(tmp, 'r');
    try {
      const { size } = await handle.stat();
      return await ZipArchive.fromRange(handle, tmp, 0, size, label, async () => handle.close());
    } catch (e) {
      // Not a ZIP after all: nothing will close this handle later.
      await handle.close().catch(() => undefined);
      throw e;
    }
  }

  /** Where the entry's data starts, read from its local header (its extra field may differ from the central one). */
  private async dataStart(entry: ZipEntryInfo): Promise<number> {
    const header = Buffer.alloc(30);
    const at = entry.offset;
    const { bytesRead } = await this.handle.read(header, 0, 30, this.base + at);
    if (bytesRead !== 30 || header.readUInt32LE(0) !== 0x04034b50) {
      throw new ZipReadError(`${this.label}!/${entry.name}: local file header is missing or damaged`);
    }
    return at + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  async openStream(entry: ZipEntryInfo): Promise<Readable> {
    try {
      // yauzl's own record of the entry is not kept (a role of tens of thousands of files would hold
      // tens of megabytes of them); what opening the data reads of it is rebuilt here.
      const raw = Object.assign(new yauzl.Entry(), {
        relativeOffsetOfLocalHeader: entry.offset,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        compressionMethod: entry.compressionMethod,
        generalPurposeBitFlag: entry.flags,
        crc32: entry.crc32,
      });
      return await this.zip.openReadStreamPromise(raw);
    } catch (e) {
      throw new ZipReadError(`${this.label}!/${entry.name}: cannot read entry (${(e as Error).message})`);
    }
  }

  /** Reads a small entry whole; larger than `max` bytes is refused, never truncated. */
  async readBytes(entry: ZipEntryInfo, max: number): Promise<Buffer> {
    if (entry.uncompressedSize > max) {
      throw new ZipReadError(`${this.label}!/${entry.name}: ${entry.uncompressedSize} bytes is over the ${max}-byte limit for this part`);
    }
    const chunks: Buffer[] = [];
    const stream = await this.openStream(entry);
    try {
      for await (const chunk of stream) chunks.push(chunk as Buffer);
    } catch (e) {
      throw new ZipReadError(`${this.label}!/${entry.name}: cannot read entry (${(e as Error).message})`);
    }
    return Buffer.concat(chunks);
  }

  /** What `hashEntries` has measured of this archive's entries so far. */
  get measures(): EntryMeasures {
    this.measured ??= new EntryMeasures(this.entries.length);
    return this.measured;
  }

  /**
   * Measures the given entries into `measures`, which it returns: each entry's SHA-256 and length,
   * or, for a CRC-32 that disagrees or data that cannot be read, a ZipReadError. Neighbouring small
   * entries are read together; the work is spread over `hasher`'s workers.
   */
  async hashEntries(entries: readonly ZipEntryInfo[], hasher: EntryHasher): Promise<EntryMeasures> {
    const measures = this.measures;
    const fail = (e: ZipEntryInfo, message: string): void => {
      measures.setError(e, new ZipReadError(`${this.label}!/${e.name}: ${message}`));
    };
    const order: ZipEntryInfo[] = [];
    let total = 0;
    for (const e of entries) {
      if (e.encrypted) fail(e, 'cannot read entry (it is encrypted)');
      else if (e.compressionMethod !== 0 && e.compressionMethod !== 8) fail(e, `cannot read entry (compression method ${e.compressionMethod} is neither stored nor deflate)`);
      else if (e.compressionMethod === 0 && e.compressedSize !== e.uncompressedSize) fail(e, `cannot read entry (stored with ${e.compressedSize} bytes, the ZIP directory says ${e.uncompressedSize} uncompressed)`);
      else if (e.limit < e.offset + 30) fail(e, 'local file header is missing or damaged');
      else {
        order.push(e);
        total += e.compressedSize + e.uncompressedSize;
      }
    }
    // The directory was just read and its entries checked: V8 may hold that garbage while the
    // hashing takes new pages.
    if (hasher.boundMemory) collectAfter(order.length);
    await hasher.run(total, this.hashTasks(inFileOrder(order), hasher.wholeEntryMax), (task, outcomes) => {
      // An index loop: outside optimized code, `entries()` makes a pair and a result
      // object per entry, megabytes for a large role.
      for (let k = 0; k < task.entries.length; k++) {
        const e = task.entries[k] as ZipEntryInfo;
        const o = outcomes[k];
        if (!o) fail(e, 'cannot read entry (no answer for it)');
        else if ('sha256' in o) measures.setHash(e, o.sha256, o.size);
        else if (o.crcMismatch) fail(e, `CRC-32 of the data is ${hex8(o.crcMismatch.actual)}, the ZIP directory says ${hex8(e.crc32)}: the entry is damaged`);
        else fail(e, o.error);
      }
    });
    return measures;
  }

  /**
   * The hash jobs for entries in file order, made one at a time as the hasher draws them: runs of
   * neighbouring small entries, read in one piece, and each large entry on its own, streamed.
   */
  private *hashTasks(order: readonly ZipEntryInfo[], wholeEntryMax: number): Generator<HashTask & { readonly entries: ZipEntryInfo[] }> {
    let batch: { items: HashItem[]; entries: ZipEntryInfo[]; bytes: number } | undefined;
    const task = (b: { items: HashItem[]; entries: ZipEntryInfo[]; bytes: number }, stream: boolean): HashTask & { entries: ZipEntryInfo[] } => ({
      job: { path: this.path, items: b.items, stream },
      bytes: b.bytes,
      entries: b.entries,
    });
    for (const e of order) {
      const item: HashItem = {
        offset: this.base + e.offset,
        limit: this.base + e.limit,
        method: e.compressionMethod,
        compressedSize: e.compressedSize,
        uncompressedSize: e.uncompressedSize,
        crc: e.crc32,
      };
      const bytes = e.compressedSize + e.uncompressedSize;
      if (e.compressedSize > wholeEntryMax || e.uncompressedSize > wholeEntryMax) {
        if (batch) yield task(batch, false);
        batch = undefined;
        yield task({ items: [item], entries: [e], bytes }, true);
        continue;
      }
      // A batch is read in one piece: neighbours only, a few megabytes at most.
      const first = batch?.items[0];
      const last = batch?.items[batch.items.length - 1];
      if (batch && first && last && (item.offset - last.limit > BATCH_GAP || item.limit - first.offset > BATCH_SPAN || batch.items.length >= BATCH_ITEMS)) {
        yield task(batch, false);
        batch = undefined;
      }
      batch ??= { items: [], entries: [], bytes: 0 };
      batch.items.push(item);
      batch.entries.push(e);
      batch.bytes += bytes;
    }
    if (batch) yield task(batch, false);
  }

  async close(): Promise<void> {
    this.zip.close();
    await this.cleanup?.();
  }
}

const BATCH_SPAN = 2 * 1024 * 1024;
const BATCH_GAP = 64 * 1024;
const BATCH_ITEMS = 2048;

/**
 * Sets each entry's `limit`, where its bytes must end at the latest: the next local header, the end
 * of the archive, or as far as its header and sizes can reach (the largest name and extra field, a
 * ZIP64 data descriptor), whichever comes first. A number of the entry rather than a map beside the
 * entries: one record fewer per file. `sorted`: the entries in file order (`inFileOrder`).
 */
function setLimits(sorted: readonly DirectoryEntry[], size: number): void {
  for (let i = 0; i < sorted.length; i++) {
    const e = sorted[i] as DirectoryEntry;
    const next = sorted[i + 1]?.offset ?? size;
    const reach = e.offset + 30 + 2 * 65535 + e.compressedSize + 24;
    e.setLimit(Math.min(next, size, reach));
  }
}

/** Central directory records: a fixed part of 46 bytes, then the name, extra field and comment. */
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;

/**
 * Reads the central directory that yauzl found (from its end record) into entries, checking each
 * record as yauzl's own `readEntry` does, with its messages. Read here rather than through
 * `readEntry`: that makes an object, three buffers, a list of extra fields and two promises per
 * entry, about 30 MB of garbage for a role of 68,000 files, which V8 promoted and then kept as
 * pooled pages (verifying the 4 GiB benchmark tree's package peaked at 146 MiB as it opened the
 * role, 118 MiB without).
 */
async function readCentralDirectory(reader: FileRangeReader, start: number, count: number, label: string): Promise<DirectoryEntry[]> {
  const entries: DirectoryEntry[] = [];
  // The directory's own count sizes the first page (a small archive gets a small one); it is only
  // a claim, so pages never exceed NUMBERS_PAGE and more are added as entries really arrive.
  let numbers = new EntryNumbers(Math.max(1, Math.min(NUMBERS_PAGE, count)));
  let slot = 0;
  let cursor = start;
  let win: { readonly start: number; readonly data: Buffer } = { start: 0, data: Buffer.alloc(0) };
  const damaged = (message: string): ZipReadError => new ZipReadError(`${label}: damaged ZIP directory (${message})`);
  // The window holds any one record whole (46 bytes and three fields of at most 64 KiB each), and
  // is read anew only when the next part of a record runs past it: no promise per record.
  const load = async (from: number, to: number): Promise<void> => {
    try {
      win = await reader.windowOver(from, to);
    } catch (e) {
      throw damaged((e as Error).message);
    }
  };
  const covers = (from: number, to: number): boolean => from >= win.start && to <= win.start + win.data.length;
  for (let n = 0; n < count; n++) {
    if (!covers(cursor, cursor + 46)) await load(cursor, cursor + 46);
    let at = cursor - win.start;
    let b = win.data;
    const signature = b.readUInt32LE(at);
    if (signature !== CENTRAL_HEADER) throw damaged(`invalid central directory file header signature: 0x${signature.toString(16)}`);
    const flags = b.readUInt16LE(at + 8);
    const method = b.readUInt16LE(at + 10);
    const crc = b.readUInt32LE(at + 16);
    let compressedSize = b.readUInt32LE(at + 20);
    let uncompressedSize = b.readUInt32LE(at + 24);
    const nameLength = b.readUInt16LE(at + 28);
    const extraLength = b.readUInt16LE(at + 30);
    const commentLength = b.readUInt16LE(at + 32);
    let offset = b.readUInt32LE(at + 42);
    if (flags & 0x40) throw damaged('strong encryption is not supported');
    cursor += 46;
    const fieldsEnd = cursor + nameLength + extraLength + commentLength;
    if (!covers(cursor, fieldsEnd)) await load(cursor, fieldsEnd);
    at = cursor - win.start;
    b = win.data;
    cursor = fieldsEnd;
    // Every extra field is checked, then the first ZIP64 one read, as yauzl does.
    const extraStart = at + nameLength;
    const extraEnd = extraStart + extraLength;
    let zip64 = -1;
    let zip64End = -1;
    for (let i = extraStart; i < extraEnd - 3; ) {
      const id = b.readUInt16LE(i);
      const dataEnd = i + 4 + b.readUInt16LE(i + 2);
      if (dataEnd > extraEnd) throw damaged('extra field length exceeds extra field buffer size');
      if (id === ZIP64_EXTRA && zip64 < 0) {
        zip64 = i + 4;
        zip64End = dataEnd;
      }
      i = dataEnd;
    }
    if (zip64 >= 0) {
      const read64 = (what: string): number => {
        if (zip64 + 8 > zip64End) throw damaged(`zip64 extended information extra field does not include ${what}`);
        const v = b.readUInt32LE(zip64 + 4) * 0x100000000 + b.readUInt32LE(zip64);
        zip64 += 8;
        return v;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = read64('uncompressed size');
      if (compressedSize === 0xffffffff) compressedSize = read64('compressed size');
      if (offset === 0xffffffff) offset = read64('relative header offset');
    }
    // Traditional encryption puts a 12-byte header before stored data.
    if (method === 0 && compressedSize !== uncompressedSize + (flags & 0x1 ? 12 : 0)) {
      throw damaged(`compressed/uncompressed size mismatch for stored file: ${compressedSize} != ${uncompressedSize}`);
    }
    if (slot === numbers.capacity) {
      numbers = new EntryNumbers(NUMBERS_PAGE);
      slot = 0;
    }
    const { wide, narrow } = numbers;
    wide[slot * 4] = offset;
    wide[slot * 4 + 1] = compressedSize;
    wide[slot * 4 + 2] = uncompressedSize;
    narrow[slot * 4] = crc;
    narrow[slot * 4 + 1] = flags;
    narrow[slot * 4 + 2] = method;
    narrow[slot * 4 + 3] = nameLength;
    entries.push(new DirectoryEntry(decodeName(b, at, at + nameLength, flags), numbers, slot++, entries.length));
  }
  return entries;
}

/**
 * The entries in the order of their data in the file, as a stable sort by offset would put them.
 * Writers list entries in that order, so the directory's own order is returned when it is that
 * already, unsorted: a sort compares each entry about 17 times for 68,000 of them, and an offset
 * past 2^30 is a new heap number each time it is read outside optimized code. Opening a role sorted
 * its entries three times.
 */
export function inFileOrder<T extends { readonly offset: number }>(entries: readonly T[]): readonly T[] {
  for (let i = 1; i < entries.length; i++) {
    if ((entries[i] as T).offset < (entries[i - 1] as T).offset) return [...entries].sort((a, b) => a.offset - b.offset);
  }
  return entries;
}

/**
 * Two entries whose bytes overlap, if any. In a real ZIP each byte belongs to one entry; an
 * overlapping-entries bomb lists one small compressed block thousands of times, and every check
 * that reads each entry would then inflate it thousands of times. `sorted`: the entries in file
 * order (`inFileOrder`).
 */
function overlapping(sorted: readonly ZipEntryInfo[]): [ZipEntryInfo, ZipEntryInfo] | undefined {
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as ZipEntryInfo;
    const cur = sorted[i] as ZipEntryInfo;
    // At least the fixed local header, the name and the data come before the next entry.
    const end = prev.offset + 30 + prev.nameLength + prev.compressedSize;
    if (cur.offset < end) return [prev, cur];
  }
  return undefined;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
