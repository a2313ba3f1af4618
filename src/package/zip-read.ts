import { createHash } from 'node:crypto';
import { createWriteStream, read } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';

/** One entry of a ZIP's central directory, with its name decoded but not trusted. */
export interface ZipEntryInfo {
  /** The name as stored (UTF-8 when the flag says so, else CP437), never rewritten. */
  readonly name: string;
  readonly compressionMethod: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly encrypted: boolean;
  readonly isDirectory: boolean;
  /** yauzl's record, for opening the data. */
  readonly raw: yauzl.Entry;
}

/**
 * Reads a byte range of an open file as if it were a whole file. Nested packages that are stored
 * (not deflated) inside the outer ZIP are read in place this way, without copying them out.
 */
class FileRangeReader extends yauzl.RandomAccessReader {
  constructor(
    private readonly fd: number,
    private readonly base: number,
  ) {
    super();
  }

  override _readStreamForRange(start: number, end: number): Readable {
    return new RangeStream(this.fd, this.base + start, this.base + end);
  }

  override close(callback: (err: Error | null) => void): void {
    setImmediate(() => callback(null));
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

function decodeName(entry: yauzl.Entry): string {
  const raw = entry.fileNameRaw;
  if ((entry.generalPurposeBitFlag & 0x800) !== 0) return raw.toString('utf8');
  let out = '';
  for (const b of raw) out += b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80];
  return out;
}

/** Thrown for a ZIP that cannot be read at all; the message names the file. */
export class ZipReadError extends Error {}

/**
 * A ZIP archive opened for reading: the central directory is read once; entry data is streamed on
 * demand. Works on a whole file or, for a nested package, on a byte range of its parent's file.
 */
export class ZipArchive {
  private constructor(
    /** Display name used in messages, e.g. `app.cspkg` or `app.cspkg!/WebRole1_….cssx`. */
    readonly label: string,
    private readonly zip: yauzl.ZipFile,
    private readonly handle: FileHandle,
    private readonly base: number,
    readonly entries: ZipEntryInfo[],
    private readonly cleanup: (() => Promise<void>) | undefined,
  ) {}

  static async openFile(path: string, label: string = path): Promise<ZipArchive> {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      return await ZipArchive.fromRange(handle, 0, size, label, async () => handle.close());
    } catch (e) {
      await handle.close().catch(() => undefined);
      throw e;
    }
  }

  private static async fromRange(
    handle: FileHandle,
    base: number,
    size: number,
    label: string,
    cleanup: (() => Promise<void>) | undefined,
  ): Promise<ZipArchive> {
    let zip: yauzl.ZipFile;
    try {
      zip = await yauzl.fromRandomAccessReaderPromise(new FileRangeReader(handle.fd, base), size, {
        lazyEntries: true,
        autoClose: false,
        decodeStrings: false,
        validateEntrySizes: true,
      });
    } catch (e) {
      throw new ZipReadError(`${label}: not a readable ZIP file (${(e as Error).message})`);
    }
    const entries = await readCentralDirectory(zip, label);
    return new ZipArchive(label, zip, handle, base, entries, cleanup);
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
      return ZipArchive.fromRange(this.handle, this.base + dataStart, entry.compressedSize, label, undefined);
    }
    if (entry.uncompressedSize > maxInflated) {
      throw new ZipReadError(`${label}: nested package of ${entry.uncompressedSize} bytes is over the ${maxInflated}-byte limit`);
    }
    const tmp = join(tempDir, `nested-${createHash('sha256').update(label).digest('hex').slice(0, 16)}.zip`);
    await pipeline(await this.openStream(entry), createWriteStream(tmp));
    const handle = await open(tmp, 'r');
    const { size } = await handle.stat();
    return ZipArchive.fromRange(handle, 0, size, label, async () => handle.close());
  }

  /** Where the entry's data starts, read from its local header (its extra field may differ from the central one). */
  private async dataStart(entry: ZipEntryInfo): Promise<number> {
    const header = Buffer.alloc(30);
    const at = entry.raw.relativeOffsetOfLocalHeader;
    const { bytesRead } = await this.handle.read(header, 0, 30, this.base + at);
    if (bytesRead !== 30 || header.readUInt32LE(0) !== 0x04034b50) {
      throw new ZipReadError(`${this.label}!/${entry.name}: local file header is missing or damaged`);
    }
    return at + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  }

  async openStream(entry: ZipEntryInfo): Promise<Readable> {
    try {
      return await this.zip.openReadStreamPromise(entry.raw);
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

  /** SHA-256 (lower-case hex) and length of an entry's data, streamed; a CRC-32 that disagrees is an error. */
  async hashEntry(entry: ZipEntryInfo): Promise<{ sha256: string; size: number }> {
    const hash = createHash('sha256');
    let size = 0;
    let crc = 0;
    const stream = await this.openStream(entry);
    try {
      for await (const chunk of stream) {
        hash.update(chunk as Buffer);
        crc = crc32(chunk as Buffer, crc);
        size += (chunk as Buffer).length;
      }
    } catch (e) {
      throw new ZipReadError(`${this.label}!/${entry.name}: cannot read entry (${(e as Error).message})`);
    }
    if (crc >>> 0 !== entry.raw.crc32 >>> 0) {
      throw new ZipReadError(`${this.label}!/${entry.name}: CRC-32 of the data is ${hex8(crc)}, the ZIP directory says ${hex8(entry.raw.crc32)}: the entry is damaged`);
    }
    return { sha256: hash.digest('hex'), size };
  }

  async close(): Promise<void> {
    this.zip.close();
    await this.cleanup?.();
  }
}

async function readCentralDirectory(zip: yauzl.ZipFile, label: string): Promise<ZipEntryInfo[]> {
  return new Promise((resolve, reject) => {
    const entries: ZipEntryInfo[] = [];
    zip.on('entry', (raw: yauzl.Entry) => {
      const name = decodeName(raw);
      entries.push({
        name,
        compressionMethod: raw.compressionMethod,
        compressedSize: raw.compressedSize,
        uncompressedSize: raw.uncompressedSize,
        encrypted: (raw.generalPurposeBitFlag & 0x1) !== 0,
        isDirectory: name.endsWith('/'),
        raw,
      });
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (e: Error) => reject(new ZipReadError(`${label}: damaged ZIP directory (${e.message})`)));
    zip.readEntry();
  });
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
}
