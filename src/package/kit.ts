import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { STUB_MARKER } from './format.js';
import { removeOnInterrupt } from './interrupt.js';
import { openPackage } from './reader.js';
import { ZipArchive, ZipReadError } from './zip-read.js';
import { compareWindowsPaths } from './paths.js';
import { stubPluginFolders } from './stub-plugins.js';

/** One SDK runtime or plugin file; `path` is relative to the role root (or the plugin folder), with `/`. */
export interface KitFile {
  readonly path: string;
  readonly size: number;
  open(): Promise<Readable>;
}

/** The Microsoft files every role needs, from one SDK version. */
export interface SdkKit {
  readonly version: string;
  /** Stand-in files: the package cannot be deployed. */
  readonly stub: boolean;
  /** Where the kit came from, for messages. */
  readonly source: string;
  /** Files at the role root: `Cloud.uar.csman`, `base/…`, `diagnostics/…`, `storage/…`. */
  readonly runtime: KitFile[];
  /** Module name → files of `plugins/<Module>/`. */
  readonly plugins: Map<string, KitFile[]>;
  close(): Promise<void>;
}

export class KitError extends Error {}

export const KIT_MANIFEST = 'kit.json';
export const STUB_SDK_VERSION = '2.9.7499.7';

export const NO_KIT_HELP =
  'an SDK runtime kit is the set of Microsoft files every role carries (base\\, diagnostics\\, storage\\, plugins\\ and the signed Cloud.uar.csman); ' +
  'they cannot be generated or shipped with this tool. Give --sdk-kit one of: an Azure SDK install folder (with --sdk-version), ' +
  'a zip of one, or a folder made by `cloudservice kit extract EXISTING.cspkg --out DIR` from a package CSPack built; ' +
  'or --sdk-kit stub to try the tool (the package is then not deployable)';

/** Role files that the packager generates or that are the user's: never part of a kit. */
function isRuntimePath(rolePath: string): boolean {
  const p = rolePath.toLowerCase();
  if (p === 'rolemodel.xml' || p === 'runtimesetup.manifest' || p === '__entrypoint.txt') return false;
  return !p.startsWith('approot/') && !p.startsWith('sitesroot/') && !p.startsWith('plugins/');
}

function sortFiles(files: KitFile[]): KitFile[] {
  return files.sort((a, b) => compareWindowsPaths(a.path, b.path));
}

/**
 * Loads a kit: `stub`, a folder (`kit extract` output or an SDK install with `runtimes/` and
 * `plugins/`, possibly under `bin/`), a zip of such a folder, or a `.cspkg` to harvest.
 */
export async function loadKit(spec: string, options: { cwd: string; sdkVersion?: string }): Promise<SdkKit> {
  if (spec === 'stub') return stubKit();
  const path = resolve(options.cwd, spec);
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new KitError(`--sdk-kit ${spec}: no such file or folder; ${NO_KIT_HELP}`);
  if (s.isDirectory()) return folderKit(path, options.sdkVersion);
  const head = Buffer.alloc(4);
  const fh = await open(path, 'r');
  try {
    await fh.read(head, 0, 4, 0);
  } finally {
    await fh.close();
  }
  if (head.readUInt32LE(0) !== 0x04034b50) throw new KitError(`--sdk-kit ${spec}: neither a folder nor a zip file; ${NO_KIT_HELP}`);
  if (/\.cspkg$/i.test(path)) return packageKit(path, options.sdkVersion);
  return zipKit(path, options.sdkVersion);
}

async function walk(root: string, dir: string, out: { path: string; full: string; size: number }[]): Promise<void> {
  for (const d of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, d.name);
    if (d.isDirectory()) await walk(root, full, out);
    else if (d.isFile()) out.push({ path: relative(root, full).split(sep).join('/'), full, size: (await stat(full)).size });
    else throw new KitError(`${full}: kit files must be regular files (links and devices are refused)`);
  }
}

