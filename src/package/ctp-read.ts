import type { XmlElement } from '../xml/index.js';
import { CTP_NS, CTP_PRODUCT_VERSION_KEY, CTP_REL, RDSC_DOC } from './format.js';
import { hashParts, parseEntry } from './opc-level.js';
import { isOpcMetadataPart, RELS_PART, targetEntryName } from './opc.js';
import type { PackagedFile } from './package-view.js';
import type { Level, ReadState, Source } from './read-state.js';
import type { ZipEntryInfo } from './zip-read.js';

function textOf(e: XmlElement | undefined): string | undefined {
  return e ? e.text.trim() : undefined;
}

/** Reads and checks a CTP (V20120315) package: its one manifest, every content and every layout. */
export async function readCtp(top: Level, state: ReadState): Promise<void> {
  const { log, roles, documents, roleSources, documentSources } = state;
  const relsLabel = `${top.label}!/${RELS_PART}`;
  const defs = top.rels.filter((r) => r.type === CTP_REL);
  if (defs.length !== 1) {
    log.error('ctp-relationship', relsLabel, `${defs.length} PackageDefinition relationships; exactly one is required`);
  }
  const rel = defs[0];
  if (!rel) return;
  const manifestKey = targetEntryName(rel.target).toLowerCase();
  const manifestEntry = top.parts.get(manifestKey);
  if (!manifestEntry) {
    // External-mode targets are not checked by readLevel; CSPack marks this one External.
    log.error('missing-target', relsLabel, `the PackageDefinition relationship points at ${rel.target}, which is not in the package`);
    return;
  }
  const label = `${top.label}!/${manifestEntry.name}`;
  log.check('manifests and hashes');
  const root = await parseEntry(top.archive, manifestEntry, label, log);
  if (!root) return;
  if (root.local !== 'PackageDefinition' || root.uri !== CTP_NS) {
    log.error('ctp-schema', label, `root element is <${root.name}> in "${root.uri}", expected <PackageDefinition> in ${CTP_NS}`);
    return;
  }
  const order = root.elements.map((e) => e.local);
  if (order.join(',') !== 'PackageMetaData,PackageContents,PackageLayouts' || root.elements.some((e) => e.uri !== CTP_NS)) {
    log.error('ctp-schema', label, `PackageDefinition holds <${order.join('>, <')}>; the schema requires PackageMetaData, PackageContents, PackageLayouts in that order and namespace`);
  }
  const pv = root
    .child('PackageMetaData')
    ?.childrenNamed('KeyValuePair')
    .find((kv) => textOf(kv.child('Key')) === CTP_PRODUCT_VERSION_KEY);
  const version = textOf(pv?.child('Value'));
  if (!version) log.error('product-version', label, `PackageMetaData has no ${CTP_PRODUCT_VERSION_KEY} key`);
  else if (!/^\d+(\.\d+){1,3}$/.test(version)) log.error('product-version', label, `ProductVersion "${version}" is not a dotted version`);
  else state.productVersion = version;

  const contents = new Map<string, { entry: ZipEntryInfo; size: number; sha256: string }>();
  const referencedParts = new Set<string>([manifestKey]);
  for (const cd of root.child('PackageContents')?.childrenNamed('ContentDefinition') ?? []) {
    const name = textOf(cd.child('Name'));
    const desc = cd.child('ContentDescription');
    if (!name || !desc) {
      log.error('ctp-schema', label, 'a ContentDefinition has no Name or ContentDescription');
      continue;
    }
    if (contents.has(name)) {
      log.error('ctp-duplicate-content', label, `two ContentDefinitions are named ${name}`);
      continue;
    }
    const storePath = textOf(desc.child('DataStorePath')) ?? '';
    const storeKey = targetEntryName(storePath).toLowerCase();
    referencedParts.add(storeKey);
    const entry = top.parts.get(storeKey);
    if (!entry) {
      log.error('missing-part', label, `content ${name} is stored at ${storePath}, which is not in the package`);
      continue;
    }
    const h = (await hashParts(top, [entry], state.hasher, log)).hash(entry);
    if (!h) continue;
    const length = textOf(desc.child('LengthInBytes'));
    if (length !== String(h.size)) {
      log.error('length-mismatch', `${top.label}!/${entry.name}`, `part is ${h.size} bytes, the manifest says LengthInBytes ${length ?? '(none)'}`);
    }
    const algorithm = textOf(desc.child('IntegrityCheckHashAlgortihm'));
    if (algorithm === 'Sha256') {
      const want = Buffer.from(textOf(desc.child('IntegrityCheckHash')) ?? '', 'base64');
      const got = Buffer.from(h.sha256, 'hex');
      if (want.length !== 32) log.error('hash-mismatch', label, `IntegrityCheckHash of ${name} is not a base64 SHA-256 (${want.length} bytes)`);
      else if (!want.equals(got)) {
        log.error('hash-mismatch', `${top.label}!/${entry.name}`, `SHA-256 is ${got.toString('base64')}, the manifest says ${want.toString('base64')}: the part was changed or damaged after packaging`);
      }
    } else if (algorithm !== 'None') {
      log.error('ctp-hash-algorithm', label, `IntegrityCheckHashAlgortihm of ${name} is "${algorithm ?? ''}"; only Sha256 and None exist`);
    }
    contents.set(name, { entry, ...h });
    if (name.startsWith('ServiceDefinition/') || name.startsWith('NamedStreams/')) {
      const docName = name.toLowerCase() === 'servicedefinition/servicedefinition.rdsc' ? RDSC_DOC : name;
      documents.push({ path: docName, size: h.size, sha256: h.sha256 });
      documentSources.set(docName.toLowerCase(), { archive: top.archive, entry });
    }
  }
  log.check('roles');
  const layoutNames = new Set<string>();
  for (const ld of root.child('PackageLayouts')?.childrenNamed('LayoutDefinition') ?? []) {
    const name = textOf(ld.child('Name')) ?? '';
    if (layoutNames.has(name)) {
      log.error('duplicate-role', label, `two LayoutDefinitions are named ${name}`);
      continue;
    }
    layoutNames.add(name);
    if (!name.startsWith('Roles/')) {
      log.warn('ctp-layout-name', label, `layout ${name} does not start with Roles/; it has no known meaning`);
      continue;
    }
    const roleName = name.slice('Roles/'.length);
    const files: PackagedFile[] = [];
    const sources = new Map<string, Source>();
    for (const fd of ld.child('LayoutDescription')?.childrenNamed('FileDefinition') ?? []) {
      const path = textOf(fd.child('FilePath')) ?? '';
      const ref = textOf(fd.child('FileDescription')?.child('DataContentReference')) ?? '';
      const bad =
        !path.startsWith('\\') ? 'does not start with "\\"'
        : path.includes('/') ? 'contains "/"'
        : path.split('\\').includes('..') ? 'has a ".." segment'
        : /^\\?[A-Za-z]:/.test(path) ? 'has a drive letter'
        : undefined;
      if (bad) log.error('bad-file-path', `${label} ${name}`, `FilePath ${path} ${bad}`);
      if (sources.has(path.toLowerCase())) {
        log.error('duplicate-name', `${label} ${name}`, `FilePath ${path} appears twice (paths are compared case-insensitively on the role's NTFS drive)`);
        continue;
      }
      const content = contents.get(ref);
      if (!content) {
        log.error('missing-content', `${label} ${name}`, `FilePath ${path} refers to content ${ref}, which has no ContentDefinition`);
        continue;
      }
      files.push({ path, size: content.size, sha256: content.sha256 });
      sources.set(path.toLowerCase(), { archive: top.archive, entry: content.entry });
    }
    roles.push({ name: roleName, part: name, files });
    roleSources.set(roleName, (path) => sources.get(path.toLowerCase()));
  }
  for (const [key, part] of top.parts) {
    if (isOpcMetadataPart(key) || referencedParts.has(key)) continue;
    log.warn('unlisted-part', `${top.label}!/${part.name}`, 'part is not referenced by any ContentDefinition');
  }
}
