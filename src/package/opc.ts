import { parseXml, type XmlElement } from '../xml/index.js';
import { el, ONE_LINE, xmlDocument } from './xml-out.js';

export const CONTENT_TYPES_PART = '[Content_Types].xml';
export const RELS_PART = '_rels/.rels';
const CONTENT_TYPES_KEY = CONTENT_TYPES_PART.toLowerCase();

/** Whether a part, by lower-case name, is the package's relationships or content types: OPC's own, not content. */
export function isOpcMetadataPart(key: string): boolean {
  return key === RELS_PART || key === CONTENT_TYPES_KEY;
}
export const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
export const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const RELS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/** Largest package XML part (manifest, content types, relationships) read into memory. */
export const MAX_XML_PART = 64 * 1024 * 1024;
const XML_LIMITS = { maxBytes: MAX_XML_PART, maxDepth: 64, maxElements: 5_000_000 };

/** Parses a package XML part; returns the root or a one-line reason it could not be read. */
export function parsePart(label: string, bytes: Uint8Array): { root: XmlElement } | { error: string } {
  const doc = parseXml(label, bytes, XML_LIMITS);
  const fatal = doc.problems.find((p) => p.fatal);
  if (!doc.root || fatal) {
    const p = fatal ?? doc.problems[0];
    return { error: p ? `${p.message} (line ${p.at.line}, column ${p.at.column})` : 'empty document' };
  }
  return { root: doc.root };
}

export interface ContentTypes {
  /** Extension (lower case) → content type. OPC compares extensions case-insensitively. */
  readonly defaults: Map<string, string>;
  /**
   * Part name, lower case, without its leading slash (that is, as a ZIP entry name) → content
   * type. A PartName without the slash names no entry.
   */
  readonly overrides: Map<string, string>;
}

export function readContentTypes(root: XmlElement): ContentTypes | string {
  if (root.local !== 'Types' || root.uri !== CT_NS) return `root element is <${root.name}>, expected <Types> in ${CT_NS}`;
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  for (const e of root.elements) {
    const type = e.attrValue('ContentType');
    if (e.local === 'Default') {
      const ext = e.attrValue('Extension');
      if (ext === undefined || type === undefined) return '<Default> without Extension or ContentType';
      defaults.set(ext.toLowerCase(), type);
    } else if (e.local === 'Override') {
      const part = e.attrValue('PartName');
      if (part === undefined || type === undefined) return '<Override> without PartName or ContentType';
      const name = part.toLowerCase();
      if (name.startsWith('/')) overrides.set(name.slice(1), type);
    }
  }
  return { defaults, overrides };
}

/**
 * The content type OPC gives a part (ZIP entry name without leading slash), or undefined. OPC
 * compares names and extensions case-insensitively; `lowerName`, the name in lower case, can be
 * passed when the caller has it (a level's `parts` are keyed by it), so that looking up every part
 * of a large role makes no string but its extension.
 */
export function contentTypeOf(types: ContentTypes, entryName: string, lowerName: string = entryName.toLowerCase()): string | undefined {
  const override = types.overrides.get(lowerName);
  if (override !== undefined) return override;
  const dot = entryName.lastIndexOf('.');
  if (dot < 0 || dot < entryName.lastIndexOf('/')) return undefined;
  const ext = entryName.slice(dot + 1);
  // The keys are in lower case, so an extension that is not misses and is looked up lowered.
  return types.defaults.get(ext) ?? types.defaults.get(ext.toLowerCase());
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

export function readRelationships(root: XmlElement): Relationship[] | string {
  if (root.local !== 'Relationships' || root.uri !== RELS_NS) {
    return `root element is <${root.name}>, expected <Relationships> in ${RELS_NS}`;
  }
  const rels: Relationship[] = [];
  for (const e of root.childrenNamed('Relationship')) {
    const id = e.attrValue('Id');
    const type = e.attrValue('Type');
    const target = e.attrValue('Target');
    if (!id || !type || target === undefined) return '<Relationship> without Id, Type or Target';
    rels.push({ id, type, target, external: e.attrValue('TargetMode') === 'External' });
  }
  return rels;
}

/** The ZIP entry name an internal relationship target points at (targets here are absolute: `/x.csman`). */
export function targetEntryName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : target;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function relationshipsXml(rels: readonly Relationship[]): Buffer {
  return xmlDocument(
    el(
      'Relationships',
      [['xmlns', RELS_NS]],
      rels.map((r) =>
        el('Relationship', [
          ['Type', r.type],
          ['Target', r.target],
          ['TargetMode', r.external ? 'External' : undefined],
          ['Id', r.id],
        ]),
      ),
    ),
    ONE_LINE,
  );
}

export function contentTypesXml(
  defaults: ReadonlyArray<readonly [string, string]>,
  overrides: ReadonlyArray<readonly [string, string]> = [],
): Buffer {
  return xmlDocument(
    el('Types', [['xmlns', CT_NS]], [
      ...defaults.map(([ext, type]) => el('Default', [['Extension', ext], ['ContentType', type]])),
      ...overrides.map(([part, type]) => el('Override', [['PartName', part], ['ContentType', type]])),
    ]),
    ONE_LINE,
  );
}

/** Part-name URI for a ZIP entry name: `/` + the name with characters outside URI syntax escaped. */
export function partUri(entryName: string): string {
  return '/' + entryName.split('/').map((s) => encodeURIComponent(s).replace(/%5B/g, '[').replace(/%5D/g, ']')).join('/');
}
