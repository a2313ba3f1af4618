import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeXml } from '../../src/xml/decode.js';
import { XmlAttribute, XmlElement } from '../../src/xml/element.js';
import { parseXmlFast } from '../../src/xml/fast-parse.js';
import { LineIndex } from '../../src/xml/lines.js';
import { DEFAULT_LIMITS, parseXml, parseXmlWithSaxes, type XmlDocument, type XmlLimits } from '../../src/xml/parse.js';
import type { Span } from '../../src/xml/types.js';
import { serviceFilesRoot } from '../helpers/manifest.js';

/**
 * Everything a caller can read from a document, as plain data: elements and comments are
 * numbered in document order so that parents and owners are compared too.
 */
function snapshot(doc: XmlDocument): unknown {
  const ids = new Map<XmlElement, number>();
  const elements: unknown[] = [];
  const visit = (el: XmlElement, parent: XmlElement | undefined): void => {
    const id = ids.size;
    ids.set(el, id);
    elements.push({
      id,
      isElement: el instanceof XmlElement,
      keys: Object.keys(el),
      parent: parent === undefined ? null : ids.get(parent),
      parentIsParent: el.parent === parent,
      file: el.file,
      name: el.name,
      local: el.local,
      prefix: el.prefix,
      uri: el.uri,
      path: el.path,
      text: el.text,
      span: el.span,
      endSpan: el.endSpan,
      endSpanIsSpan: el.endSpan === el.span,
      attributes: el.attributes.map((a) => ({
        isAttribute: a instanceof XmlAttribute,
        keys: Object.keys(a),
        ownerIsElement: a.owner === el,
        file: a.file,
        name: a.name,
        local: a.local,
        value: a.value,
        span: a.span,
        valueSpan: a.valueSpan,
      })),
      children: el.elements.length,
    });
    for (const child of el.elements) visit(child, el);
  };
  if (doc.root) visit(doc.root, undefined);
  return {
    keys: Object.keys(doc),
    file: doc.file,
    text: doc.text,
    lineCount: doc.lines.lineCount,
    encoding: doc.encoding,
    problems: doc.problems,
    root: doc.root === undefined ? null : 0,
    elements,
    comments: doc.comments.map((c) => ({
      keys: Object.keys(c),
      text: c.text,
      span: c.span,
      parent: c.parent === undefined ? null : (ids.get(c.parent as XmlElement) ?? 'not in the tree'),
    })),
  };
}

/**
 * Each span covers the markup it names and each position agrees with its offset: checked on the
 * text itself, so that it holds whichever parser made the document.
 */
