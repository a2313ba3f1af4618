import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Finding } from '../../src/lint/finding.js';
import type { Level } from '../../src/lint/rule-api.js';
import { planAnnotations } from '../../src/report/annotations.js';

function f(level: Level, file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: `XREF-${level}`,
    level,
    message: `${level} at ${file}:${line}`,
    file,
    startLine: line,
    startColumn: 2,
    endLine: line,
    endColumn: 8,
    logicalPath: '',
    key: `${line}`,
    ...extra,
  };
}

describe('annotations', () => {
  it('annotates every open finding when under the caps, most severe first, columns on one line only', () => {
    const plan = planAnnotations([
      f('note', 'a.cscfg', 1),
      f('warning', 'b.cscfg', 2),
      f('error', 'c.cscfg', 3, { endLine: 5, endColumn: 4 }),
      f('error', 'a.cscfg', 9, { suppression: { kind: 'inline', justification: 'ok' } }),
    ]);
    assert.equal(plan.total, 3);
    assert.equal(plan.notice, undefined);
    assert.deepEqual(plan.annotations.map((a) => a.kind), ['error', 'warning', 'notice']);
    const [err, warn] = plan.annotations;
    assert.deepEqual(err, { kind: 'error', message: 'error at c.cscfg:3', title: 'XREF-error', file: 'c.cscfg', startLine: 3, endLine: 5 });
    assert.equal(warn!.startColumn, 2);
    assert.equal(warn!.endColumn, 8);
  });

  it('stays within 10 per level, keeps a slot for its own notice and for reserved messages', () => {
    const many = [
      ...Array.from({ length: 14 }, (_, i) => f('error', 'e.cscfg', i + 1)),
      ...Array.from({ length: 12 }, (_, i) => f('warning', 'w.cscfg', i + 1)),
      ...Array.from({ length: 15 }, (_, i) => f('note', 'n.cscfg', i + 1)),
    ];
    const plan = planAnnotations(many, { reserved: { error: 1, warning: 1 } });
    const count = (k: string) => plan.annotations.filter((a) => a.kind === k).length;
    assert.equal(count('error'), 9);
    assert.equal(count('warning'), 9);
    assert.equal(count('notice'), 9, 'one notice slot left for "showing N of M"');
    assert.equal(plan.total, 41);
    assert.match(plan.notice!, /^showing 27 of 41 findings as annotations/);
    // The first errors by position are the ones shown.
    assert.deepEqual(plan.annotations.filter((a) => a.kind === 'error').map((a) => a.startLine), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('respects the per-job cap', () => {
    const many = Array.from({ length: 30 }, (_, i) => f(i % 3 === 0 ? 'error' : i % 3 === 1 ? 'warning' : 'note', 'x.cscfg', i + 1));
    const plan = planAnnotations(many, { perJob: 12 });
    assert.equal(plan.annotations.length, 11, 'twelve minus the notice');
    // Most severe first: all ten errors the level allows, then a warning.
    assert.deepEqual(plan.annotations.map((a) => a.kind), [...Array(10).fill('error'), 'warning']);
    assert.match(plan.notice!, /^showing 11 of 30/);
  });

  it('does not take a notice slot when nothing is left out', () => {
    const plan = planAnnotations(Array.from({ length: 10 }, (_, i) => f('note', 'n.cscfg', i + 1)));
    assert.equal(plan.annotations.length, 10);
    assert.equal(plan.notice, undefined);
  });
});
