// Writes rules/index.ts: one import per rule module under rules/<family>/, in a fixed order, so
// the built-in rule set is explicit in the source and in the bundle.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const families = ['xml', 'csdef', 'cscfg', 'xref', 'pkg', 'sec', 'cses'];
const imports = [];
const names = [];
for (const family of families) {
  const dir = join(root, 'rules', family);
  let files;
  try {
    if (!statSync(dir).isDirectory()) continue;
    files = readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  } catch {
    continue;
  }
  for (const file of files) {
    const base = file.slice(0, -3);
    const ident = family + base.split('-').map((p) => p[0].toUpperCase() + p.slice(1)).join('');
    imports.push(`import ${ident} from './${family}/${base}.js';`);
    names.push(ident);
  }
}
const text = `/**
 * The built-in rule set, listed explicitly so the bundle holds exactly these rules. Written by
 * scripts/gen-rule-index.mjs; a test checks that it lists every module under rules/<family>/.
 */
import type { Rule } from '../src/lint/rule-api.js';
${imports.join('\n')}

export const BUILTIN_RULES: readonly Rule<any>[] = [
${names.map((n) => `  ${n},\n`).join('')}];
`;
writeFileSync(join(root, 'rules', 'index.ts'), text);
