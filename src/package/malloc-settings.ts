/**
 * glibc's malloc settings for a process that packages. Packaging moves every byte through
 * megabyte buffers allocated on one thread and freed on another (file blocks, zlib's output), and
 * glibc's defaults keep that memory: each thread that allocates gets an arena of its own, and after
 * the first large buffer is freed the threshold above which a buffer gets its own mapping rises
 * past a megabyte, so every later block comes out of an arena and leaves holes there. One arena for
 * every thread, and a fixed threshold above the blocks, bound what the arena holds. Measured on the
 * 1 GiB benchmark tree (BENCHMARKS.md): a peak of 135–141 MiB instead of 148–153, in the same time.
 * (A threshold below the blocks bounds it as well, but every block then gets a fresh mapping to
 * fault in: 5–10 % more time.)
 *
 * glibc reads these only when a process starts, so a process that is about to package replaces
 * itself (`execve`, same process id, same standard streams) with the same command under them,
 * before it has written anything. A process that has any of them already set, the user's own
 * choice or this very re-execution, runs as it is.
 */
export const PACKAGING_MALLOC: Readonly<Record<string, string>> = {
  MALLOC_ARENA_MAX: '1',
  MALLOC_MMAP_THRESHOLD_: String(2 * 1024 * 1024),
};

/** Variables through which a user already tunes glibc's malloc: any of them set, we leave it alone. */
const USER_SETTINGS = ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_', 'MALLOC_TOP_PAD_', 'MALLOC_MMAP_MAX_', 'GLIBC_TUNABLES'];

/** The environment to package in, or undefined when this one is to be kept as it is. */
export function packagingEnvironment(env: NodeJS.ProcessEnv, glibc: boolean): NodeJS.ProcessEnv | undefined {
  if (!glibc) return undefined;
  if (USER_SETTINGS.some((name) => env[name] !== undefined)) return undefined;
  return { ...env, ...PACKAGING_MALLOC };
}

/** Whether this process runs on glibc (musl and the other systems ignore the variables). */
function onGlibc(): boolean {
  if (process.platform !== 'linux') return false;
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return typeof report?.header?.glibcVersionRuntime === 'string';
}

/**
 * Re-executes this process under PACKAGING_MALLOC when that would change anything; returns only
 * when it does not (another C library, a Node without `process.execve`, the settings already made,
 * or an exec that failed, after which the process simply goes on with glibc's defaults). Call it
 * before writing anything: what a process has buffered is lost when it is replaced.
 */
export function reexecForPackaging(): void {
  if (typeof process.execve !== 'function' || process.argv[1] === undefined) return;
  const env = packagingEnvironment(process.env, onGlibc());
  if (!env) return;
  try {
    process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
  } catch {
    // Packaging works the same without the settings; only its memory is less bounded.
  }
}
