import type { Readable } from 'node:stream';
import { EMPTY_SHA256, ManifestScanner, readManifest, type Manifest, type ManifestItem } from './csman.js';
import { CSDEF_DOC, PRODUCT_VERSION_REL, RD_DOC, RDSC_DOC, REQUIRED_RESOURCE, UAR_MANIFEST_REL } from './format.js';
import type { EntryHasher } from './entry-hasher.js';
import { EntrySet, type EntryHash, type EntryMeasures } from './entry-measures.js';
import { extension, logUnreadable, measureParts, openNestedAhead, openNestedLevel, parseEntry, parseRead, readPart, type NestedAhead } from './opc-level.js';
import { isOpcMetadataPart, MAX_XML_PART, RELS_PART, targetEntryName } from './opc.js';
import type { PackagedFile } from './package-view.js';
import { toRolePath } from './paths.js';
import { ProblemLog } from './problems.js';
import type { Level, ReadState, RoleFileLookup, Source } from './read-state.js';
import type { ZipArchive, ZipEntryInfo } from './zip-read.js';

/**
 * The measured hash of each of a level's parts by lower-case part name, the relationships, content
 * types and (once known) manifest left out. Looked up through the level's map of parts: a map of
 * its own would hold an entry per file of a role.
 */
class PartHashes {
  private manifestKey: string | undefined;

  constructor(
    private readonly level: Level,
    readonly measures: EntryMeasures,
  ) {}

  get(key: string): EntryHash | undefined {
    const e = this.part(key);
    return e && this.measures.hash(e);
  }

  /** Whether the part was measured and readable, without making its hex hash. */
  has(key: string): boolean {
    const e = this.part(key);
    return e !== undefined && this.measures.readable(e);
  }

  private part(key: string): ZipEntryInfo | undefined {
    return isOpcMetadataPart(key) || key === this.manifestKey ? undefined : this.level.parts.get(key);
  }

  excludeManifest(key: string): void {
    this.manifestKey = key;
  }
}

/**
 * Checks a legacy level's `.csman`: every item exists and has the hash written for it, and every
 * other part (bar the manifest, relationships and content types) is listed. Returns the parts the
 * manifest lists (undefined without a readable manifest) and the measured hash of every part.
 */
