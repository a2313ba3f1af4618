import { appendFileSync, writeFileSync } from 'node:fs';
import type { XmlElement } from '../xml/index.js';
import { fileBlocks } from './parallel-zip.js';
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
 * holds only the UTF-8 text written so far, in blocks, or, given a file to spill to, not even that
 * (a role's manifest is 18 MB for 68,000 files).
 */
export class ManifestWriter {
  private readonly blocks: Buffer[] = [];
  private pending = '';
  private count = 0;

  /** `spill`: a new file the text is appended to instead of held; the caller removes it. */
  constructor(private readonly spill?: string) {
    if (spill !== undefined) writeFileSync(spill, '', { flag: 'wx' });
  }

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

  /** The whole document, in blocks, from a writer without a spill file; the writer is spent. */
  finish(rest: Omit<ManifestToWrite, 'items'> = {}): Buffer[] {
    if (this.spill !== undefined) throw new Error('a spilled manifest is read back with chunks()');
    this.flush();
    const [head, tail] = this.ends(rest);
    return [head, ...this.blocks.splice(0), tail];
  }

  /** The whole document, in blocks, read back from the spill file if there is one; the writer is spent. */
  async *chunks(rest: Omit<ManifestToWrite, 'items'> = {}): AsyncGenerator<Buffer> {
    if (this.spill === undefined) {
      yield* this.finish(rest);
      return;
    }
    this.flush();
    const [head, tail] = this.ends(rest);
    yield head;
    yield* fileBlocks(this.spill);
    yield tail;
  }

  private ends(rest: Omit<ManifestToWrite, 'items'>): [Buffer, Buffer] {
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
    return [Buffer.from(head, 'utf8'), Buffer.from(tail, 'utf8')];
  }

  private flush(): void {
    if (this.pending === '') return;
    const block = Buffer.from(this.pending, 'utf8');
    this.pending = '';
    if (this.spill === undefined) this.blocks.push(block);
    else appendFileSync(this.spill, block);
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

/**
 * How much text must be buffered before an element that does not match counts as not matching
 * (rather than as not yet complete). An element longer than this sends the manifest to the parser.
 */
const LOOKAHEAD = 64 * 1024;

/** A manifest as `ManifestScanner` reads it, without its items (they go to a callback). */
export type ManifestHead = Omit<Manifest, 'items'>;

/** The text a scan has been given and has not consumed yet. */
interface ScanText {
  text: string;
  at: number;
  ended: boolean;
}

/**
 * The manifest grammar `ManifestScanner` accepts, as a generator that yields whenever it needs
 * more text than it has: values are not kept, so the scan holds one window of text at a time.
 */
function* scan(src: ScanText, onItem: (item: ManifestItem) => void): Generator<void, ManifestHead | undefined, void> {
  function* enough(n: number): Generator<void, void, void> {
    while (!src.ended && src.text.length - src.at < n) yield;
  }
  function* take(s: string): Generator<void, boolean, void> {
    yield* enough(s.length);
    if (!src.text.startsWith(s, src.at)) return false;
    src.at += s.length;
    return true;
  }
  /** `<name attrs />`, or `<name attrs>`, children matching `child`, `</name>`; undefined when neither. */
  function* list(name: string, attrs: string, child: RegExp, read: (m: RegExpExecArray) => void): Generator<void, boolean | undefined, void> {
    if (yield* take(`<${name}${attrs} />`)) return true;
    if (!(yield* take(`<${name}${attrs}>`))) return undefined;
    for (;;) {
      while (!src.ended && src.text.length - src.at < LOOKAHEAD) yield;
      child.lastIndex = src.at;
      const m = child.exec(src.text);
      if (!m) break;
      read(m);
      src.at = child.lastIndex;
    }
    return yield* take(`</${name}>`);
  }
  if (!(yield* take('<PackageManifest version="2"><Encryption keytype="1" />'))) return undefined;
  const contents = yield* list('Contents', ' hashtype="1"', ITEM, (m) => {
    const [, name, hash, uri, created, modified] = m as unknown as [string, string, string, string, string | undefined, string | undefined];
    onItem({ name, hash, uri, ...(created ? { created } : {}), ...(modified ? { modified } : {}) });
  });
  if (!contents) return undefined;
  const keys = function* (name: string, child: RegExp): Generator<void, string[] | undefined | false, void> {
    const out: string[] = [];
    const found = yield* list(name, '', child, (m) => out.push(m[1] as string));
    return found === undefined ? undefined : found && out;
  };
  const systemSettings = yield* keys('SystemConfigurationSettings', SETTING);
  const applicationSettings = yield* keys('ApplicationConfigurationSettings', SETTING);
  const namedStreams = yield* keys('NamedStreams', STREAM);
  if (systemSettings === false || applicationSettings === false || namedStreams === false) return undefined;
  if (!(yield* take('</PackageManifest>'))) return undefined;
  // Nothing may follow, and only the end of the input says that nothing will.
  while (!src.ended) {
    if (src.at !== src.text.length) return undefined;
    yield;
  }
  if (src.at !== src.text.length) return undefined;
  return { version: '2', keytype: '1', hashtype: '1', systemSettings, applicationSettings, namedStreams: namedStreams ?? [] };
}

/**
 * Reads a manifest written exactly as CSPack and `manifestXml` write it, from its bytes in pieces of
 * any size, handing each item to `onItem` as it is read: a role's manifest lists every file, and
 * neither its text nor its items need to be held at once. Anything else (a declaration, other
 * spacing or order, a character reference, bytes that are not UTF-8) makes it give up, for the XML
 * parser and `readManifest` to read; what it accepts is well-formed XML, read as `readManifest`
 * reads it. Items already handed over before it gives up are the caller's to discard.
 */
export class ManifestScanner {
  private readonly src: ScanText = { text: '', at: 0, ended: false };
  // The decoder drops a leading byte-order mark, as the parser does, and keeps a character split
  // between two pieces until the second arrives.
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly run: Generator<void, ManifestHead | undefined, void>;
  private state: 'scanning' | 'failed' | ManifestHead = 'scanning';

  constructor(onItem: (item: ManifestItem) => void) {
    this.run = scan(this.src, onItem);
    this.step();
  }

  /** Gives the next bytes; false once the manifest is known not to be in the scanned form. */
  push(bytes: Uint8Array): boolean {
    if (this.state !== 'scanning') return this.state !== 'failed';
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: true });
    } catch {
      this.state = 'failed';
      return false;
    }
    const src = this.src;
    src.text = src.text.slice(src.at) + text;
    src.at = 0;
    return this.step() !== 'failed';
  }

  /** The end of the bytes: what the manifest holds besides its items, or undefined. */
  end(): ManifestHead | undefined {
    if (this.state === 'scanning') {
      const src = this.src;
      try {
        src.text = src.text.slice(src.at) + this.decoder.decode();
        src.at = 0;
        src.ended = true;
      } catch {
        // A character cut off at the end.
        this.state = 'failed';
      }
    }
    const state = this.state === 'scanning' ? this.step() : this.state;
    return typeof state === 'string' ? undefined : state;
  }

  private step(): typeof this.state {
    const r = this.run.next();
    if (r.done) this.state = r.value ?? 'failed';
    return this.state;
  }
}