async function readKitVersion(json: Buffer | undefined, where: string, override: string | undefined): Promise<string> {
  if (override) return checkVersion(override, '--sdk-version');
  if (!json) throw new KitError(`${where}: no ${KIT_MANIFEST} saying which SDK version the kit is; give --sdk-version (for example 2.9.7499.7)`);
  let version: unknown;
  try {
    version = (JSON.parse(json.toString('utf8')) as { sdkVersion?: unknown }).sdkVersion;
  } catch (e) {
    throw new KitError(`${where}/${KIT_MANIFEST}: not JSON (${(e as Error).message})`);
  }
  if (typeof version !== 'string') throw new KitError(`${where}/${KIT_MANIFEST}: no "sdkVersion" string`);
  return checkVersion(version, `${where}/${KIT_MANIFEST}`);
}

function checkVersion(v: string, where: string): string {
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(v)) throw new KitError(`${where}: SDK version "${v}" is not four dotted numbers like 2.9.7499.7`);
  return v;
}

async function folderKit(path: string, sdkVersion: string | undefined): Promise<SdkKit> {
  let base = path;
  if (!(await stat(join(base, 'runtimes')).catch(() => undefined))?.isDirectory()) {
    if ((await stat(join(base, 'bin', 'runtimes')).catch(() => undefined))?.isDirectory()) base = join(base, 'bin');
    else throw new KitError(`--sdk-kit ${path}: no runtimes${sep} folder (nor bin${sep}runtimes${sep}); ${NO_KIT_HELP}`);
  }
  const json = await readFile(join(path, KIT_MANIFEST)).catch(() => undefined);
  const version = await readKitVersion(json, path, sdkVersion);
  const files: { path: string; full: string; size: number }[] = [];
  await walk(join(base, 'runtimes'), join(base, 'runtimes'), files);
  const runtime = files.map((f) => ({ path: f.path, size: f.size, open: async () => createReadStream(f.full) }));
  const plugins = new Map<string, KitFile[]>();
  const pluginRoot = join(base, 'plugins');
  if ((await stat(pluginRoot).catch(() => undefined))?.isDirectory()) {
    for (const d of await readdir(pluginRoot, { withFileTypes: true })) {
      if (!d.isDirectory()) continue;
      const pf: { path: string; full: string; size: number }[] = [];
      await walk(join(pluginRoot, d.name), join(pluginRoot, d.name), pf);
      plugins.set(d.name, sortFiles(pf.map((f) => ({ path: f.path, size: f.size, open: async () => createReadStream(f.full) }))));
    }
  }
  return await finishKit({ version, stub: false, source: path, runtime: sortFiles(runtime), plugins, close: async () => undefined });
}

async function finishKit(kit: SdkKit): Promise<SdkKit> {
  const uar = kit.runtime.find((f) => f.path.toLowerCase() === 'cloud.uar.csman');
  if (!uar) {
    throw new KitError(`--sdk-kit ${kit.source}: the kit has no Cloud.uar.csman (the signed runtime manifest every role needs); ${NO_KIT_HELP}`);
  }
  if (!kit.runtime.some((f) => f.path.toLowerCase() === 'base/x64/wahostbootstrapper.exe')) {
    throw new KitError(`--sdk-kit ${kit.source}: the kit has no base/x64/WaHostBootstrapper.exe; it is not an SDK runtime kit`);
  }
  // A kit harvested from a stub-built package is still a stub: packages built with it must say so.
  // So is a real runtime with stand-in plugin folders copied in (their RoleModule carries the marker).
  const plugins = [...kit.plugins.values()].flat().filter((f) => /\.csplugin$/i.test(f.path));
  const stub = (await holdsMarker(uar, STUB_MARKER.length + 3)) || (await anyAsync(plugins, (f) => holdsMarker(f, 4096)));
  return stub ? { ...kit, stub: true } : kit;
}

/** Whether the first `limit` bytes of a kit file hold the stand-in marker. */
async function holdsMarker(file: KitFile, limit: number): Promise<boolean> {
  const head: Buffer[] = [];
  let size = 0;
  for await (const chunk of await file.open()) {
    head.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= limit) break;
  }
  return Buffer.concat(head).subarray(0, limit).includes(STUB_MARKER);
}

async function anyAsync<T>(items: readonly T[], test: (t: T) => Promise<boolean>): Promise<boolean> {
  for (const t of items) if (await test(t)) return true;
  return false;
}

