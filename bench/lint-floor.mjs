#!/usr/bin/env node
// The first steps of a lint and nothing after them, in one fresh process, to show what the
// steps every lint must take cost before a rule runs (BENCHMARKS.md, "What a lint cannot skip").
//   node bench/lint-floor.mjs --stage start|read|parse|discover --build .build --list FILES.txt --root DIR
// start: Node's start and nothing else; read: read every listed file; parse: read and parse each
// with our XML layer (`parseXml`, as a lint does); discover: our discovery over DIR (read, parse,
// bind the service model, pair definitions with configurations), what a lint does before its rules.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    stage: { type: 'string' },
    build: { type: 'string', default: '.build' },
    list: { type: 'string' },
    root: { type: 'string' },
  },
});
const build = resolve(import.meta.dirname, '..', values.build);
const stage = values.stage;
if (!['start', 'read', 'parse', 'discover'].includes(stage ?? '')) throw new Error(`--stage must be start, read, parse or discover, not ${stage}`);

let work = 0;
if (stage === 'read' || stage === 'parse') {
  const files = readFileSync(values.list, 'utf8').split('\n').filter(Boolean);
  const { parseXml } = stage === 'parse' ? await import(join(build, 'src', 'xml', 'index.js')) : {};
  for (const f of files) {
    const bytes = readFileSync(f);
    // Counted so that neither step can be left out as unused.
    work += parseXml ? parseXml(f, bytes).problems.length + 1 : bytes.length;
  }
} else if (stage === 'discover') {
  const { discoverServices } = await import(join(build, 'src', 'model', 'index.js'));
  const { FolderCache } = await import(join(build, 'src', 'model', 'folders.js'));
  const root = resolve(values.root);
  const d = discoverServices(['.'], { root, folders: new FolderCache() });
  work = d.services.length + d.documents.length;
}
// The parent checks this line, so a stage that did nothing cannot pass for a fast one.
process.stdout.write(`${stage} ${work}\n`);
