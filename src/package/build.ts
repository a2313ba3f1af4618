import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { KitError, loadKit, type SdkKit } from './kit.js';
import type { EntryHasherOptions } from './entry-hasher.js';
import { removeOnInterrupt } from './interrupt.js';
import { boundHeapGrowth, collectPhase } from './off-heap-garbage.js';
import { planService } from './layout.js';
import { PackageInputError } from './refuse.js';
import { verifyPackage, type VerifyReport } from './verify.js';
import { packageTime, writeLegacyPackage, type WriteResult, type WrittenRole } from './writer.js';

export interface BuildOptions {
  /** The service definition. */
  readonly csdef: string;
  /** Role name → folder with the role's built output (becomes approot\). */
  readonly roles: ReadonlyMap<string, string>;
  /** `Role/Site` → the site's folder (becomes sitesroot\<n>\). */
  readonly sites?: ReadonlyMap<string, string>;
  /** Role name → Key=Value properties file (TargetFrameworkVersion, …). */
  readonly roleProperties?: ReadonlyMap<string, string>;
  /** `stub`, or a kit folder, zip or .cspkg. */
  readonly sdkKit: string;
  /** Overrides or supplies the kit's SDK version. */
  readonly sdkVersion?: string;
  readonly out: string;
  /** A service configuration to cross-check the package against. */
  readonly configuration?: string;
  readonly cwd?: string;
  /** Reads SOURCE_DATE_EPOCH from here. */
  readonly env?: NodeJS.ProcessEnv;
  readonly forceZip64?: boolean;
}

export interface BuildResult {
  readonly out: string;
  readonly sha256: string;
  readonly size: number;
  readonly sdkVersion: string;
  /** Built with stand-in runtime files: not deployable. */
  readonly stub: boolean;
  readonly roles: WrittenRole[];
  /** The package read back and checked; for a stub build its only error is the stub itself. */
  readonly verify: VerifyReport;
}

/** Bad input, told to the user in one line naming the file. */
export class BuildError extends Error {}

/**
 * How `package` reads back what it wrote: in the process, with no worker threads, streaming every
 * entry over 2 MiB rather than inflating it whole, and with a full collection before a large role
 * is hashed (`boundMemory`). The read-back was the peak of a package's
 * memory: the deflate workers' memory stays in the process after they end (glibc keeps a thread's
 * malloc arena), and two more workers added their own isolates and arenas on top. In the process
 * it takes about a second more on the 1 GiB benchmark tree (BENCHMARKS.md). `verify` on its own
 * keeps the workers and 8 MiB, for its throughput.
 */
const READ_BACK: EntryHasherOptions = { workers: 0, wholeEntryMax: 2 * 1024 * 1024, boundMemory: true };

export const STUB_WARNING =
  'NOT DEPLOYABLE: built with --sdk-kit stub; the SDK runtime files are stand-ins. Package again with a real SDK kit (see `cloudservice kit extract`) before deploying.';

/**
 * Builds a legacy-format .cspkg from a service definition, role folders and an SDK kit, reads it
 * back with the verifier, and only then puts it at `out`: a failed build leaves nothing there.
 */
export async function buildPackage(options: BuildOptions): Promise<BuildResult> {
  boundHeapGrowth();
  const cwd = options.cwd ?? process.cwd();
  const abs = (p: string): string => resolve(cwd, p);
  const out = abs(options.out);
  const outDir = dirname(out);
  const dirStat = await stat(outDir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new BuildError(`--out ${options.out}: folder ${outDir} does not exist`);
  let time: number;
  try {
    time = packageTime(options.env ?? process.env);
  } catch (e) {
    throw new BuildError((e as Error).message);
  }
  let kit;
  try {
    kit = await loadKit(options.sdkKit, { cwd, ...(options.sdkVersion ? { sdkVersion: options.sdkVersion } : {}) });
  } catch (e) {
    if (e instanceof KitError) throw new BuildError(e.message);
    throw e;
  }
  for (const [what, dir] of [...options.roles, ...(options.sites ?? [])]) {
    const rel = relative(abs(dir), out);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) {
      throw new BuildError(`--out ${options.out} is inside the folder of ${what} (${dir}); the package would end up in the next package. Write it elsewhere`);
    }
  }
  const partial = join(outDir, `.${basename(out)}.${process.pid}.partial`);
  const release = removeOnInterrupt(partial);
  try {
    const written = await planAndWrite(options, abs, kit, partial, time);
    // The plan, a record per file, is garbage now; its pages are not yet free.
    collectPhase();
    const report = await verifyPackage(partial, {
      csdef: abs(options.csdef),
      ...(options.configuration ? { cscfg: abs(options.configuration) } : {}),
      hasher: READ_BACK,
    });
    const errors = report.problems.filter((p) => p.severity === 'error' && !(kit.stub && p.code === 'stub-runtime'));
    const inputErrors = errors.filter((p) => p.code.startsWith('cscfg-') || p.code.startsWith('input-'));
    if (inputErrors.length > 0) throw new BuildError(`${inputErrors[0]?.part}: ${inputErrors[0]?.message}`);
    if (errors.length > 0) {
      throw new Error(`the package written failed its own verification (${errors.length} error(s)); first: ${errors[0]?.part}: ${errors[0]?.message}`);
    }
    await rename(partial, out);
    return {
      out,
      sha256: written.sha256,
      size: written.size,
      sdkVersion: kit.version,
      stub: kit.stub,
      roles: written.roles,
      verify: { ...report, file: out },
    };
  } catch (e) {
    await rm(partial, { force: true });
    if (e instanceof PackageInputError) throw new BuildError(e.message);
    const io = e as NodeJS.ErrnoException;
    if (io.code && io.syscall) throw new BuildError(`${io.path ?? out}: ${io.code} while trying to ${io.syscall} it`);
    throw e;
  } finally {
    release();
    await kit.close();
  }
}

/**
 * Plans the layout and writes it. On its own so that the plan, a record per file, is garbage by the
 * time the package is read back: an async function keeps its locals until it returns.
 */
async function planAndWrite(options: BuildOptions, abs: (p: string) => string, kit: SdkKit, partial: string, time: number): Promise<WriteResult> {
  const plan = await planService({
    csdef: abs(options.csdef),
    roles: new Map([...options.roles].map(([k, v]) => [k, abs(v)])),
    sites: new Map([...(options.sites ?? [])].map(([k, v]) => [k, abs(v)])),
    roleProperties: new Map([...(options.roleProperties ?? [])].map(([k, v]) => [k, abs(v)])),
    kit,
  });
  return writeLegacyPackage(plan, partial, { time, ...(options.forceZip64 ? { forceZip64: true } : {}) });
}
