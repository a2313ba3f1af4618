/**
 * The public rule API: everything a rule — built-in or from a rule pack — may use. Built-in rules
 * in `rules/` import this module and nothing else, so a third-party pack has exactly their powers.
 */
import type { Span, XmlAttribute, XmlDocument, XmlElement } from '../xml/index.js';
import type { RoleKind, Service } from '../model/index.js';

export type { Span, Position, XmlComment, XmlDocument, XmlProblem, XmlProblemCode, EncodingInfo } from '../xml/index.js';
export { XmlAttribute, XmlElement } from '../xml/index.js';
export { thousands } from '../report/thousands.js';
export * from '../model/types.js';
export {
  VM_SIZES,
  findVmSize,
  DEFAULT_VM_SIZE,
  GUEST_OS_FAMILIES,
  findGuestOsFamily,
  SUPPORTED_FAMILIES,
  OS_VERSION_PATTERN,
  IMPORT_MODULES,
  findImportModule,
  isImpliedBy,
  PLUGIN_PREFIX,
  LIMITS,
  NS,
  SCHEMA_VERSIONS,
  ROLE_ELEMENTS,
  SOURCES,
  declaredSettings,
  declaredCertificates,
  virtualMachineRoleRetired,
} from '../model/index.js';
export type { VmSize, GuestOsFamily, ImportModule, ImpliedEndpoint } from '../model/index.js';

export type Level = 'error' | 'warning' | 'note';
export type LevelSetting = Level | 'off';
export type Preset = 'recommended' | 'strict';

/** Rule families, by id prefix. */
export const FAMILIES = ['XML', 'CSDEF', 'CSCFG', 'XREF', 'PKG', 'SEC', 'CSES', 'LINT'] as const;
export type Family = (typeof FAMILIES)[number];

export interface RuleMeta {
  /** `<FAMILY>-<kebab-name>`. Immutable: code-scanning alerts are keyed on it. */
  readonly id: string;
  /** One line, plain text, no trailing period: what the rule finds. */
  readonly shortDescription: string;
  /** A paragraph, plain text: what is checked and why it matters. */
  readonly fullDescription: string;
  /**
   * Markdown: why, a failing and a fixed example, and the source. The registry appends the link
   * to the rule's doc page.
   */
  readonly help: string;
  /** Where the fact comes from (a Microsoft doc, an error text); shown in the docs. */
  readonly sources: readonly string[];
  /** The catalog entry this rule implements, e.g. `CSDEF-002`. */
  readonly catalog?: string;
  /** `schema` for what Microsoft's XSD checks; `security`, `extended-support`, `correctness`… */
  readonly tags: readonly string[];
  readonly precision: 'very-high' | 'high' | 'medium' | 'low';
  /** The level when the rule is on and the configuration does not say otherwise. */
  readonly defaultLevel: Level;
  /** `recommended` rules are on by default; every rule is on in `strict`. */
  readonly recommended: boolean;
  /** 0.0–10.0, for rules tagged `security` only (GitHub's security-severity). */
  readonly securitySeverity?: number;
  /** A JSON Schema (draft 2020-12 subset that ajv understands) for the rule's options object. */
  readonly optionsSchema?: Record<string, unknown>;
  /** URL of the rule's doc page; filled in by the registry for built-in rules. */
  readonly docsUrl?: string;
}

/** What a finding points at: an element (its start tag), an attribute, or a raw place in a file. */
export type Target = XmlElement | XmlAttribute | { readonly file: string; readonly span: Span };

export interface Report {
  readonly at: Target;
  /** Says what is wrong and what to change. Never a full secret value. */
  readonly message: string;
  /**
   * Stable identity of the finding within its target, for baselines and fingerprints, when the
   * message carries changing details (a count, a date). Defaults to the message.
   */
  readonly key?: string;
}

/** Facts about the files around a service, read by the engine on a rule's behalf. */
export interface FileFacts {
  /** True when a file or folder exists; `path` is relative to the repository root, POSIX. */
  exists(path: string): boolean;
  isDirectory(path: string): boolean;
  /** Up to `bytes` (at most 64 KiB) from the start of a file; undefined when it cannot be read. */
  head(path: string, bytes: number): Uint8Array | undefined;
  /** Names in a folder, sorted; empty when it is not a folder. */
  list(path: string): string[];
}

/** Builds an index of one service that several rules need; see `RuleContext.index`. */
export type ServiceIndex<T> = (service: Service, files: FileFacts) => T;

export interface RuleContext<O = Record<string, unknown>> {
  /** The rule's options: its defaults merged with the configuration, already validated. */
  readonly options: O;
  readonly files: FileFacts;
  report(report: Report): void;
  /**
   * The result of `build(service, files)`, built once per service and run and shared by every
   * rule that passes the same function (its identity is the key), so rules that need the same
   * index do not each rebuild it. `build` must depend only on its arguments, and callers must
   * not change what it returns. Set by the engine; optional so that a context made by hand (a
   * rule pack's tests) stays valid. Call it through `sharedIndex()`, which builds directly when
   * it is missing.
   */
  readonly index?: <T>(build: ServiceIndex<T>) => T;
}

export interface Rule<O = Record<string, unknown>> {
  readonly meta: RuleMeta;
  readonly defaultOptions?: O;
  /** Walks the typed model and reports. Must not read files, parse XML or print. */
  check(service: Service, context: RuleContext<O>): void;
}

/** What a rule pack module exports (as `default` or as named `rules`). */
export interface RulePack {
  readonly name?: string;
  readonly rules: readonly Rule<any>[];
}

/** Identity function that gives a rule object its type; packs written in JS do not need it. */
export function defineRule<O = Record<string, unknown>>(rule: Rule<O>): Rule<O> {
  return rule;
}

/**
 * The service's index built by `build`: shared with every other rule of the run that asks for the
 * same `build` (through `context.index`), or built on the spot when the context has no `index`.
 */
export function sharedIndex<T>(service: Service, context: RuleContext<any>, build: ServiceIndex<T>): T {
  return context.index ? context.index(build) : build(service, context.files);
}

/** True for WebRole, WorkerRole and the retired VirtualMachineRole. */
export function isRoleKindName(local: string): local is RoleKind {
  return local === 'WebRole' || local === 'WorkerRole' || local === 'VirtualMachineRole';
}

/** Every document of a service: definition, configurations, project, and unreadable files. */
export function serviceDocuments(service: Service): XmlDocument[] {
  const docs: XmlDocument[] = [];
  if (service.definition) docs.push(service.definition.doc);
  for (const c of service.configurations) docs.push(c.doc);
  if (service.project) docs.push(service.project.doc);
  docs.push(...service.unreadable);
  return docs;
}

/** Shows the start of a secret so a reader can recognise it, and hides the rest. */
export function maskSecret(value: string, visible = 4): string {
  const v = value.trim();
  if (v.length <= visible * 2) return '*'.repeat(Math.max(v.length, 4));
  return `${v.slice(0, visible)}…(${v.length} characters, masked)`;
}

/** `a`, `a and b`, `a, b and c` — for messages that list names. */
export function listNames(names: readonly string[], quote = '"'): string {
  const q = names.map((n) => `${quote}${n}${quote}`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
