import { SaxesParser } from 'saxes';
import { decodeXml } from './decode.js';
import { XmlAttribute, XmlElement } from './element.js';
import { parseXmlFast } from './fast-parse.js';
import { LineIndex } from './lines.js';
import { documentScope, elementScope, prefixOf, type Scope } from './namespaces.js';
import type { EncodingInfo, XmlComment, XmlProblem } from './types.js';

export interface XmlLimits {
  /** Largest file accepted, in bytes. Real service files are a few kilobytes. */
  readonly maxBytes: number;
  /** Deepest element nesting accepted. */
  readonly maxDepth: number;
  /** Most elements accepted in one file. */
  readonly maxElements: number;
}

export const DEFAULT_LIMITS: XmlLimits = {
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 100_000,
};

export interface XmlDocument {
  /** The file name used in messages; not read by the parser. */
  readonly file: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly encoding: EncodingInfo | undefined;
  /** Undefined when the file is not well-formed, refused, or empty. */
  readonly root: XmlElement | undefined;
  /** Every comment in document order, with its position. */
  readonly comments: XmlComment[];
  /** At most one fatal problem (parsing stops there), after any non-fatal ones. */
  readonly problems: XmlProblem[];
}

class Stop extends Error {}


/**
 * Parses XML into a tree where every element, attribute and comment knows its line and column.
 * Never throws: anything wrong with the input is returned as one problem at the place it was found.
 * DTDs are refused outright, never read, so entity expansion attacks cannot start.
 */
export function parseXml(file: string, bytes: Uint8Array, limits: XmlLimits = DEFAULT_LIMITS): XmlDocument {
  return parse(file, bytes, limits, true);
}

/**
 * `parseXml` without the fast scanner: every file goes through saxes. Only for the tests that
 * check the scanner gives the same result.
 */
export function parseXmlWithSaxes(file: string, bytes: Uint8Array, limits: XmlLimits = DEFAULT_LIMITS): XmlDocument {
  return parse(file, bytes, limits, false);
}

