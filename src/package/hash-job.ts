import type * as Crypto from 'node:crypto';
import type * as Fs from 'node:fs';
import type * as Zlib from 'node:zlib';

/**
 * Reading ZIP entries back to hash them: the bulk of `verify`. One job is a run of neighbouring
 * entries of one file, read with one positional read, or one large entry streamed; it runs on the
 * worker pool (both cores inflate and hash) or, for a small package, in the process itself.
 *
 * `runHashJob` is also the worker's code (its source text is sent to the worker), so it refers to
 * nothing outside itself but its arguments and the globals every realm has.
 */

export interface HashItem {
  /** Absolute offset of the entry's local header in `HashJob.path`. */
  readonly offset: number;
  /** Where the entry's bytes must end at the latest (the next entry, or the end of the archive). */
  readonly limit: number;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly crc: number;
}

export interface HashJob {
  readonly path: string;
  /** Neighbours read in one piece and inflated whole; or, when `stream`, a single large entry. */
  readonly items: readonly HashItem[];
  readonly stream: boolean;
}

/** Per item: its SHA-256 (lower-case hex) and length, or why it cannot be read. */
export type HashOutcome = { readonly sha256: string; readonly size: number } | { readonly error: string; readonly crcMismatch?: { readonly actual: number } };

export interface HashDeps {
  readonly fs: typeof Fs;
  readonly zlib: typeof Zlib;
  readonly crypto: typeof Crypto;
  /**
   * The read buffer, kept from job to job: a fresh one per job would be garbage outside the JS
   * heap that V8 lets pile up for tens of megabytes before collecting it.
   */
  readonly scratch: { buffer?: Buffer };
  /** Told how many bytes of garbage a step made (see off-heap-garbage.ts). */
  readonly noteGarbage: (bytes: number) => void;
}

/** Entries up to this size (either side) are inflated in one call; larger ones are streamed. */
export const WHOLE_ENTRY_MAX = 8 * 1024 * 1024;

