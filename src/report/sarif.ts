import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../lint/finding.js';
import { TOOL } from '../lint/project-info.js';
import type { RegisteredRule } from '../lint/registry.js';

export interface SarifInput {
  readonly findings: readonly Finding[];
  /** Every enabled rule, so code scanning can show rule help even for rules with no results. */
  readonly rules: readonly RegisteredRule[];
  readonly category?: string;
  readonly includeSuppressed?: boolean;
}

/** SARIF 2.1.0 log with one run. */
export function buildSarif(input: SarifInput): Log {
  const rules = [...input.rules].sort((a, b) => (a.rule.meta.id < b.rule.meta.id ? -1 : 1));
  const index = new Map(rules.map((r, i) => [r.rule.meta.id, i]));
  const descriptors: ReportingDescriptor[] = rules.map(({ rule }) => {
    const m = rule.meta;
    return {
      id: m.id,
      name: m.id,
      shortDescription: { text: m.shortDescription },
      fullDescription: { text: m.fullDescription },
      help: { text: m.fullDescription, markdown: m.docsUrl ? `${m.help}\n\n[Rule documentation](${m.docsUrl})` : m.help },
      ...(m.docsUrl ? { helpUri: m.docsUrl } : {}),
      defaultConfiguration: { level: m.defaultLevel },
      properties: {
        tags: [...m.tags],
        precision: m.precision,
        'problem.severity': m.defaultLevel === 'note' ? 'recommendation' : m.defaultLevel,
        ...(m.securitySeverity !== undefined ? { 'security-severity': m.securitySeverity.toFixed(1) } : {}),
      },
    };
  });
  const results: Result[] = input.findings
    .filter((f) => input.includeSuppressed || !f.suppression)
    .map((f) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: f.level,
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.startLine, startColumn: f.startColumn, endLine: f.endLine, endColumn: f.endColumn },
          },
          ...(f.logicalPath ? { logicalLocations: [{ fullyQualifiedName: f.logicalPath, kind: 'element' }] } : {}),
        },
      ],
      ...(f.suppression
        ? { suppressions: [{ kind: f.suppression.kind === 'inline' ? ('inSource' as const) : ('external' as const), justification: f.suppression.justification }] }
        : {}),
    }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            semanticVersion: TOOL.version,
            informationUri: TOOL.informationUri,
            rules: descriptors,
          },
        },
        ...(input.category ? { automationDetails: { id: `${input.category}/` } } : {}),
        originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function serializeSarif(log: Log): string {
  return JSON.stringify(log, null, 2) + '\n';
}
