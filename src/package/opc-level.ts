import type { XmlElement } from '../xml/index.js';
import {
  CONTENT_TYPES_PART,
  contentTypeOf,
  MAX_XML_PART,
  parsePart,
  readContentTypes,
  readRelationships,
  RELS_PART,
  targetEntryName,
  type ContentTypes,
  type Relationship,
} from './opc.js';
import { entryNameProblem, type ProblemLog } from './problems.js';
import type { EntryHasher } from './entry-hasher.js';
import type { EntryMeasures } from './entry-measures.js';
import type { Level } from './read-state.js';
import { ZipReadError, type ZipArchive, type ZipEntryInfo } from './zip-read.js';

/** Nested packages that are deflated (CSPack stores them) are inflated to disk up to this size. */
const MAX_NESTED_INFLATED = 8 * 1024 * 1024 * 1024;

/** Names that `toLowerCase` leaves as they are: ASCII without capitals. */
const ALREADY_LOWER = /^[^A-Z\u0080-\uffff]*$/;

/** Generic ZIP + OPC checks for one level. Returns undefined when the level cannot be used at all. */
export async function readLevel(archive: ZipArchive, label: string, log: ProblemLog): Promise<Level | undefined> {
  log.check('ZIP container');
  const parts = new Map<string, ZipEntryInfo>();
  const { entries } = archive;
  // An index loop: outside optimized code, `for … of` makes a result object per entry.
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as ZipEntryInfo;
    const bad = entryNameProblem(e.name.endsWith('/') ? e.name.slice(0, -1) : e.name);
    if (bad) log.error('bad-entry-name', `${label}!/${e.name}`, `unsafe entry name: ${bad}`);
    if (e.isDirectory) continue;
    if (e.encrypted) log.error('encrypted-entry', `${label}!/${e.name}`, 'entry is encrypted; packages are never encrypted');
    else if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
      log.error('compression-method', `${label}!/${e.name}`, `compression method ${e.compressionMethod}; only stored (0) and deflate (8) are readable`);
    }
    // The name itself when it is already lower case: `toLowerCase` copies a name read from a
    // buffer even then, and a role's map would hold every name twice.
    const key = ALREADY_LOWER.test(e.name) ? e.name : e.name.toLowerCase();
    const earlier = parts.get(key);
    if (earlier) {
      log.error(
        'duplicate-name',
        `${label}!/${e.name}`,
        earlier.name === e.name
          ? 'the entry name appears twice'
          : `"${e.name}" and "${earlier.name}" differ only in case; OPC part names (and the Windows file system) are case-insensitive`,
      );
      continue;
    }
    parts.set(key, e);
  }

  log.check('OPC content types and relationships');
  let types: ContentTypes | undefined;
  const ctEntry = parts.get(CONTENT_TYPES_PART.toLowerCase());
  if (!ctEntry) log.error('missing-content-types', label, `no ${CONTENT_TYPES_PART}; every OPC package needs one`);
  else {
    const parsed = await parseEntry(archive, ctEntry, `${label}!/${CONTENT_TYPES_PART}`, log);
    if (parsed) {
      const t = readContentTypes(parsed);
      if (typeof t === 'string') log.error('bad-content-types', `${label}!/${CONTENT_TYPES_PART}`, t);
      else types = t;
    }
  }
  if (types) {
    const known = types;
    parts.forEach((e, key) => {
      if (e.name === CONTENT_TYPES_PART) return;
      if (contentTypeOf(known, e.name, key) === undefined) {
        log.error('no-content-type', `${label}!/${e.name}`, `part has no content type in ${CONTENT_TYPES_PART} (no Default for its extension, no Override)`);
      }
    });
  }
  let rels: Relationship[] = [];
  const relsEntry = parts.get(RELS_PART);
  if (!relsEntry) {
    log.error('missing-relationships', label, `no ${RELS_PART}; the package has no relationships`);
  } else {
    const parsed = await parseEntry(archive, relsEntry, `${label}!/${RELS_PART}`, log);
    if (parsed) {
      const r = readRelationships(parsed);
      if (typeof r === 'string') log.error('bad-relationships', `${label}!/${RELS_PART}`, r);
      else rels = r;
    }
  }
  for (const r of rels) {
    if (r.external) continue;
    if (!parts.has(targetEntryName(r.target).toLowerCase())) {
      log.error('missing-target', `${label}!/${RELS_PART}`, `relationship ${r.id} points at ${r.target}, which is not in the package`);
    }
  }
  return { archive, label, parts, rels, types };
}

