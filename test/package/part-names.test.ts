import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { contentTypeOf, type ContentTypes } from '../../src/package/opc.js';
import { entryNameProblem } from '../../src/package/problems.js';
import { rng } from '../fuzz/rng.js';

/**
 * The readers check every entry name of a role (tens of thousands) without making strings per
 * name. These hold them to the plain definitions: split the name into segments; lower-case the
 * whole part name and the extension.
 */
function problemBySegments(name: string): string | undefined {
  if (name === '') return 'empty name';
  if (name.startsWith('/')) return 'absolute path (starts with "/")';
  if (/^[A-Za-z]:/.test(name)) return 'absolute path (drive letter)';
  if (name.includes('\\')) return 'backslash in name (ZIP names use "/")';
  const segments = name.split('/');
  if (segments.includes('..')) return '".." path segment (would escape the package)';
  if (segments.includes('.')) return '"." path segment';
  if (segments.slice(0, -1).includes('')) return 'empty path segment';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'control character in name';
  return undefined;
}

function typeByLowering(types: { defaults: Map<string, string>; partNames: Map<string, string> }, entryName: string): string | undefined {
  const override = types.partNames.get(`/${entryName}`.toLowerCase());
  if (override !== undefined) return override;
  const base = entryName.slice(entryName.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot < 0) return undefined;
  return types.defaults.get(base.slice(dot + 1).toLowerCase());
}

/** Pieces names are made of: separators, dots, capitals, accents, a final sigma, control characters. */
const PIECES = ['a', 'b', 'js', 'JS', '.', '..', '/', '//', '\\', ':', 'C:', 'é', 'É', 'Σ', 'ΑΣ', 'İ', '\u0001', ' ', 'dll', 'Dll', 'x.y'];

function randomName(r: ReturnType<typeof rng>): string {
  let s = '';
  for (let n = r.int(0, 7); n > 0; n--) s += PIECES[r.int(0, PIECES.length - 1)];
  return s;
}

describe('part names', () => {
  it('entryNameProblem says what splitting the name into segments says, for 20,000 names', () => {
    const r = rng(7);
    const fixed = ['', '/a', 'C:/x', 'a\\b', 'a/../b', '..', '.', 'a/./b', 'a//b', 'a/', 'a/b/', 'a/..', './a', 'a/.../b', '..a/b', 'a/b\u0001', 'ok/name.dll', 'a//..', 'a/./..'];
    for (const name of [...fixed, ...Array.from({ length: 20_000 }, () => randomName(r))]) {
      assert.equal(entryNameProblem(name), problemBySegments(name), JSON.stringify(name));
    }
    // The order of the answers when a name has several problems.
    assert.equal(entryNameProblem('a//./../b'), '".." path segment (would escape the package)');
    assert.equal(entryNameProblem('a//./b'), '"." path segment');
    assert.equal(entryNameProblem('a//b/'), 'empty path segment');
  });

  it('contentTypeOf gives the type that lower-casing part name and extension gives, for 20,000 names', () => {
    const r = rng(11);
    let typed = 0;
    for (let i = 0; i < 2_000; i++) {
      const defaults = new Map<string, string>();
      const partNames = new Map<string, string>();
      for (let n = r.int(0, 4); n > 0; n--) defaults.set(randomName(r).replace(/[./]/g, '').toLowerCase(), `type/${n}`);
      for (const ext of ['js', 'dll', 'σ', 'ας', 'é']) if (r.next() < 0.4) defaults.set(ext, `type/${ext}`);
      for (let n = r.int(0, 2); n > 0; n--) partNames.set(`/${randomName(r)}`.toLowerCase(), `override/${n}`);
      const types: ContentTypes = {
        defaults,
        overrides: new Map([...partNames].map(([k, v]) => [k.slice(1), v])),
      };
      for (let k = 0; k < 10; k++) {
        const name = r.next() < 0.2 && partNames.size > 0 ? ([...partNames.keys()][0] as string).slice(1).toUpperCase() : randomName(r);
        const want = typeByLowering({ defaults, partNames }, name);
        assert.equal(contentTypeOf(types, name), want, JSON.stringify({ name, defaults: [...defaults], partNames: [...partNames] }));
        assert.equal(contentTypeOf(types, name, name.toLowerCase()), want, JSON.stringify(name));
        if (want !== undefined) typed++;
      }
    }
    // Enough of the names got a type for the comparison to mean something.
    assert.ok(typed > 2_000, `${typed} of 20,000 names typed`);
  });
});
