import type { XmlDocument } from '../xml/index.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

export interface Directive {
  readonly kind: DirectiveKind;
  /** Rule ids; empty means every rule. */
  readonly rules: readonly string[];
  readonly reason: string | undefined;
  /** YYYY-MM-DD, when given as `expires=YYYY-MM-DD`. */
  readonly expires: string | undefined;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Lines this directive covers: [from, to] inclusive. Filled in by `rangesOf`. */
  readonly from: number;
  readonly to: number;
  /** True for a `disable` before the root element or never re-enabled: covers the whole file. */
  readonly fileLevel: boolean;
}

const PREFIX = /^\s*cloudservice-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

/**
 * Reads suppression comments, in the style of ESLint and markdownlint:
 * `<!-- cloudservice-disable-next-line RULE[, RULE] - reason [expires=YYYY-MM-DD] -->`.
 * The reason follows a single hyphen: ESLint's ` -- ` is not allowed inside an XML comment
 * (XML 1.0 §2.5), and Visual Studio, CSPack and Azure would refuse the file.
 * `disable` without a later `enable` for the same rules runs to the end of the file.
 */
export function readDirectives(doc: XmlDocument): Directive[] {
  const raw: Omit<Directive, 'from' | 'to' | 'fileLevel'>[] = [];
  const beforeRoot = doc.root ? doc.root.span.start.offset : Infinity;
  const early = new Set<number>();
  for (const c of doc.comments) {
    const m = PREFIX.exec(c.text);
    if (!m) continue;
    const kind = m[1] as DirectiveKind;
    const rest = m[2] ?? '';
    // Rule ids contain hyphens but never spaces, so " - " (or an en/em dash) starts the reason.
    const sep = /\s[-\u2013\u2014]\s|\s[-\u2013\u2014]$/.exec(rest);
    const ruleText = sep ? rest.slice(0, sep.index) : rest;
    let reasonText = sep ? rest.slice(sep.index + sep[0].length) : '';
    let expires: string | undefined;
    reasonText = reasonText.replace(/\bexpires=(\d{4}-\d{2}-\d{2})\b/, (_, d: string) => {
      expires = d;
      return '';
    });
    const reason = reasonText.trim() || undefined;
    const rules = ruleText
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r !== '');
    if (c.span.start.offset < beforeRoot) early.add(raw.length);
    raw.push({
      kind,
      rules,
      reason,
      expires,
      file: doc.file,
      line: c.span.start.line,
      column: c.span.start.column,
      endLine: c.span.end.line,
      endColumn: c.span.end.column,
    });
  }
  const out: Directive[] = [];
  const last = doc.lines.lineCount;
  raw.forEach((d, i) => {
    if (d.kind === 'disable-next-line') out.push({ ...d, from: d.endLine + 1, to: d.endLine + 1, fileLevel: false });
    else if (d.kind === 'disable-line') out.push({ ...d, from: d.line, to: d.endLine, fileLevel: false });
    else if (d.kind === 'enable') out.push({ ...d, from: d.line, to: d.line, fileLevel: false });
    else {
      // A block runs to the first later `enable` that names one of its rules, or names none.
      const end = raw.slice(i + 1).find(
        (e) => e.kind === 'enable' && (e.rules.length === 0 || d.rules.length === 0 || e.rules.some((r) => d.rules.includes(r))),
      );
      out.push({ ...d, from: d.line, to: end ? end.line : last, fileLevel: early.has(i) || !end });
    }
  });
  return out;
}

export function directiveCovers(d: Directive, ruleId: string, line: number): boolean {
  if (d.kind === 'enable') return false;
  if (d.rules.length > 0 && !d.rules.includes(ruleId)) return false;
  return line >= d.from && line <= d.to;
}
