import type { LineIndex } from './lines.js';
import { prefixOf } from './namespaces.js';
import type { Span, XmlElementLike } from './types.js';

/*
 * Elements and attributes keep offsets and make their spans when first asked: most are never
 * asked (a rule reports a few of them), and the spans of a 17,000-item package manifest were half
 * its tree's memory and a third of its parse.
 */

export class XmlAttribute {
  /** The element the attribute belongs to; set as soon as the start tag is complete. */
  owner: XmlElement | undefined;

  /** The name without its prefix. */
  readonly local: string;

  readonly #lines: LineIndex;
  readonly #start: number;
  readonly #valueStart: number;
  readonly #valueEnd: number;
  #span: Span | undefined;
  #valueSpan: Span | undefined;

  constructor(
    /** The file the attribute was read from (as given to the parser). */
    readonly file: string,
    /** Qualified name as written (`xmlns:xsi`, `name`). */
    readonly name: string,
    /** Value after entity and character references are resolved. */
    readonly value: string,
    lines: LineIndex,
    /** Offset of the first character of the name. */
    start: number,
    /** Offsets of the first character after the opening quote and of the closing quote. */
    valueStart: number,
    valueEnd: number,
  ) {
    this.local = localName(name);
    this.#lines = lines;
    this.#start = start;
    this.#valueStart = valueStart;
    this.#valueEnd = valueEnd;
  }

  /** From the first character of the name to the closing quote. */
  get span(): Span {
    return (this.#span ??= this.#lines.span(this.#start, this.#valueEnd + 1));
  }

  /** The characters between the quotes. */
  get valueSpan(): Span {
    return (this.#valueSpan ??= this.#lines.span(this.#valueStart, this.#valueEnd));
  }
}

/** `#endStart` of an element written as an empty-element tag (`<a/>`). */
const EMPTY = -2;

export class XmlElement implements XmlElementLike {
  readonly attributes: XmlAttribute[] = [];
  readonly elements: XmlElement[] = [];
  /** Character data directly inside this element (CDATA included), references resolved. */
  text = '';

  /**
   * The name without its prefix. Computed once: rules look elements up by local name all the
   * time (`child`, `childrenNamed`), and slicing it anew on each look-up showed in profiles.
   */
  readonly local: string;

  readonly #lines: LineIndex;
  readonly #start: number;
  readonly #end: number;
  #span: Span | undefined;
  /** The end tag's offsets; -1 while it has not been read, EMPTY for an empty-element tag. */
  #endStart = -1;
  #endEnd = -1;
  #endSpan: Span | undefined;

  constructor(
    /** The file the element was read from (as given to the parser). */
    readonly file: string,
    /** Qualified name as written. */
    readonly name: string,
    /** Namespace URI the prefix (or the default namespace) resolves to; '' when none. */
    readonly uri: string,
    lines: LineIndex,
    /** Offsets of the start tag's `<` and of the character after its `>`. */
    start: number,
    end: number,
    readonly parent: XmlElement | undefined,
  ) {
    this.local = localName(name);
    this.#lines = lines;
    this.#start = start;
    this.#end = end;
  }

  /** From `<` to the `>` of the start tag. */
  get span(): Span {
    return (this.#span ??= this.#lines.span(this.#start, this.#end));
  }

  /** Span of the end tag; equal to `span` for an empty-element tag; undefined until it is read. */
  get endSpan(): Span | undefined {
    if (this.#endSpan === undefined) {
      if (this.#endStart === EMPTY) this.#endSpan = this.span;
      else if (this.#endStart >= 0) this.#endSpan = this.#lines.span(this.#endStart, this.#endEnd);
    }
    return this.#endSpan;
  }

  set endSpan(span: Span | undefined) {
    this.#endSpan = span;
    this.#endStart = -1;
  }

  /** For the parser: the end tag runs from `start` (its `<`) to `end` (after its `>`). */
  setEndTag(start: number, end: number): void {
    this.#endSpan = undefined;
    this.#endStart = start;
    this.#endEnd = end;
  }

  /** For the parser: the element was written as an empty-element tag, its end is its start. */
  setEmpty(): void {
    this.#endSpan = undefined;
    this.#endStart = EMPTY;
  }

  get prefix(): string {
    return prefixOf(this.name);
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
