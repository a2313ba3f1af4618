import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseXml, type XmlDocument } from '../../src/xml/index.js';

const parse = (text: string | Uint8Array): XmlDocument =>
  parseXml('f.xml', typeof text === 'string' ? Buffer.from(text, 'utf8') : text);

describe('located XML: positions', () => {
  const doc = parse(
    '<?xml version="1.0"?>\n<!-- head -->\n<Root a="1"\n      bb = \'two\'>\n  <Child x="&gt;&amp;&#65;"/>text<!-- in --><C2></C2>\n</Root>',
  );

  it('locates elements at their "<" and attributes at their name', () => {
    const root = doc.root!;
    assert.deepEqual([root.span.start.line, root.span.start.column], [3, 1]);
    const a = root.attr('a')!;
    assert.deepEqual([a.span.start.line, a.span.start.column, a.valueSpan.start.column], [3, 7, 10]);
    const bb = root.attr('bb')!;
    assert.deepEqual([bb.span.start.line, bb.span.start.column], [4, 7]);
    assert.equal(bb.value, 'two');
    const child = root.child('Child')!;
    assert.deepEqual([child.span.start.line, child.span.start.column], [5, 3]);
    assert.equal(child.attr('x')!.span.start.column, 10);
  });

  it('resolves entity and character references in values and keeps text', () => {
    assert.equal(doc.root!.child('Child')!.attrValue('x'), '>&A');
    assert.equal(doc.root!.text.includes('text'), true);
  });

  it('keeps comments with positions and the element they are in', () => {
    assert.deepEqual(
      doc.comments.map((c) => [c.text, c.span.start.line, c.span.start.column, c.parent?.name ?? null]),
      [
        [' head ', 2, 1, null],
        [' in ', 5, 34, 'Root'],
      ],
    );
  });

  it('records end tags and owners, and builds paths', () => {
    const c2 = doc.root!.child('C2')!;
    assert.deepEqual([c2.endSpan!.start.line, c2.endSpan!.start.column], [5, 49]);
    assert.equal(doc.root!.attr('a')!.owner, doc.root);
    assert.equal(c2.path, 'Root/C2');
  });

  it('resolves the default namespace and prefixes', () => {
    const d = parse('<a xmlns="urn:one" xmlns:p="urn:two"><p:b/><c/></a>');
    assert.equal(d.root!.uri, 'urn:one');
    assert.deepEqual(d.root!.elements.map((e) => [e.local, e.uri]), [
      ['b', 'urn:two'],
      ['c', 'urn:one'],
    ]);
  });
});

describe('located XML: real-world quirks', () => {
  const body = '<?xml version="1.0" encoding="utf-16"?>\r\n<R>\r\n  <S v="ä"/>\r\n</R>';

  it('reads UTF-8 with a BOM and counts columns after it', () => {
    const d = parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<R a="1"/>')]));
    assert.equal(d.encoding?.bom, true);
    assert.equal(d.root!.attr('a')!.span.start.column, 4);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    const d = parse(le);
    assert.equal(d.problems.length, 0);
    assert.equal(d.encoding?.detected, 'utf-16le');
    assert.equal(d.root!.child('S')!.attrValue('v'), 'ä');
    assert.equal(d.root!.child('S')!.span.start.line, 3);
    const be = Buffer.from(le);
    be.swap16();
    const d2 = parse(be);
    assert.equal(d2.encoding?.detected, 'utf-16be');
    assert.equal(d2.root!.child('S')!.attrValue('v'), 'ä');
  });

  it('reads UTF-16LE without a BOM', () => {
    const d = parse(Buffer.from(body, 'utf16le'));
    assert.equal(d.encoding?.detected, 'utf-16le');
    assert.equal(d.problems.length, 0);
  });

  it('believes the BOM over a declaration that lies, and reports the mismatch without stopping', () => {
    const lie = '<?xml version="1.0" encoding="utf-8"?>\r\n<R/>';
    const d = parse(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lie, 'utf16le')]));
    assert.ok(d.root);
    assert.equal(d.problems.length, 1);
    assert.equal(d.problems[0]!.code, 'encoding-mismatch');
    assert.equal(d.problems[0]!.fatal, false);
    assert.deepEqual([d.problems[0]!.at.line, d.problems[0]!.at.column], [1, 31]);
  });

  it('accepts no declaration, CRLF, lone CR and mixed line endings with the right lines', () => {
    const d = parse('<R>\r\n<A/>\r<B/>\n<C/></R>');
    assert.equal(d.encoding?.hasDeclaration, false);
    assert.equal(d.encoding?.lineEndings, 'mixed');
    assert.deepEqual(d.root!.elements.map((e) => e.span.start.line), [2, 3, 4]);
  });

  it('accepts comments before the root and declared but unused prefixes', () => {
    const d = parse('<!-- generated -->\n<R xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"/>');
    assert.equal(d.problems.length, 0);
    assert.equal(d.comments[0]!.parent, undefined);
  });

  it('reads windows-1252 when declared', () => {
    const d = parse(Buffer.from([...Buffer.from('<?xml version="1.0" encoding="windows-1252"?><R v="'), 0xe9, ...Buffer.from('"/>')]));
    assert.equal(d.root!.attrValue('v'), 'é');
  });
});

