import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { noteGarbage } from './off-heap-garbage.js';
import { DEFLATE_BLOCK, DEFLATE_WINDOW, type DeflatePool } from './deflate-pool.js';
import { DEFLATED, STORED, ZipWriter, type ByteSink, type OpenEntry, type ZipWriterOptions } from './zip-write.js';

/** Deflate level of every compressed entry: zlib's default, what CSPack's peers and `zip` use. */
export const DEFLATE_LEVEL = 6;

/**
 * Uncompressed bytes read ahead of the writer (queued for or inside a worker, or compressed and
 * waiting for their turn). Bounds memory whatever the size of a file or a role. The lanes keep
 * busy with 5 MiB (two workers holding two 1 MiB batches each, and this thread one); more only
 * holds more blocks: streaming one 17 MB file into a new ZIP took the process's resident size up
 * by 20 MiB with 16 MiB in flight and by 14 MiB with 8, in no more time (BENCHMARKS.md).
 */
const IN_FLIGHT = 8 * 1024 * 1024;
/** What a job costs besides its bytes, so that thousands of tiny files cannot pile up either. */
const JOB_COST = 4096;

/** Buffers read here for the pool: whole ArrayBuffers nobody else holds, safe to hand over. */
const owned = new WeakSet<Buffer>();

/**
 * A file's bytes in blocks, each in its own ArrayBuffer. Reads the size found when opened.
 *
 * The reads are synchronous: a package is thousands of small files, and four thread-pool round
 * trips per file (open, stat, read, close) cost more than the reads themselves. The file system
 * cache serves them in microseconds, and the writer's own awaits let the event loop turn between
 * blocks.
 */
export async function* fileBlocks(path: string): AsyncGenerator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    let pos = 0;
    while (pos < size) {
      const want = Math.min(DEFLATE_BLOCK, size - pos);
      const buf = Buffer.allocUnsafeSlow(want);
      let got = 0;
      while (got < want) {
        const bytesRead = readSync(fd, buf, got, want - got, pos + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      if (got === 0) break;
      const block = got === want ? buf : buf.subarray(0, got);
      if (got === want) owned.add(block);
      pos += got;
      yield block;
      if (got < want) break;
    }
  } finally {
    closeSync(fd);
  }
}

function ownedWhole(b: Buffer): boolean {
  return owned.has(b) && b.byteOffset === 0 && b.buffer.byteLength === b.length;
}

/** A copy in a fresh ArrayBuffer, or the buffer itself when it is already ours to give away. */
function transferable(b: Buffer): Buffer {
  if (ownedWhole(b)) return b;
  const copy = Buffer.allocUnsafeSlow(b.length);
  b.copy(copy);
  return copy;
}

type Item =
  | { readonly kind: 'begin'; readonly name: string; readonly method: number }
  | { readonly kind: 'chunk'; readonly data: Promise<Buffer> | Buffer; readonly cost: number }
  | { readonly kind: 'end'; readonly crc: number; readonly size: number }
  | { readonly kind: 'whole'; readonly name: string; readonly method: number; readonly parts: (Promise<Buffer> | Buffer)[]; readonly crc: number; readonly size: number; readonly cost: number }
  | { readonly kind: 'copy'; readonly name: string; readonly path: string }
  | { readonly kind: 'finish' };

export interface StreamedEntry {
  /** SHA-256 of the uncompressed bytes, lower-case hex. */
  readonly sha256: string;
  readonly size: number;
}

/**
 * Writes a ZIP whose entries are compressed on the pool's workers while the writer emits them in
 * order. The caller adds entries one after another; `add*` resolves once an entry has been read
 * and handed to the workers (so its hash is known), not once it is written.
 */
export class ParallelZip {
  private readonly zip: ZipWriter;
  private readonly queue: Item[] = [];
  private wakeConsumer: (() => void) | undefined;
  private wakeProducer: (() => void) | undefined;
  private inFlight = 0;
  private failure: unknown;
  private readonly consumer: Promise<void>;

