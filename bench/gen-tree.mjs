#!/usr/bin/env node
// Writes a role folder shaped like a real Node.js role: thousands of small text files under
// node_modules and a few hundred multi-megabyte binaries that compress about as well as DLLs.
//   node bench/gen-tree.mjs OUT_DIR [--gib 1] [--seed 7]
// Same seed and size, same bytes. A tree of N GiB is N copies of the 1 GiB tree, hard-linked
// (`--gib 4 --from DIR`), which is what the packager reads but costs no disk.
import { existsSync, linkSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { noiseStream, rng } from './prng.mjs';

const WORDS = ('const let var function return if else for while switch case break continue new this class extends ' +
  'import export default from require module exports async await yield typeof instanceof null undefined true false ' +
  'value options callback error result data buffer stream config request response handler listener event emit ' +
  'length push map filter reduce keys assign prototype create define property string number object array promise ' +
  'resolve reject then catch finally throw try index offset state context parent children node element render').split(' ');
const PUNCT = ['(', ')', '{', '}', ';', ',', '.', ' = ', ' === ', ' && ', ' || ', ' + ', '[', ']', ': ', '=> '];

/** JavaScript-looking text: identifiers, punctuation, indentation, a few numbers and strings. */
function textFile(r, size) {
  const parts = [];
  let n = 0;
  let depth = 0;
  while (n < size) {
    let line = '  '.repeat(depth);
    const tokens = r.int(3, 14);
    for (let i = 0; i < tokens; i++) {
      const x = r.next();
      if (x < 0.55) line += r.pick(WORDS);
      else if (x < 0.62) line += r.pick(WORDS) + r.int(0, 99);
      else if (x < 0.67) line += `'${r.pick(WORDS)}-${r.int(0, 9999).toString(36)}'`;
      else if (x < 0.7) line += String(r.int(0, 1 << 20));
      else line += r.pick(PUNCT);
      line += ' ';
    }
    if (r.next() < 0.2 && depth < 6) depth++;
    else if (r.next() < 0.2 && depth > 0) depth--;
    line += '\n';
    parts.push(line);
    n += line.length;
  }
  return Buffer.from(parts.join('')).subarray(0, size);
}

/**
 * A DLL-like binary: headers and zero padding, code-like runs of a small opcode alphabet, string
 * tables, and incompressible sections (embedded compressed resources, signatures). Compresses to
 * about half, as real .NET and native DLLs do.
 */
function binaryFile(r, noise, size) {
  const out = Buffer.alloc(size);
  let at = 0;
  const opcodes = Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 37 + 11) & 0xff));
  while (at < size) {
    const len = Math.min(size - at, r.int(4, 64) * 1024);
    const kind = r.next();
    if (kind < 0.30) noise(len).copy(out, at);
    else if (kind < 0.70) {
      for (let i = 0; i < len; i++) out[at + i] = r.next() < 0.85 ? (opcodes[r.int(0, 47)] ?? 0) : r.int(0, 255);
    } else if (kind < 0.85) textFile(r, len).copy(out, at);
    // else: zero padding (already zero)
    at += len;
  }
  out.write('MZ', 0, 'latin1');
  return out;
}

const EXT = ['js', 'js', 'js', 'js', 'json', 'md', 'ts', 'map', 'cjs', 'mjs', 'txt', 'yml'];

export function generateTree(dir, { seed = 7, targetBytes = 1 << 30, files = 17000 } = {}) {
  const r = rng(seed);
  const noise = noiseStream(seed);
  mkdirSync(dir, { recursive: true });
  const binaries = 180;
  const binaryBytes = Math.round(targetBytes * 0.78);
  const textBytes = targetBytes - binaryBytes;
  const textFiles = files - binaries;
  let written = 0;
  let count = 0;
  // Binaries: sizes spread 1-10 MiB, scaled to the byte budget.
  const bsizes = Array.from({ length: binaries }, () => r.int(1 << 20, 10 << 20));
  const bscale = binaryBytes / bsizes.reduce((a, b) => a + b, 0);
  mkdirSync(join(dir, 'bin'), { recursive: true });
  bsizes.forEach((s, i) => {
    const size = Math.max(4096, Math.round(s * bscale));
    const sub = join(dir, 'bin', i % 3 === 0 ? 'x64' : i % 3 === 1 ? 'x86' : 'native');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `lib${i}.${i % 5 === 0 ? 'exe' : 'dll'}`), binaryFile(r, noise, size));
    written += size;
    count++;
  });
  // Text: node_modules/<pkg>/[lib|dist|src]/..., log-normal sizes scaled to the byte budget.
  const tsizes = Array.from({ length: textFiles }, () => Math.min(512 * 1024, Math.max(40, Math.round(r.logNormal(3000, 1.3)))));
  const tscale = textBytes / tsizes.reduce((a, b) => a + b, 0);
  let pkg = 0;
  let inPkg = 0;
  let pkgDir = '';
  for (let i = 0; i < textFiles; i++) {
    if (inPkg === 0) {
      pkg++;
      inPkg = r.int(5, 120);
      pkgDir = join(dir, 'node_modules', `pkg-${pkg}-${r.pick(WORDS)}`);
    }
    inPkg--;
    const sub = r.pick(['', 'lib', 'dist', 'src', 'lib/util', 'dist/esm', 'test']);
    const folder = join(pkgDir, sub);
    mkdirSync(folder, { recursive: true });
    const size = Math.max(1, Math.round(tsizes[i] * tscale));
    writeFileSync(join(folder, `f${i}-${r.pick(WORDS)}.${r.pick(EXT)}`), textFile(r, size));
    written += size;
    count++;
  }
  return { files: count, bytes: written };
}

/** N hard-linked copies of `from` under `dir/copy-<i>`: N times the bytes to read, none to store. */
export function linkCopies(from, dir, copies) {
  const walk = (src, dst) => {
    mkdirSync(dst, { recursive: true });
    for (const e of readdirSync(src, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(src, e.name), join(dst, e.name));
      else if (!existsSync(join(dst, e.name))) linkSync(join(src, e.name), join(dst, e.name));
    }
  };
  for (let i = 0; i < copies; i++) walk(from, join(dir, `copy-${i}`));
}

export function treeStats(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else {
        files++;
        bytes += statSync(join(d, e.name)).size;
      }
    }
  };
  walk(dir);
  return { files, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { gib: { type: 'string', default: '1' }, seed: { type: 'string', default: '7' }, from: { type: 'string' }, files: { type: 'string' } },
  });
  const out = positionals[0];
  if (!out) throw new Error('usage: gen-tree.mjs OUT_DIR [--gib N] [--seed S] [--from 1GIB_TREE]');
  const gib = Number(values.gib);
  const t = Date.now();
  if (values.from) linkCopies(values.from, out, gib);
  else {
    const files = values.files ? Number(values.files) : Math.round(17000 * Math.min(1, gib));
    generateTree(out, { seed: Number(values.seed), targetBytes: Math.round(gib * 2 ** 30), files });
  }
  const s = treeStats(out);
  console.log(`${relative(process.cwd(), out) || out}: ${s.files} files, ${(s.bytes / 2 ** 20).toFixed(1)} MiB (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
