import { FolderCache } from '../model/folders.js';
import { discoverServices, type Service } from '../model/index.js';
import type { XmlDocument } from '../xml/index.js';
import { applyBaseline, type BaselineEntry, type BaselineFile } from './baseline.js';
import type { EffectiveConfig } from './config.js';
import { directiveCovers, readDirectives, type Directive } from './directives.js';
import { fileFacts } from './file-facts.js';
import { compareFindings, locate, type Finding } from './finding.js';
import { serviceDocuments, type Report, type ServiceIndex, type Target } from './rule-api.js';

export interface LintOptions {
  /** Repository root: discovery starts here and every path in a finding is relative to it. */
  readonly root: string;
  readonly paths: readonly string[];
  readonly config: EffectiveConfig;
  readonly baseline?: BaselineFile;
  /** Today, for directive expiry dates; defaults to the clock. */
  readonly now?: Date;
}

export interface LintResult {
  /** Every finding, sorted; suppressed ones carry `suppression`. */
  readonly findings: Finding[];
  /** Every file read, repository-relative. */
  readonly files: string[];
  readonly services: Service[];
  readonly staleBaseline: BaselineEntry[];
}

/** Discovers, checks and suppresses: the whole lint job over a set of paths. */
export function lint(options: LintOptions): LintResult {
  const { config } = options;
  // One set of listings for the whole run: discovery's walk and every rule's file facts.
  const folders = new FolderCache();
  const discovery = discoverServices(options.paths, {
    root: options.root,
    ignore: (p) => config.isIgnored(p),
    folders,
  });
  const facts = fileFacts(options.root, folders, options.paths);
  const raw: Finding[] = [];
  const seen = new Set<string>();
  const push = (ruleId: string, at: Target, message: string, key?: string): void => {
    const loc = locate(at);
    const level = config.settingFor(ruleId, loc.file).level;
    if (level === 'off') return;
    const f: Finding = { ruleId, level, message, ...loc, key: key ?? message };
    const id = `${ruleId}\u0000${f.file}\u0000${f.startLine}:${f.startColumn}\u0000${message}`;
    if (seen.has(id)) return;
    seen.add(id);
    raw.push(f);
  };

  const rules = config.registry
    .all()
    .map(({ rule }) => rule)
    .filter((rule) => config.mayRun(rule.meta.id));
  for (const service of discovery.services) {
    const primary = serviceDocuments(service)[0]?.file;
    // Indexes the rules share for this service (RuleContext.index), keyed by their build function.
    // A build that throws is not kept: the next rule that asks fails the same way, as it would alone.
    const indexes = new Map<ServiceIndex<unknown>, unknown>();
    const index = <T>(build: ServiceIndex<T>): T => {
      if (!indexes.has(build)) indexes.set(build, build(service, facts));
      return indexes.get(build) as T;
    };
    for (const rule of rules) {
      const id = rule.meta.id;
      const options = config.settingFor(id, primary).options;
      try {
        rule.check(service, {
          options,
          files: facts,
          report: (r: Report) => push(id, r.at, r.message, r.key),
          index,
        });
      } catch (err) {
        const where = primary ? { file: primary, span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } } : undefined;
        if (where) {
          push('LINT-rule-failed', where, `rule ${id} failed on this service: ${err instanceof Error ? err.message : String(err)}`, `rule ${id} failed`);
        }
      }
    }
  }

  const findings = suppressInline(raw, discovery.documents, config, options.now ?? new Date(), push);
  let stale: BaselineEntry[] = [];
  let result = findings;
  if (options.baseline) {
    const open = findings.filter((f) => !f.suppression);
    const match = applyBaseline(open, options.baseline);
    stale = match.stale;
    result = findings.map((f) =>
      match.matched.has(f) ? { ...f, suppression: { kind: 'baseline' as const, justification: 'accepted in the baseline' } } : f,
    );
  }
  return {
    findings: result.sort(compareFindings),
    files: discovery.documents.map((d) => d.file),
    services: discovery.services,
    staleBaseline: stale,
  };
}

function suppressInline(
  raw: Finding[],
  documents: readonly XmlDocument[],
  config: EffectiveConfig,
  now: Date,
  push: (ruleId: string, at: Target, message: string, key?: string) => void,
): Finding[] {
  const today = now.toISOString().slice(0, 10);
  const byFile = new Map<string, Directive[]>();
  for (const doc of documents) {
    const ds = readDirectives(doc);
    if (ds.length) byFile.set(doc.file, ds);
  }
  const used = new Set<Directive>();
  const out: Finding[] = [];
  for (const f of raw) {
    const ds = byFile.get(f.file);
    const d = ds?.find((x) => directiveCovers(x, f.ruleId, f.startLine) && !(x.expires && x.expires < today));
    if (d) {
      used.add(d);
      const suppression = d.expires
        ? { kind: 'inline' as const, justification: d.reason ?? '', expires: d.expires }
        : { kind: 'inline' as const, justification: d.reason ?? '' };
      out.push({ ...f, suppression });
    } else {
      out.push(f);
    }
  }
  const before = raw.length;
  for (const [file, ds] of byFile) {
    for (const d of ds) {
      if (d.kind === 'enable') continue;
      const at = { file, span: { start: { line: d.line, column: d.column, offset: 0 }, end: { line: d.endLine, column: d.endColumn, offset: 0 } } };
      const what = d.rules.length ? d.rules.join(', ') : 'all rules';
      const unknown = d.rules.filter((r) => !config.registry.has(r));
      if (unknown.length) {
        push('LINT-unknown-rule-in-directive', at, `cloudservice-${d.kind} names ${unknown.map((u) => `"${u}"`).join(', ')}, which no loaded rule has; check the id with \`cloudservice rules\``);
      }
      if (!d.reason) {
        push('LINT-directive-needs-reason', at, `cloudservice-${d.kind} ${what} gives no reason; add one after " - "`);
      }
      if (d.expires && d.expires < today) {
        push('LINT-expired-directive', at, `the suppression of ${what} expired on ${d.expires}; fix the findings or renew it with a reason`, `expired ${d.expires}`);
      } else if (!used.has(d) && unknown.length < d.rules.length + (d.rules.length === 0 ? 1 : 0)) {
        push('LINT-unused-directive', at, `cloudservice-${d.kind} ${what} suppresses nothing; remove it`);
      }
    }
  }
  // Directive findings were appended to `raw` by push; they are never themselves suppressed.
  return [...out, ...raw.slice(before)];
}
