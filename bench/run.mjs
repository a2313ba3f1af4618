#!/usr/bin/env node
// The benchmarks of BENCHMARKS.md, each a side-by-side comparison run in alternation (A B A B …)
// so that both sides see the same machine state; prints medians and ratios.
//   node bench/run.mjs [--rounds 5] [--data /tmp/cloudservice-bench] [--build .build]
//                      [--dist /tmp/bench-dist] [--only pack,memory,lint,verify,cold] [--json FILE]
// Needs: zip, sha256sum, xmllint (apt-get install -y zip libxml2-utils), /usr/bin/time, a compiled
// tree (tsc -p tsconfig.json --outDir BUILD) and, for the cold start, a bundle of the action.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateTree, linkCopies, treeStats } from './gen-tree.mjs';
import { generateBigService, generateService } from './gen-service.mjs';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    data: { type: 'string', default: '/tmp/cloudservice-bench' },
    build: { type: 'string', default: '.build' },
    dist: { type: 'string', default: '/tmp/bench-dist' },
    only: { type: 'string', default: 'pack,memory,lint,verify,cold' },
    corpus: { type: 'string' },
    json: { type: 'string' },
    gib: { type: 'string', default: '1' },
    'memory-rounds': { type: 'string', default: '1' },
    files: { type: 'string', default: '17000' },
  },
});
const root = resolve(import.meta.dirname, '..');
const node = process.execPath;
const rounds = Number(values.rounds);
const memoryRounds = Number(values['memory-rounds']);
const data = resolve(values.data);
const build = resolve(root, values.build);
const cli = join(build, 'src', 'cli', 'index.js');
const only = new Set(values.only.split(','));
const corpus = resolve(values.corpus ?? join(root, '..', 'shared', 'corpus'));
const results = { machine: { cpus: cpus().length, model: cpus()[0]?.model, memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, load: loadavg() }, started: new Date().toISOString(), rounds, rows: [] };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a command under /usr/bin/time: wall seconds (measured here) and peak RSS in MiB. */
function run(cmd, args, { cwd = data, env = process.env, okCodes = [0] } = {}) {
  const timeFile = join(data, '.time');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, cmd, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!okCodes.includes(r.status ?? -1)) {
    throw new Error(`${cmd} ${args.join(' ').slice(0, 200)} exited with ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  }
  const rssMiB = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024;
  return { seconds, rssMiB, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** Alternates A and B for the given rounds; prepare() runs untimed before each side. */
function compare(name, a, b, { rounds: n = rounds, unit = 's' } = {}) {
  const as = [];
  const bs = [];
  for (let i = 0; i < n; i++) {
    a.prepare?.();
    as.push(a.run());
    b.prepare?.();
    bs.push(b.run());
    process.stdout.write(`  ${name} round ${i + 1}/${n}: ${a.label} ${as[i].seconds.toFixed(2)} s, ${b.label} ${bs[i].seconds.toFixed(2)} s\n`);
  }
  const row = {
    name,
    a: a.label,
    b: b.label,
    aSeconds: median(as.map((x) => x.seconds)),
    bSeconds: median(bs.map((x) => x.seconds)),
    aRssMiB: Math.max(...as.map((x) => x.rssMiB)),
    bRssMiB: Math.max(...bs.map((x) => x.rssMiB)),
    aAll: as.map((x) => +x.seconds.toFixed(3)),
    bAll: bs.map((x) => +x.seconds.toFixed(3)),
    unit,
  };
  row.ratio = row.aSeconds / row.bSeconds;
  results.rows.push(row);
  console.log(`${name}: ${a.label} median ${row.aSeconds.toFixed(3)} s (peak ${row.aRssMiB.toFixed(0)} MiB) | ${b.label} median ${row.bSeconds.toFixed(3)} s (peak ${row.bRssMiB.toFixed(0)} MiB) | ratio ${row.ratio.toFixed(3)}`);
  return row;
}

/** `dir` as `make` leaves it, made only if no finished one is there (`DIR.done` marks it finished). */
function madeOnce(dir, make) {
  if (!existsSync(`${dir}.done`)) {
    rmSync(dir, { recursive: true, force: true });
    make(dir);
    writeFileSync(`${dir}.done`, '');
  }
  return dir;
}

function ensureInputs() {
  mkdirSync(data, { recursive: true });
  const tree = madeOnce(join(data, 'tree-1g'), (dir) => {
    console.log('generating the 1 GiB tree …');
    generateTree(dir, { seed: 7, targetBytes: Math.round(Number(values.gib) * 2 ** 30), files: Number(values.files) });
  });
  const svc = join(data, 'services');
  if (!existsSync(join(svc, 'big', 'ServiceDefinition.csdef'))) {
    generateService(join(svc, 'service'), { roles: 25, settings: 500, variants: 5, seed: 7 });
    generateBigService(join(svc, 'big'));
  }
  return { tree, svc };
}

function tree4g(tree) {
  return madeOnce(join(data, 'tree-4g'), (dir) => linkCopies(tree, dir, 4));
}

/** 4 GiB in the 1 GiB tree's 17,000 files (each about four times larger): bytes grow, files do not. */
function tree4gSameFiles() {
  return madeOnce(join(data, 'tree-4g-17k'), (dir) => {
    console.log(`generating the 4 GiB tree of ${values.files} files …`);
    generateTree(dir, { seed: 7, targetBytes: 4 * 2 ** 30, files: Number(values.files) });
  });
}

const PACKAGE_ENV = { ...process.env, SOURCE_DATE_EPOCH: '1700000000' };

function packageArgs(svc, tree, out) {
  return [cli, 'package', join(svc, 'big', 'ServiceDefinition.csdef'), '--role', `Big=${tree}`, '--sdk-kit', 'stub', '--out', out];
}

const { tree, svc } = ensureInputs();
const stats = treeStats(tree);
results.tree = { files: stats.files, bytes: stats.bytes };
console.log(`tree: ${stats.files} files, ${(stats.bytes / 2 ** 20).toFixed(0)} MiB; load ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const pkgOut = join(data, 'bench.cspkg');
const zipOut = join(data, 'bench.zip');

if (only.has('pack')) {
  // The package command warms the page cache for both sides; one untimed run of each first.
  rmSync(pkgOut, { force: true });
  run(node, packageArgs(svc, tree, pkgOut), { env: PACKAGE_ENV });
  rmSync(zipOut, { force: true });
  run('zip', ['-r', '-q', '-6', zipOut, '.'], { cwd: tree });
  const row = compare(
    'package 1 GiB tree',
    { label: 'cloudservice package', prepare: () => rmSync(pkgOut, { force: true }), run: () => run(node, packageArgs(svc, tree, pkgOut), { env: PACKAGE_ENV }) },
    { label: 'zip -r -q -6', prepare: () => rmSync(zipOut, { force: true }), run: () => run('zip', ['-r', '-q', '-6', zipOut, '.'], { cwd: tree }) },
  );
  row.aBytes = statSync(pkgOut).size;
  row.bBytes = statSync(zipOut).size;
  console.log(`  sizes: package ${row.aBytes} bytes, zip ${row.bBytes} bytes (${(row.aBytes / row.bBytes).toFixed(4)}×)`);
}

if (only.has('memory')) {
  const big = tree4g(tree);
  const wide = tree4gSameFiles();
  const s4 = treeStats(big);
  const s4w = treeStats(wide);
  const one = [];
  const four = [];
  const fourWide = [];
  // The 4 GiB tree as four linked copies has four times the files too; the second 4 GiB tree keeps
  // the 1 GiB tree's file count, to tell what grows with bytes from what grows with files.
  for (let i = 0; i < memoryRounds; i++) {
    rmSync(pkgOut, { force: true });
    one.push(run(node, packageArgs(svc, tree, pkgOut), { env: PACKAGE_ENV }));
    rmSync(pkgOut, { force: true });
    four.push(run(node, packageArgs(svc, big, pkgOut), { env: PACKAGE_ENV }));
    rmSync(pkgOut, { force: true });
    fourWide.push(run(node, packageArgs(svc, wide, pkgOut), { env: PACKAGE_ENV }));
    console.log(`  memory round ${i + 1}: 1 GiB ${one[i].rssMiB.toFixed(0)} MiB in ${one[i].seconds.toFixed(1)} s, 4 GiB ${four[i].rssMiB.toFixed(0)} MiB in ${four[i].seconds.toFixed(1)} s, 4 GiB in ${s4w.files} files ${fourWide[i].rssMiB.toFixed(0)} MiB in ${fourWide[i].seconds.toFixed(1)} s`);
  }
  const summary = (xs, s) => ({ files: s.files, bytes: s.bytes, rssMiB: Math.max(...xs.map((x) => x.rssMiB)), all: xs.map((x) => +x.rssMiB.toFixed(1)), seconds: median(xs.map((x) => x.seconds)) });
  const row = { name: 'peak memory of packaging', oneGiB: summary(one, stats), fourGiB: summary(four, s4), fourGiBSameFiles: summary(fourWide, s4w) };
  results.rows.push(row);
  console.log(`peak memory: 1 GiB tree ${row.oneGiB.rssMiB.toFixed(0)} MiB, 4 GiB tree ${row.fourGiB.rssMiB.toFixed(0)} MiB, 4 GiB in ${s4w.files} files ${row.fourGiBSameFiles.rssMiB.toFixed(0)} MiB`);
  rmSync(pkgOut, { force: true });
}

if (only.has('lint')) {
  const files = join(corpus, 'service-files');
  const list = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/\.(csdef|cscfg|ccproj)$/i.test(e.name)) list.push(join(d, e.name));
    }
  };
  walk(files);
  list.sort();
  const report = join(data, 'lint.json');
  compare(
    `lint the ${list.length}-file corpus`,
    { label: 'cloudservice lint', run: () => run(node, [cli, 'lint', '.', '--format', 'json', '--output', report, '--fail-on', 'none'], { cwd: files }) },
    // xmllint exits 1 on the corpus files that are not well-formed; that is its answer, not a failure.
    { label: 'xmllint --noout', run: () => run('xmllint', ['--noout', '--nonet', ...list], { okCodes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }) },
  );
  // What `npm install` puts on the PATH: the same code as one bundle, 171 modules fewer to load.
  const installed = join(root, 'dist', 'cli.js');
  compare(
    `lint the ${list.length}-file corpus, installed CLI (dist/cli.js)`,
    { label: 'cloudservice lint', run: () => run(node, [installed, 'lint', '.', '--format', 'json', '--output', report, '--fail-on', 'none'], { cwd: files }) },
    { label: 'xmllint --noout', run: () => run('xmllint', ['--noout', '--nonet', ...list], { okCodes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }) },
  );
  // What a lint cannot skip, each step alone in a fresh process against the same xmllint run:
  // Node's start, reading the files, parsing them, binding and pairing them (bench/lint-floor.mjs).
  const listFile = join(data, 'corpus-files.txt');
  writeFileSync(listFile, `${list.join('\n')}\n`);
  const floor = join(root, 'bench', 'lint-floor.mjs');
  for (const [stage, what] of [
    ['start', "Node's start alone"],
    ['read', 'Node reads every file'],
    ['parse', 'Node reads and parses every file (parseXml)'],
    ['discover', 'discovery: read, parse, bind, pair (no rule)'],
  ]) {
    const expect = new RegExp(`^${stage} \\d+\\n$`);
    compare(
      `floor of a lint of the ${list.length}-file corpus: ${what}`,
      {
        label: `lint-floor --stage ${stage}`,
        run: () => {
          const r = run(node, [floor, '--stage', stage, '--build', build, '--list', listFile, '--root', files]);
          if (!expect.test(r.stdout)) throw new Error(`lint-floor --stage ${stage} printed ${JSON.stringify(r.stdout)}`);
          return r;
        },
      },
      { label: 'xmllint --noout', run: () => run('xmllint', ['--noout', '--nonet', ...list], { okCodes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }) },
    );
  }
  // The same corpus four times over, in four folders: how the ratio moves once V8's warm-up and
  // the bundle's start are shared by more files (xmllint has neither).
  const copies = join(data, 'corpus-x4');
  if (!existsSync(`${copies}.done`)) {
    rmSync(copies, { recursive: true, force: true });
    // Only the folders and the files the corpus's lint reads, whatever else lies in the corpus.
    const serviceFile = (src) => statSync(src).isDirectory() || /\.(csdef|cscfg|ccproj)$/i.test(src);
    for (const c of ['1', '2', '3', '4']) cpSync(files, join(copies, c), { recursive: true, filter: serviceFile });
    writeFileSync(`${copies}.done`, '');
  }
  const copyList = ['1', '2', '3', '4'].flatMap((c) => list.map((f) => join(copies, c, f.slice(files.length + 1))));
  compare(
    `lint 4 copies of the ${list.length}-file corpus (${copyList.length} files), installed CLI`,
    { label: 'cloudservice lint', run: () => run(node, [installed, 'lint', '.', '--format', 'json', '--output', report, '--fail-on', 'none'], { cwd: copies }) },
    { label: 'xmllint --noout', run: () => run('xmllint', ['--noout', '--nonet', ...copyList], { okCodes: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] }) },
  );
  const service = join(svc, 'service');
  const sfiles = readdirSync(service).map((f) => join(service, f));
  compare(
    'lint the 25-role service (500 settings, 5 configurations)',
    { label: 'cloudservice lint', run: () => run(node, [cli, 'lint', '.', '--format', 'json', '--output', report, '--fail-on', 'none'], { cwd: service }) },
    { label: 'xmllint --noout', run: () => run('xmllint', ['--noout', '--nonet', ...sfiles]) },
  );
}

