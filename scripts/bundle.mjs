// Bundles the compiled entry points (.build/) into dist/ with @vercel/ncc: dist/index.js is what
// action.yml runs, dist/cli.js is the `cloudservice` command. Both must run on a fresh clone with
// no node_modules, so everything they import is inlined.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { source: '.build/src/action/main.js', target: 'index.js' },
  { source: '.build/src/cli/index.js', target: 'cli.js' },
];
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const entry of entries) {
  if (!existsSync(join(root, entry.source))) {
    throw new Error(`${entry.source} is missing: compile first (tsc -p tsconfig.json)`);
  }
  const out = mkdtempSync(join(tmpdir(), 'cloudservice-ncc-'));
  try {
    execFileSync(process.execPath, [ncc, 'build', join(root, entry.source), '-o', out, '--quiet', '--no-source-map-register', '--target', 'es2022'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    for (const name of readdirSync(out)) {
      if (name === 'package.json') continue;
      const target = name === 'index.js' ? entry.target : name;
      if (target !== entry.target && existsSync(join(dist, target))) {
        throw new Error(`bundle asset ${name} of ${entry.source} clashes with another entry's asset`);
      }
      cpSync(join(out, name), join(dist, target), { recursive: true });
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
writeFileSync(join(dist, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