async function zipKit(path: string, sdkVersion: string | undefined): Promise<SdkKit> {
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.openFile(path);
  } catch (e) {
    throw new KitError(e instanceof ZipReadError ? e.message : String(e));
  }
  try {
    const files = zip.entries.filter((e) => !e.isDirectory);
    const marker = files.find((e) => /(^|\/)runtimes\/cloud\.uar\.csman$/i.test(e.name));
    if (!marker) throw new KitError(`--sdk-kit ${path}: no runtimes/Cloud.uar.csman in the zip; ${NO_KIT_HELP}`);
    const prefix = marker.name.slice(0, marker.name.length - 'runtimes/Cloud.uar.csman'.length);
    const json = files.find((e) => e.name === prefix + KIT_MANIFEST) ?? (prefix.endsWith('bin/') ? files.find((e) => e.name === prefix.slice(0, -4) + KIT_MANIFEST) : undefined);
    const version = await readKitVersion(json ? await zip.readBytes(json, 1024 * 1024) : undefined, path, sdkVersion);
    const runtime: KitFile[] = [];
    const plugins = new Map<string, KitFile[]>();
    for (const e of files) {
      if (!e.name.startsWith(prefix)) continue;
      const rel = e.name.slice(prefix.length);
      const file = { size: e.uncompressedSize, open: () => zip.openStream(e) };
      if (rel.startsWith('runtimes/')) runtime.push({ path: rel.slice('runtimes/'.length), ...file });
      else if (rel.startsWith('plugins/')) {
        const [, module, ...rest] = rel.split('/');
        if (!module || rest.length === 0) continue;
        const list = plugins.get(module) ?? [];
        list.push({ path: rest.join('/'), ...file });
        plugins.set(module, list);
      }
    }
    for (const [m, list] of plugins) plugins.set(m, sortFiles(list));
    return await finishKit({ version, stub: false, source: path, runtime: sortFiles(runtime), plugins, close: () => zip.close() });
  } catch (e) {
    await zip.close();
    throw e;
  }
}

/** The kit inside a built package: every role file that is neither generated nor the user's. */
async function packageKit(path: string, sdkVersion: string | undefined): Promise<SdkKit> {
  const pkg = await openPackage(path);
  try {
    const fatal = pkg.problems.find((p) => p.severity === 'error' && p.code !== 'hash-mismatch');
    if (pkg.view.roles.length === 0) {
      throw new KitError(`--sdk-kit ${path}: no roles could be read from the package${fatal ? ` (${fatal.part}: ${fatal.message})` : ''}`);
    }
    const version = sdkVersion ? checkVersion(sdkVersion, '--sdk-version') : pkg.view.productVersion;
    if (!version) throw new KitError(`--sdk-kit ${path}: the package records no ProductVersion; give --sdk-version`);
    const runtime = new Map<string, KitFile & { sha256: string }>();
    const plugins = new Map<string, Map<string, KitFile & { sha256: string }>>();
    for (const role of pkg.view.roles) {
      for (const f of role.files) {
        const rel = f.path.slice(1).replace(/\\/g, '/');
        const file = { size: f.size, sha256: f.sha256, open: () => pkg.openRoleFile(role.name, f.path) };
        let target: Map<string, KitFile & { sha256: string }>;
        let key: string;
        if (/^plugins\//i.test(rel)) {
          const [, module, ...rest] = rel.split('/');
          if (!module || rest.length === 0) continue;
          target = plugins.get(module) ?? new Map();
          plugins.set(module, target);
          key = rest.join('/');
        } else if (isRuntimePath(rel)) {
          target = runtime;
          key = rel;
        } else continue;
        const seen = target.get(key.toLowerCase());
        if (seen && seen.sha256 !== f.sha256) {
          throw new KitError(`${path}: roles carry different copies of ${f.path}; the package mixes SDK versions and cannot be a kit`);
        }
        if (!seen) target.set(key.toLowerCase(), { path: key, ...file });
      }
    }
    return await finishKit({
      version,
      stub: false,
      source: path,
      runtime: sortFiles([...runtime.values()]),
      plugins: new Map([...plugins].map(([m, files]) => [m, sortFiles([...files.values()])])),
      close: () => pkg.close(),
    });
  } catch (e) {
    await pkg.close();
    throw e;
  }
}

