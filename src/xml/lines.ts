import type { Position, Span } from './types.js';

/** Maps offsets in a text to 1-based line and column; CRLF, LF and lone CR each end a line. */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The line (0-based) of the last answer. */
  private hint = 0;

  constructor(readonly text: string) {
    // Found with indexOf, which is several times faster than looking at each character.
    const starts = this.starts;
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        if (lf === cr + 1) {
          starts.push(cr + 2);
          lf = text.indexOf('\n', cr + 2);
        } else {
          starts.push(cr + 1);
        }
        cr = text.indexOf('\r', cr + 1);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    // The parser asks in document order, mostly for the line of its previous question or the
    // next one: try those before searching.
    const h = this.hint;
    const hs = this.starts[h] as number;
    if (o >= hs) {
      const next = this.starts[h + 1];
      if (next === undefined || o < next) return { line: h + 1, column: o - hs + 1, offset: o };
      const after = this.starts[h + 2];
      if (after === undefined || o < after) {
        this.hint = h + 1;
        return { line: h + 2, column: o - next + 1, offset: o };
      }
    }
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= o) lo = mid;
      else hi = mid - 1;
    }
    this.hint = lo;
    return { line: lo + 1, column: o - (this.starts[lo] as number) + 1, offset: o };
  }

  span(start: number, end: number): Span {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return '';
    const next = this.starts[line];
    let end = next === undefined ? this.text.length : next;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }
}
