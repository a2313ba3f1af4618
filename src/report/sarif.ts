import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Log, Notification, ReportingDescriptor, Result, Run, Suppression as SarifSuppression } from 'sarif';
import { fingerprintOf } from '../lint/baseline.js';
import { compareFindings, LEVEL_RANK, type Finding } from '../lint/finding.js';
import { TOOL } from '../lint/project-info.js';
import type { RegisteredRule } from '../lint/registry.js';
import { LineHashes } from './fingerprints.js';

/** GitHub code scanning's ingestion limits (docs: "SARIF support for code scanning"). */
export interface SarifLimits {
  /** Results per run; GitHub rejects more and shows only the top 5,000. */
  readonly maxResults: number;
  /** Tags per rule; GitHub rejects more and shows 10. */
  readonly maxTags: number;
  /** The gzipped upload; GitHub answers 413 above 10 MB. */
  readonly maxGzipBytes: number;
}

export const GITHUB_LIMITS: SarifLimits = { maxResults: 25_000, maxTags: 20, maxGzipBytes: 10 * 1024 * 1024 };
/** Code scanning accepts up to 25,000 results per run but shows only the 5,000 most severe. */
export const GITHUB_DISPLAYED_RESULTS = 5_000;
export const DEFAULT_CATEGORY = 'cloudservice-lint';
/** Key of our own line-independent fingerprint (the baseline's), beside GitHub's line hash. */
export const FINGERPRINT_KEY = 'cloudservice-lint/v1';
const DESCRIPTION_MAX = 1024;

export interface SarifOptions {
  readonly findings: readonly Finding[];
  /** Every enabled rule, so code scanning can show rule help even for rules with no results. */
  readonly rules: readonly RegisteredRule[];
  /** Describes rules that reported but are not in `rules` (for example turned on by an override). */
  readonly ruleFor?: (id: string) => RegisteredRule | undefined;
  /** `runAutomationDetails.id` is `<category>/`; GitHub keeps one analysis per tool and category. */
  readonly category?: string;
  /** Keep suppressed and baselined findings, marked with `suppressions`. GitHub ignores the marks. */
  readonly includeSuppressed?: boolean;
  /**
   * Absolute path of the repository root that finding paths are relative to. With it, results get
   * `primaryLocationLineHash` (the files are read) and `%SRCROOT%` gets its file URI.
   */
  readonly root?: string;
  readonly provenance?: { readonly repositoryUri: string; readonly revisionId?: string; readonly branch?: string };
  readonly limits?: Partial<SarifLimits>;
}

export interface SarifReport {
  readonly log: Log;
  /** The serialized log: what to write to disk and upload. */
  readonly text: string;
  /** Results in the log. */
  readonly results: number;
  /** Findings left out: suppressed inline, accepted by the baseline, or cut to fit the limits. */
  readonly omitted: { readonly suppressed: number; readonly baselined: number; readonly overLimit: number };
  /** What was cut to fit GitHub's limits, one sentence each; empty when nothing was. */
  readonly notices: readonly string[];
}

/**
 * A SARIF 2.1.0 log with exactly one run, shaped for GitHub code scanning. Deterministic: the
 * same findings, rules and options give the same bytes (no clock, no machine-dependent order).
 */