if (only.has('verify')) {
  if (!existsSync(pkgOut)) run(node, packageArgs(svc, tree, pkgOut), { env: PACKAGE_ENV });
  const size = statSync(pkgOut).size;
  const row = compare(
    'verify the 1 GiB-tree package',
    // verify exits 1: the stub kit's runtime files are reported (that is the only error).
    { label: 'cloudservice verify', run: () => run(node, [cli, 'verify', pkgOut, '--format', 'json'], { okCodes: [0, 1] }) },
    { label: 'sha256sum', run: () => run('sha256sum', [pkgOut]) },
  );
  row.bytes = size;
  row.throughputRatio = row.bSeconds / row.aSeconds;
  console.log(`  throughput: verify ${(size / row.aSeconds / 2 ** 20).toFixed(0)} MiB/s, sha256sum ${(size / row.bSeconds / 2 ** 20).toFixed(0)} MiB/s (${row.throughputRatio.toFixed(3)}×)`);
  const real = readdirSync(join(corpus, 'cspkg')).filter((f) => f.endsWith('.cspkg')).map((f) => join(corpus, 'cspkg', f));
  const realRow = compare(
    'verify the 3 real packages (one process each)',
    { label: 'cloudservice verify', run: () => real.map((f) => run(node, [cli, 'verify', f, '--format', 'json'], { okCodes: [0, 1] })).reduce((a, r) => ({ seconds: a.seconds + r.seconds, rssMiB: Math.max(a.rssMiB, r.rssMiB) }), { seconds: 0, rssMiB: 0 }) },
    { label: 'sha256sum', run: () => real.map((f) => run('sha256sum', [f])).reduce((a, r) => ({ seconds: a.seconds + r.seconds, rssMiB: Math.max(a.rssMiB, r.rssMiB) }), { seconds: 0, rssMiB: 0 }) },
  );
  realRow.throughputRatio = realRow.bSeconds / realRow.aSeconds;
}