describe('located XML: bad input becomes one located problem', () => {
  const cases: [string, string, number, number, RegExp][] = [
    ['mismatched end tag', '<A>\n  <WokerRole>\n  </WorkerRole>\n</A>', 3, 3, /end tag <\/WorkerRole> does not match the start tag <WokerRole> on line 2/],
    ['unescaped < in a value', '<A>\n<S value="<your key>"/>\n</A>', 2, 11, /"<" is not allowed in an attribute value; write it as &lt;/],
    ['undefined entity', '<A v="&nbsp;"/>', 1, 12, /undefined entity/],
    ['unclosed root', '<A>\n<B/>', 2, 4, /the file ends before the end tag <\/A> of <A> on line 1/],
    ['bare & in a URL value', '<A>\n<S value="https://x/?a=1&b=2" />\n</A>', 2, 25, /"&" must be written as &amp;/],
    ['bare & with a later ";"', '<A>\n<S v="a & b" />\n<T v="x;"/></A>', 2, 9, /"&" must be written as &amp;/],
    ['undeclared prefix', '<p:A/>', 1, 1, /namespace prefix "p" is not declared/],
    ['empty file', '', 1, 1, /root element/],
  ];
  for (const [name, text, line, column, message] of cases) {
    it(name, () => {
      const d = parse(text);
      assert.equal(d.root, undefined);
      assert.equal(d.problems.length, 1);
      const p = d.problems[0]!;
      assert.equal(p.code, 'not-well-formed');
      assert.deepEqual([p.at.line, p.at.column], [line, column], p.message);
      assert.match(p.message, message);
    });
  }

  it('refuses invalid UTF-8 bytes with the position of the first bad one', () => {
    const d = parse(Buffer.from([...Buffer.from('<A>\n<B v="'), 0xff, 0xfe, ...Buffer.from('"/></A>')]));
    assert.equal(d.problems[0]!.code, 'encoding');
    assert.deepEqual([d.problems[0]!.at.line, d.problems[0]!.at.column], [2, 7]);
  });

  it('refuses a DOCTYPE at its position and never expands its entities', () => {
    const d = parse('<?xml version="1.0"?>\n<!DOCTYPE A [<!ENTITY e "x">]>\n<A>&e;</A>');
    assert.equal(d.root, undefined);
    assert.equal(d.problems[0]!.code, 'dtd-forbidden');
    assert.deepEqual([d.problems[0]!.at.line, d.problems[0]!.at.column], [2, 1]);
  });

  it('caps nesting depth and size', () => {
    const deep = '<a>'.repeat(100) + '</a>'.repeat(100);
    const d = parseXml('f.xml', Buffer.from(deep), { maxBytes: 1 << 20, maxDepth: 64, maxElements: 1000 });
    assert.equal(d.problems[0]!.code, 'too-large');
    assert.match(d.problems[0]!.message, /nested deeper than 64/);
    const big = parseXml('f.xml', Buffer.alloc(2048, 32), { maxBytes: 1024, maxDepth: 64, maxElements: 10 });
    assert.equal(big.problems[0]!.code, 'too-large');
  });
});