export async function runHashJob(job: HashJob, deps: HashDeps): Promise<HashOutcome[]> {
  const { fs, zlib, crypto } = deps;
  const STREAM_CHUNK = 1024 * 1024;
  const scratch = (n: number): Buffer => {
    let b = deps.scratch.buffer;
    if (!b || b.length < n) {
      b = Buffer.allocUnsafeSlow(Math.max(n, STREAM_CHUNK));
      deps.scratch.buffer = b;
    }
    return b.subarray(0, n);
  };
  // An I/O failure is an answer for the entries it concerns, never a lost job.
  const failed = (e: unknown): HashOutcome => ({ error: `cannot read entry (${(e as Error).message})` });
  let fd: number;
  try {
    fd = fs.openSync(job.path, 'r');
  } catch (e) {
    return job.items.map(() => failed(e));
  }
  try {
    const readFully = (buf: Buffer, position: number): number => {
      let got = 0;
      while (got < buf.length) {
        const n = fs.readSync(fd, buf, got, buf.length - got, position + got);
        if (n === 0) break;
        got += n;
      }
      return got;
    };
    /** Offset of the data within `header` (a local header read from the entry's start), or an error. */
    const dataStart = (header: Buffer): number | string => {
      if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return 'local file header is missing or damaged';
      return 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    };
    const finish = (item: HashItem, hash: Crypto.Hash, crc: number, size: number): HashOutcome => {
      if (size !== item.uncompressedSize) {
        return { error: `cannot read entry (inflates to ${size} bytes, the ZIP directory says ${item.uncompressedSize})` };
      }
      if (crc >>> 0 !== item.crc >>> 0) return { error: 'CRC-32 mismatch', crcMismatch: { actual: crc >>> 0 } };
      return { sha256: hash.digest('hex'), size };
    };
    const whole = (item: HashItem, region: Buffer): HashOutcome => {
      const start = dataStart(region);
      if (typeof start === 'string') return { error: start };
      if (start + item.compressedSize > region.length) return { error: 'cannot read entry (its data runs past the next entry or the end of the file)' };
      const raw = region.subarray(start, start + item.compressedSize);
      let data: Buffer;
      if (item.method === 0) data = raw;
      else {
        try {
          // One byte more than declared: more output than that is a lie, found without inflating all
          // of it. Output goes to one buffer of that size, so nothing is concatenated.
          const limit = Math.max(64, item.uncompressedSize + 1);
          const r = zlib.inflateRawSync(raw, { maxOutputLength: limit, chunkSize: limit, info: true }) as unknown as { buffer: Buffer; engine?: { _outBuffer?: unknown } };
          // Lets young collections free zlib's output buffer (off-heap-garbage.ts).
          if (r.engine) r.engine._outBuffer = null;
          data = r.buffer;
        } catch (e) {
          if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
            return { error: `cannot read entry (inflates to more than the ${item.uncompressedSize} bytes the ZIP directory says)` };
          }
          return { error: `cannot read entry (${(e as Error).message})` };
        }
      }
      if (data !== raw) deps.noteGarbage(data.length);
      return finish(item, crypto.createHash('sha256').update(data), zlib.crc32(data), data.length);
    };
    const streamed = async (item: HashItem): Promise<HashOutcome> => {
      const header = scratch(Math.min(30 + 65535 * 2, item.limit - item.offset));
      const headerLength = readFully(header, item.offset);
      const start = dataStart(header.subarray(0, headerLength));
      if (typeof start === 'string') return { error: start };
      if (start > headerLength) return { error: 'local file header is missing or damaged' };
      let pos = item.offset + start;
      const end = pos + item.compressedSize;
      if (end > item.limit) return { error: 'cannot read entry (its data runs past the next entry or the end of the file)' };
      const hash = crypto.createHash('sha256');
      let crc = 0;
      let size = 0;
      // The header is done with: its buffer is the read buffer from here on.
      const chunk = scratch(Math.min(STREAM_CHUNK, item.compressedSize));
      const nextChunk = (): Buffer | undefined => {
        if (pos >= end) return undefined;
        const got = readFully(chunk.subarray(0, Math.min(chunk.length, end - pos)), pos);
        if (got === 0) return undefined;
        pos += got;
        return chunk.subarray(0, got);
      };
      if (item.method === 0) {
        for (let c = nextChunk(); c; c = nextChunk()) {
          hash.update(c);
          crc = zlib.crc32(c, crc);
          size += c.length;
        }
        if (pos < end) return { error: 'cannot read entry (file ends before the ZIP data does)' };
        return finish(item, hash, crc, size);
      }
      const inflate = zlib.createInflateRaw({ chunkSize: STREAM_CHUNK });
      let tooLong = false;
      const closed = new Promise<void>((resolve) => inflate.once('close', () => resolve()));
      const done = new Promise<void>((resolve, reject) => {
        inflate.on('data', (out: Buffer) => {
          size += out.length;
          if (size > item.uncompressedSize) {
            // A bomb, or a damaged directory: stop inflating now rather than after the whole chunk.
            tooLong = true;
            inflate.destroy();
            resolve();
            return;
          }
          hash.update(out);
          crc = zlib.crc32(out, crc);
          deps.noteGarbage(out.length);
        });
        inflate.on('end', () => resolve());
        inflate.on('error', (e) => (tooLong ? resolve() : reject(e)));
      });
      // One chunk in zlib's hands at a time: the read buffer is reused for the next. A destroyed
      // stream may never call back, so its closing ends the wait too.
      const feed = async (): Promise<void> => {
        for (let c = nextChunk(); c && !tooLong; c = nextChunk()) {
          await Promise.race([new Promise<void>((resolve, reject) => inflate.write(c, (e) => (e && !tooLong ? reject(e) : resolve()))), closed]);
        }
        if (!tooLong) inflate.end();
      };
      try {
        await Promise.all([feed(), done]);
      } catch (e) {
        inflate.destroy();
        return { error: `cannot read entry (${(e as Error).message})` };
      } finally {
        // Lets young collections free zlib's output buffer (off-heap-garbage.ts).
        (inflate as unknown as { _outBuffer?: unknown })._outBuffer = null;
      }
      if (tooLong) return { error: `cannot read entry (inflates to more than the ${item.uncompressedSize} bytes the ZIP directory says)` };
      if (pos < end) return { error: 'cannot read entry (file ends before the ZIP data does)' };
      return finish(item, hash, crc, size);
    };

    const out: HashOutcome[] = [];
    const first = job.items[0];
    const last = job.items[job.items.length - 1];
    if (job.stream) {
      for (const item of job.items) out.push(await streamed(item).catch(failed));
      return out;
    }
    if (!first || !last) return out;
    // Neighbours: one read from the first header to the last entry's limit.
    const span = scratch(last.limit - first.offset);
    let got: number;
    try {
      got = readFully(span, first.offset);
    } catch (e) {
      return job.items.map(() => failed(e));
    }
    for (const item of job.items) {
      const from = item.offset - first.offset;
      const to = Math.min(item.limit - first.offset, got);
      if (from >= to) out.push({ error: 'cannot read entry (file ends before the ZIP data does)' });
      else out.push(whole(item, span.subarray(from, to)));
    }
    return out;
  } finally {
    fs.closeSync(fd);
  }
}