/** Names of the stand-in files: those of an SDK 2.9 role, so layouts look like real ones. */
const STUB_RUNTIME = [
  'Cloud.uar.csman',
  'base/Microsoft.WindowsAzure.ServiceRuntime.dll',
  ...['x64', 'x86'].flatMap((arch) =>
    [
      'IISConfigurator.exe',
      'Microsoft.WindowsAzure.Internal.RuntimeServer.dll',
      'Microsoft.WindowsAzure.ServiceRuntime.dll',
      'msshrtmi.dll',
      'mswasr.dll',
      'mswasri.dll',
      'WaHostBootstrapper.exe',
      'WaHostBootstrapper.exe.config',
      'WaIISHost.exe',
      ...(arch === 'x64' ? ['WaIISHost.exe.config'] : []),
      'WaRuntimeProxy.dll',
      'WaWorkerHost.exe',
      'WindowsAzureEventSource.dll',
      'WindowsAzureTelemetryEvents.dll',
    ].map((n) => `base/${arch}/${n}`),
  ),
  'storage/cloud/x64/mswacdmi.dll',
];

function bufferFile(path: string, data: Buffer): KitFile {
  return { path, size: data.length, open: async () => Readable.from([data]) };
}

function stubContent(path: string): Buffer {
  return Buffer.from(`${STUB_MARKER}\r\nStands in for ${path.replace(/\//g, '\\')} of the Azure SDK. Package again with --sdk-kit pointing at a real kit.\r\n`, 'utf8');
}

export function stubKit(): SdkKit {
  const plugins = new Map<string, KitFile[]>();
  for (const [module, files] of stubPluginFolders(stubContent)) plugins.set(module, sortFiles(files.map(([p, data]) => bufferFile(p, data))));
  return {
    version: STUB_SDK_VERSION,
    stub: true,
    source: 'stub',
    runtime: sortFiles(STUB_RUNTIME.map((p) => bufferFile(p, stubContent(p)))),
    plugins,
    close: async () => undefined,
  };
}

export interface ExtractResult {
  readonly version: string;
  /** Harvested from a package built with `--sdk-kit stub`. */
  readonly stub: boolean;
  readonly out: string;
  readonly runtimeFiles: number;
  readonly plugins: string[];
}

/**
 * Writes the kit held by a built package to a folder `loadKit` reads: `kit.json`, `runtimes/`,
 * `plugins/<Module>/`. Written to a temporary sibling folder and renamed, so a failure leaves
 * nothing behind; an existing non-empty folder is refused rather than mixed with.
 */
export async function extractKit(pkgFile: string, outDir: string): Promise<ExtractResult> {
  const existing = await readdir(outDir).catch(() => undefined);
  if (existing && existing.length > 0) throw new KitError(`${outDir}: folder exists and is not empty; give a new folder to extract the kit into`);
  const kit = await packageKit(pkgFile, undefined);
  const tmp = `${outDir}.partial-${process.pid}`;
  const release = removeOnInterrupt(tmp);
  try {
    await rm(tmp, { recursive: true, force: true });
    const write = async (rel: string, f: KitFile): Promise<void> => {
      const dest = join(tmp, ...rel.split('/'));
      await mkdir(dirname(dest), { recursive: true });
      await pipeline(await f.open(), createWriteStream(dest, { flags: 'wx' }));
    };
    for (const f of kit.runtime) await write(`runtimes/${f.path}`, f);
    for (const [m, files] of kit.plugins) for (const f of files) await write(`plugins/${m}/${f.path}`, f);
    await writeFile(join(tmp, KIT_MANIFEST), JSON.stringify({ sdkVersion: kit.version, harvestedFrom: pkgFile.split(/[\\/]/).pop(), stub: kit.stub }, null, 2) + '\n');
    if (existing) await rm(outDir, { recursive: true, force: true });
    await mkdir(dirname(resolve(outDir)), { recursive: true });
    await rename(tmp, outDir);
    return { version: kit.version, stub: kit.stub, out: outDir, runtimeFiles: kit.runtime.length, plugins: [...kit.plugins.keys()] };
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  } finally {
    release();
    await kit.close();
  }
}
