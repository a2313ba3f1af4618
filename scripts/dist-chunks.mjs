// Checks that every chunk an entry of dist/ can load is there, and that nothing else is: a missing
// chunk only fails when a run reaches its import(), which may be a step that rarely runs.
//   node scripts/dist-chunks.mjs [DIST]      prints each entry with its chunks and sizes
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRIES = ['index.js', 'cli.js'];

/** Chunk ids a bundle file loads with import(): `__nccwpck_require__.e(616)` (`__webpack_require__` in a chunk). */
function chunkIds(source) {
  return [...source.matchAll(/__(?:nccwpck|webpack)_require__\.e\((?:\/\*[^*]*\*\/\s*)?(\d+)\)/g)].map((m) => m[1]);
}

/** The entry's chunk file name template, `"" + chunkId + ".index.js"`, as a function. */
function chunkName(source, entry) {
  const m = /__nccwpck_require__\.u = \(chunkId\) => \{[^}]*?return "" \+ chunkId \+ "([^"]+)";/.exec(source);
  if (!m) return undefined;
  if (m[1] !== `.${entry}`) throw new Error(`${entry} names its chunks <id>${m[1]}, not <id>.${entry}: they could clash with another entry's`);
  return (id) => `${id}${m[1]}`;
}

/**
 * Walks each entry's chunk graph in `dist`; throws when a chunk is missing, is not the chunk its
 * name says, or when a chunk file is loaded by no entry. Returns one line per entry and per chunk.
 */
export function checkChunks(dist, entries = ENTRIES) {
  const lines = [];
  const reached = new Set(['package.json']);
  for (const entry of entries) {
    const source = readFileSync(join(dist, entry), 'utf8');
    reached.add(entry);
    lines.push(`${entry}: ${size(join(dist, entry))}`);
    const name = chunkName(source, entry);
    const pending = chunkIds(source);
    if (pending.length && !name) throw new Error(`${entry} loads chunks ${pending.join(', ')} but has no chunk file name template`);
    const seen = new Set();
    while (pending.length) {
      const id = pending.shift();
      if (seen.has(id)) continue;
      seen.add(id);
      const file = name(id);
      if (!existsSync(join(dist, file))) throw new Error(`${entry} loads chunk ${file}, which is missing from ${dist}`);
      const chunk = readFileSync(join(dist, file), 'utf8');
      if (!chunk.startsWith(`export const id = ${id};`)) throw new Error(`${file} is not chunk ${id} of ${entry}`);
      reached.add(file);
      lines.push(`  ${file}: ${size(join(dist, file))}`);
      pending.push(...chunkIds(chunk));
    }
  }
  // Other assets (files a dependency reads at run time) are ncc's business; chunk files are ours.
  const chunkFile = new RegExp(`^\\d+\\.(${entries.map((e) => e.replace(/\./g, '\\.')).join('|')})$`);
  const stray = readdirSync(dist).filter((f) => chunkFile.test(f) && !reached.has(f));
  if (stray.length) throw new Error(`${dist} holds ${stray.join(', ')}, which no entry loads: a stale chunk`);
  return lines;
}

function size(file) {
  return `${statSync(file).size.toLocaleString('en-US')} bytes`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    for (const line of checkChunks(resolve(process.argv[2] ?? 'dist'))) console.log(line);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
