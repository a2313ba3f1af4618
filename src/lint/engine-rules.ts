import type { Rule } from './rule-api.js';

/**
 * Rules whose findings come from the engine itself (directives), not from a `check` over the
 * model. They are registered like any rule so they can be configured and documented.
 */
const noCheck = (): void => {};

export const ENGINE_RULES: readonly Rule[] = [
  {
    meta: {
      id: 'LINT-directive-needs-reason',
      shortDescription: 'A suppression comment gives no reason',
      fullDescription:
        'Every cloudservice-disable comment must say why the finding is accepted, after " - ". A suppression without a reason still suppresses, but is reported so that reviewers can ask.',
      help: [
        'A suppression without a reason hides a finding without telling reviewers why it is acceptable.',
        '',
        'Failing:',
        '```xml',
        '<!-- cloudservice-disable-next-line CSDEF-legacy-vm-size -->',
        '```',
        'Fixed:',
        '```xml',
        '<!-- cloudservice-disable-next-line CSDEF-legacy-vm-size - resized in the migration sprint -->',
        '```',
      ].join('\n'),
      sources: ['Project convention, after ESLint directive descriptions and PSRule suppression synopses'],
      tags: ['suppression'],
      precision: 'very-high',
      defaultLevel: 'warning',
      recommended: true,
    },
    check: noCheck,
  },
  {
    meta: {
      id: 'LINT-unused-directive',
      shortDescription: 'A suppression comment suppresses nothing',
      fullDescription:
        'A cloudservice-disable comment that matches no finding is stale: the problem was fixed or the rule id is wrong. Remove it so it cannot hide a future finding.',
      help: [
        'Stale suppressions hide future problems at the same place.',
        '',
        'Failing (nothing on the next line breaks the rule):',
        '```xml',
        '<!-- cloudservice-disable-next-line CSDEF-duplicate-role-name - legacy -->',
        '<WebRole name="Web" vmsize="Standard_D1_v2">',
        '```',
        'Fixed: delete the comment.',
      ].join('\n'),
      sources: ["Project convention, after ESLint's --report-unused-disable-directives"],
      tags: ['suppression'],
      precision: 'very-high',
      defaultLevel: 'warning',
      recommended: true,
    },
    check: noCheck,
  },
  {
    meta: {
      id: 'LINT-expired-directive',
      shortDescription: 'A suppression comment has expired',
      fullDescription:
        'A cloudservice-disable comment with expires=YYYY-MM-DD stops suppressing after that date and is reported, so temporary exceptions do not become permanent.',
      help: [
        'Temporary exceptions should end. After the expiry date the suppressed findings show again and this finding points at the comment.',
        '',
        'Failing (after 2026-01-31):',
        '```xml',
        '<!-- cloudservice-disable-next-line CSES-no-virtual-network - moving in Q1 expires=2026-01-31 -->',
        '```',
        'Fixed: fix the finding and delete the comment, or set a new date with a reason.',
      ].join('\n'),
      sources: ['Project convention, after PSRule suppression groups (expiresOn)'],
      tags: ['suppression'],
      precision: 'very-high',
      defaultLevel: 'warning',
      recommended: true,
    },
    check: noCheck,
  },
  {
    meta: {
      id: 'LINT-unknown-rule-in-directive',
      shortDescription: 'A suppression comment names a rule that does not exist',
      fullDescription:
        'A cloudservice-disable comment names a rule id that no loaded rule has. It suppresses nothing; the id is probably misspelt or belongs to a rule pack that is not configured.',
      help: [
        'A misspelt rule id in a suppression suppresses nothing.',
        '',
        'Failing:',
        '```xml',
        '<!-- cloudservice-disable-next-line CSDEF-no-such-rule - reason -->',
        '```',
        'Fixed: use an id from `cloudservice rules`.',
      ].join('\n'),
      sources: ['Project convention'],
      tags: ['suppression'],
      precision: 'very-high',
      defaultLevel: 'error',
      recommended: true,
    },
    check: noCheck,
  },
  {
    meta: {
      id: 'LINT-rule-failed',
      shortDescription: 'A rule failed while checking a service',
      fullDescription:
        'A rule threw an exception. Its other findings for this service may be missing. This is a bug in the rule; the message names the rule so it can be reported to its author.',
      help: 'A rule threw while checking this service. Report the message to the rule author (built-in rules: this project). Other rules still ran.',
      sources: ['Project convention'],
      tags: ['internal'],
      precision: 'very-high',
      defaultLevel: 'error',
      recommended: true,
    },
    check: noCheck,
  },
];
