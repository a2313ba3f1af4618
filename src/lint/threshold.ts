import type { Finding } from './finding.js';
import type { Level } from './rule-api.js';

export type FailOn = Level | 'none';

export interface Totals {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
  readonly suppressed: number;
}

export function totals(findings: readonly Finding[]): Totals {
  const t = { error: 0, warning: 0, note: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppression) t.suppressed++;
    else t[f.level]++;
  }
  return t;
}

/** True when the open findings reach the threshold: `fail-on` level or above, or too many warnings. */
export function failsThreshold(t: Totals, failOn: FailOn, maxWarnings: number | undefined): boolean {
  if (maxWarnings !== undefined && maxWarnings >= 0 && t.warning > maxWarnings) return true;
  switch (failOn) {
    case 'none':
      return false;
    case 'error':
      return t.error > 0;
    case 'warning':
      return t.error + t.warning > 0;
    case 'note':
      return t.error + t.warning + t.note > 0;
  }
}

export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'none'];