/** Spawns the action bundle and resolves when its first line of output appears. */
function firstLine(entry, env) {
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(node, [entry], { env, cwd: env.GITHUB_WORKSPACE, stdio: ['ignore', 'pipe', 'pipe'] });
    let done = false;
    const onData = (chunk) => {
      if (done || !String(chunk).includes('\n')) return;
      done = true;
      resolvePromise({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, rssMiB: 0, line: String(chunk).split('\n')[0] });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', () => {
      if (!done) reject(new Error(`${entry} exited without output`));
    });
  });
}

if (only.has('cold')) {
  const ws = join(data, 'workspace');
  mkdirSync(ws, { recursive: true });
  for (const f of ['ServiceDefinition.csdef', 'ServiceConfiguration.Cloud.cscfg']) writeFileSync(join(ws, f), readFileSync(join(root, 'test', 'fixtures', 'package', 'multi', f)));
  const env = { PATH: process.env.PATH, GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(data, 'runner-temp'), 'INPUT_FAIL-ON': 'none', INPUT_ANNOTATIONS: 'false', INPUT_SUMMARY: 'false' };
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  const bundles = [
    { label: 'private bundle', entry: join(resolve(values.dist), 'index.js') },
    { label: 'committed dist/index.js', entry: join(root, 'dist', 'index.js') },
  ].filter((b) => existsSync(b.entry));
  for (const b of bundles) {
    const as = [];
    const bs = [];
    for (let i = 0; i < Math.max(rounds, 5) * 2; i++) {
      as.push(await firstLine(b.entry, env));
      const t0 = process.hrtime.bigint();
      spawnSync(node, ['-e', ''], { stdio: 'ignore' });
      bs.push({ seconds: Number(process.hrtime.bigint() - t0) / 1e9 });
    }
    const row = { name: `cold start of the action (${b.label})`, a: 'first log line', b: "node -e ''", aSeconds: median(as.map((x) => x.seconds)), bSeconds: median(bs.map((x) => x.seconds)), firstLine: as[0].line, bundleBytes: statSync(b.entry).size };
    row.ratio = row.aSeconds / row.bSeconds;
    results.rows.push(row);
    console.log(`${row.name}: ${(row.aSeconds * 1000).toFixed(0)} ms to "${row.firstLine.slice(0, 60)}" vs node -e '' ${(row.bSeconds * 1000).toFixed(0)} ms: ratio ${row.ratio.toFixed(2)}; bundle ${(row.bundleBytes / 2 ** 20).toFixed(2)} MiB`);
  }
}

results.finished = new Date().toISOString();
results.loadAfter = loadavg();
if (values.json) writeFileSync(values.json, JSON.stringify(results, null, 2) + '\n');
