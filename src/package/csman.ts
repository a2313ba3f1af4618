import type { XmlElement } from '../xml/index.js';
import { el, xmlDocument, type XNode } from './xml-out.js';

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
  const settings = (name: string, keys: readonly string[] | undefined): XNode | undefined =>
    keys === undefined ? undefined : el(name, [], keys.map((k) => el('Setting', [['key', k]])));
  return xmlDocument(
    el('PackageManifest', [['version', '2']], [
      el('Encryption', [['keytype', '1']]),
      el(
        'Contents',
        [['hashtype', '1']],
        m.items.map((i) =>
          el('Item', [
            ['name', i.name],
            ['hash', i.hash],
            ['uri', i.uri],
            ['created', i.created],
            ['modified', i.modified],
          ]),
        ),
      ),
      settings('SystemConfigurationSettings', m.systemSettings),
      settings('ApplicationConfigurationSettings', m.applicationSettings),
      el('NamedStreams', [], (m.namedStreams ?? []).map((n) => el('Stream', [['name', n]]))),
    ]),
    { bom: true, declaration: '', indented: false },
  );
}

/** Windows FILETIME (100-ns ticks since 1601-01-01 UTC) of a time in milliseconds since 1970. */
export function fileTime(ms: number): string {
  return (BigInt(Math.round(ms)) * 10000n + 116444736000000000n).toString();
}
