// Writes the generated documentation from the compiled sources (default .build/): one page per
// rule in docs/rules/, the rule index docs/rules/README.md, and schema/cloudservice.schema.json.
// `--check` writes nothing and exits 1 when any of them differs from what is committed.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const build = resolve(root, args.find((a) => !a.startsWith('--')) ?? '.build');
const imp = (p) => import(pathToFileURL(join(build, p)).href);

const { BUILTIN_RULES } = await imp('rules/index.js');
const { Registry } = await imp('src/lint/registry.js');
const { CONFIG_SCHEMA } = await imp('src/lint/config-schema.js');
const { ruleMarkdown, rulesMarkdown } = await imp('src/report/rules-list.js');

const registry = new Registry(BUILTIN_RULES);
const rules = registry.all();
const wanted = new Map();
wanted.set('docs/rules/README.md', rulesMarkdown(rules));
for (const r of rules) wanted.set(`docs/rules/${r.rule.meta.id}.md`, ruleMarkdown(r));
wanted.set('schema/cloudservice.schema.json', JSON.stringify(CONFIG_SCHEMA, null, 2) + '\n');

const stale = [];
for (const [rel, text] of wanted) {
  const file = join(root, rel);
  const have = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (have !== text) stale.push(rel);
}
const docsDir = join(root, 'docs', 'rules');
const extra = existsSync(docsDir)
  ? readdirSync(docsDir).map((f) => `docs/rules/${f}`).filter((rel) => !wanted.has(rel))
  : [];
if (check) {
  if (stale.length || extra.length) {
    for (const s of stale) console.error(`stale: ${s}`);
    for (const s of extra) console.error(`no rule for: ${s}`);
    console.error('run: npm run build:ts && node scripts/gen-docs.mjs');
    process.exit(1);
  }
  console.log(`generated docs are up to date (${rules.length} rules)`);
} else {
  for (const rel of extra) rmSync(join(root, rel));
  for (const [rel, text] of wanted) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  console.log(`wrote ${wanted.size} files (${rules.length} rules)`);
}
