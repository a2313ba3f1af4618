/**
 * A small JSON reader that keeps where each value starts, for rules that check ARM templates found
 * beside a service. Strict JSON plus the comments ARM tooling accepts; returns undefined on error.
 */

export interface JsonPos {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

export type JsonNode =
  | { readonly kind: 'object'; readonly at: JsonPos; readonly entries: readonly (readonly [string, JsonNode])[] }
  | { readonly kind: 'array'; readonly at: JsonPos; readonly items: readonly JsonNode[] }
  | { readonly kind: 'string'; readonly at: JsonPos; readonly value: string }
  | { readonly kind: 'number'; readonly at: JsonPos; readonly value: number }
  | { readonly kind: 'literal'; readonly at: JsonPos; readonly value: boolean | null };

const MAX_DEPTH = 64;

export function parseJson(text: string): JsonNode | undefined {
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const pos = (): JsonPos => ({ line, column: i - lineStart + 1, offset: i });
  const fail = (): never => {
    throw new SyntaxError('json');
  };
  const skip = (): void => {
    for (;;) {
      const c = text[i];
      if (c === '\n') {
        i++;
        line++;
        lineStart = i;
      } else if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff') i++;
      else if (c === '/' && text[i + 1] === '/') {
        while (i < text.length && text[i] !== '\n') i++;
      } else if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        if (end < 0) fail();
        for (; i < end + 2; i++) {
          if (text[i] === '\n') {
            line++;
            lineStart = i + 1;
          }
        }
      } else return;
    }
  };
  const str = (): string => {
    let out = '';
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n') fail();
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = text[i + 1];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail();
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
        } else if (e !== undefined && map[e] !== undefined) {
          out += map[e];
          i += 2;
        } else fail();
      } else {
        out += c;
        i++;
      }
    }
  };
  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail();
    skip();
    const at = pos();
    const c = text[i];
    if (c === '{') {
      i++;
      const entries: [string, JsonNode][] = [];
      skip();
      if (text[i] === '}') {
        i++;
        return { kind: 'object', at, entries };
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail();
        const key = str();
        skip();
        if (text[i] !== ':') fail();
        i++;
        entries.push([key, value(depth + 1)]);
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return { kind: 'object', at, entries };
        }
        fail();
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return { kind: 'array', at, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        skip();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return { kind: 'array', at, items };
        }
        fail();
      }
    }
    if (c === '"') return { kind: 'string', at, value: str() };
    const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (m) {
      i += m[0].length;
      return { kind: 'number', at, value: Number(m[0]) };
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind: 'literal', at, value: v };
      }
    }
    return fail();
  };
  try {
    const v = value(0);
    skip();
    return i === text.length ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The member `key` of an object node (ARM property names are case-insensitive). */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.kind !== 'object') return undefined;
  const k = key.toLowerCase();
  return node.entries.find(([name]) => name.toLowerCase() === k)?.[1];
}

export function items(node: JsonNode | undefined): readonly JsonNode[] {
  return node?.kind === 'array' ? node.items : [];
}
