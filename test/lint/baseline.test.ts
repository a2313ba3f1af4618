import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BUILTIN_RULES } from '../../rules/index.js';
import { main } from '../../src/cli/main.js';
import { csdef } from '../helpers/lint-harness.js';

async function cli(dir: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { cwd: dir, env: {}, isTTY: false, out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Only the rule under test runs, so rules added later do not change these counts. */
const onlyDuplicateRoles = JSON.stringify({
  rules: Object.fromEntries(BUILTIN_RULES.map((r) => [r.meta.id, r.meta.id === 'CSDEF-duplicate-role-name' ? 'error' : 'off'])),
});

const twoDuplicates = csdef('<WorkerRole name="A" />\n<WorkerRole name="A" />\n<WebRole name="B" />\n<WebRole name="B" />');

describe('baseline', () => {
  it('accepts recorded findings whatever their line, fails on new ones, and prunes stale entries', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-baseline-'));
    try {
      writeFileSync(join(dir, '.cloudservice.json'), onlyDuplicateRoles);
      writeFileSync(join(dir, 'ServiceDefinition.csdef'), twoDuplicates);
      assert.equal((await cli(dir, 'lint')).code, 1);

      const upd = await cli(dir, 'lint', '--update-baseline');
      assert.equal(upd.code, 0);
      assert.match(upd.err, /wrote 2 baseline entries \(2 findings\)/);
      const file = join(dir, '.cloudservice-baseline.json');
      const baseline = JSON.parse(readFileSync(file, 'utf8')) as { entries: { ruleId: string; logicalPath: string }[] };
      assert.deepEqual(
        baseline.entries.map((e) => [e.ruleId, e.logicalPath]),
        [
          ['CSDEF-duplicate-role-name', "ServiceDefinition[@name='svc']/WebRole[@name='B']/@name"],
          ['CSDEF-duplicate-role-name', "ServiceDefinition[@name='svc']/WorkerRole[@name='A']/@name"],
        ],
      );

      // Lines move: the accepted findings stay accepted.
      writeFileSync(join(dir, 'ServiceDefinition.csdef'), '\n\n\n' + twoDuplicates);
      const moved = await cli(dir, 'lint', '--baseline', file, '--format', 'json');
      assert.equal(moved.code, 0, moved.out);
      const json = JSON.parse(moved.out) as { totals: { error: number; suppressed: number } };
      assert.deepEqual([json.totals.error, json.totals.suppressed], [0, 2]);

      // A new problem is not in the baseline; a fixed one leaves a stale entry.
      writeFileSync(
        join(dir, 'ServiceDefinition.csdef'),
        csdef('<WorkerRole name="A" />\n<WorkerRole name="A" />\n<WebRole name="C" />\n<WebRole name="C" />'),
      );
      const fresh = await cli(dir, 'lint', '--baseline', file);
      assert.equal(fresh.code, 1);
      assert.match(fresh.out, /"C" is already used/);
      assert.doesNotMatch(fresh.out, /"A" is already used/);
      assert.match(fresh.out, /1 baseline entry no longer matches; prune with --update-baseline/);

      await cli(dir, 'lint', '--update-baseline', '--baseline', file);
      const pruned = JSON.parse(readFileSync(file, 'utf8')) as { entries: { logicalPath: string }[] };
      assert.deepEqual(pruned.entries.map((e) => e.logicalPath), [
        "ServiceDefinition[@name='svc']/WebRole[@name='C']/@name",
        "ServiceDefinition[@name='svc']/WorkerRole[@name='A']/@name",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names the file when the baseline is missing or not a baseline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cs-baseline-'));
    try {
      writeFileSync(join(dir, 'ServiceDefinition.csdef'), twoDuplicates);
      const missing = await cli(dir, 'lint', '--baseline', 'nope.json');
      assert.equal(missing.code, 2);
      assert.match(missing.err, /nope\.json: baseline file not found; create it with --update-baseline\n$/);
      writeFileSync(join(dir, 'bad.json'), '{"x":1}');
      const bad = await cli(dir, 'lint', '--baseline', 'bad.json');
      assert.equal(bad.code, 2);
      assert.match(bad.err, /bad\.json: not a cloudservice-lint baseline/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