export function buildSarif(options: SarifOptions): SarifReport {
  const limits = { ...GITHUB_LIMITS, ...options.limits };
  const notices: string[] = [];
  const category = normaliseCategory(options.category ?? DEFAULT_CATEGORY);

  const kept: Finding[] = [];
  let suppressed = 0;
  let baselined = 0;
  for (const f of options.findings) {
    if (f.suppression && !options.includeSuppressed) {
      if (f.suppression.kind === 'baseline') baselined++;
      else suppressed++;
    } else {
      kept.push(f);
    }
  }

  const byId = new Map<string, RegisteredRule>();
  for (const r of options.rules) byId.set(r.rule.meta.id, r);
  for (const f of kept) {
    if (!byId.has(f.ruleId)) {
      const r = options.ruleFor?.(f.ruleId);
      if (r) byId.set(f.ruleId, r);
    }
  }
  const rules = [...byId.values()].sort((a, b) => cmp(a.rule.meta.id, b.rule.meta.id));
  const index = new Map(rules.map((r, i) => [r.rule.meta.id, i]));
  const defaults = new Map(rules.map((r) => [r.rule.meta.id, r.rule.meta.defaultLevel]));
  let cutTags = 0;
  const descriptors = rules.map((r) => {
    const d = describeRule(r, limits.maxTags);
    if (d.cutTags) cutTags++;
    return d.descriptor;
  });
  if (cutTags) notices.push(`${cutTags} rule${cutTags === 1 ? ' has' : 's have'} more than ${limits.maxTags} tags; only the first ${limits.maxTags} are in the SARIF file.`);

  // Most severe first, so that any cut keeps errors over warnings over notes.
  let ranked = [...kept].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || total(a, b));
  let overLimit = 0;
  if (ranked.length > limits.maxResults) {
    overLimit = ranked.length - limits.maxResults;
    ranked = ranked.slice(0, limits.maxResults);
    notices.push(`${overLimit} of ${kept.length} results were left out of the SARIF file: code scanning accepts at most ${limits.maxResults} per run (the least severe were dropped).`);
  }

  if (ranked.length > GITHUB_DISPLAYED_RESULTS) {
    notices.push(`The SARIF file has ${ranked.length} results; code scanning shows only the ${GITHUB_DISPLAYED_RESULTS} most severe.`);
  }

  const hashes = options.root ? new LineHashes(options.root) : undefined;
  const toResult = (f: Finding): Result => result(f, index, defaults, hashes, options.includeSuppressed === true);
  const makeLog = (findings: readonly Finding[], extraNotices: readonly string[]): Log => {
    const sorted = [...findings].sort(total);
    const run: Run = {
      tool: {
        driver: {
          name: TOOL.name,
          semanticVersion: TOOL.version,
          version: TOOL.version,
          informationUri: TOOL.informationUri,
          rules: descriptors,
        },
      },
      automationDetails: { id: `${category}/` },
      ...(options.provenance
        ? {
            versionControlProvenance: [
              {
                repositoryUri: options.provenance.repositoryUri,
                ...(options.provenance.revisionId ? { revisionId: options.provenance.revisionId } : {}),
                ...(options.provenance.branch ? { branch: options.provenance.branch } : {}),
                mappedTo: { uriBaseId: '%SRCROOT%' },
              },
            ],
          }
        : {}),
      originalUriBaseIds: {
        '%SRCROOT%': {
          ...(options.root ? { uri: directoryUri(options.root) } : {}),
          description: { text: 'The repository root; result paths are relative to it.' },
        },
      },
      invocations: [
        {
          executionSuccessful: true,
          ...(options.root ? { workingDirectory: { uri: directoryUri(options.root) } } : {}),
          ...(extraNotices.length ? { toolExecutionNotifications: extraNotices.map(notification) } : {}),
        },
      ],
      results: sorted.map(toResult),
      columnKind: 'utf16CodeUnits',
    };
    return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
  };

  let log = makeLog(ranked, notices);
  let text = serializeSarif(log);
  if (gzipSync(text).length > limits.maxGzipBytes) {
    // Keep the longest most-severe prefix that fits, notice included; results dominate the size.
    const noticeFor = (n: number): string =>
      `${ranked.length - n} of ${kept.length} results were left out of the SARIF file to keep it under code scanning's ${formatMiB(limits.maxGzipBytes)} gzipped limit (the least severe were dropped).`;
    const fits = (n: number): boolean =>
      gzipSync(serializeSarif(makeLog(ranked.slice(0, n), [...notices, noticeFor(n)]))).length <= limits.maxGzipBytes;
    let lo = 0;
    let hi = ranked.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fits(mid)) lo = mid;
      else hi = mid - 1;
    }
    overLimit += ranked.length - lo;
    notices.push(noticeFor(lo));
    ranked = ranked.slice(0, lo);
    log = makeLog(ranked, notices);
    text = serializeSarif(log);
  }
  return { log, text, results: ranked.length, omitted: { suppressed, baselined, overLimit }, notices };
}

export function serializeSarif(log: Log): string {
  return JSON.stringify(log, null, 2) + '\n';
}

/** Everything before the last slash of `automationDetails.id` is the category; we own the slash. */
export function normaliseCategory(category: string): string {
  const c = category.trim().replace(/\/+$/, '');
  return c === '' ? DEFAULT_CATEGORY : c;
}

