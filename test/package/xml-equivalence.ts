/**
 * XML equivalence as the golden-case README defines it: same element names and namespaces, same
 * attribute sets, same text, same child order; attribute order, prefixes, namespace declarations,
 * whitespace between elements, declaration, BOM and encoding ignored.
 */
import { parseXml, type XmlElement } from '../../src/xml/index.js';

export interface Normalise {
  /** Attribute value rewrite, e.g. GUIDs to a placeholder; return undefined to drop the attribute. */
  attr?(element: string, name: string, value: string): string | undefined;
}

function parse(label: string, bytes: Uint8Array): XmlElement {
  const doc = parseXml(label, bytes);
  if (!doc.root) throw new Error(`${label}: ${doc.problems.map((p) => p.message).join('; ')}`);
  return doc.root;
}

/** Every difference between two documents, as readable lines; empty when equivalent. */
export function xmlDifferences(label: string, expected: Uint8Array, actual: Uint8Array, norm: Normalise = {}): string[] {
  const diffs: string[] = [];
  const attrs = (e: XmlElement): Map<string, string> => {
    const m = new Map<string, string>();
    for (const a of e.attributes) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      const v = norm.attr ? norm.attr(e.local, a.local, a.value) : a.value;
      if (v !== undefined) m.set(a.local, v);
    }
    return m;
  };
  const walk = (x: XmlElement, y: XmlElement, path: string): void => {
    if (x.local !== y.local || x.uri !== y.uri) {
      diffs.push(`${path}: element {${x.uri}}${x.local} became {${y.uri}}${y.local}`);
      return;
    }
    const ax = attrs(x);
    const ay = attrs(y);
    for (const [k, v] of ax) {
      if (!ay.has(k)) diffs.push(`${path}/@${k}: missing (expected "${v}")`);
      else if (ay.get(k) !== v) diffs.push(`${path}/@${k}: "${ay.get(k)}", expected "${v}"`);
    }
    for (const k of ay.keys()) if (!ax.has(k)) diffs.push(`${path}/@${k}: not expected ("${ay.get(k)}")`);
    if (x.text.trim() !== y.text.trim()) diffs.push(`${path}: text "${y.text.trim()}", expected "${x.text.trim()}"`);
    const n = Math.max(x.elements.length, y.elements.length);
    for (let i = 0; i < n; i++) {
      const cx = x.elements[i];
      const cy = y.elements[i];
      const p = `${path}/${(cx ?? cy)?.local}[${i}]`;
      if (!cx) diffs.push(`${p}: not expected`);
      else if (!cy) diffs.push(`${p}: missing`);
      else walk(cx, cy, p);
    }
  };
  const rx = parse(`${label} (expected)`, expected);
  const ry = parse(`${label} (actual)`, actual);
  walk(rx, ry, rx.local);
  return diffs;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** What the README says to ignore in ServiceDefinition.rd: the Id attributes and the GUID in role/@software. */
export const RD_NORMALISE: Normalise = {
  attr: (element, name, value) => {
    if (name === 'Id') return undefined;
    if (element === 'role' && name === 'software') return value.replace(GUID, '{guid}');
    return value;
  },
};