async function checkManifest(
  level: Level,
  log: ProblemLog,
  hasher: EntryHasher,
  opts: { emptyHashAllowed: boolean },
  ahead?: Promise<unknown>,
): Promise<{ listed: EntrySet | undefined; hashes: PartHashes; manifestEntry: string | undefined }> {
  log.check('manifests and hashes');
  const entries: ZipEntryInfo[] = [];
  level.parts.forEach((e, key) => {
    if (!isOpcMetadataPart(key)) entries.push(e);
  });
  const measures = await measureParts(level.archive, entries, hasher, ahead);
  logUnreadable(level, entries, measures, log);
  const hashes = new PartHashes(level, measures);
  const rel = level.rels.find((r) => r.id === 'MANIFEST');
  if (!rel) {
    log.error('missing-manifest', `${level.label}!/${RELS_PART}`, 'no MANIFEST relationship: this package level has no .csman manifest');
    return { listed: undefined, hashes, manifestEntry: undefined };
  }
  const manifestKey = targetEntryName(rel.target).toLowerCase();
  const entry = level.parts.get(manifestKey);
  if (!entry) return { listed: undefined, hashes, manifestEntry: undefined };
  hashes.excludeManifest(manifestKey);
  const label = `${level.label}!/${entry.name}`;
  // The parts themselves, not their names: a name made from each item's URI would be kept per file.
  let listed = new EntrySet(level.archive.entries.length);
  let unchecked = 0;
  const checkItem = (item: ManifestItem, into: ProblemLog): void => {
    const key = targetEntryName(item.uri).toLowerCase();
    const part = level.parts.get(key);
    if (!part) {
      into.error('missing-part', label, `manifest lists ${item.uri} (${item.name}), which is not in the package`);
      return;
    }
    listed.add(part);
    const actual = hashes.get(key);
    if (!actual) return;
    const want = item.hash.toUpperCase();
    const got = actual.sha256.toUpperCase();
    if (want === got) return;
    if (want === EMPTY_SHA256 && opts.emptyHashAllowed) {
      unchecked++;
      return;
    }
    into.error('hash-mismatch', `${level.label}!/${part.name}`, `SHA-256 is ${got}, the manifest ${entry.name} says ${want}: the part was changed or damaged after packaging`);
  };
  const itemLog = new ProblemLog();
  if (!(await scanManifestPart(level.archive, entry, (item) => checkItem(item, itemLog)))) {
    // Not in the form CSPack writes: what the scan checked is dropped, and the parser reads it.
    listed = new EntrySet(level.archive.entries.length);
    unchecked = 0;
    const manifest = await readManifestPart(level.archive, entry, label, log);
    if (!manifest) return { listed: undefined, hashes, manifestEntry: entry.name };
    if (typeof manifest === 'string') {
      log.error('bad-manifest', label, manifest);
      return { listed: undefined, hashes, manifestEntry: entry.name };
    }
    if (manifest.keytype !== '1') {
      log.error('encrypted', label, `Encryption keytype="${manifest.keytype ?? ''}": an encrypted (SDK 1.4 or older) or unknown package; only keytype 1 (unencrypted) is supported`);
    }
    if (manifest.hashtype !== '1') {
      log.error('manifest-hashtype', label, `Contents hashtype="${manifest.hashtype ?? ''}": only 1 (SHA-256) is known`);
    }
    for (const item of manifest.items) checkItem(item, log);
  } else {
    log.replay(itemLog);
  }
  if (unchecked > 0) {
    log.warn('unchecked-hash', label, `${unchecked} item(s) carry the SHA-256 of empty content instead of their own (a known CSPack quirk for named streams); not checked`);
  }
  for (const [key, part] of level.parts) {
    if (isOpcMetadataPart(key) || key === manifestKey) continue;
    if (!listed.has(part)) log.warn('unlisted-part', `${level.label}!/${part.name}`, `part is not listed in the manifest ${entry.name}`);
  }
  return { listed, hashes, manifestEntry: entry.name };
}

/**
 * Streams a level's manifest through `ManifestScanner`, each item to `onItem` as it is read: a
 * role's manifest lists every file, and neither its text nor its items are held at once. False when
 * it is not in the form CSPack writes or cannot be read; `readManifestPart` then reads it and says why.
 */
async function scanManifestPart(archive: ZipArchive, entry: ZipEntryInfo, onItem: (item: ManifestItem) => void): Promise<boolean> {
  if (entry.uncompressedSize > MAX_XML_PART) return false;
  const scanner = new ManifestScanner(onItem);
  let stream: Readable | undefined;
  try {
    stream = await archive.openStream(entry);
    for await (const chunk of stream) {
      if (!scanner.push(chunk as Buffer)) return false;
    }
  } catch {
    return false;
  } finally {
    stream?.destroy();
  }
  return scanner.end() !== undefined;
}

/**
 * A level's manifest, parsed: a string says why it is not a manifest, undefined that it is not
 * readable XML (logged).
 */
async function readManifestPart(archive: ZipArchive, entry: ZipEntryInfo, label: string, log: ProblemLog): Promise<Manifest | string | undefined> {
  const bytes = await readPart(archive, entry, label, log);
  if (!bytes) return undefined;
  const root = parseRead(label, bytes, log);
  return root && readManifest(root);
}

/**
 * A file of a role level as the view lists it. Its path and hash are made from the entry's name
 * and the archive's measures when they are read: the view of a role of tens of thousands of files
 * would otherwise hold a second copy of every name, and a 64-character string per file.
 */
class RoleFile implements PackagedFile {
  constructor(
    private readonly entry: ZipEntryInfo,
    private readonly measures: EntryMeasures,
  ) {}

