import type { XmlAttribute } from './element.js';

/**
 * Namespace scopes, shared by both parsers (the scanner and the saxes path) so that they resolve
 * every prefix the same way.
 */

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** A prefix ('' for the default namespace) to its namespace URI. */
export type Scope = ReadonlyMap<string, string>;

/** The scope a document starts with: the two prefixes XML itself defines. */
export function documentScope(): Scope {
  return new Map([
    ['xml', XML_NS],
    ['xmlns', XMLNS],
  ]);
}

/**
 * The scope inside an element with these attributes. Scopes are never changed once made, so an
 * element that declares no namespace shares its parent's: copying the map for every element was a
 * tenth of the parse.
 */
export function elementScope(inherited: Scope, attributes: readonly XmlAttribute[]): Scope {
  let scope: Map<string, string> | undefined;
  for (const a of attributes) {
    if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) continue;
    scope ??= new Map(inherited);
    scope.set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value);
  }
  return scope ?? inherited;
}

/** The prefix of a qualified name, '' when it has none. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
}
