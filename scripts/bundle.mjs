// Bundles the compiled entry points (.build/) into dist/ with @vercel/ncc: dist/index.js is what
// action.yml runs, dist/cli.js is the `cloudservice` command. Both must run on a fresh clone with
// no node_modules, so everything they import is inlined.
//
// A dynamic import() becomes a chunk file that the entry loads, when it is reached, by a path
// relative to itself. Chunks are named `<id>.<entry>` (616.index.js, 42.cli.js), so the two
// entries' chunks cannot overwrite each other, and each entry's chunk graph is checked to be
// complete in dist/ before the script succeeds.
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkChunks } from './dist-chunks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { source: '.build/src/action/main.js', target: 'index.js' },
  { source: '.build/src/cli/index.js', target: 'cli.js' },
];
const ncc = createRequire(import.meta.url)(join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'index.js'));
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const written = new Map();
for (const entry of entries) {
  if (!existsSync(join(root, entry.source))) {
    throw new Error(`${entry.source} is missing: compile first (tsc -p tsconfig.json)`);
  }
  // `filename` names the entry and, through webpack's chunk filename template, its chunks.
  const { code, assets, symlinks } = await ncc(join(root, entry.source), {
    filename: entry.target,
    quiet: true,
    sourceMapRegister: false,
    target: 'es2022',
  });
  if (Object.keys(symlinks).length) throw new Error(`${entry.source}: ncc emitted symlinks (${Object.keys(symlinks).join(', ')}), which dist/ does not carry`);
  const files = [[entry.target, code], ...Object.entries(assets).filter(([name]) => name !== 'package.json').map(([name, asset]) => [name, asset.source])];
  for (const [name, source] of files) {
    if (written.has(name)) throw new Error(`bundle asset ${name} of ${entry.source} clashes with an asset of ${written.get(name)}`);
    written.set(name, entry.source);
    mkdirSync(dirname(join(dist, name)), { recursive: true });
    writeFileSync(join(dist, name), source);
  }
  // The CLI starts with a shebang and is installed as a command.
  if (code.startsWith('#!')) chmodSync(join(dist, entry.target), 0o755);
}
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');

const report = checkChunks(dist, entries.map((e) => e.target));
for (const line of report) console.log(line);
