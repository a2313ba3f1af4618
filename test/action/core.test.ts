import * as actionsCore from '@actions/core';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import * as core from '../../src/action/core.js';

// src/action/core.ts stands in for @actions/core in the bundle; the runner must see the same bytes
// from both, so each case runs through the real @actions/core and through ours.

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cs-core-'));
});
after(() => rmSync(scratch, { recursive: true, force: true }));

const saved = { ...process.env };
const savedExitCode = process.exitCode;
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  process.exitCode = savedExitCode;
});

/** What fn writes to stdout, and the exit code it sets. */
async function capture(fn: () => unknown): Promise<{ out: string; exitCode: typeof process.exitCode }> {
  const write = process.stdout.write;
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = undefined;
  try {
    await fn();
  } finally {
    process.stdout.write = write;
  }
  const exitCode = process.exitCode;
  process.exitCode = savedExitCode;
  return { out, exitCode };
}

const awkward = ['plain', '', 'percent 100% and %25', 'lines\nand\r\nbreaks\r', 'colon: comma, both', '::group::injected', 'ünïcödé ✓'];
const properties: actionsCore.AnnotationProperties[] = [
  {},
  { title: 'T: a, b', file: 'src/a b,c:d.csdef', startLine: 3, endLine: 4, startColumn: 5, endColumn: 9 },
  { title: 'only a title' },
  { file: 'x.cscfg', startLine: 0, endLine: 0 },
  { title: undefined, file: undefined },
  { title: '100%\nsure', file: 'dir/file' },
];