function parse(file: string, bytes: Uint8Array, limits: XmlLimits, fast: boolean): XmlDocument {
  if (bytes.byteLength > limits.maxBytes) {
    return tooLarge(file, bytes.byteLength, limits.maxBytes);
  }
  const decoded = decodeXml(bytes);
  const text = decoded.text;
  const lines = new LineIndex(text);
  const comments: XmlComment[] = [];
  const problems: XmlProblem[] = [];
  const base = { file, text, lines, encoding: decoded.encoding, comments };
  if (decoded.error) {
    const at = firstReplacement(text);
    problems.push({ code: 'encoding', fatal: true, message: decoded.error, at: lines.position(at) });
    return { ...base, root: undefined, problems };
  }

  const mismatch = declarationMismatch(decoded.encoding, text);
  if (mismatch) problems.push(mismatch(lines));

  // Ordinary service files are read by the scanner; anything it does not accept, saxes reads.
  const scanned = fast ? parseXmlFast(file, text, lines, limits) : undefined;
  if (scanned) {
    return { ...base, comments: scanned.comments, root: scanned.root, problems };
  }

  const parser = new SaxesParser({ position: true });
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  const scopes: Scope[] = [documentScope()];
  let pendingAttributes: XmlAttribute[] = [];
  let tagStart = 0;
  let elementCount = 0;
  let lastClosed: { el: XmlElement; position: number } | undefined;

  const fail = (code: XmlProblem['code'], message: string, offset: number): never => {
    problems.push({ code, fatal: true, message, at: lines.position(offset) });
    throw new Stop();
  };

  parser.on('error', (err) => {
    // saxes reports after consuming the offending character; point at it.
    let at = Math.max(0, parser.position - 1);
    const message = err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
    // saxes reads a bare "&" as the start of an entity and fails far away (at the next ";" or
    // the end of the file); the first bare "&" before that point is the real mistake.
    if (/entity|unclosed tag/.test(message)) {
      const amp = bareAmpersand(text, at);
      if (amp >= 0) fail('not-well-formed', '"&" must be written as &amp; (a bare & starts an entity reference)', amp);
    }
    const explained = explain(message, at);
    // A mismatched end tag, or a bad comment, is best shown where it starts.
    if (/close tag/.test(message)) at = Math.max(0, text.lastIndexOf('</', at));
    if (message === 'malformed comment') at = Math.max(0, text.lastIndexOf('<!--', at));
    fail('not-well-formed', explained, at);
  });

  /** saxes' messages are terse; say what is wrong in the terms of the file. */
  const explain = (message: string, at: number): string => {
    const ch = text[at];
    // saxes may already have closed the element the bad end tag was meant for.
    const open = lastClosed && lastClosed.position === parser.position ? lastClosed.el : stack[stack.length - 1];
    if (/close tag/.test(message)) {
      const m = /^<\/\s*([^\s>]*)/.exec(text.slice(text.lastIndexOf('</', at), at + 1));
      const closing = m?.[1] ?? '';
      if (open) {
        return `the end tag </${closing}> does not match the start tag <${open.name}> on line ${open.span.start.line}; make the names equal`;
      }
      return `the end tag </${closing}> has no start tag`;
    }
    if (message === 'disallowed character' && ch === '<' && pendingAttributes !== undefined && insideTag(at)) {
      return `"<" is not allowed in an attribute value; write it as &lt; (placeholders such as <your key> need &lt;your key&gt;)`;
    }
    if (message === 'disallowed character' && ch === '&') return `"&" must be written as &amp;`;
    if (message === 'malformed comment') {
      return `a comment may not contain "--" (XML 1.0 §2.5); in a cloudservice directive separate the reason with a single " - "`;
    }
    const unclosed = /^unclosed tag: (.*)$/.exec(message);
    const innermost = stack[stack.length - 1];
    if (unclosed && innermost) {
      return `the file ends before the end tag </${innermost.name}> of <${innermost.name}> on line ${innermost.span.start.line}: an end tag is missing or the file is cut short`;
    }
    if (/undefined entity/.test(message)) {
      return `${message}: only &lt; &gt; &amp; &quot; &apos; and character references are defined; write & as &amp;`;
    }
    return message;
  };

  /** True when the offset is inside a start tag (after its `<`, before its `>`). */
  const insideTag = (at: number): boolean => {
    const lt = text.lastIndexOf('<', at - 1);
    const gt = text.lastIndexOf('>', at - 1);
    return lt > gt;
  };
  parser.on('doctype', () => {
    const at = text.lastIndexOf('<!DOCTYPE', parser.position);
    fail(
      'dtd-forbidden',
      'the file has a document type declaration (DOCTYPE); service files never need one, and DTDs can define entities that expand without bound. Remove it',
      at < 0 ? 0 : at,
    );
  });
  parser.on('opentagstart', () => {
    tagStart = text.lastIndexOf('<', parser.position - 1);
    pendingAttributes = [];
  });
  parser.on('attribute', (a) => {
    const end = parser.position; // just after the closing quote
    const quote = text[end - 1] as string;
    const valueStart = text.lastIndexOf(quote, end - 2) + 1;
    let i = valueStart - 2; // before the opening quote
    while (i > tagStart && isSpaceOrEquals(text.charCodeAt(i))) i--;
    const nameStart = i - a.name.length + 1;
    pendingAttributes.push(new XmlAttribute(file, a.name, a.value, lines, nameStart, valueStart, end - 1));
  });
  parser.on('opentag', (tag) => {
    elementCount++;
    if (elementCount > limits.maxElements) {
      fail('too-large', `more than ${limits.maxElements} elements; a service file never has that many`, tagStart);
    }
    if (stack.length >= limits.maxDepth) {
      fail('too-large', `elements nested deeper than ${limits.maxDepth} levels`, tagStart);
    }
    const scope = elementScope(scopes[scopes.length - 1] as Scope, pendingAttributes);
    scopes.push(scope);
    const prefix = prefixOf(tag.name);
    const uri = scope.get(prefix);
    if (uri === undefined && prefix !== '') {
      fail('not-well-formed', `the namespace prefix "${prefix}" is not declared`, tagStart);
    }
    const parent = stack[stack.length - 1];
    const el = new XmlElement(file, tag.name, uri ?? '', lines, tagStart, parser.position, parent);
    for (const a of pendingAttributes) a.owner = el;
    el.attributes.push(...pendingAttributes);
    pendingAttributes = [];
    if (parent) parent.elements.push(el);
    else root = el;
    stack.push(el);
    if (tag.isSelfClosing) el.setEmpty();
  });
  parser.on('closetag', (tag) => {
    const el = stack.pop();
    if (el) lastClosed = { el, position: parser.position };
    scopes.pop();
    if (el && !tag.isSelfClosing) {
      const start = text.lastIndexOf('</', parser.position - 1);
      el.setEndTag(start, parser.position);
    }
  });
  parser.on('text', (t) => {
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  });
  parser.on('cdata', (t) => {
    const el = stack[stack.length - 1];
    if (el) el.text += t;
  });
  parser.on('comment', (c) => {
    const end = parser.position;
    const start = text.lastIndexOf('<!--', end - 1);
    comments.push({ text: c, span: lines.span(start, end), parent: stack[stack.length - 1] });
  });

  try {
    parser.write(text).close();
  } catch (err) {
    if (!(err instanceof Stop)) {
      problems.push({
        code: 'not-well-formed',
        fatal: true,
        message: err instanceof Error ? err.message : String(err),
        at: lines.position(Math.max(0, parser.position - 1)),
      });
    }
    return { ...base, root: undefined, problems };
  }
  return { ...base, root, problems };
}