function assertSpans(doc: XmlDocument, what: string): void {
  const slice = (span: Span): string => doc.text.slice(span.start.offset, span.end.offset);
  const located = (span: Span): void => {
    assert.deepEqual(span.start, doc.lines.position(span.start.offset), what);
    assert.deepEqual(span.end, doc.lines.position(span.end.offset), what);
  };
  const stack = doc.root ? [doc.root] : [];
  while (stack.length > 0) {
    const el = stack.pop() as XmlElement;
    located(el.span);
    const tag = slice(el.span);
    assert.ok(tag.startsWith(`<${el.name}`) && tag.endsWith('>'), `${what}: ${tag}`);
    assert.ok(el.endSpan, `${what}: <${el.name}> has no end`);
    located(el.endSpan);
    if (el.endSpan !== el.span) assert.match(slice(el.endSpan), new RegExp(`^</${el.name.replace(/\./g, '\\.')}\\s*>$`), what);
    else assert.ok(tag.endsWith('/>'), `${what}: ${tag}`);
    for (const a of el.attributes) {
      located(a.span);
      located(a.valueSpan);
      const written = slice(a.span);
      const value = slice(a.valueSpan);
      assert.ok(written.startsWith(a.name) && written.endsWith(`${value}${written.at(-1)}`), `${what}: ${written}`);
      assert.match(written.slice(a.name.length, written.length - value.length - 1), /^\s*=\s*["']$/, `${what}: ${written}`);
    }
    stack.push(...el.elements);
  }
  for (const c of doc.comments) {
    located(c.span);
    assert.ok(slice(c.span).startsWith('<!--') && slice(c.span).endsWith('--'), what);
  }
}

/** True when the scanner reads the bytes itself rather than leaving them to saxes. */
function scannerAccepts(bytes: Uint8Array, limits: XmlLimits = DEFAULT_LIMITS): boolean {
  const decoded = decodeXml(bytes);
  if (decoded.error) return false;
  return parseXmlFast('f.xml', decoded.text, new LineIndex(decoded.text), limits) !== undefined;
}

function assertSame(bytes: Uint8Array, limits: XmlLimits = DEFAULT_LIMITS, what = ''): void {
  assert.deepStrictEqual(snapshot(parseXml('f.xml', bytes, limits)), snapshot(parseXmlWithSaxes('f.xml', bytes, limits)), what);
}

function corpusFiles(): { path: string; bytes: Buffer }[] {
  return (readdirSync(serviceFilesRoot, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((d) => d.isFile() && d.name !== 'MANIFEST.tsv')
    .map((d) => join(d.parentPath, d.name))
    .sort()
    .map((path) => ({ path, bytes: readFileSync(path) }));
}

const corpus = corpusFiles();

describe('the fast XML scanner against saxes', () => {
  it('gives the same document for every corpus file, and reads almost all of them itself', () => {
    const files = corpus;
    assert.equal(files.length, 1256);
    let accepted = 0;
    const declined: string[] = [];
    for (const { path, bytes } of files) {
      assertSame(bytes, DEFAULT_LIMITS, path);
      assertSpans(parseXml(path, bytes), path);
      if (scannerAccepts(bytes)) accepted++;
      else declined.push(path);
    }
    assert.ok(accepted >= 0.95 * files.length, `the scanner read ${accepted} of ${files.length} files; declined: ${declined.join(', ')}`);
  });

  it('declines what it does not handle, so that saxes reports it', () => {
    const declined = [
      '<?xml version="1.1"?><a/>',
      ' <?xml version="1.0"?><a/>',
      '<?xml version="1.0" encoding="utf-8" ?><?pi x?><a/>',
      '<!DOCTYPE a><a/>',
      '<a>&nbsp;</a>',
      '<a v="&#X41;"/>',
      '<a v="&#0;"/>',
      '<a>]]></a>',
      '<a><b></a></b>',
      '<a></a><b/>',
      '<a/>x',
      '<p:a/>',
      '<a b="1" b="2"/>',
      '<a b="1"c="2"/>',
      '<a b="<"/>',
      '<é/>',
      '<aé/>',
      '<a>\u0001</a>',
      '<a>\uD83D\uDE00</a>',
      '<!-- a -- b --><a/>',
      '<![CDATA[x]]><a/>',
      '<a>',
      '',
    ];
    for (const text of declined) {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(scannerAccepts(bytes), false, JSON.stringify(text));
      assertSame(bytes, DEFAULT_LIMITS, text);
    }
    const limits: XmlLimits = { maxBytes: 1 << 20, maxDepth: 2, maxElements: 3 };
    for (const text of ['<a><b><c/></b></a>', '<a><b/><b/><b/></a>']) {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(scannerAccepts(bytes, limits), false, text);
      assert.equal(parseXml('f.xml', bytes, limits).problems[0]?.code, 'too-large');
    }
  });

  it('reads what service files contain the way saxes does', () => {
    const accepted = [
      '<?xml version="1.0" encoding="utf-8"?>\r\n<a xmlns="urn:a" xmlns:p="urn:p">\r\n  <p:b v="x&amp;y&#x41;&#65;\r\nz\tw"/>\r\n\t<!-- c\r\nd -->\r\n</a >\r\n',
      "<?xml version='1.0' standalone='yes'?><a v='\"'>t&lt;&gt;&quot;&apos;<![CDATA[<x>]]\r\n]]]>\rq</a><!--after-->\n",
      '<a><!---->x<!--->--><!-- a<!--></a>',
      '<a xml:lang="en" b = "1"\n c\t=\t\'2\'/>',
    ];
    for (const text of accepted) {
      const bytes = Buffer.from(text, 'utf8');
      assert.equal(scannerAccepts(bytes), true, JSON.stringify(text));
      assertSame(bytes, DEFAULT_LIMITS, text);
    }
  });
});

// Generated documents: mostly well-formed, with every construct the scanner reads and a sprinkling
// of the ones it must leave to saxes.
const often = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ weight: 40, arbitrary: good }, { weight: 1, arbitrary: bad });

const NAME = often(
  fc.constantFrom('a', 'B', '_x', 'Role', 'x.y', 'x-y', 'a1', 'p:a', 'q:b', 'xml:lang', 'WebRole', 'Setting', '__proto__'),
  fc.constantFrom('a:b:c', 'é', 'aé', 'a·', ':a', 'a:', 'xmlns', 'xmlns:p', 'r:x', '1a', '-a', 'a\u00b7b'),
);
// Attribute names: mostly distinct, so that few tags have a duplicate.
const ATTRIBUTE_NAME = fc.oneof({ weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9._-]{0,8}$/) }, { weight: 1, arbitrary: NAME });
const SPACE = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\r', ' \r\n   ');
const OPT_SPACE = fc.oneof(fc.constant(''), SPACE);
const VALUE_PIECE = often(
  fc.constantFrom('x', 'hello world', 'urn:p', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x41;', '&#10;', '&#13;', '&#9;', '\t', '\n', '\r\n', '\r', '>', 'é', '\u2028', '\u0085', ']]>', '  '),
  fc.constantFrom('&#X41;', '&#0;', '&#xD800;', '&#1114111;', '&#1114112;', '&nbsp;', '&', '&amp', '&#;', '<', "'", '"', '\u0000', '\uD83D\uDE00', '\uFFFE'),
);
const TEXT_PIECE = often(
  fc.constantFrom(
    'text', ' ', '\r\n  ', '\n', '\r', '\t', '&amp;', '&lt;', '&#x20AC;', '&#8364;', '>', ']', ']]', 'é',
    '<!-- c -->', '<!---->', '<!-- a - b -->', '<!-- x<!-->', '<!--->-->', '<!-- a\r\nb\rc -->',
    '<![CDATA[ x ]] ]]>', '<![CDATA[a\r\nb]]]>', '<![CDATA[]]>', '<![CDATA[<&>]]>',
  ),
  fc.constantFrom(']]>', '<!-- a -- b -->', '<!-- a --->', '<?pi x?>', '&bogus;', '&', '<', '<![CDATA[x', '<!DOCTYPE a>', '</>', '\u0001', '\uD83D\uDE00'),
);
const QUOTE = fc.constantFrom('"', "'");

interface Element {
  readonly name: string;
  readonly attributes: [string, string, string, string, string, string][];
  readonly content: (string | Element)[];
  readonly selfClose: boolean;
  readonly closeName: string | undefined;
  readonly closeSpace: string;
  readonly tagSpace: string;
}

const { element } = fc.letrec<{ element: Element }>((tie) => ({
  element: fc.record({
    name: NAME,
    attributes: fc.array(
      fc.tuple(often(SPACE, fc.constant('')), ATTRIBUTE_NAME, OPT_SPACE, OPT_SPACE, QUOTE, fc.array(VALUE_PIECE, { maxLength: 4 }).map((p) => p.join(''))),
      { maxLength: 4 },
    ),
    content: fc.array(fc.oneof({ weight: 2, arbitrary: fc.array(TEXT_PIECE, { maxLength: 3 }).map((p) => p.join('')) }, { weight: 1, arbitrary: tie('element') }), {
      maxLength: 4,
      depthIdentifier: 'tree',
    }),
    selfClose: fc.boolean(),
    closeName: often(fc.constant(undefined), NAME),
    closeSpace: often(OPT_SPACE, fc.constantFrom(' x', '/')),
    tagSpace: often(OPT_SPACE, fc.constantFrom('/', ' /', ' x')),
  }),
}));

function render(el: Element): string {
  const attrs = el.attributes.map(([sep, name, s1, s2, q, v]) => `${sep}${name}${s1}=${s2}${q}${v}${q}`).join('');
  // Prefixes used in names are mostly declared on the element that uses them.
  const decls = /\b[pq]:/.test(el.name + attrs) ? ' xmlns:p="urn:p" xmlns:q="urn:q"' : '';
  const open = `<${el.name}${decls}${attrs}${el.tagSpace}`;
  if (el.selfClose && el.content.length === 0) return `${open}/>`;
  const inner = el.content.map((c) => (typeof c === 'string' ? c : render(c))).join('');
  return `${open}>${inner}</${el.closeName ?? el.name}${el.closeSpace}>`;
}

const DECLARATION = often(
  fc.constantFrom(
    '',
    '<?xml version="1.0"?>',
    "<?xml version='1.0' encoding='utf-8'?>",
    '<?xml version="1.0" encoding="utf-8" standalone="yes"?>',
    '<?xml  version = "1.0"\r\n encoding="utf-8"  ?>',
    '<?xml version="1.0" standalone="no"?>',
    '<?xml version="1.0" encoding="UTF-16"?>',
    '<?xml version="1.0" encoding="windows-1252"?>',
  ),
  fc.constantFrom(
    '<?xml version="1.1"?>',
    '<?xml encoding="utf-8" version="1.0"?>',
    '<?xml version="1.0"encoding="utf-8"?>',
    ' <?xml version="1.0"?>',
    '<?XML version="1.0"?>',
    '<?xml?>',
    '<?xml version="1.0" standalone="maybe"?>',
    '<?xml version="1.0" encoding="-x"?>',
    '<?xml-stylesheet href="a"?>',
    '\uFEFF<?xml version="1.0"?>',
    '<!DOCTYPE a>',
  ),
);
const MISC = fc.array(often(fc.constantFrom('\r\n', '\n', '\r', ' ', '<!-- m -->', '<!--\r\n-->'), fc.constantFrom('x', '&amp;', '<![CDATA[x]]>', '<b/>', '<?pi?>')), {
  maxLength: 3,
}).map((p) => p.join(''));

const LIMITS = fc.oneof(
  { weight: 5, arbitrary: fc.constant(DEFAULT_LIMITS) },
  { weight: 1, arbitrary: fc.record({ maxBytes: fc.constant(1 << 20), maxDepth: fc.integer({ min: 1, max: 8 }), maxElements: fc.integer({ min: 1, max: 40 }) }) },
);

const document = fc.record({
  declaration: DECLARATION,
  before: MISC,
  root: element,
  after: MISC,
  encoding: often(fc.constant('utf8' as const), fc.constant('utf16le' as const)),
  limits: LIMITS,
});

// Real files with small damage: characters that start or end markup inserted, pieces deleted.
// A place in the file, as a fraction (unbiased: fast-check favours the ends otherwise).
const AT = fc.noBias(fc.integer({ min: 0, max: 999_999 })).map((n) => n / 1_000_000);
const INSERTED = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(' ', 'x', '\r\n', '\n', '\t', 'é', '&amp;', '&#x41;', '>', ']', ' a="1"', '<!-- c -->', '<![CDATA[c]]>') },
  { weight: 1, arbitrary: fc.constantFrom('<', '&', '"', "'", '/', '=', '\r', ':', ']]>', '--', '&bogus;', '<!--', '<![CDATA[', '<?pi?>', '\u0000', '\u00a0', ' xmlns:q="urn:q"', '<q:x/>', '\uD83D\uDE00') },
);
const corpusCase = fc.record({
  file: fc.nat(corpus.length - 1),
  edits: fc.array(
    fc.oneof(
      { weight: 4, arbitrary: fc.record({ at: AT, insert: INSERTED.map((s) => Buffer.from(s, 'utf8')), remove: fc.constant(0) }) },
      { weight: 1, arbitrary: fc.record({ at: AT, insert: fc.constant(Buffer.alloc(0)), remove: fc.integer({ min: 1, max: 40 }) }) },
      { weight: 1, arbitrary: fc.record({ at: AT, insert: fc.integer({ min: 0, max: 255 }).map((b) => Buffer.from([b])), remove: fc.integer({ min: 0, max: 1 }) }) },
    ),
    { minLength: 1, maxLength: 2 },
  ),
});

