import type { Finding } from '../lint/finding.js';
import type { Totals } from '../lint/threshold.js';

/** Machine-readable output: stable key order, one object per finding, totals. */
export function formatJson(
  findings: readonly Finding[],
  extra: { totals: Totals; files: readonly string[]; includeSuppressed: boolean },
): string {
  const list = extra.includeSuppressed ? findings : findings.filter((f) => !f.suppression);
  return (
    JSON.stringify(
      {
        totals: extra.totals,
        files: extra.files,
        findings: list.map((f) => ({
          ruleId: f.ruleId,
          level: f.level,
          message: f.message,
          file: f.file,
          line: f.startLine,
          column: f.startColumn,
          endLine: f.endLine,
          endColumn: f.endColumn,
          logicalPath: f.logicalPath,
          ...(f.suppression ? { suppression: f.suppression } : {}),
        })),
      },
      null,
      2,
    ) + '\n'
  );
}
