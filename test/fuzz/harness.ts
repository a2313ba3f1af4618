/**
 * Runs a fuzz target: fast-check draws the inputs from a fixed seed (so a failure names the case
 * that reproduces it), and every case is run and timed, so one run counts every failure rather
 * than stopping at the first. 500 cases per target in the test suite; `bench/fuzz.mjs` runs more.
 */
import fc from 'fast-check';

export const DEFAULT_RUNS = 500;
/** The bound of the issue: a finding or a clear error within 2 s, whatever the input. */
export const MAX_MS = 2000;

export interface FuzzFailure {
  readonly index: number;
  readonly input: string;
  readonly problem: string;
}

export interface FuzzStats {
  readonly target: string;
  readonly seed: number;
  readonly cases: number;
  readonly failures: FuzzFailure[];
  readonly slowestMs: number;
  readonly slowestInput: string;
  readonly totalMs: number;
}

export interface FuzzTarget<T, P = T> {
  readonly name: string;
  readonly arbitrary: fc.Arbitrary<T>;
  /** Builds the input from its description (a mutated file, say); not timed. */
  readonly prepare?: (input: T) => P | Promise<P>;
  /** Throws (or rejects) when the property does not hold for this input; timed. */
  readonly check: (prepared: P, input: T) => void | Promise<void>;
  /** A short, reproducible description of the input for reports. */
  readonly describe: (input: T) => string;
  readonly setup?: () => Promise<void>;
  readonly teardown?: () => Promise<void>;
}

export function runsFromEnv(): number {
  const n = Number(process.env['FUZZ_RUNS']);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_RUNS;
}

export function seedFromEnv(): number {
  const n = Number(process.env['FUZZ_SEED']);
  return Number.isInteger(n) ? n : 20261121;
}

/** Draws `runs` inputs in slices (large inputs are never all in memory) and checks each. */
export async function runTarget<T, P>(
  target: FuzzTarget<T, P>,
  runs = runsFromEnv(),
  seed = seedFromEnv(),
  only?: ReadonlySet<number>,
  /** Stop early (performance.now() value): `cases` then says how many ran. */
  deadline = Number.POSITIVE_INFINITY,
): Promise<FuzzStats> {
  const failures: FuzzFailure[] = [];
  let cases = 0;
  let slowestMs = 0;
  let slowestInput = '';
  const started = performance.now();
  await target.setup?.();
  try {
    const SLICE = 100;
    for (let first = 0; first < runs && performance.now() < deadline; first += SLICE) {
      // Each slice has its own seed derived from the run's: the same seed, the same cases.
      const inputs = fc.sample(target.arbitrary, { numRuns: Math.min(SLICE, runs - first), seed: (seed + first * 7919) | 0 });
      for (const [i, input] of inputs.entries()) {
        const index = first + i;
        if (only && !only.has(index)) continue;
        if (performance.now() >= deadline) break;
        cases++;
        let problem: string | undefined;
        let ms = 0;
        try {
          const prepared = target.prepare ? await target.prepare(input) : (input as unknown as P);
          const t0 = performance.now();
          try {
            await target.check(prepared, input);
          } finally {
            ms = performance.now() - t0;
          }
        } catch (e) {
          problem = e instanceof Error ? `${e.constructor.name}: ${e.message}`.slice(0, 500) : String(e);
        }
        if (ms > slowestMs) {
          slowestMs = ms;
          slowestInput = target.describe(input);
        }
        if (problem === undefined && ms > MAX_MS) problem = `took ${Math.round(ms)} ms, over ${MAX_MS} ms`;
        if (problem !== undefined) failures.push({ index, input: target.describe(input), problem });
      }
    }
  } finally {
    await target.teardown?.();
  }
  return { target: target.name, seed, cases, failures, slowestMs, slowestInput, totalMs: performance.now() - started };
}

/** A failed property, with the input that broke it. */
export class PropertyError extends Error {}

export function expect(condition: boolean, message: string): void {
  if (!condition) throw new PropertyError(message);
}

/** Short printable form of bytes or text for a report. */
export function preview(s: string | Uint8Array, max = 120): string {
  const text = typeof s === 'string' ? s : Buffer.from(s).toString('latin1');
  const shown = JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
  return `${shown} (${s.length} ${typeof s === 'string' ? 'chars' : 'bytes'})`;
}
