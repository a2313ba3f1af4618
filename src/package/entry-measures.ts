import type { ZipEntryInfo, ZipReadError } from './zip-read.js';

/** An entry's SHA-256 (lower-case hex) and length, as read. */
export interface EntryHash {
  readonly sha256: string;
  readonly size: number;
}

export type Measured = EntryHash | ZipReadError;

const UNMEASURED = 0;
const MEASURED = 1;
const FAILED = 2;

/**
 * What hashing an archive's entries found, by the entry's place in the archive: its SHA-256 as 32
 * bytes and its length, or why it could not be read. A role of 68,000 files read back held a
 * 64-character string and an object per file, and four maps by entry or by name that each took a
 * 3.6 MiB table (the 4 GiB benchmark tree's read-back peak); here the digests are bytes in one
 * buffer and the hex string and object are made when asked for.
 */
export class EntryMeasures {
  private readonly digests: Buffer;
  private readonly sizes: Float64Array;
  private readonly states: Uint8Array;
  /** Few: only entries that could not be read. */
  private readonly errors = new Map<number, ZipReadError>();

  constructor(count: number) {
    this.digests = Buffer.alloc(count * 32);
    this.sizes = new Float64Array(count);
    this.states = new Uint8Array(count);
  }

  setHash(e: ZipEntryInfo, sha256Hex: string, size: number): void {
    this.digests.write(sha256Hex, e.index * 32, 32, 'hex');
    this.sizes[e.index] = size;
    this.states[e.index] = MEASURED;
    this.errors.delete(e.index);
  }

  setError(e: ZipEntryInfo, error: ZipReadError): void {
    this.states[e.index] = FAILED;
    this.errors.set(e.index, error);
  }

  /** Whether the entry was measured, readable or not. */
  has(e: ZipEntryInfo): boolean {
    return this.state(e) !== UNMEASURED;
  }

  /** The entry's hash and length, or why it could not be read; undefined if it was not measured. */
  get(e: ZipEntryInfo): Measured | undefined {
    return this.state(e) === FAILED ? this.errors.get(e.index) : this.hash(e);
  }

  /** Whether the entry was measured and could be read. */
  readable(e: ZipEntryInfo): boolean {
    return this.state(e) === MEASURED;
  }

  /** The entry's hash and length when it was measured and readable. */
  hash(e: ZipEntryInfo): EntryHash | undefined {
    if (!this.readable(e)) return undefined;
    return { sha256: this.sha256(e), size: this.size(e) };
  }

  /** Lower-case hex; meaningful only for a readable entry. */
  sha256(e: ZipEntryInfo): string {
    return this.digests.toString('hex', e.index * 32, e.index * 32 + 32);
  }

  size(e: ZipEntryInfo): number {
    return this.sizes[e.index] as number;
  }

  private state(e: ZipEntryInfo): number {
    return this.states[e.index] ?? UNMEASURED;
  }
}

/** A set of an archive's entries, one byte per entry: for a role, a set by entry took a 3.6 MiB table. */
export class EntrySet {
  private readonly members: Uint8Array;

  constructor(count: number) {
    this.members = new Uint8Array(count);
  }

  add(e: ZipEntryInfo): void {
    this.members[e.index] = 1;
  }

  has(e: ZipEntryInfo): boolean {
    return this.members[e.index] === 1;
  }
}