  get path(): string {
    return toRolePath(this.entry.name);
  }

  get size(): number {
    return this.measures.size(this.entry);
  }

  get sha256(): string {
    return this.measures.sha256(this.entry);
  }

  /** The view as JSON (`inspect --format json`) shows the path, as for any other file. */
  toJSON(): PackagedFile {
    return { path: this.path, size: this.size, sha256: this.sha256 };
  }
}

/**
 * A role level's files as the view lists them, and how to find one by its view path. Files are
 * found through the level's own map of parts rather than a second map by path: a role of tens of
 * thousands of files would hold a lower-case path and a record per file. A name with a backslash
 * is unsafe (reported with the level) and gets a path of its own here.
 */
function roleFiles(level: Level, hashes: PartHashes, manifestEntry: string | undefined): { files: PackagedFile[]; find: RoleFileLookup } {
  const files: PackagedFile[] = [];
  const odd = new Map<string, ZipEntryInfo>();
  const notFiles = new Set<string>();
  for (const [key, part] of level.parts) {
    if (part.name === manifestEntry || !hashes.has(key)) {
      notFiles.add(key);
      continue;
    }
    files.push(new RoleFile(part, hashes.measures));
    if (part.name.includes('\\')) {
      notFiles.add(key);
      odd.set(toRolePath(part.name).toLowerCase(), part);
    }
  }
  const { archive, parts } = level;
  const find = (path: string): Source | undefined => {
    const lower = path.toLowerCase();
    const key = lower.slice(1).replace(/\\/g, '/');
    // A path of the view starts with a backslash and has no slash.
    const entry = odd.get(lower) ?? (lower.startsWith('\\') && !path.includes('/') && !notFiles.has(key) ? parts.get(key) : undefined);
    return entry && { archive, entry };
  };
  return { files, find };
}

