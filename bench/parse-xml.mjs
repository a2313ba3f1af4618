#!/usr/bin/env node
// parseXml alone, for one or more compiled trees side by side (in alternation, one fresh process
// per measurement): the 1,256 corpus files (the first pass, as in a lint, then the median of ten
// more) and a generated 17,000-item package manifest (its first parse and the heap its document
// keeps).
//   node bench/parse-xml.mjs [--rounds 5] [--corpus ../shared/corpus] --build .build [--build .build-old]
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    build: { type: 'string', multiple: true, default: ['.build'] },
    rounds: { type: 'string', default: '5' },
    corpus: { type: 'string' },
    child: { type: 'string' },
  },
});
const root = resolve(import.meta.dirname, '..');
const corpus = resolve(values.corpus ?? join(root, '..', 'shared', 'corpus'));

/** A role manifest like those `package` writes and `verify` reads, with `items` files. */
function manifest(items) {
  let s = '\uFEFF<PackageManifest version="2"><Encryption keytype="1" /><Contents hashtype="1">';
  for (let i = 0; i < items; i++) {
    const hash = (BigInt(i) * 0x9e3779b97f4a7c15n).toString(16).toUpperCase().padStart(64, '0').slice(-64);
    const path = `approot/node_modules/pkg${i % 300}/lib/file${i}.js`;
    s += `<Item name="\\${path.replaceAll('/', '\\')}" hash="${hash}" uri="/${path}" created="130123727645441337" modified="130060642520000000" />`;
  }
  return Buffer.from(`${s}</Contents></PackageManifest>`, 'utf8');
}

const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

if (values.child) {
  const { parseXml } = await import(join(resolve(root, values.child), 'src', 'xml', 'index.js'));
  const dir = join(corpus, 'service-files');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name !== 'MANIFEST.tsv')
    .map((d) => readFileSync(join(d.parentPath, d.name)));
  const big = manifest(17_000);
  let t0 = process.hrtime.bigint();
  for (const b of files) parseXml('f', b);
  const first = ms(t0);
  const again = [];
  for (let r = 0; r < 10; r++) {
    t0 = process.hrtime.bigint();
    for (const b of files) parseXml('f', b);
    again.push(ms(t0));
  }
  again.sort((a, b) => a - b);
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  t0 = process.hrtime.bigint();
  const doc = parseXml('m', big);
  const manifestMs = ms(t0);
  globalThis.gc?.();
  const kept = (process.memoryUsage().heapUsed - before) / 2 ** 20;
  if (doc.root?.child('Contents')?.elements.length !== 17_000) throw new Error('the manifest did not parse');
  console.log(JSON.stringify({ files: files.length, first, median: again[5], manifestMs, kept }));
} else {
  const builds = values.build;
  const runs = new Map(builds.map((b) => [b, []]));
  for (let r = 0; r < Number(values.rounds); r++) {
    for (const b of builds) {
      const out = spawnSync(process.execPath, ['--expose-gc', import.meta.filename, '--child', b, '--corpus', corpus], { encoding: 'utf8' });
      if (out.status !== 0) throw new Error(`${b}: ${out.stderr}`);
      runs.get(b).push(JSON.parse(out.stdout));
    }
  }
  const f = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  for (const [b, rs] of runs) {
    console.log(`${b} (${rs[0].files} corpus files)`);
    console.log(`  corpus, first pass:        ${f(rs.map((r) => r.first))} ms`);
    console.log(`  corpus, later (median):    ${f(rs.map((r) => r.median))} ms`);
    console.log(`  17,000-item manifest:      ${f(rs.map((r) => r.manifestMs))} ms, keeps ${f(rs.map((r) => r.kept))} MiB`);
  }
}
