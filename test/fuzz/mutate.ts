/**
 * Mutations as small descriptions (positions as fractions of the input), applied to real bytes:
 * a failing case is reported as its description and reproduced from it.
 */
import fc from 'fast-check';

export type Mutation =
  | { readonly kind: 'flip'; readonly at: number[]; readonly xor: number[] }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'splice'; readonly at: number; readonly from: number; readonly length: number }
  | { readonly kind: 'repeat'; readonly at: number; readonly length: number; readonly times: number }
  | { readonly kind: 'bytes'; readonly at: number; readonly data: number[] };

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });

/** Hostile XML fragments: DTDs, entities, deep nesting, encodings, things parsers trip on. */
export const XML_TOKENS: readonly string[] = [
  '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>',
  '<!DOCTYPE x SYSTEM "file:///etc/passwd">',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "http://169.254.169.254/">]><x>&e;</x>',
  '&e;', '&amp;', '&', '&#0;', '&#x110000;', '&#xD800;', '&lt', '&#65;',
  '<![CDATA[', ']]>', '<!--', '-->', '--', '<?xml version="1.0" encoding="utf-16"?>', '<?xml version="1.1"?>',
  '<?pi data?>', '<?xml', '\u0000', '\uFFFE', '\uD800', '\r', '\r\n', '\t',
  '<a>', '</a>', '<a/>', '</ServiceDefinition>', '<WebRole name="x">', '</WebRole>', '<Setting name="s" value="v"/>',
  '<x:y xmlns:x="urn:x">', '<x:y>', 'xmlns=""', 'xmlns:p="urn:p"', ' a="1" a="2"', ' name=""', ' name="&quot;"', '="', "'", '"',
  '<Role name="R"><Instances count="-1"/></Role>', '<Instances count="99999999999999999999999"/>', ' port="65536"', ' port="-1"', ' vmsize="&#x0;"',
];

/** Fragments that grow without bound unless a limit stops them. */
export function bigToken(kind: number, n: number): string {
  switch (kind % 6) {
    case 0:
      return '<a>'.repeat(n) + 'x' + '</a>'.repeat(n);
    case 1:
      return `<x a="${'v'.repeat(n * 10)}"/>`;
    case 2:
      return `<x ${Array.from({ length: Math.min(n, 20000) }, (_, i) => `a${i}="${i}"`).join(' ')}/>`;
    case 3:
      return '<!--' + '-'.repeat(n) + '-->';
    case 4:
      return '<a>'.repeat(n);
    default:
      return `<!DOCTYPE x [${Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}<!ENTITY l0 "lol">]><x>&l10;</x>`;
  }
}

export const xmlToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...XML_TOKENS) },
  { weight: 2, arbitrary: fc.tuple(fc.nat(5), fc.integer({ min: 1, max: 120_000 })).map(([k, n]) => bigToken(k, n)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fraction, { minLength: 1, maxLength: 8 }), xor: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 8, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: xmlToken }),
  fc.record({ kind: fc.constant('splice' as const), at: fraction, from: fraction, length: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fraction, length: fc.integer({ min: 1, max: 200 }), times: fc.integer({ min: 2, max: 40_000 }) }),
  fc.record({ kind: fc.constant('bytes' as const), at: fraction, data: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 }) }),
);

/** Applies a mutation; `other` supplies spliced-in bytes (another real file). */
export function applyMutation(input: Buffer, m: Mutation, other: Buffer = input): Buffer {
  const pos = (f: number, len = input.length): number => Math.min(len, Math.floor(f * (len + 1)));
  switch (m.kind) {
    case 'flip': {
      const out = Buffer.from(input);
      if (out.length === 0) return out;
      m.at.forEach((f, i) => {
        const p = Math.min(out.length - 1, Math.floor(f * out.length));
        out[p] = (out[p] as number) ^ (m.xor[i % m.xor.length] as number);
      });
      return out;
    }
    case 'truncate':
      return input.subarray(0, pos(m.at));
    case 'delete': {
      const p = pos(m.at);
      return Buffer.concat([input.subarray(0, p), input.subarray(p + m.length)]);
    }
    case 'insert': {
      const p = pos(m.at);
      return Buffer.concat([input.subarray(0, p), Buffer.from(m.text, 'utf8'), input.subarray(p)]);
    }
    case 'splice': {
      const p = pos(m.at);
      const f = pos(m.from, other.length);
      return Buffer.concat([input.subarray(0, p), other.subarray(f, f + m.length), input.subarray(p)]);
    }
    case 'repeat': {
      const p = pos(m.at);
      const piece = input.subarray(p, p + m.length);
      // Capped just past the parser's 4 MiB limit: big enough to hit it, small enough to build.
      const times = Math.min(m.times, Math.floor((5 * 1024 * 1024) / Math.max(1, piece.length)));
      return Buffer.concat([input.subarray(0, p), Buffer.alloc(piece.length * times).fill(piece.length ? piece : Buffer.from(' ')), input.subarray(p)]);
    }
    case 'bytes': {
      const p = pos(m.at);
      return Buffer.concat([input.subarray(0, p), Buffer.from(m.data), input.subarray(p)]);
    }
  }
}

export function describeMutation(m: Mutation): string {
  switch (m.kind) {
    case 'insert':
      return `insert@${m.at.toFixed(4)} ${JSON.stringify(m.text.length > 60 ? `${m.text.slice(0, 60)}…(${m.text.length})` : m.text)}`;
    case 'flip':
      return `flip@${m.at.map((a) => a.toFixed(4)).join(',')}`;
    default:
      return JSON.stringify(m);
  }
}