export async function parseEntry(archive: ZipArchive, entry: ZipEntryInfo, label: string, log: ProblemLog): Promise<XmlElement | undefined> {
  const bytes = await readPart(archive, entry, label, log);
  return bytes && parseRead(label, bytes, log);
}

/** An XML part's bytes, up to the size any XML part may have; undefined (logged) when unreadable. */
export async function readPart(archive: ZipArchive, entry: ZipEntryInfo, label: string, log: ProblemLog): Promise<Buffer | undefined> {
  try {
    return await archive.readBytes(entry, MAX_XML_PART);
  } catch (e) {
    log.error('unreadable-part', label, (e as Error).message);
    return undefined;
  }
}

/** The root of an XML part read with `readPart`; undefined (logged) when it is not readable XML. */
export function parseRead(label: string, bytes: Buffer, log: ProblemLog): XmlElement | undefined {
  const parsed = parsePart(label, bytes);
  if ('error' in parsed) {
    log.error('bad-xml', label, `not readable XML: ${parsed.error}`);
    return undefined;
  }
  return parsed.root;
}

/**
 * SHA-256 and length of each entry, measured on the hasher's workers, in the archive's `measures`;
 * entries measured ahead are not measured again. Nothing is logged yet.
 */
export async function measureParts(archive: ZipArchive, entries: readonly ZipEntryInfo[], hasher: EntryHasher, ahead?: Promise<unknown>): Promise<EntryMeasures> {
  await ahead?.catch(() => undefined);
  const measures = archive.measures;
  const missing = entries.filter((e) => !measures.has(e));
  if (missing.length > 0) await archive.hashEntries(missing, hasher);
  return measures;
}

/** Logs the parts that could not be read, in the order given. */
export function logUnreadable(level: Level, entries: readonly ZipEntryInfo[], measured: EntryMeasures, log: ProblemLog): void {
  for (const entry of entries) {
    const r = measured.get(entry);
    if (r instanceof Error) log.error('unreadable-part', `${level.label}!/${entry.name}`, r.message);
  }
}

/** SHA-256 and length of each part (`hash`); unreadable parts are logged. */
export async function hashParts(level: Level, entries: readonly ZipEntryInfo[], hasher: EntryHasher, log: ProblemLog): Promise<EntryMeasures> {
  const measures = await measureParts(level.archive, entries, hasher);
  logUnreadable(level, entries, measures, log);
  return measures;
}

/** A nested package opened, and all its entries hashed, ahead of the checks that will use them. */
export interface NestedAhead {
  readonly archive: Promise<ZipArchive>;
  /** Settles once the archive's `measures` hold every file entry. */
  readonly hashes: Promise<EntryMeasures>;
}

/**
 * Starts opening a nested package and hashing its entries, logging nothing: the checks of other
 * levels run meanwhile, and `openNestedLevel` and `measureParts` take the results in their turn,
 * so problems are reported in the same order as without it.
 */
export function openNestedAhead(top: Level, entry: ZipEntryInfo, tempDir: string, hasher: EntryHasher): NestedAhead {
  const archive = top.archive.openNested(entry, tempDir, MAX_NESTED_INFLATED);
  const hashes = archive.then((a) => a.hashEntries(a.entries.filter((e) => !e.isDirectory), hasher));
  // Handled where they are awaited; until then a failure must not count as unhandled.
  archive.catch(() => undefined);
  hashes.catch(() => undefined);
  return { archive, hashes };
}

export function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export async function openNestedLevel(
  top: Level,
  entry: ZipEntryInfo,
  log: ProblemLog,
  archives: ZipArchive[],
  tempDir: string,
  ahead?: Promise<ZipArchive>,
): Promise<Level | undefined> {
  log.check('ZIP container');
  let nested: ZipArchive;
  try {
    nested = await (ahead ?? top.archive.openNested(entry, tempDir, MAX_NESTED_INFLATED));
  } catch (e) {
    log.error('nested-unreadable', `${top.label}!/${entry.name}`, e instanceof ZipReadError ? e.message : `cannot open nested package: ${(e as Error).message}`);
    return undefined;
  }
  archives.push(nested);
  return readLevel(nested, nested.label, log);
}