describe('src/action/core.ts writes what @actions/core writes', () => {
  it('log lines, groups and annotations', async () => {
    for (const message of awkward) {
      for (const name of ['info', 'debug', 'startGroup'] as const) {
        const ours = await capture(() => core[name](message));
        const theirs = await capture(() => actionsCore[name](message));
        assert.deepEqual(ours, theirs, `${name}(${JSON.stringify(message)})`);
      }
      for (const name of ['notice', 'warning', 'error'] as const) {
        for (const p of properties) {
          const ours = await capture(() => core[name](message, p));
          const theirs = await capture(() => actionsCore[name](message, p));
          assert.deepEqual(ours, theirs, `${name}(${JSON.stringify(message)}, ${JSON.stringify(p)})`);
        }
        assert.deepEqual(await capture(() => core[name](message)), await capture(() => actionsCore[name](message)));
      }
      assert.deepEqual(await capture(() => core.setFailed(message)), await capture(() => actionsCore.setFailed(message)));
    }
    assert.deepEqual(await capture(() => core.endGroup()), await capture(() => actionsCore.endGroup()));
    const fn = async (): Promise<number> => {
      process.stdout.write('inside\n');
      return 7;
    };
    assert.deepEqual(await capture(() => core.group('G', fn)), await capture(() => actionsCore.group('G', fn)));
    let result: number | undefined;
    await capture(async () => (result = await core.group('G', fn)));
    assert.equal(result, 7);
  });

  it('closes a group whose work throws, and passes the error on', async () => {
    const boom = async (): Promise<never> => {
      throw new Error('boom');
    };
    const ours = await capture(() => assert.rejects(core.group('G', boom), /boom/));
    const theirs = await capture(() => assert.rejects(actionsCore.group('G', boom), /boom/));
    assert.deepEqual(ours, theirs);
    assert.match(ours.out, /::endgroup::/);
  });

  it('reads inputs the same way, booleans and multiline included', () => {
    const values = ['', '  padded  ', 'true', 'True', 'TRUE', 'false', 'FALSE', 'yes', 'on', '1', 'tRue', 'a\nb\n\n  c  \n', '\n\n', ' \n x \n'];
    for (const value of values) {
      for (const name of ['my-input', 'with space', 'MiXeD']) {
        process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
        const what = `${name} = ${JSON.stringify(value)}`;
        assert.equal(core.getInput(name), actionsCore.getInput(name), what);
        assert.deepEqual(core.getMultilineInput(name), actionsCore.getMultilineInput(name), what);
        let theirs: boolean | Error;
        try {
          theirs = actionsCore.getBooleanInput(name);
        } catch (err) {
          theirs = err as Error;
        }
        if (theirs instanceof Error) assert.throws(() => core.getBooleanInput(name), { name: theirs.name, message: theirs.message }, what);
        else assert.equal(core.getBooleanInput(name), theirs, what);
      }
    }
    delete process.env.INPUT_UNSET;
    assert.equal(core.getInput('unset'), actionsCore.getInput('unset'));
  });

  it('writes outputs to GITHUB_OUTPUT in the same form, with its own random delimiter', async () => {
    const values: unknown[] = ['text', '', 'multi\nline\n', 42, 0, { a: [1, 'b'] }, null, undefined, true];
    const entry = (file: string): string => readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
    for (const value of values) {
      const ours = join(scratch, 'ours');
      const theirs = join(scratch, 'theirs');
      writeFileSync(ours, 'before\n');
      writeFileSync(theirs, 'before\n');
      process.env.GITHUB_OUTPUT = ours;
      const o = await capture(() => core.setOutput('name', value));
      process.env.GITHUB_OUTPUT = theirs;
      const t = await capture(() => actionsCore.setOutput('name', value));
      assert.deepEqual(o, t);
      assert.equal(entry(ours), entry(theirs), JSON.stringify(value));
      assert.match(readFileSync(ours, 'utf8'), /^before\nname<<ghadelimiter_[0-9a-f-]{36}\n/);
    }
    // A delimiter is never reused.
    const file = join(scratch, 'twice');
    writeFileSync(file, '');
    process.env.GITHUB_OUTPUT = file;
    await capture(() => {
      core.setOutput('a', '1');
      core.setOutput('b', '2');
    });
    const delimiters = readFileSync(file, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? [];
    assert.equal(delimiters.length, 4);
    assert.equal(new Set(delimiters).size, 2);
  });

  it('falls back to the set-output command without GITHUB_OUTPUT, and refuses a missing file', async () => {
    delete process.env.GITHUB_OUTPUT;
    for (const value of ['v', 'a\nb', { x: 1 }]) {
      assert.deepEqual(await capture(() => core.setOutput('na:me', value)), await capture(() => actionsCore.setOutput('na:me', value)));
    }
    process.env.GITHUB_OUTPUT = join(scratch, 'does-not-exist');
    let theirs: unknown;
    try {
      actionsCore.setOutput('x', 'y');
    } catch (err) {
      theirs = err;
    }
    assert.ok(theirs instanceof Error);
    assert.throws(() => core.setOutput('x', 'y'), { message: theirs.message });
  });

  it('appends to the job summary as summary.addRaw(text, true).write() does, and fails the same way', async () => {
    const ours = join(scratch, 'summary-ours');
    const theirs = join(scratch, 'summary-theirs');
    writeFileSync(ours, '# earlier step\n');
    writeFileSync(theirs, '# earlier step\n');
    for (const text of ['## One\n\n| a | b |', 'second, no newline', '']) {
      process.env.GITHUB_STEP_SUMMARY = ours;
      await core.appendSummary(text);
      process.env.GITHUB_STEP_SUMMARY = theirs;
      await actionsCore.summary.addRaw(text, true).write();
    }
    assert.equal(readFileSync(ours, 'utf8'), readFileSync(theirs, 'utf8'));

    // core.summary remembers its file once found; a new instance looks again.
    delete process.env.GITHUB_STEP_SUMMARY;
    const fresh = new (actionsCore.summary.constructor as new () => typeof actionsCore.summary)();
    const unset = await fresh.write().then(
      () => undefined,
      (err: Error) => err,
    );
    assert.ok(unset);
    await assert.rejects(core.appendSummary('x'), { message: unset.message });
  });
});