/** Reads and checks a legacy (nested) package: outer relationships and manifest, then every nested package. */
export async function readLegacy(top: Level, state: ReadState): Promise<void> {
  const { log, roles, documents, roleSources, documentSources, archives, tempDir, hasher } = state;
  // Role packages hold nearly all the bytes: their hashing starts now and runs on the workers while
  // the outer level and the small nested packages are checked.
  const ahead = new Map<ZipEntryInfo, NestedAhead>();
  for (const entry of top.parts.values()) {
    if (extension(entry.name) === 'cssx') ahead.set(entry, openNestedAhead(top, entry, tempDir, hasher));
  }
  const relsLabel = `${top.label}!/${RELS_PART}`;
  for (const id of ['SERVICEMODEL', 'SERVICEDESCRIPTION', 'NAMEDSTREAMPACKAGE', 'MANIFEST']) {
    if (!top.rels.some((r) => r.id === id && r.type === REQUIRED_RESOURCE)) {
      log.error('missing-relationship', relsLabel, `no required-resource relationship ${id}`);
    }
  }
  const pv = top.rels.find((r) => r.type === PRODUCT_VERSION_REL);
  if (!pv) log.error('product-version', relsLabel, 'no ProductVersion relationship: the SDK version the package was built with is unknown');
  else {
    const v = pv.target.slice(pv.target.indexOf('#') + 1);
    if (pv.target.includes('#') && /^\d+(\.\d+){1,3}$/.test(v)) state.productVersion = v;
    else log.error('product-version', relsLabel, `ProductVersion target ${pv.target} does not end in #<dotted version>`);
  }
  const outer = await checkManifest(top, log, hasher, { emptyHashAllowed: false });
  if (outer.listed) {
    for (const [key, part] of top.parts) {
      if (extension(key) === 'cssx' && !outer.listed.has(part)) {
        log.error('unlisted-role', `${top.label}!/${key}`, 'role package is not listed in the package manifest');
      }
    }
  }

  const byRel = (id: string): ZipEntryInfo | undefined => {
    const r = top.rels.find((x) => x.id === id);
    return r ? top.parts.get(targetEntryName(r.target).toLowerCase()) : undefined;
  };
  const addDocument = (name: string, level: Level, entry: ZipEntryInfo, hashes: PartHashes): void => {
    const h = hashes.get(entry.name.toLowerCase());
    if (!h) return;
    documents.push({ path: name, size: h.size, sha256: h.sha256 });
    documentSources.set(name.toLowerCase(), { archive: level.archive, entry });
  };

  // Service description: the packaged .csdef.
  const sd = byRel('SERVICEDESCRIPTION');
  if (sd) {
    const level = await openNestedLevel(top, sd, log, archives, tempDir);
    if (level) {
      const m = await checkManifest(level, log, hasher, { emptyHashAllowed: false });
      const rel = level.rels.find((r) => r.id === 'SERVICEDESCRIPTION');
      const csdef = rel ? level.parts.get(targetEntryName(rel.target).toLowerCase()) : undefined;
      if (!csdef) log.error('missing-csdef', level.label, 'no SERVICEDESCRIPTION relationship to the packaged ServiceDefinition.csdef');
      else addDocument(CSDEF_DOC, level, csdef, m.hashes);
    }
  }
  // Service model: .rd and .rdsc.
  const sm = byRel('SERVICEMODEL');
  if (sm) {
    const level = await openNestedLevel(top, sm, log, archives, tempDir);
    if (level) {
      const m = await checkManifest(level, log, hasher, { emptyHashAllowed: false });
      const rel = level.rels.find((r) => r.id === 'SERVICEMODEL');
      const rd = rel ? level.parts.get(targetEntryName(rel.target).toLowerCase()) : undefined;
      if (!rd) log.error('missing-rd', level.label, 'no SERVICEMODEL relationship to ServiceDefinition.rd');
      else addDocument(RD_DOC, level, rd, m.hashes);
      const rdsc = [...level.parts.values()].find((e) => extension(e.name) === 'rdsc');
      if (rdsc) addDocument(RDSC_DOC, level, rdsc, m.hashes);
    }
  }
  // Named streams.
  const ns = byRel('NAMEDSTREAMPACKAGE');
  if (ns) {
    const level = await openNestedLevel(top, ns, log, archives, tempDir);
    if (level) {
      const m = await checkManifest(level, log, hasher, { emptyHashAllowed: true });
      for (const [key, entry] of level.parts) {
        if (isOpcMetadataPart(key) || entry.name === m.manifestEntry) continue;
        addDocument(`NamedStreams/${entry.name}`, level, entry, m.hashes);
      }
    }
  }
  // Roles.
  for (const entry of top.parts.values()) {
    if (extension(entry.name) !== 'cssx') continue;
    // Taken out of `ahead`: once its level is read, nothing waits for it.
    let pre = ahead.get(entry);
    ahead.delete(entry);
    const level = await openNestedLevel(top, entry, log, archives, tempDir, pre?.archive);
    if (!level) continue;
    const m = await checkManifest(level, log, hasher, { emptyHashAllowed: false }, pre?.hashes);
    pre = undefined;
    log.check('roles');
    if (!level.rels.some((r) => r.type === UAR_MANIFEST_REL)) {
      log.warn('missing-relationship', `${level.label}!/${RELS_PART}`, 'no UAR Manifest relationship to /Cloud.uar.csman');
    }
    const { files, find } = roleFiles(level, m.hashes, m.manifestEntry);
    const match = /^(.+)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.cssx$/i.exec(entry.name);
    let roleName = match?.[1] ?? entry.name.replace(/\.cssx$/i, '');
    const rm = find('\\RoleModel.xml');
    if (rm) {
      const root = await parseEntry(rm.archive, rm.entry, `${level.label}!/RoleModel.xml`, log);
      const n = root?.attrValue('name');
      if (n) roleName = n;
    }
    if (roleSources.has(roleName)) {
      log.error('duplicate-role', level.label, `a second package for role ${roleName}`);
      continue;
    }
    roles.push({ name: roleName, part: entry.name, files });
    roleSources.set(roleName, find);
  }
}
