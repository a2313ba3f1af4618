/** A point in a source file. `line` and `column` are 1-based; columns count UTF-16 code units. */
export interface Position {
  readonly line: number;
  readonly column: number;
  /** Offset into the decoded text, in UTF-16 code units. */
  readonly offset: number;
}

export interface Span {
  readonly start: Position;
  readonly end: Position;
}

export type XmlProblemCode =
  | 'not-well-formed'
  | 'dtd-forbidden'
  | 'too-large'
  | 'encoding'
  | 'encoding-mismatch'
  | 'unreadable';

/**
 * Something wrong with the file as XML. A fatal problem stops parsing where it was found (the
 * document then has no root); a non-fatal one is reported while the tree is still built.
 */
export interface XmlProblem {
  readonly code: XmlProblemCode;
  readonly fatal: boolean;
  readonly message: string;
  readonly at: Position;
}

export interface XmlComment {
  /** The text between `<!--` and `-->`. */
  readonly text: string;
  readonly span: Span;
  /** The element that holds the comment; undefined before or after the root element. */
  readonly parent: XmlElementLike | undefined;
}

export interface XmlElementLike {
  readonly name: string;
}

export interface EncodingInfo {
  /** What the bytes turned out to be. */
  readonly detected: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1' | 'us-ascii';
  readonly bom: boolean;
  /** The `encoding` pseudo-attribute of the XML declaration, as written; undefined when absent. */
  readonly declared: string | undefined;
  readonly hasDeclaration: boolean;
  readonly lineEndings: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}
