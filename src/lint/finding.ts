import { XmlAttribute, XmlElement } from '../xml/index.js';
import type { Level, Target } from './rule-api.js';

export interface Suppression {
  readonly kind: 'inline' | 'baseline';
  readonly justification: string;
  readonly expires?: string;
}

export interface Finding {
  readonly ruleId: string;
  readonly level: Level;
  readonly message: string;
  /** Repository-relative POSIX path. */
  readonly file: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  /**
   * Where the finding is, independent of line numbers: element path with name predicates,
   * e.g. `ServiceDefinition/WebRole[@name='Web']/Endpoints/InputEndpoint[@name='Http']/@port`.
   */
  readonly logicalPath: string;
  /** Identity within the logical path (the rule's key, else the message). */
  readonly key: string;
  readonly suppression?: Suppression;
}

export interface Located {
  readonly file: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly logicalPath: string;
}

export function locate(at: Target): Located {
  if (at instanceof XmlAttribute) {
    const owner = at.owner ? `${logicalPath(at.owner)}/` : '';
    return { file: at.file, ...fromSpan(at.span), logicalPath: `${owner}@${at.name}` };
  }
  if (at instanceof XmlElement) {
    return { file: at.file, ...fromSpan(at.span), logicalPath: logicalPath(at) };
  }
  return { file: at.file, ...fromSpan(at.span), logicalPath: '' };
}

function fromSpan(span: { start: { line: number; column: number }; end: { line: number; column: number } }) {
  return {
    startLine: span.start.line,
    startColumn: span.start.column,
    endLine: span.end.line,
    endColumn: span.end.column,
  };
}

/** `ServiceDefinition/WebRole[@name='Web']/Sites/Site[@name='Web']` */
export function logicalPath(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) {
    const name = e.attrValue('name') ?? e.attrValue('moduleName') ?? e.attrValue('roleName');
    parts.push(name === undefined ? e.local : `${e.local}[@name='${name}']`);
  }
  return parts.reverse().join('/');
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.startLine - b.startLine ||
    a.startColumn - b.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const LEVEL_RANK: Readonly<Record<Level, number>> = { error: 3, warning: 2, note: 1 };
