import type { XmlElement } from '../../xml/index.js';
import { el, type XNode } from '../xml-out.js';

/** An element of the input csdef, as CSPack copies it: same names and attribute order, namespace declarations left to the new root. */
export function copyElement(e: XmlElement): XNode {
  const attrs = e.attributes.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:')).map((a) => [a.name, a.value] as const);
  const text = e.elements.length === 0 && e.text.trim() !== '' ? e.text : undefined;
  return el(e.name, attrs, e.elements.map(copyElement), text);
}

/** Namespace declarations CSPack puts on every root it writes, before the element's own attributes. */
export const XSD_XSI: ReadonlyArray<readonly [string, string]> = [
  ['xmlns:xsd', 'http://www.w3.org/2001/XMLSchema'],
  ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
];
