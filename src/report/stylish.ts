import type { Finding } from '../lint/finding.js';
import type { Totals } from '../lint/threshold.js';

export interface StylishOptions {
  readonly color: boolean;
  /** Files that were read, to say how many when there are no findings. */
  readonly fileCount: number;
  readonly totals: Totals;
  readonly staleBaseline: number;
}

const paint = (on: boolean, code: string, s: string): string => (on ? `\u001b[${code}m${s}\u001b[0m` : s);

/** ESLint-style console output: findings grouped by file, then a one-line total. */
export function formatStylish(findings: readonly Finding[], o: StylishOptions): string {
  const open = findings.filter((f) => !f.suppression);
  const lines: string[] = [];
  let file: string | undefined;
  const widthPos = Math.max(0, ...open.map((f) => `${f.startLine}:${f.startColumn}`.length));
  const widthLevel = 7;
  for (const f of open) {
    if (f.file !== file) {
      if (file !== undefined) lines.push('');
      file = f.file;
      lines.push(paint(o.color, '4', f.file));
    }
    const pos = `${f.startLine}:${f.startColumn}`.padEnd(widthPos);
    const levelColor = f.level === 'error' ? '31' : f.level === 'warning' ? '33' : '36';
    const level = paint(o.color, levelColor, f.level.padEnd(widthLevel));
    lines.push(`  ${paint(o.color, '2', pos)}  ${level}  ${f.message}  ${paint(o.color, '2', f.ruleId)}`);
  }
  const t = o.totals;
  const problems = t.error + t.warning + t.note;
  if (lines.length) lines.push('');
  const summary =
    problems === 0
      ? `✔ no problems in ${o.fileCount} file${o.fileCount === 1 ? '' : 's'}`
      : `✖ ${problems} problem${problems === 1 ? '' : 's'} (${t.error} error${t.error === 1 ? '' : 's'}, ${t.warning} warning${t.warning === 1 ? '' : 's'}, ${t.note} note${t.note === 1 ? '' : 's'}) in ${o.fileCount} file${o.fileCount === 1 ? '' : 's'}`;
  lines.push(paint(o.color, problems === 0 ? '32' : t.error ? '31;1' : '33;1', summary));
  if (t.suppressed) lines.push(`  ${t.suppressed} suppressed (inline comments or baseline)`);
  if (o.staleBaseline) lines.push(`  ${o.staleBaseline} baseline entr${o.staleBaseline === 1 ? 'y no longer matches' : 'ies no longer match'}; prune with --update-baseline`);
  return lines.join('\n') + '\n';
}
