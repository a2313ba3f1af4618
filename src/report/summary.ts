import { compareFindings, LEVEL_RANK, type Finding } from '../lint/finding.js';

/**
 * GitHub refuses a step summary over 1 MiB and then shows none of it, so the summary is cut
 * below that with room to spare, always at a row boundary.
 */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const DEFAULT_BUDGET = SUMMARY_LIMIT_BYTES - 64 * 1024;

export interface SummaryInput {
  readonly findings: readonly Finding[];
  readonly fileCount: number;
  readonly failOn: string;
  readonly maxWarnings: number | undefined;
  readonly failed: boolean;
  /** Where the SARIF file was written, as the user should see it. */
  readonly sarifFile?: string;
  readonly sarifResults?: number;
  /** Sentences about what the SARIF file left out to fit GitHub's limits. */
  readonly sarifNotices?: readonly string[];
  readonly annotations?: { readonly shown: number; readonly total: number };
  /** One sentence about the code-scanning upload, when one was tried. */
  readonly upload?: string;
  readonly staleBaseline?: number;
  /** The effective configuration, as `EffectiveConfig.toJSON()` gives it. */
  readonly config?: unknown;
  /** Byte budget; defaults to just under GitHub's 1 MiB. */
  readonly maxBytes?: number;
}

const LEVEL_LABEL = { error: 'Error', warning: 'Warning', note: 'Note' } as const;

/** The job summary as GitHub-flavoured markdown: totals, a table per file, the configuration. */
export function buildSummary(input: SummaryInput): string {
  const budget = input.maxBytes ?? DEFAULT_BUDGET;
  const open = input.findings.filter((f) => !f.suppression);
  const inline = input.findings.filter((f) => f.suppression?.kind === 'inline').length;
  const baselined = input.findings.filter((f) => f.suppression?.kind === 'baseline').length;
  const count = { error: 0, warning: 0, note: 0 };
  for (const f of open) count[f.level]++;

  const head: string[] = [];
  head.push('## cloudservice-lint', '');
  const verdict = input.failed ? 'The step fails' : 'The step passes';
  const rule =
    input.failOn === 'none' ? 'fail-on is none' : `it fails on ${input.failOn === 'error' ? 'errors' : `${input.failOn}s or worse`}`;
  const warnRule = input.maxWarnings !== undefined ? ` or more than ${input.maxWarnings} warning${input.maxWarnings === 1 ? '' : 's'}` : '';
  head.push(
    `**${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${plural(count.note, 'note')}** in ${plural(input.fileCount, 'file')}. ${verdict} (${rule}${warnRule}).`,
    '',
  );
  head.push('| Level | Findings |', '| --- | ---: |');
  head.push(`| Error | ${count.error} |`, `| Warning | ${count.warning} |`, `| Note | ${count.note} |`);
  head.push(`| Suppressed inline | ${inline} |`, `| Accepted by the baseline | ${baselined} |`, '');
  const facts: string[] = [];
  if (input.sarifFile) {
    facts.push(`SARIF file: \`${codeSpan(input.sarifFile)}\`${input.sarifResults !== undefined ? ` (${plural(input.sarifResults, 'result')})` : ''}`);
  }
  for (const n of input.sarifNotices ?? []) facts.push(escapeText(n));
  if (input.annotations) {
    facts.push(
      input.annotations.shown < input.annotations.total
        ? `Annotations: showing ${input.annotations.shown} of ${input.annotations.total} (GitHub's per-step limit); every finding is listed below.`
        : `Annotations: ${input.annotations.shown}.`,
    );
  }
  if (input.upload) facts.push(`Code scanning upload: ${escapeText(input.upload)}`);
  if (input.staleBaseline) facts.push(`${plural(input.staleBaseline, 'baseline entry', 'baseline entries')} matched nothing; prune them with \`cloudservice lint --update-baseline\`.`);
  for (const f of facts) head.push(`- ${f}`);
  if (facts.length) head.push('');

  let tail: string[] = [];
  if (input.config !== undefined) {
    const json = JSON.stringify(input.config, null, 2);
    const fence = '`'.repeat(Math.max(3, longestRun(json, '`') + 1));
    tail = ['<details><summary>Effective configuration</summary>', '', `${fence}json`, json, fence, '', '</details>', ''];
  }

  const headText = head.join('\n') + '\n';
  let tailText = tail.join('\n');
  const reserve = 512; // room for the "not listed" line
  if (bytes(headText) + bytes(tailText) + reserve > budget) {
    tailText = 'The effective configuration is too large for the job summary; `cloudservice lint --print-config` prints it.\n';
  }
  let room = budget - bytes(headText) - bytes(tailText) - reserve;

  const body: string[] = [];
  const sorted = [...open].sort(compareFindings);
  let listed = 0;
  if (sorted.length) {
    const intro = '### Findings\n\n';
    room -= bytes(intro);
    body.push(intro);
    let i = 0;
    outer: while (i < sorted.length) {
      const file = sorted[i]!.file;
      const group: Finding[] = [];
      while (i < sorted.length && sorted[i]!.file === file) group.push(sorted[i++]!);
      group.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn || LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || compareFindings(a, b));
      const header = `#### ${escapeText(file)}\n\n| Level | Line | Rule | Message |\n| --- | ---: | --- | --- |\n`;
      const firstRow = row(group[0]!);
      if (bytes(header) + bytes(firstRow) > room) break;
      room -= bytes(header);
      body.push(header);
      for (const f of group) {
        const r = row(f);
        if (bytes(r) > room) {
          body.push('\n');
          break outer;
        }
        room -= bytes(r);
        body.push(r);
        listed++;
      }
      body.push('\n');
    }
    if (listed < sorted.length) {
      body.push(
        `${plural(sorted.length - listed, 'more finding is', 'more findings are')} not listed, to keep this summary under GitHub's 1 MiB limit; the SARIF file has every finding.\n\n`,
      );
    }
  } else {
    body.push('No open findings.\n\n');
  }
  return headText + body.join('') + tailText;
}

function row(f: Finding): string {
  const where = `${f.startLine}:${f.startColumn}`;
  return `| ${LEVEL_LABEL[f.level]} | ${where} | ${escapeText(f.ruleId)} | ${escapeText(f.message)} |\n`;
}

/** Plain text for a markdown table cell or heading: nothing in it can format, link or break the table. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, '\\$&');
}

/** Inside a code span only backticks matter; a path with one is shown without them. */
function codeSpan(text: string): string {
  return text.replace(/`/g, "'").replace(/\r\n|\r|\n/g, ' ');
}

function longestRun(text: string, ch: string): number {
  let best = 0;
  let cur = 0;
  for (const c of text) {
    cur = c === ch ? cur + 1 : 0;
    if (cur > best) best = cur;
  }
  return best;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}
