import type { XmlElement } from '../xml/index.js';
import { BOM, el, startTag, writeInline } from './xml-out.js';

/** SHA-256 of zero bytes: CSPack writes it for every named stream instead of the stream's hash. */
export const EMPTY_SHA256 = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855';

export interface ManifestItem {
  readonly name: string;
  /** Upper-case hex SHA-256, as written. */
  readonly hash: string;
  /** `/` + ZIP entry name (URI-escaped). */
  readonly uri: string;
  /** Windows FILETIME (100 ns since 1601), role manifests only. */
  readonly created?: string;
  readonly modified?: string;
}

export interface Manifest {
  readonly version: string | undefined;
  readonly keytype: string | undefined;
  readonly hashtype: string | undefined;
  readonly items: ManifestItem[];
  /** `undefined` when the element is absent. */
  readonly systemSettings: string[] | undefined;
  readonly applicationSettings: string[] | undefined;
  readonly namedStreams: string[];
}

export function readManifest(root: XmlElement): Manifest | string {
  if (root.local !== 'PackageManifest') return `root element is <${root.name}>, expected <PackageManifest>`;
  const contents = root.child('Contents');
  if (!contents) return 'no <Contents> element';
  const items: ManifestItem[] = [];
  for (const e of contents.childrenNamed('Item')) {
    const name = e.attrValue('name');
    const hash = e.attrValue('hash');
    const uri = e.attrValue('uri');
    if (name === undefined || hash === undefined || uri === undefined) return '<Item> without name, hash or uri';
    const created = e.attrValue('created');
    const modified = e.attrValue('modified');
    items.push({ name, hash, uri, ...(created ? { created } : {}), ...(modified ? { modified } : {}) });
  }
  const keys = (local: string): string[] | undefined => {
    const s = root.child(local);
    return s ? s.childrenNamed('Setting').map((x) => x.attrValue('key') ?? '') : undefined;
  };
  return {
    version: root.attrValue('version'),
    keytype: root.child('Encryption')?.attrValue('keytype'),
    hashtype: contents.attrValue('hashtype'),
    items,
    systemSettings: keys('SystemConfigurationSettings'),
    applicationSettings: keys('ApplicationConfigurationSettings'),
    namedStreams: (root.child('NamedStreams')?.childrenNamed('Stream') ?? []).map((s) => s.attrValue('name') ?? ''),
  };
}

export interface ManifestToWrite {
  readonly items: readonly ManifestItem[];
  readonly systemSettings?: readonly string[];
  readonly applicationSettings?: readonly string[];
  readonly namedStreams?: readonly string[];
}

/** A `.csman` as CSPack writes it: one line, BOM, no XML declaration. */
export function manifestXml(m: ManifestToWrite): Buffer {
  const w = new ManifestWriter();
  for (const i of m.items) w.add(i);
  return Buffer.concat(w.finish(m));
}

/**
 * Writes a manifest item by item, as `manifestXml` writes it whole. A role of tens of thousands
 * of files would otherwise hold an object per item and then a tree of the whole document; this
 * holds only the UTF-8 text written so far, in blocks.
 */
export class ManifestWriter {
  private readonly blocks: Buffer[] = [];
  private pending = '';
  private count = 0;

  add(i: ManifestItem): void {
    this.pending += writeInline(
      el('Item', [
        ['name', i.name],
        ['hash', i.hash],
        ['uri', i.uri],
        ['created', i.created],
        ['modified', i.modified],
      ]),
    );
    this.count++;
    if (this.pending.length >= 64 * 1024) this.flush();
  }

