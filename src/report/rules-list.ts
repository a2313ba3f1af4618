import type { RegisteredRule } from '../lint/registry.js';

/** `cloudservice rules --format json`: every rule with its metadata. */
export function rulesJson(rules: readonly RegisteredRule[]): string {
  return (
    JSON.stringify(
      rules.map(({ rule, origin }) => ({ ...rule.meta, defaultOptions: rule.defaultOptions ?? {}, origin })),
      null,
      2,
    ) + '\n'
  );
}

export function rulesText(rules: readonly RegisteredRule[]): string {
  const w = Math.max(...rules.map((r) => r.rule.meta.id.length));
  return (
    rules
      .map(({ rule }) => {
        const m = rule.meta;
        const on = m.recommended ? 'recommended' : 'strict';
        return `${m.id.padEnd(w)}  ${m.defaultLevel.padEnd(7)}  ${on.padEnd(11)}  ${m.shortDescription}`;
      })
      .join('\n') + '\n'
  );
}

/** The rule index page: one table row per rule, linking each doc page. */
export function rulesMarkdown(rules: readonly RegisteredRule[]): string {
  const out = [
    '# Rules',
    '',
    'Generated from the rule metadata by `node scripts/gen-docs.mjs`; the test suite fails when this page is stale.',
    '',
    '`recommended` rules run by default; `strict` adds the rest. Levels can be changed per rule in `.cloudservice.yml`.',
    '',
    '| Rule | Level | Preset | Tags | What it finds |',
    '|---|---|---|---|---|',
  ];
  for (const { rule } of rules) {
    const m = rule.meta;
    out.push(`| [${m.id}](${m.id}.md) | ${m.defaultLevel} | ${m.recommended ? 'recommended' : 'strict'} | ${m.tags.join(', ')} | ${m.shortDescription} |`);
  }
  return out.join('\n') + '\n';
}

/** One rule's doc page. */
export function ruleMarkdown({ rule }: RegisteredRule): string {
  const m = rule.meta;
  const out = [
    `# ${m.id}`,
    '',
    `**${m.shortDescription}.**`,
    '',
    `| | |`,
    `|---|---|`,
    `| Default level | ${m.defaultLevel} |`,
    `| Preset | ${m.recommended ? 'recommended (on by default)' : 'strict'} |`,
    `| Tags | ${m.tags.join(', ')} |`,
    `| Precision | ${m.precision} |`,
    ...(m.securitySeverity !== undefined ? [`| Security severity | ${m.securitySeverity.toFixed(1)} |`] : []),
    ...(m.catalog ? [`| Catalog entry | ${m.catalog} |`] : []),
    '',
    m.fullDescription,
    '',
    '## Details',
    '',
    m.help,
    '',
  ];
  if (m.optionsSchema) {
    out.push('## Options', '', '```json', JSON.stringify(m.optionsSchema, null, 2), '```', '', 'Defaults:', '', '```json', JSON.stringify(rule.defaultOptions ?? {}, null, 2), '```', '');
  }
  out.push('## Sources', '', ...m.sources.map((s) => `- ${s}`), '');
  return out.join('\n');
}
