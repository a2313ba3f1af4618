import { rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { CTP_REL } from './format.js';
import { readCtp } from './ctp-read.js';
import { readLegacy } from './legacy-read.js';
import { readLevel } from './opc-level.js';
import { boundHeapGrowth } from './off-heap-garbage.js';
import { MAX_XML_PART, RELS_PART } from './opc.js';
import type { PackageView } from './package-view.js';
import { ProblemLog, type CheckResult, type PackageProblem } from './problems.js';
import type { ReadState, RoleFileLookup, Source } from './read-state.js';
import { checkRoles } from './role-checks.js';
import { EntryHasher, type EntryHasherOptions } from './entry-hasher.js';
import { tempDirRemovedOnInterrupt } from './interrupt.js';
import { ZipArchive, ZipReadError } from './zip-read.js';

export * from './format.js';
export type { PackagedFile, PackagedRole, PackageFormat, PackageView } from './package-view.js';

/** Largest package Cloud Services (extended support) deploys: 800 MB (its FAQ). */
const MAX_EXTENDED_SUPPORT_SIZE = 800 * 1024 * 1024;

/** A package opened for reading: its view, what was wrong with it, and access to each file's bytes. */
export class OpenedPackage {
  constructor(
    readonly view: PackageView,
    private readonly log: ProblemLog,
    private readonly roleSources: Map<string, RoleFileLookup>,
    private readonly documentSources: Map<string, Source>,
    private readonly archives: ZipArchive[],
    private readonly tempDir: string,
    /** Ends the removal of `tempDir` on an interrupt (interrupt.ts). */
    private readonly release: () => void,
    private readonly hasher: EntryHasher,
  ) {}

  get problems(): PackageProblem[] {
    return this.log.problems;
  }

  get checks(): CheckResult[] {
    return this.log.checks;
  }

  /** Whether a role has a file at `path` (as in the view, `\approot\x`), compared case-insensitively. */
  hasRoleFile(role: string, path: string): boolean {
    return this.roleSources.get(role)?.(path) !== undefined;
  }

  /** Streams a role file; `path` as in the view (`\approot\x`), compared case-insensitively. */
  async openRoleFile(role: string, path: string): Promise<Readable> {
    const src = this.roleSources.get(role)?.(path);
    if (!src) throw new Error(`${this.view.file}: role ${role} has no file ${path}`);
    return src.archive.openStream(src.entry);
  }

  /** Reads a small file (a service document, or a role file such as RoleModel.xml). */
  async readRoleFile(role: string, path: string, max = MAX_XML_PART): Promise<Buffer | undefined> {
    const src = this.roleSources.get(role)?.(path);
    return src ? src.archive.readBytes(src.entry, max) : undefined;
  }

  async readDocument(name: string): Promise<Buffer | undefined> {
    const src = this.documentSources.get(name.toLowerCase());
    return src ? src.archive.readBytes(src.entry, MAX_XML_PART) : undefined;
  }

  async close(): Promise<void> {
    await this.hasher.close();
    for (const a of this.archives.reverse()) await a.close().catch(() => undefined);
    await rm(this.tempDir, { recursive: true, force: true });
    this.release();
  }
}

/**
 * Opens a package of either format and runs every structural check of the format notes (§11):
 * ZIP and OPC validity at every level, manifests and hashes, roles and service documents. Problems
 * are collected, never thrown; only an I/O failure on the file itself throws.
 */
export async function openPackage(file: string, options: { readonly hasher?: EntryHasherOptions } = {}): Promise<OpenedPackage> {
  boundHeapGrowth();
  const { path: tempDir, release } = tempDirRemovedOnInterrupt(join(tmpdir(), 'cspkg-read-'));
  const state: ReadState = {
    log: new ProblemLog(),
    format: 'unknown',
    productVersion: undefined,
    roles: [],
    documents: [],
    roleSources: new Map(),
    documentSources: new Map(),
    archives: [],
    tempDir,
    hasher: new EntryHasher(options.hasher),
  };
  const { log } = state;
  const name = basename(file);
  const finish = (): OpenedPackage =>
    new OpenedPackage(
      { file, format: state.format, productVersion: state.productVersion, roles: state.roles, documents: state.documents },
      log,
      state.roleSources,
      state.documentSources,
      state.archives,
      tempDir,
      release,
      state.hasher,
    );

  log.check('ZIP container');
  let outer: ZipArchive;
  try {
    outer = await ZipArchive.openFile(file, name);
  } catch (e) {
    if (!(e instanceof ZipReadError)) {
      await rm(tempDir, { recursive: true, force: true });
      release();
      throw e;
    }
    log.error('zip-unreadable', name, e.message);
    return finish();
  }
  state.archives.push(outer);
  const { size } = await stat(file);
  if (size > MAX_EXTENDED_SUPPORT_SIZE) {
    log.warn('package-size', name, `${size} bytes, over the ${MAX_EXTENDED_SUPPORT_SIZE}-byte (800 MB) package limit of Cloud Services (extended support)`);
  }
  const top = await readLevel(outer, name, log);
  if (!top) return finish();

  log.check('package format');
  if (top.rels.some((r) => r.type === CTP_REL)) {
    state.format = 'ctp';
    log.warn('ctp-format', name, 'CTP package format: Cloud Services (extended support) does not accept it (its FAQ); build the legacy format, which `cloudservice package` writes');
    await readCtp(top, state);
  } else if (
    top.rels.some((r) => r.id === 'MANIFEST') &&
    ([...top.parts.keys()].some((p) => p.endsWith('.cssx')) || top.rels.some((r) => r.id === 'SERVICEDESCRIPTION'))
  ) {
    state.format = 'legacy';
    await readLegacy(top, state);
  } else {
    log.error(
      'not-a-cspkg',
      `${name}!/${RELS_PART}`,
      'not a Cloud Services package: no PackageDefinition relationship (CTP format) and no MANIFEST relationship with role .cssx parts (legacy format)',
    );
    return finish();
  }
  const opened = finish();
  await checkRoles(opened, log);
  return opened;
}
