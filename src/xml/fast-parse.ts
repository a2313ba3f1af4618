/**
 * A scanner for the XML that service files are made of: an optional XML 1.0 declaration, elements
 * and attributes with ASCII names, quoted values, text, comments, CDATA sections, the five
 * predefined entities and character references. It builds the same tree, with the same positions,
 * as the saxes path of `parseXml`, in a fraction of the time: saxes reads one character at a time
 * through a state table, this reads markup with `indexOf` and tight loops.
 *
 * It does not report errors. Anything outside that subset or not well-formed (a DOCTYPE, a
 * processing instruction, a non-ASCII name, a character XML forbids, an undefined entity, a
 * mismatched tag, a limit reached, an undeclared prefix, a duplicate attribute, text outside the
 * root...) makes it return undefined, and `parseXml` then parses the file with saxes, which finds
 * and explains the problem. What it accepts, saxes accepts too, with the same result.
 */
import { XmlAttribute, XmlElement } from './element.js';
import type { LineIndex } from './lines.js';
import { documentScope, elementScope, prefixOf, type Scope } from './namespaces.js';
import type { XmlLimits } from './parse.js';
import type { XmlComment } from './types.js';

/** The document's root element and its comments, as `parseXml` returns them. */
export interface FastParse {
  readonly root: XmlElement;
  readonly comments: XmlComment[];
}

/**
 * Characters XML 1.0 forbids (saxes stops at them), U+FEFF as the first character (saxes skips
 * it), and every surrogate: astral characters are rare in service files, and saxes reads a lone
 * surrogate in ways not worth copying.
 */
const OUTSIDE_SUBSET = /^\uFEFF|[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** The XML declaration in the order and shape saxes accepts, version 1.0 only. */
const DECLARATION =
  /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;

const DECIMAL_REF = /^#[0-9]+$/;
const HEX_REF = /^#x[0-9a-fA-F]+$/;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const RBRACKET = 0x5d;

/** XML's S: space, tab, line feed, carriage return. */
function isSpace(c: number): boolean {
  return c === SPACE || c === LF || c === CR || c === TAB;
}

/** `[A-Za-z_]`: the first character of a name this scanner accepts. */
function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/** `[A-Za-z0-9._:-]`: the other characters of a name. */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d
  );
}

/** The index after the name characters from `i` on. */
function nameEnd(text: string, i: number): number {
  while (isNameChar(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The value of the reference that starts with the `&` at `amp` and ends before `limit`, or
 * undefined when it is not one of the predefined entities or a character reference to a character
 * XML allows. `refEnd` is set to the index after its `;`.
 */
let refEnd = 0;
function reference(text: string, amp: number, limit: number): string | undefined {
  const semi = text.indexOf(';', amp + 1);
  // Longer references (leading zeros) are valid but left to saxes.
  if (semi < 0 || semi >= limit || semi - amp > 12) return undefined;
  refEnd = semi + 1;
  const name = text.slice(amp + 1, semi);
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
  }
  // Only a lowercase x introduces a hexadecimal reference (saxes refuses &#X41;).
  let code: number;
  if (HEX_REF.test(name)) code = parseInt(name.slice(2), 16);
  else if (DECIMAL_REF.test(name)) code = parseInt(name.slice(1), 10);
  else return undefined;
  const allowed =
    (code >= 0x20 && code <= 0xd7ff) ||
    code === LF ||
    code === CR ||
    code === TAB ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff);
  return allowed ? String.fromCodePoint(code) : undefined;
}

/**
 * Character data from `start` to `end` (the next `<`) as saxes reports it: CRLF and lone CR read as
 * LF, references resolved. Undefined when a reference is not understood or `]]>` occurs.
 */
function charData(text: string, start: number, end: number): string | undefined {
  let k = start;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === AMP || c === CR) break;
    if (c === RBRACKET && text.charCodeAt(k + 1) === RBRACKET && text.charCodeAt(k + 2) === GT) return undefined;
  }
  if (k === end) return text.slice(start, end);
  let out = text.slice(start, k);
  let from = k;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === AMP) {
      const value = reference(text, k, end);
      if (value === undefined) return undefined;
      out += text.slice(from, k) + value;
      k = from = refEnd;
    } else if (c === CR) {
      out += text.slice(from, k) + '\n';
      k = from = text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
    } else {
      if (c === RBRACKET && text.charCodeAt(k + 1) === RBRACKET && text.charCodeAt(k + 2) === GT) return undefined;
      k++;
    }
  }
  return out + text.slice(from, end);
}

/**
 * An attribute value between its quotes, from `start` to `end`, as saxes reports it: tab, LF, CR
 * and CRLF each read as one space, references resolved. Undefined when a `<` occurs or a reference
 * is not understood.
 */
function attributeValue(text: string, start: number, end: number): string | undefined {
  let k = start;
  for (; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === AMP || c === CR || c === LF || c === TAB || c === LT) break;
  }
  if (k === end) return text.slice(start, end);
  let out = text.slice(start, k);
  let from = k;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c === AMP) {
      const value = reference(text, k, end);
      if (value === undefined) return undefined;
      out += text.slice(from, k) + value;
      k = from = refEnd;
    } else if (c === CR || c === LF || c === TAB) {
      out += text.slice(from, k) + ' ';
      k = from = c === CR && text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
    } else if (c === LT) {
      return undefined;
    } else {
      k++;
    }
  }
  return out + text.slice(from, end);
}

/** The text of a comment or CDATA section, with CRLF and lone CR read as LF. */
function newlinesAsLf(s: string): string {
  return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}

