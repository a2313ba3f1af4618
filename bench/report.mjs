#!/usr/bin/env node
// Renders the JSON written by `bench/run.mjs --json` (and `bench/fuzz.mjs --json`) as the
// Markdown tables of BENCHMARKS.md.
//   node bench/report.mjs RUN.json [FUZZ.json …]
import { readFileSync } from 'node:fs';

const [runFile, ...fuzzFiles] = process.argv.slice(2);
const s = (x) => `${x.toFixed(2)} s`;
const mib = (x) => `${x.toFixed(0)} MiB`;
const pass = (ok) => (ok ? 'met' : '**missed**');

if (runFile) {
  const r = JSON.parse(readFileSync(runFile, 'utf8'));
  console.log(`Machine: ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memGiB} GiB, Node ${r.machine.node}; load before ${r.machine.load.map((x) => x.toFixed(2)).join(' ')}, after ${r.loadAfter?.map((x) => x.toFixed(2)).join(' ')}; ${r.rounds} rounds; ${r.started} → ${r.finished}.\n`);
  console.log('| comparison | A | A median | B | B median | A/B | target | |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const row of r.rows) {
    if (row.name.startsWith('package 1 GiB')) {
      console.log(`| ${row.name} (${row.aAll.join(', ')} vs ${row.bAll.join(', ')}) | ${row.a} | ${s(row.aSeconds)} | ${row.b} | ${s(row.bSeconds)} | ${row.ratio.toFixed(2)}× | ≤ 0.75× | ${pass(row.ratio <= 0.75)} |`);
      console.log(`| output size | package | ${row.aBytes} B | zip | ${row.bBytes} B | ${(row.aBytes / row.bBytes).toFixed(4)}× | ≤ 1× | ${pass(row.aBytes <= row.bBytes)} |`);
    } else if (row.name.startsWith('peak memory')) {
      const under = (x) => x.rssMiB * 2 ** 20 <= 150e6;
      const tree = (x, what) => `${what} (${x.files ?? '?'} files)`;
      const rss = (x) => `${x.all ? x.all.map((m) => m.toFixed(0)).join(', ') : x.rssMiB.toFixed(0)} MiB (${s(x.seconds)})`;
      console.log(`| peak RSS of packaging | ${tree(row.oneGiB, '1 GiB tree')} | ${rss(row.oneGiB)} | ${tree(row.fourGiB, '4 GiB tree')} | ${rss(row.fourGiB)} | ${(row.fourGiB.rssMiB / row.oneGiB.rssMiB).toFixed(2)}× | ≤ 150 MB (143 MiB), flat | ${pass(under(row.oneGiB) && under(row.fourGiB))} |`);
      if (row.fourGiBSameFiles) {
        const w = row.fourGiBSameFiles;
        console.log(`| peak RSS of packaging, bytes alone | ${tree(row.oneGiB, '1 GiB tree')} | ${rss(row.oneGiB)} | ${tree(w, '4 GiB tree')} | ${rss(w)} | ${(w.rssMiB / row.oneGiB.rssMiB).toFixed(2)}× | ≤ 150 MB (143 MiB), flat | ${pass(under(w))} |`);
      }
    } else if (row.name.startsWith('lint') || row.name.startsWith('floor')) {
      // The target is for the corpus itself; the other lint rows are there to compare against it.
      const targeted = /^lint the \d+-file corpus/.test(row.name);
      const ok = row.ratio <= 5 && row.aRssMiB <= 300;
      console.log(`| ${row.name} | ${row.a} (peak ${mib(row.aRssMiB)}) | ${s(row.aSeconds)} | ${row.b} (peak ${mib(row.bRssMiB)}) | ${s(row.bSeconds)} | ${row.ratio.toFixed(2)}× | ${targeted ? '≤ 5×, ≤ 300 MB' : '(no target)'} | ${targeted ? pass(ok) : ''} |`);
    } else if (row.name.startsWith('verify')) {
      const t = row.throughputRatio;
      console.log(`| ${row.name}${row.bytes ? ` (${row.bytes} B)` : ''} | ${row.a} (peak ${mib(row.aRssMiB)}) | ${s(row.aSeconds)} | ${row.b} | ${s(row.bSeconds)} | throughput ${t.toFixed(2)}× | ≥ 0.8× | ${row.bytes ? pass(t >= 0.8) : ''} |`);
    } else if (row.name.startsWith('cold start')) {
      console.log(`| ${row.name}, bundle ${(row.bundleBytes / 2 ** 20).toFixed(2)} MiB | ${row.a} (\`${row.firstLine}\`) | ${(row.aSeconds * 1000).toFixed(0)} ms | ${row.b} | ${(row.bSeconds * 1000).toFixed(0)} ms | ${row.ratio.toFixed(2)}× | ≤ 2× | ${pass(row.ratio <= 2)} |`);
    }
  }
}
for (const f of fuzzFiles) {
  const r = JSON.parse(readFileSync(f, 'utf8'));
  for (const t of r.results) {
    console.log(`| ${t.target} | ${t.cases} | ${t.failures.length} | ${t.slowestMs.toFixed(0)} ms | ${(t.totalMs / 1000).toFixed(0)} s | ${t.slowestInput.replace(/\|/g, '\\|').slice(0, 140)} |`);
  }
}
