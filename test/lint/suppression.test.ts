import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { csdef, lintFiles, show } from '../helpers/lint-harness.js';

// Two roles with the same name: CSDEF-duplicate-role-name fires on the second one's name.
const dupRoles = (before: string, between = ''): string =>
  csdef(`${before}<WorkerRole name="A" />\n${between}<WorkerRole name="A" />`);
const only = ['CSDEF-duplicate-role-name', 'LINT-directive-needs-reason', 'LINT-unused-directive', 'LINT-expired-directive', 'LINT-unknown-rule-in-directive'];
const lintDef = (text: string, now?: Date) =>
  lintFiles({ 'ServiceDefinition.csdef': text }, { only, ...(now ? { now } : {}) }).map((f) => ({
    id: f.ruleId,
    line: f.startLine,
    col: f.startColumn,
    suppressed: f.suppression?.justification ?? null,
    expires: f.suppression?.expires ?? null,
  }));

describe('inline suppression', () => {
  it('reports the finding when nothing suppresses it', () => {
    assert.deepEqual(lintDef(dupRoles('')), [{ id: 'CSDEF-duplicate-role-name', line: 3, col: 13, suppressed: null, expires: null }]);
  });

  it('disable-next-line with a reason suppresses and keeps the reason', () => {
    const r = lintDef(dupRoles('', '<!-- cloudservice-disable-next-line CSDEF-duplicate-role-name - kept for the migration -->\n'));
    assert.deepEqual(r, [{ id: 'CSDEF-duplicate-role-name', line: 4, col: 13, suppressed: 'kept for the migration', expires: null }]);
  });

  it('disable-line on the same line suppresses', () => {
    const r = lintDef(csdef('<WorkerRole name="A" />\n<WorkerRole name="A" /><!-- cloudservice-disable-line CSDEF-duplicate-role-name - legacy -->'));
    assert.equal(r[0]!.suppressed, 'legacy');
  });

  it('a directive without a reason still suppresses, and is itself reported', () => {
    const r = lintDef(dupRoles('', '<!-- cloudservice-disable-next-line CSDEF-duplicate-role-name -->\n'));
    assert.deepEqual(
      r.map((x) => [x.id, x.line, x.suppressed]),
      [
        ['LINT-directive-needs-reason', 3, null],
        ['CSDEF-duplicate-role-name', 4, ''],
      ],
    );
  });

  it('a directive for another rule does not suppress, and is reported unused', () => {
    const r = lintDef(dupRoles('', '<!-- cloudservice-disable-next-line CSDEF-duplicate-endpoint-name - wrong id -->\n'));
    assert.deepEqual(r.map((x) => [x.id, x.line, x.suppressed]), [
      ['LINT-unused-directive', 3, null],
      ['CSDEF-duplicate-role-name', 4, null],
    ]);
  });

  it('a directive naming no loaded rule is reported', () => {
    const r = lintDef(dupRoles('', '<!-- cloudservice-disable-next-line CSDEF-no-such-rule - typo -->\n'));
    assert.deepEqual(r.map((x) => x.id), ['LINT-unknown-rule-in-directive', 'CSDEF-duplicate-role-name']);
  });

  it('disable/enable blocks cover only their lines', () => {
    const text = csdef(
      [
        '<WorkerRole name="A" />',
        '<!-- cloudservice-disable CSDEF-duplicate-role-name - block -->',
        '<WorkerRole name="A" />',
        '<!-- cloudservice-enable CSDEF-duplicate-role-name -->',
        '<WorkerRole name="A" />',
      ].join('\n'),
    );
    const r = lintDef(text);
    assert.deepEqual(r.map((x) => [x.line, x.suppressed]), [
      [4, 'block'],
      [6, null],
    ]);
  });

  it('a file-level disable before the root covers the whole file', () => {
    const text = '<!-- cloudservice-disable CSDEF-duplicate-role-name - generated file -->\n' + dupRoles('');
    const r = lintDef(text);
    assert.deepEqual(r.map((x) => [x.id, x.line, x.suppressed]), [['CSDEF-duplicate-role-name', 4, 'generated file']]);
  });

  it('an expiry date in the future suppresses; once past, the finding and the expiry are reported', () => {
    const text = dupRoles('', '<!-- cloudservice-disable-next-line CSDEF-duplicate-role-name - until the move expires=2027-01-31 -->\n');
    const before = lintDef(text, new Date('2027-01-31T12:00:00Z'));
    assert.deepEqual(before, [{ id: 'CSDEF-duplicate-role-name', line: 4, col: 13, suppressed: 'until the move', expires: '2027-01-31' }]);
    const after = lintDef(text, new Date('2027-02-01T00:00:00Z'));
    assert.deepEqual(after.map((x) => [x.id, x.line, x.suppressed]), [
      ['LINT-expired-directive', 3, null],
      ['CSDEF-duplicate-role-name', 4, null],
    ], after.map((x) => JSON.stringify(x)).join('\n'));
  });

  it('directive findings can be turned off like any rule', () => {
    const f = lintFiles(
      { 'ServiceDefinition.csdef': dupRoles('', '<!-- cloudservice-disable-next-line CSDEF-duplicate-role-name -->\n') },
      { config: { rules: { 'LINT-directive-needs-reason': 'off' } } },
    );
    assert.ok(!f.some((x) => x.ruleId === 'LINT-directive-needs-reason'), f.map(show).join('\n'));
  });
});

describe('directive syntax that XML forbids', () => {
  it('an ESLint-style " -- " reason makes the file not well-formed, and the message says what to write', () => {
    const f = lintFiles(
      { 'ServiceDefinition.csdef': dupRoles('', '<!-- cloudservice-disable-next-line CSDEF-duplicate-role-name -- reason -->\n') },
      { only: ['XML-well-formed'] },
    );
    assert.deepEqual(f.map((x) => [x.ruleId, x.startLine, x.startColumn]), [['XML-well-formed', 3, 1]]);
    assert.match(f[0]!.message, /may not contain "--".*single " - "/);
  });
});
