export type Severity = 'error' | 'warning';

/** One thing wrong with a package, tied to the part (ZIP path, nested with `!/`) where it was found. */
export interface PackageProblem {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly part: string;
}

/** A group of checks that ran, and how many errors and warnings it found. */
export interface CheckResult {
  readonly name: string;
  errors: number;
  warnings: number;
}

/** Collects problems under the check that is running. */
export class ProblemLog {
  readonly problems: PackageProblem[] = [];
  readonly checks: CheckResult[] = [];
  private current: CheckResult | undefined;

  check(name: string): void {
    let c = this.checks.find((x) => x.name === name);
    if (!c) {
      c = { name, errors: 0, warnings: 0 };
      this.checks.push(c);
    }
    this.current = c;
  }

  error(code: string, part: string, message: string): void {
    this.add({ code, severity: 'error', part, message });
  }

  warn(code: string, part: string, message: string): void {
    this.add({ code, severity: 'warning', part, message });
  }

  /** Adds what another log collected, in its order, under the check running here. */
  replay(other: ProblemLog): void {
    for (const p of other.problems) this.add(p);
  }

  private add(p: PackageProblem): void {
    this.problems.push(p);
    if (!this.current) this.check('package');
    const c = this.current as CheckResult;
    if (p.severity === 'error') c.errors++;
    else c.warnings++;
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === 'error').length;
  }
}

/** Why a ZIP entry name is unsafe or not a valid OPC part name, or undefined when it is fine. */
export function entryNameProblem(name: string): string | undefined {
  if (name === '') return 'empty name';
  if (name.startsWith('/')) return 'absolute path (starts with "/")';
  if (/^[A-Za-z]:/.test(name)) return 'absolute path (drive letter)';
  if (name.includes('\\')) return 'backslash in name (ZIP names use "/")';
  // Segment by segment in place: splitting made an array and a string per segment of every name,
  // 17 MB of garbage for a role of 68,000 files (BENCHMARKS.md).
  let dotDot = false;
  let dot = false;
  let empty = false;
  for (let start = 0; ; ) {
    const slash = name.indexOf('/', start);
    const end = slash < 0 ? name.length : slash;
    const length = end - start;
    if (length === 0 && slash >= 0) empty = true;
    else if (length === 1 && name.charCodeAt(start) === 0x2e) dot = true;
    else if (length === 2 && name.charCodeAt(start) === 0x2e && name.charCodeAt(start + 1) === 0x2e) dotDot = true;
    if (slash < 0) break;
    start = slash + 1;
  }
  if (dotDot) return '".." path segment (would escape the package)';
  if (dot) return '"." path segment';
  if (empty) return 'empty path segment';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'control character in name';
  return undefined;
}
