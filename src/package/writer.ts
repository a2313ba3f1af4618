import { createHash } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileTime, ManifestWriter, manifestXml, type ManifestItem } from './csman.js';
import { namedStreams } from './generated/named-streams.js';
import { roleModelXml } from './generated/role-model.js';
import { runtimeSetupXml } from './generated/runtime-setup.js';
import { packagedCsdefXml } from './generated/service-definition.js';
import { serviceContractXml, serviceModelXml } from './generated/service-model.js';
import { settingNames } from './generated/endpoints.js';
import { checkLayout, sortLayout, type LayoutEntry, type RolePlan, type ServicePlan } from './layout.js';
import { contentTypesXml, partUri, relationshipsXml, RELS_CONTENT_TYPE, type Relationship } from './opc.js';
import { PRODUCT_VERSION_REL, REQUIRED_RESOURCE, UAR_MANIFEST_REL } from './format.js';
import { DeflatePool } from './deflate-pool.js';
import { collectAfter, collectPhase } from './off-heap-garbage.js';
import { toRolePath } from './paths.js';
import { tempDirRemovedOnInterrupt } from './interrupt.js';
import { fileBlocks, ParallelZip } from './parallel-zip.js';
import { FileSink, MemorySink, type ZipWriterOptions } from './zip-write.js';

/** Entry times when SOURCE_DATE_EPOCH is not set: fixed, so that builds are reproducible by default. */
export const DEFAULT_PACKAGE_TIME = Date.UTC(2000, 0, 1);

export interface WriteOptions {
  /** Milliseconds since 1970 for every time written (ZIP entries, manifest FILETIMEs). */
  readonly time: number;
  /** ZIP64 records even where not needed (to test readers); the writer switches to ZIP64 by itself past 4 GiB. */
  readonly forceZip64?: boolean;
  /** Threads that deflate, this one included; default: one per core. The bytes written do not depend on it. */
  readonly threads?: number;
}

export interface WrittenRole {
  readonly name: string;
  readonly part: string;
  readonly files: number;
  readonly bytes: number;
}

export interface WriteResult {
  readonly out: string;
  readonly sha256: string;
  readonly size: number;
  readonly roles: WrittenRole[];
}

/** Time for entries from SOURCE_DATE_EPOCH (seconds), else the fixed default. */
export function packageTime(env: NodeJS.ProcessEnv): number {
  const raw = env['SOURCE_DATE_EPOCH'];
  if (raw === undefined || raw === '') return DEFAULT_PACKAGE_TIME;
  if (!/^\d+$/.test(raw)) throw new Error(`SOURCE_DATE_EPOCH="${raw}" is not a whole number of seconds`);
  // ZIP's DOS time cannot go before 1980; clamp rather than write a time readers misread.
  return Math.max(Number(raw) * 1000, Date.UTC(1980, 0, 1, 0, 0, 2));
}