function describeRule(registered: RegisteredRule, maxTags: number): { descriptor: ReportingDescriptor; cutTags: boolean } {
  const m = registered.rule.meta;
  const docs = m.docsUrl;
  let tags = [...new Set(m.tags)];
  const cutTags = tags.length > maxTags;
  if (cutTags) {
    // `security` decides whether GitHub reads security-severity, so it must survive the cut.
    const head = tags.slice(0, maxTags);
    tags = tags.includes('security') && !head.includes('security') ? [...head.slice(0, maxTags - 1), 'security'] : head;
  }
  const severity = m.securitySeverity;
  const security =
    tags.includes('security') && typeof severity === 'number' && Number.isFinite(severity) && severity > 0 && severity <= 10;
  const name = ruleName(m.id);
  const markdown = docs && !m.help.includes(docs) ? `${m.help.trimEnd()}\n\n[${m.id} documentation](${docs})` : m.help;
  const descriptor: ReportingDescriptor = {
    id: m.id,
    ...(name ? { name } : {}),
    shortDescription: { text: plain(m.shortDescription) },
    fullDescription: { text: plain(m.fullDescription) },
    help: { text: docs ? `${m.fullDescription.trim()}\n\nDocumentation: ${docs}` : m.fullDescription.trim(), markdown },
    ...(docs ? { helpUri: docs } : {}),
    defaultConfiguration: { level: m.defaultLevel },
    properties: {
      tags,
      precision: m.precision,
      'problem.severity': m.defaultLevel === 'note' ? 'recommendation' : m.defaultLevel,
      ...(security ? { 'security-severity': (severity as number).toFixed(1) } : {}),
    },
  };
  return { descriptor, cutTags };
}

/**
 * `XREF-setting-missing` → `setting-missing`: the kebab-case part after the family prefix. SARIF
 * requires a name that differs from the id (SARIF1001); without such a part there is no name.
 */
function ruleName(id: string): string | undefined {
  const dash = id.search(/-[a-z0-9]/);
  return dash >= 0 ? id.slice(dash + 1) : undefined;
}

function plain(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= DESCRIPTION_MAX ? t : `${t.slice(0, DESCRIPTION_MAX - 1)}…`;
}

function result(
  f: Finding,
  index: ReadonlyMap<string, number>,
  defaults: ReadonlyMap<string, string>,
  hashes: LineHashes | undefined,
  withSuppressions: boolean,
): Result {
  const startLine = Math.max(1, f.startLine);
  const startColumn = Math.max(1, f.startColumn);
  let endLine = Math.max(startLine, f.endLine);
  let endColumn = Math.max(1, f.endColumn);
  // An empty span would give GitHub nothing to highlight; point at one character instead.
  if (endLine === startLine && endColumn <= startColumn) {
    endLine = startLine;
    endColumn = startColumn + 1;
  }
  const lineHash = hashes?.get(f.file, startLine);
  const ruleIndex = index.get(f.ruleId);
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    ...(defaults.get(f.ruleId) === f.level ? {} : { level: f.level }),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
          region: { startLine, startColumn, endLine, endColumn },
        },
        ...(f.logicalPath ? { logicalLocations: [{ fullyQualifiedName: f.logicalPath, kind: 'element' }] } : {}),
      },
    ],
    partialFingerprints: {
      ...(lineHash ? { primaryLocationLineHash: lineHash } : {}),
      [FINGERPRINT_KEY]: fingerprintOf(f),
    },
    ...(withSuppressions ? { suppressions: f.suppression ? [suppression(f)] : [] } : {}),
  };
}

function suppression(f: Finding): SarifSuppression {
  const s = f.suppression!;
  return {
    kind: s.kind === 'inline' ? 'inSource' : 'external',
    status: 'accepted',
    ...(s.justification ? { justification: s.justification } : {}),
    ...(s.expires ? { properties: { expires: s.expires } } : {}),
  };
}

/** A repository-relative POSIX path as a relative URI reference: no `./`, no leading `/`. */
export function relativeUri(file: string): string {
  const posix = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  return posix
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function directoryUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function notification(text: string): Notification {
  return { level: 'warning', message: { text } };
}

function formatMiB(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}

/** A total order on findings, so the output never depends on the order they came in. */
function total(a: Finding, b: Finding): number {
  return (
    compareFindings(a, b) ||
    a.endLine - b.endLine ||
    a.endColumn - b.endColumn ||
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
    cmp(a.logicalPath, b.logicalPath) ||
    cmp(a.key, b.key) ||
    cmp(a.suppression?.kind ?? '', b.suppression?.kind ?? '') ||
    cmp(a.suppression?.justification ?? '', b.suppression?.justification ?? '')
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
