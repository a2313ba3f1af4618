/**
 * A number as `toLocaleString('en-US')` writes it (`225,304`). Whole numbers are grouped here:
 * the first `toLocaleString` of a process loads ICU's number formatting, about 30 ms, which was a
 * twentieth of linting the whole corpus for one message.
 */
export function thousands(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
  return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}
