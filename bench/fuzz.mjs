#!/usr/bin/env node
// Runs every fuzz target of test/fuzz with many more cases than the test suite does.
//   node bench/fuzz.mjs [--runs 10000] [--seed N] [--build .build] [--only xml,model] [--json FILE]
//                       [--minutes M (budget per target)] [--indices 12,345 (re-time only these cases)]
// Prints, per target: cases, failures (with the input that reproduces each), slowest case.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261121' },
    build: { type: 'string', default: '.build' },
    only: { type: 'string' },
    json: { type: 'string' },
    indices: { type: 'string' },
    minutes: { type: 'string' },
  },
});
const root = resolve(import.meta.dirname, '..');
const targets = await import(pathToFileURL(join(root, values.build, 'test', 'fuzz', 'targets.js')).href);
const all = [targets.xmlStrings, targets.xmlBytes, targets.xmlCorpus, targets.modelBinding, targets.configLoading, targets.packageReader];
const chosen = all.filter((t) => !values.only || values.only.split(',').some((o) => t.name.startsWith(o)));
// Re-times chosen cases only (the same inputs: every case is still drawn).
const indices = values.indices ? new Set(values.indices.split(',').map(Number)) : undefined;
const runs = Number(values.runs);
const seed = Number(values.seed);
const results = [];
for (const t of chosen) {
  // A time budget per target, for a machine that cannot give every target its full count.
  const deadline = values.minutes ? performance.now() + Number(values.minutes) * 60_000 : Number.POSITIVE_INFINITY;
  const s = await targets.runTarget(t, runs, seed, indices, deadline);
  results.push(s);
  console.log(`${s.target}: ${s.cases} cases, ${s.failures.length} failure(s), slowest ${s.slowestMs.toFixed(0)} ms, total ${(s.totalMs / 1000).toFixed(1)} s`);
  console.log(`  slowest input: ${s.slowestInput.slice(0, 300)}`);
  for (const f of s.failures.slice(0, 10)) console.log(`  FAIL #${f.index}: ${f.problem}\n    input: ${f.input.slice(0, 400)}`);
}
if (values.json) writeFileSync(values.json, JSON.stringify({ runs, seed, node: process.version, results }, null, 2));
process.exitCode = results.some((r) => r.failures.length) ? 1 : 0;