function tooLarge(file: string, size: number, max: number): XmlDocument {
  const lines = new LineIndex('');
  return {
    file,
    text: '',
    lines,
    encoding: undefined,
    root: undefined,
    comments: [],
    problems: [
      {
        code: 'too-large',
        fatal: true,
        message: `the file is ${size} bytes, over the ${max}-byte limit for a service file; it was not read`,
        at: lines.position(0),
      },
    ],
  };
}

/**
 * A byte-order mark that contradicts the declared encoding: the BOM is believed (the file would
 * not decode otherwise), but stricter parsers (expat, .NET in some modes) refuse such a file.
 */
function declarationMismatch(enc: EncodingInfo, text: string): ((lines: LineIndex) => XmlProblem) | undefined {
  if (!enc.declared) return undefined;
  const declared = enc.declared.toLowerCase().replace(/[_\s]/g, '-');
  const family = declared.startsWith('utf-16') || declared === 'unicode' ? 'utf-16' : declared.startsWith('utf-8') ? 'utf-8' : undefined;
  if (!family) return undefined;
  const actual = enc.detected.startsWith('utf-16') ? 'utf-16' : enc.detected === 'utf-8' ? 'utf-8' : undefined;
  if (!actual || actual === family) return undefined;
  const at = Math.max(0, text.indexOf(enc.declared));
  const how = enc.bom ? 'its byte-order mark says' : 'its bytes are';
  return (lines) => ({
    code: 'encoding-mismatch',
    fatal: false,
    message: `the declaration says encoding="${enc.declared}" but ${how} ${enc.detected.toUpperCase()}; save the file as UTF-8 with encoding="utf-8"`,
    at: lines.position(at),
  });
}

/**
 * Offset of the first "&" before `limit` that does not start a character or entity reference,
 * outside comments, CDATA sections and processing instructions; -1 when there is none.
 */
function bareAmpersand(text: string, limit: number): number {
  const ref = /^&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_:][A-Za-z0-9._:-]*);/;
  for (let i = 0; i <= limit && i < text.length; i++) {
    const c = text[i];
    if (c === '<') {
      const skip = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : text.startsWith('<?', i) ? '?>' : undefined;
      if (skip) {
        const end = text.indexOf(skip, i);
        if (end < 0) return -1;
        i = end + skip.length - 1;
      }
    } else if (c === '&' && !ref.test(text.slice(i, i + 40))) {
      return i;
    }
  }
  return -1;
}

/** `/[\s=]/` for one UTF-16 code unit, without a regular expression per character. */
function isSpaceOrEquals(c: number): boolean {
  if (c === 0x3d || c === 0x20 || (c >= 0x09 && c <= 0x0d)) return true;
  return c >= 0xa0 && /\s/.test(String.fromCharCode(c));
}

function firstReplacement(text: string): number {
  const i = text.indexOf('\uFFFD');
  return i < 0 ? 0 : i;
}
