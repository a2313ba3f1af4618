/** Builds the markdown help every rule carries: why, a failing and a fixed example, notes. */
export function help(parts: {
  why: string;
  bad: string;
  good: string;
  lang?: string;
  notes?: string;
}): string {
  const lang = parts.lang ?? 'xml';
  const out = [parts.why.trim(), '', '**Failing**', '', '```' + lang, parts.bad.trim(), '```', '', '**Fixed**', '', '```' + lang, parts.good.trim(), '```'];
  if (parts.notes) out.push('', parts.notes.trim());
  return out.join('\n');
}