  constructor(
    sink: ByteSink,
    private readonly pool: DeflatePool,
    options: ZipWriterOptions,
  ) {
    this.zip = new ZipWriter(sink, options);
    this.consumer = this.consume().catch((e: unknown) => {
      this.failure ??= e;
      this.wakeProducer?.();
    });
  }

  private push(item: Item): void {
    this.queue.push(item);
    const w = this.wakeConsumer;
    this.wakeConsumer = undefined;
    w?.();
  }

  /** Waits until `cost` more bytes may be in flight; one job always may, however large. */
  private async room(cost: number): Promise<void> {
    while (this.failure === undefined && this.inFlight > 0 && this.inFlight + cost > IN_FLIGHT) {
      await new Promise<void>((resolve) => {
        this.wakeProducer = resolve;
      });
    }
    if (this.failure !== undefined) throw this.failure;
    this.inFlight += cost;
  }

  private release(cost: number): void {
    this.inFlight -= cost;
    const w = this.wakeProducer;
    this.wakeProducer = undefined;
    w?.();
  }

  private compress(block: Buffer, dict: Buffer | undefined, final: boolean): Promise<Buffer> {
    const p = this.pool.deflate(block.buffer as ArrayBuffer, block.length, dict, final, DEFLATE_LEVEL);
    // Awaited in order by the consumer; this only keeps a failure from going unhandled meanwhile.
    p.catch(() => undefined);
    return p;
  }

