import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Finding } from './finding.js';

/**
 * A baseline lists accepted findings by a fingerprint that does not depend on line numbers, so
 * edits elsewhere in a file do not resurrect them. Fingerprint: rule, file, logical path of the
 * element or attribute (with name predicates), and the finding's key.
 */
export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly file: string;
  readonly logicalPath: string;
  /** How many findings share the fingerprint (identical findings at one place). */
  readonly count: number;
}

export interface BaselineFile {
  readonly version: 1;
  readonly tool: 'cloudservice-lint';
  readonly entries: BaselineEntry[];
}

export class BaselineError extends Error {}

export function fingerprintOf(f: Pick<Finding, 'ruleId' | 'file' | 'logicalPath' | 'key'>): string {
  return createHash('sha256').update([f.ruleId, f.file, f.logicalPath, f.key].join('\u0000')).digest('hex').slice(0, 32);
}

export function readBaseline(path: string): BaselineFile {
  if (!existsSync(path)) throw new BaselineError(`${path}: baseline file not found; create it with --update-baseline`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new BaselineError(`${path}: not valid JSON (${err instanceof Error ? err.message : String(err)}); recreate it with --update-baseline`);
  }
  const b = data as Partial<BaselineFile>;
  if (b.version !== 1 || !Array.isArray(b.entries)) {
    throw new BaselineError(`${path}: not a cloudservice-lint baseline (version 1); recreate it with --update-baseline`);
  }
  return b as BaselineFile;
}

export function buildBaseline(findings: readonly Finding[]): BaselineFile {
  const by = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const fp = fingerprintOf(f);
    const prev = by.get(fp);
    by.set(fp, prev ? { ...prev, count: prev.count + 1 } : { fingerprint: fp, ruleId: f.ruleId, file: f.file, logicalPath: f.logicalPath, count: 1 });
  }
  const entries = [...by.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.logicalPath, b.logicalPath) || cmp(a.fingerprint, b.fingerprint),
  );
  return { version: 1, tool: 'cloudservice-lint', entries };
}

export function writeBaseline(path: string, baseline: BaselineFile): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, JSON.stringify(baseline, null, 2) + '\n');
  renameSync(tmp, path);
}

export interface BaselineMatch {
  /** Findings the baseline accepts. */
  readonly matched: Set<Finding>;
  /** Entries that matched nothing: fixed since, to prune with --update-baseline. */
  readonly stale: BaselineEntry[];
}

export function applyBaseline(findings: readonly Finding[], baseline: BaselineFile): BaselineMatch {
  const budget = new Map<string, number>();
  for (const e of baseline.entries) budget.set(e.fingerprint, (budget.get(e.fingerprint) ?? 0) + e.count);
  const used = new Map<string, number>();
  const matched = new Set<Finding>();
  for (const f of findings) {
    const fp = fingerprintOf(f);
    const left = (budget.get(fp) ?? 0) - (used.get(fp) ?? 0);
    if (left > 0) {
      matched.add(f);
      used.set(fp, (used.get(fp) ?? 0) + 1);
    }
  }
  const stale = baseline.entries.filter((e) => (used.get(e.fingerprint) ?? 0) === 0);
  return { matched, stale };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
