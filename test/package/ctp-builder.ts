/**
 * Builds a CTP-format (V20120315) package from the contents of a legacy one, following the
 * format notes §3 directly (string templates, not the packager's XML writer), so that the
 * verifier's CTP checks are tested against an independent producer.
 */
import { createHash } from 'node:crypto';
import type { OpenedPackage } from '../../src/package/reader.js';
import { writeZip, type EditableEntry } from './zip-edit.js';

export interface CtpEdits {
  /** Rewrites the manifest text before it is stored. */
  manifest?(xml: string): string;
  /** Rewrites the entry list before it is zipped. */
  entries?(entries: EditableEntry[]): EditableEntry[];
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function buildCtpPackage(source: OpenedPackage, edits: CtpEdits = {}): Promise<Buffer> {
  const contents: { name: string; data: Buffer }[] = [];
  const byHash = new Map<string, string>();
  const addContent = (name: string, data: Buffer): string => {
    contents.push({ name, data });
    return name;
  };
  const layouts: string[] = [];
  for (const role of source.view.roles) {
    const files: string[] = [];
    for (const f of role.files) {
      const data = (await source.readRoleFile(role.name, f.path, 64 * 1024 * 1024))!;
      let name = byHash.get(f.sha256);
      if (!name) {
        // CSPack uses a random GUID without dashes; any unique name is valid.
        name = addContent(`LocalContent/${createHash('md5').update(`${role.name}\0${f.path}`).digest('hex')}`, data);
        byHash.set(f.sha256, name);
      }
      files.push(
        `<FileDefinition><FilePath>${esc(f.path)}</FilePath><FileDescription><DataContentReference>${name}</DataContentReference>` +
          `<CreatedTimeUtc>2013-04-23T15:37:57.7087474Z</CreatedTimeUtc><ModifiedTimeUtc>2012-10-04T21:51:54Z</ModifiedTimeUtc><ReadOnly>false</ReadOnly></FileDescription></FileDefinition>`,
      );
    }
    layouts.push(`<LayoutDefinition><Name>Roles/${esc(role.name)}</Name><LayoutDescription>${files.join('')}</LayoutDescription></LayoutDefinition>`);
  }
  for (const d of source.view.documents) addContent(d.path, (await source.readDocument(d.path))!);
  const definitions = contents.map(
    (c) =>
      `<ContentDefinition><Name>${c.name}</Name><ContentDescription><LengthInBytes>${c.data.length}</LengthInBytes>` +
      `<IntegrityCheckHashAlgortihm>Sha256</IntegrityCheckHashAlgortihm><IntegrityCheckHash>${createHash('sha256').update(c.data).digest('base64')}</IntegrityCheckHash>` +
      `<DataStorePath>${c.name}</DataStorePath></ContentDescription></ContentDefinition>`,
  );
  let manifest =
    '\ufeff<?xml version="1.0" encoding="utf-8"?>\r\n' +
    '<PackageDefinition xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.microsoft.com/windowsazure">' +
    `<PackageMetaData><KeyValuePair><Key>http://schemas.microsoft.com/windowsazure/ProductVersion/</Key><Value>${source.view.productVersion}</Value></KeyValuePair></PackageMetaData>` +
    `<PackageContents>${definitions.join('')}</PackageContents><PackageLayouts>${layouts.join('')}</PackageLayouts></PackageDefinition>`;
  if (edits.manifest) manifest = edits.manifest(manifest);
  const overrides = contents.filter((c) => c.name.startsWith('LocalContent/')).map((c) => `<Override PartName="/${c.name}" ContentType="application/octet-stream" />`);
  const types =
    '\ufeff<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />' +
    ['xml', 'csdef', 'rd', 'rdsc', '0'].map((e) => `<Default Extension="${e}" ContentType="application/octet-stream" />`).join('') +
    `${overrides.join('')}</Types>`;
  const rels =
    '\ufeff<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Type="http://schemas.microsoft.com/windowsazure/PackageDefinition/Version/2012/03/15" Target="/package.xml" TargetMode="External" Id="R0123456789abcdef" /></Relationships>';
  let entries: EditableEntry[] = [
    { name: '_rels/.rels', data: Buffer.from(rels, 'utf8'), compress: true },
    { name: '[Content_Types].xml', data: Buffer.from(types, 'utf8'), compress: true },
    { name: 'package.xml', data: Buffer.from(manifest, 'utf8'), compress: true },
    ...contents.map((c) => ({ name: c.name, data: c.data, compress: true })),
  ];
  if (edits.entries) entries = edits.entries(entries);
  return writeZip(entries);
}
