import type { Span, XmlElementLike } from './types.js';

export class XmlAttribute {
  /** The element the attribute belongs to; set as soon as the start tag is complete. */
  owner: XmlElement | undefined;

  /** The name without its prefix. */
  readonly local: string;

  constructor(
    /** The file the attribute was read from (as given to the parser). */
    readonly file: string,
    /** Qualified name as written (`xmlns:xsi`, `name`). */
    readonly name: string,
    /** Value after entity and character references are resolved. */
    readonly value: string,
    /** From the first character of the name to the closing quote. */
    readonly span: Span,
    /** The characters between the quotes. */
    readonly valueSpan: Span,
  ) {
    this.local = localName(name);
  }
}

export class XmlElement implements XmlElementLike {
  readonly attributes: XmlAttribute[] = [];
  readonly elements: XmlElement[] = [];
  /** Character data directly inside this element (CDATA included), references resolved. */
  text = '';
  /** Span of the end tag; equal to `span` for an empty-element tag. */
  endSpan: Span | undefined;

  /**
   * The name without its prefix. Computed once: rules look elements up by local name all the
   * time (`child`, `childrenNamed`), and slicing it anew on each look-up showed in profiles.
   */
  readonly local: string;

  constructor(
    /** The file the element was read from (as given to the parser). */
    readonly file: string,
    /** Qualified name as written. */
    readonly name: string,
    /** Namespace URI the prefix (or the default namespace) resolves to; '' when none. */
    readonly uri: string,
    /** From `<` to the `>` of the start tag. */
    readonly span: Span,
    readonly parent: XmlElement | undefined,
  ) {
    this.local = localName(name);
  }

  get prefix(): string {
    const colon = this.name.indexOf(':');
    return colon < 0 ? '' : this.name.slice(0, colon);
  }

  /** The attribute with this (unprefixed) name, matched exactly: XML names are case-sensitive. */
  attr(name: string): XmlAttribute | undefined {
    return this.attributes.find((a) => a.name === name);
  }

  attrValue(name: string): string | undefined {
    return this.attr(name)?.value;
  }

  /** The first child element with this local name. */
  child(local: string): XmlElement | undefined {
    return this.elements.find((e) => e.local === local);
  }

  childrenNamed(local: string): XmlElement[] {
    return this.elements.filter((e) => e.local === local);
  }

  /** Path of local names from the root, for messages and fingerprints: `ServiceDefinition/WebRole`. */
  get path(): string {
    const parts: string[] = [];
    for (let e: XmlElement | undefined = this; e; e = e.parent) parts.push(e.local);
    return parts.reverse().join('/');
  }
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}
