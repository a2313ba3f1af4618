#!/usr/bin/env node
// CPU profiles behind BENCHMARKS.md: runs one command under `node --cpu-prof` (workers too) and
// prints where the time went, by function (self time) and by package or source folder.
//   node bench/profile.mjs [--top 20] -- SCRIPT.js ARGS…
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const argv = process.argv.slice(2);
const sep = argv.indexOf('--');
const opts = sep < 0 ? [] : argv.slice(0, sep);
const command = sep < 0 ? argv : argv.slice(sep + 1);
const top = Number(opts[opts.indexOf('--top') + 1] ?? 20) || 20;
const dir = mkdtempSync(join(tmpdir(), 'cpu-prof-'));
const t0 = process.hrtime.bigint();
const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...command], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
console.log(`${command.join(' ').slice(0, 160)}: exit ${r.status}, ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s wall`);

function where(url) {
  if (!url) return '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 13).split('/').slice(0, url.slice(nm + 13).startsWith('@') ? 2 : 1).join('/');
  if (url.startsWith('node:')) return url.split('/')[0];
  const m = /\/(src\/[^/]+|rules\/[^/]+|test\/[^/]+)\//.exec(url);
  return m ? m[1] : url.split('/').slice(-2).join('/');
}

for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')).sort()) {
  const p = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const byFn = new Map();
  const byPlace = new Map();
  let total = 0;
  p.samples.forEach((id, i) => {
    const n = nodes.get(id);
    const t = p.timeDeltas[i] ?? 0;
    total += t;
    const cf = n.callFrame;
    const fn = `${cf.functionName || '(anonymous)'} ${cf.url ? `${cf.url.split('/').slice(-2).join('/')}:${cf.lineNumber + 1}` : ''}`.trim();
    byFn.set(fn, (byFn.get(fn) ?? 0) + t);
    const place = cf.url ? where(cf.url) : fn;
    byPlace.set(place, (byPlace.get(place) ?? 0) + t);
  });
  const show = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => `    ${(t / 1e6).toFixed(2).padStart(6)} s ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`).join('\n');
  console.log(`  ${f}: ${(total / 1e6).toFixed(2)} s sampled`);
  console.log(`   by function (self time):\n${show(byFn)}`);
  console.log(`   by package / folder:\n${show(byPlace)}`);
}
rmSync(dir, { recursive: true, force: true });