  /**
   * Adds a deflated entry from chunks of any size, cut into blocks of exactly DEFLATE_BLOCK bytes
   * whatever the chunks, so the output does not depend on how reads return. (Stored entries are
   * either small, `addBuffer`, or role packages, `addCopy`.)
   */
  async addStream(name: string, chunks: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<StreamedEntry> {
    const hash = createHash('sha256');
    let crc = 0;
    let size = 0;
    this.push({ kind: 'begin', name, method: DEFLATED });
    // One block is held back until the next shows whether it is the last (which ends the stream).
    let held: Buffer | undefined;
    let heldDict: Buffer | undefined;
    const take = async (block: Buffer): Promise<void> => {
      await this.room(block.length + JOB_COST);
      hash.update(block);
      crc = crc32(block, crc);
      size += block.length;
      if (held) {
        const dict = Buffer.from(held.subarray(held.length - DEFLATE_WINDOW));
        // Measured before compress() hands the block over and leaves it empty.
        const cost = held.length + JOB_COST;
        this.push({ kind: 'chunk', data: this.compress(held, heldDict, false), cost });
        heldDict = dict;
      }
      held = block;
    };
    let parts: Buffer[] = [];
    let partsLength = 0;
    const cut = async (): Promise<void> => {
      while (partsLength >= DEFLATE_BLOCK) {
        const first = parts[0] as Buffer;
        if (first.length === DEFLATE_BLOCK && ownedWhole(first)) {
          parts.shift();
          partsLength -= DEFLATE_BLOCK;
          await take(first);
          continue;
        }
        const block = Buffer.allocUnsafeSlow(DEFLATE_BLOCK);
        let at = 0;
        while (at < DEFLATE_BLOCK) {
          const p = parts[0] as Buffer;
          const n = Math.min(p.length, DEFLATE_BLOCK - at);
          p.copy(block, at, 0, n);
          at += n;
          if (n === p.length) parts.shift();
          else parts[0] = p.subarray(n);
        }
        partsLength -= DEFLATE_BLOCK;
        await take(block);
      }
    };
    for await (const chunk of chunks) {
      if (chunk.length === 0) continue;
      parts.push(chunk);
      partsLength += chunk.length;
      await cut();
    }
    if (partsLength > 0) await take(parts.length === 1 ? transferable(parts[0] as Buffer) : transferable(Buffer.concat(parts)));
    parts = [];
    const last = held ?? Buffer.allocUnsafeSlow(0);
    if (!held) await this.room(JOB_COST);
    const cost = last.length + JOB_COST;
    this.push({ kind: 'chunk', data: this.compress(last, heldDict, true), cost });
    this.push({ kind: 'end', crc, size });
    return { sha256: hash.digest('hex'), size };
  }

  /** Adds a small entry whole, with its sizes in the local header (no data descriptor). */
  async addBuffer(name: string, data: Buffer, compress: boolean): Promise<void> {
    const cost = data.length + JOB_COST;
    await this.room(cost);
    const crc = crc32(data);
    const parts: (Promise<Buffer> | Buffer)[] = [];
    if (!compress) parts.push(data);
    else if (data.length <= DEFLATE_BLOCK) parts.push(this.compress(transferable(data), undefined, true));
    else {
      for (let at = 0; at < data.length; at += DEFLATE_BLOCK) {
        const final = at + DEFLATE_BLOCK >= data.length;
        const dict = at > 0 ? Buffer.from(data.subarray(at - DEFLATE_WINDOW, at)) : undefined;
        parts.push(this.compress(transferable(data.subarray(at, at + DEFLATE_BLOCK)), dict, final));
      }
    }
    this.push({ kind: 'whole', name, method: compress ? DEFLATED : STORED, parts, crc, size: data.length, cost });
  }

  /**
   * Adds a file stored as it is, copied when its turn comes through one reused buffer: for role
   * packages, hundreds of megabytes already compressed, whose hash the caller already has.
   */
  addCopy(name: string, path: string): void {
    this.push({ kind: 'copy', name, path });
  }

  private async copy(entry: OpenEntry, path: string): Promise<{ crc: number; size: number }> {
    const buffer = Buffer.allocUnsafeSlow(DEFLATE_BLOCK);
    const fd = openSync(path, 'r');
    try {
      let crc = 0;
      let size = 0;
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, size);
        if (n === 0) return { crc, size };
        const chunk = buffer.subarray(0, n);
        crc = crc32(chunk, crc);
        size += n;
        await this.zip.dataTransient(entry, chunk);
      }
    } finally {
      closeSync(fd);
    }
  }

  /** Waits for every entry to be written, then writes the central directory. */
  async finish(): Promise<void> {
    this.push({ kind: 'finish' });
    await this.consumer;
    if (this.failure !== undefined) throw this.failure;
  }

  /** Stops the writer after a failure on the caller's side; nothing more is written. */
  async abort(reason: unknown): Promise<void> {
    this.failure ??= reason;
    this.push({ kind: 'finish' });
    await this.consumer;
  }

  private async next(): Promise<Item> {
    while (this.queue.length === 0) {
      await new Promise<void>((resolve) => {
        this.wakeConsumer = resolve;
      });
    }
    return this.queue.shift() as Item;
  }

  private async consume(): Promise<void> {
    let open: OpenEntry | undefined;
    for (;;) {
      const item = await this.next();
      if (this.failure !== undefined) return;
      switch (item.kind) {
        case 'begin': {
          const e = this.zip.begin(item.name, item.method);
          open = e;
          await e.pending;
          break;
        }
        case 'chunk': {
          const data = await item.data;
          // A deflated block is the pool's own ArrayBuffer (`settle`), read by nothing after this.
          await this.zip.data(open as OpenEntry, data, true);
          this.release(item.cost);
          // The block read for this chunk, its dictionary copies and the compressed result.
          noteGarbage(item.cost + data.length);
          break;
        }
        case 'end':
          await this.zip.end(open as OpenEntry, item.crc, item.size);
          open = undefined;
          break;
        case 'whole': {
          const data = item.parts.length === 1 ? await item.parts[0] as Buffer : Buffer.concat(await Promise.all(item.parts));
          await this.zip.add(item.name, item.method, data, item.crc, item.size);
          this.release(item.cost);
          break;
        }
        case 'copy': {
          const e = this.zip.begin(item.name, STORED);
          await e.pending;
          const { crc, size } = await this.copy(e, item.path);
          await this.zip.end(e, crc, size);
          break;
        }
        case 'finish':
          await this.zip.finish();
          return;
      }
    }
  }
}
