/**
 * Test-only ZIP surgery: read a package's entries, change them, write a new ZIP. Used to make
 * damaged copies of real packages and to assemble packages the writer does not produce.
 */
import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import yazl from 'yazl';

export interface EditableEntry {
  name: string;
  data: Buffer;
  compress: boolean;
  /** The CRC-32 the directory records, when read; `writeZip` computes its own. */
  crc?: number;
}

export async function readZip(bytes: Buffer): Promise<EditableEntry[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, decodeStrings: true });
  const out: EditableEntry[] = [];
  for (;;) {
    const entry = await new Promise<yauzl.Entry | undefined>((resolve, reject) => {
      zip.once('entry', resolve);
      zip.once('end', () => resolve(undefined));
      zip.once('error', reject);
      zip.readEntry();
    });
    zip.removeAllListeners();
    if (!entry) break;
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    out.push({ name: entry.fileName, data: Buffer.concat(chunks), compress: entry.compressionMethod === 8, crc: entry.crc32 });
  }
  zip.close();
  return out;
}

export async function readZipFile(file: string): Promise<EditableEntry[]> {
  return readZip(await readFile(file));
}

/** Writes entries in order; fixed times so the bytes only depend on the entries. */
export async function writeZip(entries: readonly EditableEntry[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const e of entries) {
    zip.addBuffer(e.data, e.name, { compress: e.compress, mtime: new Date(Date.UTC(2020, 0, 1)), mode: 0o100644 });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Replaces every occurrence of an entry name in a ZIP's bytes (local header and central
 * directory) by another of the same length: the way to make names yazl refuses to write.
 */
export function renameRaw(zip: Buffer, from: string, to: string): Buffer {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const out = Buffer.from(zip);
  const needle = Buffer.from(from, 'utf8');
  let at = out.indexOf(needle);
  if (at < 0) throw new Error(`${from} not found`);
  while (at >= 0) {
    out.write(to, at, 'utf8');
    at = out.indexOf(needle, at + 1);
  }
  return out;
}

/** Offset of an entry's data in a ZIP, from its local header. */
export function dataOffset(zip: Buffer, name: string): number {
  const needle = Buffer.from(name, 'utf8');
  for (let at = zip.indexOf(needle); at >= 0; at = zip.indexOf(needle, at + 1)) {
    const start = at - 30;
    if (start >= 0 && zip.readUInt32LE(start) === 0x04034b50 && zip.readUInt16LE(start + 26) === needle.length) {
      return start + 30 + needle.length + zip.readUInt16LE(start + 28);
    }
  }
  throw new Error(`no local header for ${name}`);
}
