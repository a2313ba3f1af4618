import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { packagingEnvironment } from '../../src/package/malloc-settings.js';
import { repoRoot } from '../helpers/paths.js';
import { runAction } from '../helpers/runner.js';

/**
 * Packaging re-executes its process under glibc malloc settings. What is observed here is the
 * process itself: a preloaded script records, each time a Node program starts in it, its process
 * id and the two variables, so a re-execution shows as a second line with the same id.
 */
let scratch: string;
let probe: string;

before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cs-malloc-'));
  probe = join(scratch, 'probe.cjs');
  writeFileSync(
    probe,
    // Worker threads run the preload too; only a program's start is of interest.
    `if (require('node:worker_threads').isMainThread) require('node:fs').appendFileSync(process.env.PROBE_OUT, [process.pid, process.env.MALLOC_ARENA_MAX ?? '-', process.env.MALLOC_MMAP_THRESHOLD_ ?? '-'].join(' ') + '\\n');\n`,
  );
});
after(() => rmSync(scratch, { recursive: true, force: true }));

const glibc = typeof (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header?.glibcVersionRuntime === 'string';
const reexecutes = glibc && typeof process.execve === 'function';

/** The starts recorded: [pid, MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_] per line. */
function starts(file: string): string[][] {
  return existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').map((l) => l.split(' ')) : [];
}

function runCli(args: string[], extra: Record<string, string>): { status: number | null; stdout: string; stderr: string; starts: string[][] } {
  const out = join(mkdtempSync(join(scratch, 'probe-')), 'starts');
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), ...args], {
    cwd: scratch,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', SOURCE_DATE_EPOCH: '1700000000', NODE_OPTIONS: `--require ${probe}`, PROBE_OUT: out, ...extra },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, starts: starts(out) };
}

const example = join(repoRoot, 'examples', 'contoso-shop', 'ServiceDefinition.csdef');

describe('packagingEnvironment', () => {
  it('adds the settings to an environment that has none, keeping everything else', () => {
    const env = packagingEnvironment({ PATH: '/bin', SOURCE_DATE_EPOCH: '1' }, true);
    assert.deepEqual(env, { PATH: '/bin', SOURCE_DATE_EPOCH: '1', MALLOC_ARENA_MAX: '1', MALLOC_MMAP_THRESHOLD_: '2097152' });
    // What it returns is final: applied again it asks for nothing more, so a process never loops.
    assert.equal(packagingEnvironment(env!, true), undefined);
  });

  it("leaves a user's own malloc settings alone, and other C libraries", () => {
    for (const name of ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_', 'MALLOC_TOP_PAD_', 'MALLOC_MMAP_MAX_', 'GLIBC_TUNABLES']) {
      assert.equal(packagingEnvironment({ PATH: '/bin', [name]: '8' }, true), undefined, name);
    }
    // Set to nothing is set: the documented way to keep glibc's defaults.
    assert.equal(packagingEnvironment({ PATH: '/bin', GLIBC_TUNABLES: '' }, true), undefined);
    assert.equal(packagingEnvironment({ PATH: '/bin' }, false), undefined);
  });
});

describe('the CLI and the action package under the settings (dist/)', () => {
  it('`cloudservice package` replaces its process once, before it writes anything', () => {
    const out = join(scratch, 'cli.cspkg');
    const r = runCli(['package', example, '--sdk-kit', 'stub', '--out', out], {});
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.deepEqual(r.starts.map((s) => s.slice(1)), reexecutes ? [['-', '-'], ['1', '2097152']] : [['-', '-']]);
    assert.equal(new Set(r.starts.map((s) => s[0])).size, 1, 'one process id throughout');
    // The report is written once, by the process that packaged.
    assert.equal(r.stdout.split(out).length - 1, 1, r.stdout);
    assert.ok(existsSync(out));
  });

  it("runs as it is under a user's own setting, and for the other commands", () => {
    const own = runCli(['package', example, '--sdk-kit', 'stub', '--out', join(scratch, 'own.cspkg')], { MALLOC_ARENA_MAX: '2' });
    assert.equal(own.status, 0, own.stdout + own.stderr);
    assert.deepEqual(own.starts.map((s) => s.slice(1)), [['2', '-']]);
    const lint = runCli(['lint', join(repoRoot, 'examples')], {});
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    assert.deepEqual(lint.starts.map((s) => s.slice(1)), [['-', '-']]);
  });

  it('the action re-executes when its `package` input is true, and only then', async () => {
    const ws = mkdtempSync(join(scratch, 'ws-'));
    cpSync(join(repoRoot, 'examples'), ws, { recursive: true });
    const packaging = join(scratch, 'action-starts');
    const run = await runAction(scratch, ws, { package: 'true', 'sdk-kit': 'stub', 'upload-artifact': 'false', 'package-path': 'out/shop.cspkg' }, { NODE_OPTIONS: `--require ${probe}`, PROBE_OUT: packaging });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.ok(existsSync(join(ws, 'out', 'shop.cspkg')));
    assert.equal(run.stdout.split('::group::Lint').length - 1, 1, 'the log starts once');
    assert.deepEqual(starts(packaging).map((s) => s.slice(1)), reexecutes ? [['-', '-'], ['1', '2097152']] : [['-', '-']]);
    assert.equal(new Set(starts(packaging).map((s) => s[0])).size, 1, 'one process id throughout');

    const lintOnly = join(scratch, 'action-lint-starts');
    const lint = await runAction(scratch, ws, {}, { NODE_OPTIONS: `--require ${probe}`, PROBE_OUT: lintOnly });
    assert.equal(lint.code, 0, lint.stdout + lint.stderr);
    assert.deepEqual(starts(lintOnly).map((s) => s.slice(1)), [['-', '-']]);
  });
});