/** Parses `text`, or returns undefined to leave it to saxes (see above). Never throws. */
export function parseXmlFast(file: string, text: string, lines: LineIndex, limits: XmlLimits): FastParse | undefined {
  if (OUTSIDE_SUBSET.test(text)) return undefined;
  const n = text.length;
  let i = 0;
  if (text.startsWith('<?')) {
    DECLARATION.lastIndex = 0;
    if (!DECLARATION.test(text)) return undefined;
    i = DECLARATION.lastIndex;
  }

  const comments: XmlComment[] = [];
  const stack: XmlElement[] = [];
  const scopes: Scope[] = [documentScope()];
  let root: XmlElement | undefined;
  let elementCount = 0;
  const attributes: XmlAttribute[] = [];

  for (;;) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? n : lt;
    if (end > i) {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        // Outside the root element only white space may appear.
        for (let k = i; k < end; k++) if (!isSpace(text.charCodeAt(k))) return undefined;
      } else {
        const data = charData(text, i, end);
        if (data === undefined) return undefined;
        top.text += data;
      }
    }
    if (lt < 0) break;
    const c = text.charCodeAt(lt + 1);

    if (c === SLASH) {
      // An end tag: the name of the open element, white space, ">".
      const top = stack[stack.length - 1];
      if (top === undefined) return undefined;
      const nameStart = lt + 2;
      if (!isNameStart(text.charCodeAt(nameStart))) return undefined;
      let j = nameEnd(text, nameStart + 1);
      if (j - nameStart !== top.name.length || !text.startsWith(top.name, nameStart)) return undefined;
      let d = text.charCodeAt(j);
      while (isSpace(d)) d = text.charCodeAt(++j);
      if (d !== GT) return undefined;
      j++;
      top.setEndTag(lt, j);
      stack.pop();
      scopes.pop();
      i = j;
      continue;
    }

    if (c === BANG) {
      if (text.startsWith('--', lt + 2)) {
        // The first "--" ends the comment and must be followed by ">".
        const dashes = text.indexOf('--', lt + 4);
        if (dashes < 0 || text.charCodeAt(dashes + 2) !== GT) return undefined;
        // The same start the saxes path finds (it differs from `lt` for "<!-- a<!-->").
        const start = text.lastIndexOf('<!--', dashes + 1);
        comments.push({
          text: newlinesAsLf(text.slice(lt + 4, dashes)),
          span: lines.span(start, dashes + 2),
          parent: stack[stack.length - 1],
        });
        i = dashes + 3;
        continue;
      }
      if (text.startsWith('[CDATA[', lt + 2)) {
        const top = stack[stack.length - 1];
        if (top === undefined) return undefined;
        const close = text.indexOf(']]>', lt + 9);
        if (close < 0) return undefined;
        top.text += newlinesAsLf(text.slice(lt + 9, close));
        i = close + 3;
        continue;
      }
      return undefined;
    }

    // A start tag (or a processing instruction, or something else, which is left to saxes).
    if (!isNameStart(c)) return undefined;
    if (root !== undefined && stack.length === 0) return undefined;
    let j = nameEnd(text, lt + 2);
    const name = text.slice(lt + 1, j);
    let selfClosing = false;
    attributes.length = 0;
    // Names already used in this tag: a list is searched until there are many of them.
    let names: Set<string> | undefined;
    let d = text.charCodeAt(j);
    for (;;) {
      if (d === GT) {
        j++;
        break;
      }
      if (d === SLASH) {
        if (text.charCodeAt(j + 1) !== GT) return undefined;
        j += 2;
        selfClosing = true;
        break;
      }
      // Anything else after a name or a value must be white space.
      if (!isSpace(d)) return undefined;
      do d = text.charCodeAt(++j);
      while (isSpace(d));
      if (d === GT || d === SLASH) continue;
      if (!isNameStart(d)) return undefined;
      const attrStart = j;
      j = nameEnd(text, j + 1);
      const attrName = text.slice(attrStart, j);
      if (names !== undefined) {
        if (names.has(attrName)) return undefined;
        names.add(attrName);
      } else {
        for (const a of attributes) if (a.name === attrName) return undefined;
        if (attributes.length >= 16) names = new Set([...attributes.map((a) => a.name), attrName]);
      }
      d = text.charCodeAt(j);
      while (isSpace(d)) d = text.charCodeAt(++j);
      if (d !== EQUALS) return undefined;
      d = text.charCodeAt(++j);
      while (isSpace(d)) d = text.charCodeAt(++j);
      if (d !== DQUOTE && d !== SQUOTE) return undefined;
      const valueStart = j + 1;
      const close = text.indexOf(d === DQUOTE ? '"' : "'", valueStart);
      if (close < 0) return undefined;
      const value = attributeValue(text, valueStart, close);
      if (value === undefined) return undefined;
      attributes.push(new XmlAttribute(file, attrName, value, lines, attrStart, valueStart, close));
      j = close + 1;
      d = text.charCodeAt(j);
    }

    elementCount++;
    if (elementCount > limits.maxElements || stack.length >= limits.maxDepth) return undefined;
    const scope = elementScope(scopes[scopes.length - 1] as Scope, attributes);
    const prefix = prefixOf(name);
    const uri = scope.get(prefix);
    if (uri === undefined && prefix !== '') return undefined;

    const parent = stack[stack.length - 1];
    const el = new XmlElement(file, name, uri ?? '', lines, lt, j, parent);
    for (const a of attributes) {
      a.owner = el;
      el.attributes.push(a);
    }
    if (parent) parent.elements.push(el);
    else root = el;
    if (selfClosing) {
      el.setEmpty();
    } else {
      stack.push(el);
      scopes.push(scope);
    }
    i = j;
  }

  if (root === undefined || stack.length !== 0) return undefined;
  return { root, comments };
}
