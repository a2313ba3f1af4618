import type { EntryHasher } from './entry-hasher.js';
import type { ContentTypes, Relationship } from './opc.js';
import type { PackagedFile, PackagedRole, PackageFormat } from './package-view.js';
import type { ProblemLog } from './problems.js';
import type { ZipArchive, ZipEntryInfo } from './zip-read.js';

/** Where the bytes of one file of the view are. */
export interface Source {
  readonly archive: ZipArchive;
  readonly entry: ZipEntryInfo;
}

/** Finds a role's file by its path in the view (`\\approot\\x`), compared case-insensitively. */
export type RoleFileLookup = (path: string) => Source | undefined;

/** What one OPC level (the outer package or a nested one) holds, after its generic checks. */
export interface Level {
  readonly archive: ZipArchive;
  readonly label: string;
  /** Lower-case entry name → entry; directory entries left out. */
  readonly parts: Map<string, ZipEntryInfo>;
  readonly rels: Relationship[];
  readonly types: ContentTypes | undefined;
}

/** Everything reading a package collects, passed from the format readers to the checks. */
export interface ReadState {
  readonly log: ProblemLog;
  format: PackageFormat;
  productVersion: string | undefined;
  readonly roles: PackagedRole[];
  readonly documents: PackagedFile[];
  readonly roleSources: Map<string, RoleFileLookup>;
  readonly documentSources: Map<string, Source>;
  /** Every archive opened, closed with the package. */
  readonly archives: ZipArchive[];
  /** Where deflated nested packages are inflated. */
  readonly tempDir: string;
  /** Hashes parts, on worker threads when there is enough to hash. */
  readonly hasher: EntryHasher;
}
