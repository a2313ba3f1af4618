/**
 * The XML text CSPack writes: .NET XmlWriter conventions (`<a b="c" />` with a space before the
 * slash, `>` escaped in attribute values), either on one line or indented by two spaces with CRLF.
 */

export interface XNode {
  readonly name: string;
  /** In the order they are written; undefined values are left out. */
  readonly attrs: ReadonlyArray<readonly [string, string | undefined]>;
  readonly children: readonly XNode[];
  /** Text content; an element has either text or children. */
  readonly text?: string;
}

export function el(
  name: string,
  attrs: ReadonlyArray<readonly [string, string | undefined]> = [],
  children: ReadonlyArray<XNode | undefined | false> = [],
  text?: string,
): XNode {
  const kept = children.filter((c): c is XNode => !!c);
  return text === undefined ? { name, attrs, children: kept } : { name, attrs, children: kept, text };
}

export function escapeAttr(value: string): string {
  return value.replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => ATTR_ESCAPES[c] ?? c);
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\r': '&#xD;',
  '\n': '&#xA;',
  '\t': '&#x9;',
};

export function startTag(node: XNode): string {
  let s = `<${node.name}`;
  for (const [k, v] of node.attrs) if (v !== undefined) s += ` ${k}="${escapeAttr(v)}"`;
  return s;
}

/** One element on one line, as `xmlDocument` writes it without indenting. */
export function writeInline(node: XNode): string {
  const start = startTag(node);
  if (node.text !== undefined && node.text !== '') return `${start}>${escapeText(node.text)}</${node.name}>`;
  if (node.children.length === 0) return `${start} />`;
  return `${start}>${node.children.map(writeInline).join('')}</${node.name}>`;
}

function writeIndented(node: XNode, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const start = startTag(node);
  if (node.text !== undefined && node.text !== '') {
    out.push(`${pad}${start}>${escapeText(node.text)}</${node.name}>`);
  } else if (node.children.length === 0) {
    out.push(`${pad}${start} />`);
  } else {
    out.push(`${pad}${start}>`);
    for (const c of node.children) writeIndented(c, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

export const BOM = '\ufeff';
export const UTF8_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

export interface DocumentStyle {
  /** Byte-order mark before the text. */
  readonly bom: boolean;
  /** The XML declaration, or '' for none. */
  readonly declaration: string;
  readonly indented: boolean;
}

/** One-line document with BOM and declaration: .rels, [Content_Types].xml, named streams. */
export const ONE_LINE: DocumentStyle = { bom: true, declaration: UTF8_DECLARATION, indented: false };
/** CRLF-indented with BOM and declaration: RoleModel.xml, RuntimeSetup.Manifest, .csdef, .rdsc. */
export const INDENTED: DocumentStyle = { bom: true, declaration: UTF8_DECLARATION, indented: true };

export function xmlDocument(root: XNode, style: DocumentStyle): Buffer {
  let body: string;
  if (style.indented) {
    const lines: string[] = [];
    writeIndented(root, 0, lines);
    body = (style.declaration ? `${style.declaration}\r\n` : '') + lines.join('\r\n');
  } else {
    body = style.declaration + writeInline(root);
  }
  return Buffer.from((style.bom ? BOM : '') + body, 'utf8');
}
