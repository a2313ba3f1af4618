import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LineHashes, lineHashes } from '../../src/report/fingerprints.js';

// Expected values are github/codeql-action's own test vectors (src/fingerprints.test.ts and the
// src/testdata fingerprinting SARIF files); matching them means code scanning matches our alerts
// across runs exactly as it matches upload-sarif's.
const VECTORS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['', ['c129715d7a2bc9a3:1']],
  [' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
  [
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End',
    ['8b7cf3e952e7aeb2:1', 'b1ae1287ec4718d9:1', 'bff680108adb0fcc:1', 'c6805c5e1288b612:1', 'b86d3392aea1be30:1', 'e6ceba753e1a442:1'],
  ],
  ...[
    ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n',
    ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r',
    ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n',
    ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n',
  ].map(
    (text) =>
      [
        text,
        ['e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1', 'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1'],
      ] as const,
  ),
  [
    'Lorem ipsum dolor sit amet.\n'.repeat(10),
    [
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ],
  ],
  [
    'x = 2\nx = 1\nprint(x)\nx = 3\nprint(x)\nx = 4\nprint(x)\n',
    ['e54938cc54b302f1:1', 'bb609acbe9138d60:1', '1131fd5871777f34:1', '5c482a0f8b35ea28:1', '54517377da7028d2:1', '2c644846cb18d53e:1', 'f1b89f20de0d133:1', 'c129715d7a2bc9a3:1'],
  ],
];

describe('primaryLocationLineHash', () => {
  for (const [text, expected] of VECTORS) {
    it(`matches codeql-action for ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`, () => {
      const hashes = lineHashes(text);
      assert.deepEqual(hashes, expected);
      // One hash per line, however the lines end.
      assert.equal(hashes.length, text.split(/\r\n|\r|\n/).length);
    });
  }

  it('matches codeql-action on its fingerprinting SARIF fixtures (hashing files on disk)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cslint-fp-'));
    try {
      writeFileSync(join(dir, 'testFile1.js'), 'var a = 0;\nvar b = 0;\nvar c = 0;\nvar d = 0;\n');
      writeFileSync(join(dir, 'testFile2.js'), 'var foo = 0;\nvar bar = 0;\nvar baz = 0;\nvar qux = 0;\n');
      const hashes = new LineHashes(dir);
      assert.equal(hashes.get('testFile1.js', 1), '5e4d5a9cf1294ad9:1');
      assert.equal(hashes.get('testFile2.js', 2), 'f7592a95a9381ac0:1');
      // A file that cannot be read gets no fingerprint rather than a wrong one.
      assert.equal(hashes.get('missing.js', 1), undefined);
      assert.equal(hashes.get('testFile1.js', 99), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('decodes files as UTF-8 and hashes UTF-16 code units, so a BOM and non-ASCII text count', () => {
    const plain = lineHashes('<a>é</a>\n')[0];
    const withBom = lineHashes('\uFEFF<a>é</a>\n')[0];
    assert.notEqual(plain, withBom);
    assert.notEqual(lineHashes('<a>e</a>\n')[0], plain);
  });
});