  /** The whole document, in blocks; the writer is spent. */
  finish(rest: Omit<ManifestToWrite, 'items'> = {}): Buffer[] {
    this.flush();
    const settings = (name: string, keys: readonly string[] | undefined): string =>
      keys === undefined ? '' : writeInline(el(name, [], keys.map((k) => el('Setting', [['key', k]]))));
    const contents = startTag(el('Contents', [['hashtype', '1']]));
    const head =
      BOM +
      startTag(el('PackageManifest', [['version', '2']])) +
      '>' +
      writeInline(el('Encryption', [['keytype', '1']])) +
      (this.count > 0 ? `${contents}>` : `${contents} />`);
    const tail =
      (this.count > 0 ? '</Contents>' : '') +
      settings('SystemConfigurationSettings', rest.systemSettings) +
      settings('ApplicationConfigurationSettings', rest.applicationSettings) +
      writeInline(el('NamedStreams', [], (rest.namedStreams ?? []).map((n) => el('Stream', [['name', n]])))) +
      '</PackageManifest>';
    return [Buffer.from(head, 'utf8'), ...this.blocks.splice(0), Buffer.from(tail, 'utf8')];
  }

  private flush(): void {
    if (this.pending === '') return;
    this.blocks.push(Buffer.from(this.pending, 'utf8'));
    this.pending = '';
  }
}

/** Windows FILETIME (100-ns ticks since 1601-01-01 UTC) of a time in milliseconds since 1970. */
export function fileTime(ms: number): string {
  return (BigInt(Math.round(ms)) * 10000n + 116444736000000000n).toString();
}

/** An attribute value that means what it says: no reference, no character XML would normalize or refuse. */
const VALUE = '([^"<&\\u0000-\\u001f\\ufffe\\uffff]*)';
const ITEM = new RegExp(`<Item name="${VALUE}" hash="${VALUE}" uri="${VALUE}"(?: created="${VALUE}")?(?: modified="${VALUE}")? />`, 'y');
const SETTING = new RegExp(`<Setting key="${VALUE}" />`, 'y');
const STREAM = new RegExp(`<Stream name="${VALUE}" />`, 'y');
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a manifest written exactly as CSPack and `manifestXml` write it, without building a tree:
 * a role's manifest lists every file, and its tree is tens of megabytes for tens of thousands of
 * files. Anything else (a declaration, other spacing or order, a character reference, bytes that
 * are not UTF-8) gives undefined, for the XML parser and `readManifest` to read; what this accepts
 * is well-formed XML, and it reads it as `readManifest` would.
 */
export function scanManifest(bytes: Uint8Array): Manifest | undefined {
  let text: string;
  try {
    // The decoder drops a leading byte-order mark, as the parser does.
    text = UTF8.decode(bytes);
  } catch {
    return undefined;
  }
  let at = 0;
  const take = (s: string): boolean => {
    if (!text.startsWith(s, at)) return false;
    at += s.length;
    return true;
  };
  /** `<name attrs />`, or `<name attrs>`, children matching `child`, `</name>`; undefined when neither. */
  const list = <T>(name: string, attrs: string, child: RegExp, read: (m: RegExpExecArray) => T): T[] | undefined => {
    if (take(`<${name}${attrs} />`)) return [];
    if (!take(`<${name}${attrs}>`)) return undefined;
    const out: T[] = [];
    for (child.lastIndex = at; ; ) {
      const m = child.exec(text);
      if (!m) break;
      out.push(read(m));
      at = child.lastIndex;
    }
    return take(`</${name}>`) ? out : undefined;
  };
  if (!take('<PackageManifest version="2"><Encryption keytype="1" />')) return undefined;
  const items = list('Contents', ' hashtype="1"', ITEM, (m): ManifestItem => {
    const [, name, hash, uri, created, modified] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
    return { name, hash, uri, ...(created ? { created } : {}), ...(modified ? { modified } : {}) };
  });
  if (!items) return undefined;
  const key = (m: RegExpExecArray): string => m[1] as string;
  const systemSettings = list('SystemConfigurationSettings', '', SETTING, key);
  const applicationSettings = list('ApplicationConfigurationSettings', '', SETTING, key);
  const namedStreams = list('NamedStreams', '', STREAM, key);
  if (!take('</PackageManifest>') || at !== text.length) return undefined;
  return { version: '2', keytype: '1', hashtype: '1', items, systemSettings, applicationSettings, namedStreams: namedStreams ?? [] };
}