function damaged(c: { file: number; edits: { at: number; insert: Buffer; remove: number }[] }): Buffer {
  let bytes = (corpus[c.file] as { bytes: Buffer }).bytes;
  for (const e of c.edits) {
    const p = Math.floor(e.at * (bytes.length + 1));
    bytes = Buffer.concat([bytes.subarray(0, p), e.insert, bytes.subarray(p + e.remove)]);
  }
  return bytes;
}

// FUZZ_RUNS and FUZZ_SEED (as for test/fuzz) run more cases, or others.
const RUNS = Number(process.env['FUZZ_RUNS']) || undefined;
const SEED = Number(process.env['FUZZ_SEED']) || 20261121;

describe('the fast XML scanner against saxes, on generated input', () => {
  it('gives the same document as saxes whenever it accepts, and never throws', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(document, (d) => {
        runs++;
        const text = d.declaration + d.before + render(d.root) + d.after;
        const bytes = d.encoding === 'utf8' ? Buffer.from(text, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        const limits = d.limits;
        if (scannerAccepts(bytes, limits)) accepted++;
        assertSame(bytes, limits, JSON.stringify(text));
      }),
      { numRuns: RUNS ?? 700, seed: SEED },
    );
    // The property says little if the scanner declines nearly everything.
    assert.ok(accepted >= runs * 0.25, `accepted ${accepted} of ${runs}`);
  });

  it('on damaged corpus files too', () => {
    let accepted = 0;
    let runs = 0;
    fc.assert(
      fc.property(corpusCase, (c) => {
        runs++;
        const bytes = damaged(c);
        if (scannerAccepts(bytes)) accepted++;
        assertSame(bytes);
      }),
      { numRuns: RUNS ?? 500, seed: SEED + 1 },
    );
    assert.ok(accepted >= runs * 0.2, `accepted ${accepted} of ${runs}`);
  });
});
