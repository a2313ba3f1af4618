import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeXml } from '../../src/xml/decode.js';

/** The kinds of line ending, one character at a time. */
function slowLineEndings(text: string): string {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      crlf++;
      i++;
    } else if (text[i] === '\r') cr++;
    else if (text[i] === '\n') lf++;
  }
  const kinds = [lf, crlf, cr].filter((n) => n > 0).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

describe('decodeXml', () => {
  it('tells the kinds of line ending apart', () => {
    const pieces = ['a', '\n', '\r\n', '\r', '\n\r', '\r\r\n', '<x/>'];
    let s = 7;
    const next = (): number => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (let i = 0; i < 2000; i++) {
      let text = '';
      const n = Math.floor(next() * 8);
      for (let k = 0; k < n; k++) text += pieces[Math.floor(next() * pieces.length)];
      assert.equal(decodeXml(Buffer.from(text)).encoding.lineEndings, slowLineEndings(text), JSON.stringify(text));
    }
  });

  it('reads the declared encoding only from a declaration at the start', () => {
    assert.equal(decodeXml(Buffer.from('<?xml version="1.0" encoding="utf-8"?><a/>')).encoding.declared, 'utf-8');
    assert.equal(decodeXml(Buffer.from(' <?xml version="1.0" encoding="utf-8"?><a/>')).encoding.declared, undefined);
    const latin = decodeXml(Buffer.from([...Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><a v="'), 0xe9, ...Buffer.from('"/>')]));
    assert.equal(latin.encoding.detected, 'iso-8859-1');
    assert.equal(latin.text.slice(-4), 'é"/>');
  });

  it('decodes a valid file after an invalid one in the same encoding', () => {
    const bad = decodeXml(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x3c, 0x00]));
    assert.ok(bad.error);
    const good = decodeXml(Buffer.from([0xff, 0xfe, ...Buffer.from('<a/>', 'utf16le')]));
    assert.equal(good.error, undefined);
    assert.equal(good.text, '<a/>');
    assert.ok(decodeXml(Buffer.from([0x3c, 0x61, 0xff, 0x2f, 0x3e])).error);
    assert.equal(decodeXml(Buffer.from('<a>é</a>')).text, '<a>é</a>');
  });
});