/** A name-based GUID (the shape of RFC 4122 version 5, from SHA-256): same inputs, same GUID. */
export function derivedGuid(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

function relationshipId(...parts: string[]): string {
  return 'R' + createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Chunks of a layout entry's bytes: read from disk in blocks, from the kit, or generated. */
async function* sourceChunks(e: LayoutEntry): AsyncGenerator<Buffer> {
  switch (e.source.kind) {
    case 'file':
      yield* fileBlocks(e.source.path);
      return;
    case 'kit':
      for await (const c of await e.source.file.open()) yield c as Buffer;
      return;
    default:
      yield e.source.data;
  }
}

/** Writes to a new file; on failure the partial file is closed (the caller removes its folder). */
async function writeZipFile(dest: string, pool: DeflatePool, options: WriteOptions, fill: (z: ParallelZip) => Promise<void>): Promise<{ sha256: string; size: number }> {
  const sink = await FileSink.create(dest);
  const z = new ParallelZip(sink, pool, zipOptions(options));
  try {
    await fill(z);
    await z.finish();
    await sink.close();
  } catch (e) {
    await z.abort(e);
    await sink.abandon();
    throw e;
  }
  return { sha256: sink.digest(), size: sink.size };
}

function zipOptions(options: WriteOptions): ZipWriterOptions {
  return { time: options.time, forceZip64: options.forceZip64 === true, mode: 0o100644 };
}
/**
 * A role package's `[Content_Types].xml`, collected entry by entry in the order written: each
 * extension once, first seen first, with the content type CSPack gives it; every entry without an
 * extension, and the manifest, by name.
 */
class RoleContentTypes {
  private readonly defaults: [string, string][] = [];
  private readonly overrides: [string, string][] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly manifestName: string) {}

  add(name: string): void {
    if (name === this.manifestName) {
      this.overrides.push([partUri(name), 'text/ucmanifest']);
      return;
    }
    const base = name.slice(name.lastIndexOf('/') + 1);
    const dot = base.lastIndexOf('.');
    if (dot < 0 || dot === base.length - 1) {
      this.overrides.push([partUri(name), 'user/user']);
      return;
    }
    const ext = base.slice(dot + 1);
    if (this.seen.has(ext.toLowerCase())) return;
    this.seen.add(ext.toLowerCase());
    this.defaults.push([ext, ext.toLowerCase() === 'rels' ? RELS_CONTENT_TYPE : 'user/user']);
  }

  xml(): Buffer {
    return contentTypesXml(this.defaults, this.overrides);
  }
}

/**
 * Writes one role package (`.cssx`) to `dest`: the layout files streamed, hashed and compressed on
 * the pool, then the role manifest built from those hashes.
 */
async function writeRole(plan: ServicePlan, role: RolePlan, dest: string, pool: DeflatePool, options: WriteOptions): Promise<{ sha256: string; size: number; files: number; bytes: number }> {
  const kitPaths = role.entries.filter((e) => e.source.kind === 'kit').map((e) => e.path);
  const entries = sortLayout([
    ...role.entries,
    { path: 'RoleModel.xml', source: { kind: 'data', data: roleModelXml(role, plan.kit) } },
    { path: 'RuntimeSetup.Manifest', source: { kind: 'data', data: runtimeSetupXml(role, kitPaths) } },
  ]);
  checkLayout(plan.csdefFile, role, entries);
  collectPhase();
  const manifestName = `${derivedGuid(plan.name, role.name, 'role manifest')}.csman`;
  const rels = relationshipsXml([
    { id: relationshipId(plan.name, role.name, 'uar'), type: UAR_MANIFEST_REL, target: '/Cloud.uar.csman', external: false },
    { id: 'MANIFEST', type: REQUIRED_RESOURCE, target: `/${manifestName}`, external: false },
  ]);
  const stamp = fileTime(options.time);
  let bytes = 0;
  const written = await writeZipFile(dest, pool, options, async (z) => {
    // Both are written as entries go: a role of tens of thousands of files keeps no object per file.
    const manifest = new ManifestWriter(`${dest}.csman`);
    const types = new RoleContentTypes(manifestName);
    for (const [i, e] of entries.entries()) {
      const m = await z.addStream(e.path, sourceChunks(e));
      bytes += m.size;
      types.add(e.path);
      manifest.add({ name: toRolePath(e.path), uri: partUri(e.path), hash: m.sha256.toUpperCase(), created: stamp, modified: stamp });
      // CSPack writes the relationships right after the first file; nothing depends on it.
      if (i === 0) {
        await z.addBuffer('_rels/.rels', rels, false);
        types.add('_rels/.rels');
      }
    }
    if (entries.length === 0) {
      await z.addBuffer('_rels/.rels', rels, false);
      types.add('_rels/.rels');
    }
    await z.addStream(manifestName, manifest.chunks());
    types.add(manifestName);
    await z.addBuffer('[Content_Types].xml', types.xml(), true);
  });
  return { ...written, files: entries.length, bytes };
}

interface SmallPart {
  readonly name: string;
  readonly data: Buffer;
  readonly compress: boolean;
}

/** A small nested package (service model, description, named streams), built in memory. */
async function writeSmallPackage(
  kind: string,
  parts: readonly SmallPart[],
  rels: readonly Relationship[],
  contentTypes: ReadonlyArray<readonly [string, string]>,
  manifestExtra: { systemSettings?: string[]; applicationSettings?: string[] },
  pool: DeflatePool,
  options: WriteOptions,
  /** Where CSPack puts `_rels/.rels`: after the first part, or after the manifest (named streams). */
  relsAfter: 'first-part' | 'manifest' = 'first-part',
): Promise<Buffer> {
  const digest = parts.map((p) => `${p.name}:${sha256(p.data)}`).join('\n');
  const manifestName = `${derivedGuid(kind, 'manifest', digest)}.csman`;
  const sink = new MemorySink();
  const z = new ParallelZip(sink, pool, zipOptions(options));
  const relsXml = relationshipsXml([...rels, { id: 'MANIFEST', type: REQUIRED_RESOURCE, target: `/${manifestName}`, external: false }]);
  try {
    for (const [i, p] of parts.entries()) {
      await z.addBuffer(p.name, p.data, p.compress);
      if (i === 0 && relsAfter === 'first-part') await z.addBuffer('_rels/.rels', relsXml, false);
    }
    const manifest = manifestXml({
      items: parts.map((p) => ({ name: p.name, hash: sha256(p.data).toUpperCase(), uri: partUri(p.name) })),
      ...manifestExtra,
    });
    await z.addBuffer(manifestName, manifest, true);
    if (relsAfter === 'manifest') await z.addBuffer('_rels/.rels', relsXml, false);
    await z.addBuffer('[Content_Types].xml', contentTypesXml(contentTypes), relsAfter !== 'manifest');
    await z.finish();
  } catch (e) {
    await z.abort(e);
    throw e;
  }
  return sink.contents();
}

/**
 * Writes a legacy-format (nested) package, the format CSPack writes by default and the only one
 * Cloud Services (extended support) accepts. Roles are built into temporary files beside `out`;
 * the package is written to a temporary name and renamed, so `out` is either complete or untouched.
 */
export async function writeLegacyPackage(plan: ServicePlan, out: string, options: WriteOptions): Promise<WriteResult> {
  const { path: work, release } = tempDirRemovedOnInterrupt(join(dirname(out), `.${basename(out)}.`));
  const pool = new DeflatePool(options.threads);
  try {
    const roleParts: { role: RolePlan; part: string; file: string; sha256: string; size: number }[] = [];
    const written: WrittenRole[] = [];
    for (const [i, role] of plan.roles.entries()) {
      const file = join(work, `role-${i}.cssx`);
      const r = await writeRole(plan, role, file, pool, options);
      collectAfter(r.files);
      const part = `${role.name}_${derivedGuid(plan.name, role.name, r.sha256)}.cssx`;
      roleParts.push({ role, part, file, sha256: r.sha256, size: r.size });
      written.push({ name: role.name, part, files: r.files, bytes: r.bytes });
    }
    const csdef = packagedCsdefXml(plan);
    const csdefDigest = sha256(csdef);
    const rd = serviceModelXml(plan, {
      model: derivedGuid(plan.name, csdefDigest, 'model'),
      implementation: derivedGuid(plan.name, csdefDigest, 'implementation'),
      interfaceReference: (n) => derivedGuid(plan.name, csdefDigest, 'interface', n),
      software: (name) => roleParts.find((r) => r.role.name === name)?.part ?? '',
    });
    const rdsc = serviceContractXml(plan);
    const instances = plan.roles.map((r) => `${r.name}Instances`);
    const appSettings = plan.roles.flatMap((r) => settingNames(r).map((s) => `${r.name}:${s}`));

    const sm = await writeSmallPackage(
      'SMPackage',
      [
        { name: 'ServiceDefinition.rd', data: rd, compress: true },
        { name: 'servicedefinition.rdsc', data: rdsc, compress: true },
      ],
      [{ id: 'SERVICEMODEL', type: REQUIRED_RESOURCE, target: '/ServiceDefinition.rd', external: false }],
      [['rd', 'text/servicemodel'], ['rels', RELS_CONTENT_TYPE], ['rdsc', 'text/servicecontract'], ['csman', 'text/ucmanifest']],
      { systemSettings: instances, applicationSettings: appSettings },
      pool,
      options,
    );
    const sd = await writeSmallPackage(
      'SDPackage',
      [{ name: 'ServiceDefinition.csdef', data: csdef, compress: true }],
      [{ id: 'SERVICEDESCRIPTION', type: REQUIRED_RESOURCE, target: '/ServiceDefinition.csdef', external: false }],
      [['csdef', 'text/servicedescription'], ['rels', RELS_CONTENT_TYPE], ['csman', 'text/ucmanifest']],
      { systemSettings: instances, applicationSettings: appSettings },
      pool,
      options,
    );
    const streamParts: SmallPart[] = [];
    const streamNames: string[] = [];
    for (const role of plan.roles) {
      for (const [kind, data] of namedStreams(role, plan.kit.version)) {
        streamParts.push({ name: `${kind}/${role.name}/1.0`, data, compress: true });
        streamNames.push(`${kind}/${role.name}/1.0`);
      }
    }
    const ns = await writeSmallPackage(
      'NamedStreamPackage',
      streamParts,
      [],
      [['0', 'user/user'], ['csman', 'text/ucmanifest'], ['rels', RELS_CONTENT_TYPE]],
      {},
      pool,
      options,
      'manifest',
    );
    const smName = `SMPackage_${derivedGuid('SMPackage', sha256(sm))}.csmx`;
    const sdName = `SDPackage_${derivedGuid('SDPackage', sha256(sd))}.csdx`;
    const nsName = `NamedStreamPackage_${derivedGuid('NamedStreamPackage', sha256(ns))}.csnsx`;
    const outerItems: ManifestItem[] = [
      ...roleParts.map((r) => ({ name: r.part, hash: r.sha256.toUpperCase(), uri: partUri(r.part) })),
      { name: smName, hash: sha256(sm).toUpperCase(), uri: partUri(smName) },
      { name: sdName, hash: sha256(sd).toUpperCase(), uri: partUri(sdName) },
      { name: nsName, hash: sha256(ns).toUpperCase(), uri: partUri(nsName) },
    ];
    const outerManifestName = `${derivedGuid(plan.name, 'package manifest', ...outerItems.map((i) => i.hash))}.csman`;
    const outerRels = relationshipsXml([
      { id: 'SERVICEMODEL', type: REQUIRED_RESOURCE, target: `/${smName}`, external: false },
      { id: 'SERVICEDESCRIPTION', type: REQUIRED_RESOURCE, target: `/${sdName}`, external: false },
      { id: 'NAMEDSTREAMPACKAGE', type: REQUIRED_RESOURCE, target: `/${nsName}`, external: false },
      { id: 'MANIFEST', type: REQUIRED_RESOURCE, target: `/${outerManifestName}`, external: false },
      {
        id: relationshipId(plan.name, 'product version', plan.kit.version),
        type: PRODUCT_VERSION_REL,
        target: `http://schemas.microsoft.com:80/ServiceHosting/2009/10/UAR/ProductVersion#${plan.kit.version}`,
        external: true,
      },
    ]);
    const outerManifest = manifestXml({ items: outerItems, namedStreams: streamNames });
    const outerTypes = contentTypesXml([
      ['cssx', 'binary/software'],
      ['csmx', 'user/user'],
      ['rels', RELS_CONTENT_TYPE],
      ['csdx', 'user/user'],
      ['csnsx', 'user/user'],
      ['csman', 'text/ucmanifest'],
    ]);
    const tmpOut = join(work, 'package.cspkg');
    const result = await writeZipFile(tmpOut, pool, options, async (z) => {
      // Role packages are stored as they are: compressing compressed data again gains nothing.
      for (const r of roleParts) z.addCopy(r.part, r.file);
      await z.addBuffer(smName, sm, false);
      await z.addBuffer('_rels/.rels', outerRels, false);
      await z.addBuffer(sdName, sd, false);
      await z.addBuffer(nsName, ns, false);
      await z.addBuffer(outerManifestName, outerManifest, true);
      await z.addBuffer('[Content_Types].xml', outerTypes, true);
    });
    await rename(tmpOut, out);
    return { out, ...result, roles: written };
  } finally {
    await pool.close();
    await rm(work, { recursive: true, force: true });
    release();
  }
}
