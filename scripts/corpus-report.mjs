// Lints the real-world corpus (../shared/corpus/service-files) with every rule and writes
// docs/corpus-report.md: finding counts per rule, a comparison with the prevalence table of the
// rule catalog (§6), and the hand audit of three sampled findings per rule that fires.
//
//   node scripts/corpus-report.mjs [buildDir] [--check] [--samples] [--corpus=<dir>]
//
// buildDir is the compiled tree (default .build, from `npm run build:ts`). The explanations of the
// differences live in docs/corpus-report.notes.json and the audit verdicts in docs/corpus-audit.json;
// both are read, never written. `--check` writes nothing and exits 1 when the report would change;
// `--samples` also prints every sampled finding as JSON, for the audit.
// Either way the exit code is 1 when a sampled finding has no verdict, a verdict names a finding
// that is no longer sampled, or a difference over 20% has no explanation.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const build = resolve(root, args.find((a) => !a.startsWith('--')) ?? '.build');
const corpusArg = args.find((a) => a.startsWith('--corpus='));
const corpus = resolve(root, corpusArg ? corpusArg.slice('--corpus='.length) : join('..', 'shared', 'corpus', 'service-files'));
const imp = (p) => import(pathToFileURL(join(build, p)).href);

const REPORT = 'docs/corpus-report.md';
const NOTES = 'docs/corpus-report.notes.json';
const AUDIT = 'docs/corpus-audit.json';
/** The comparison date for CSCFG-remote-access-expiration, so that the report does not age. */
const TODAY = '2026-11-01';
const SAMPLES = 3;
const THRESHOLD = 0.2;

const { BUILTIN_RULES } = await imp('rules/index.js');
const { Registry } = await imp('src/lint/registry.js');
const { EffectiveConfig } = await imp('src/lint/config.js');
const { lint } = await imp('src/lint/engine.js');

const problems = [];

// ---------------------------------------------------------------- inputs

const manifest = readManifest(join(corpus, 'MANIFEST.tsv'));
const rowOf = new Map(manifest.map((r) => [r.file, r]));
const notes = readJson(NOTES, { comparison: {}, silent: {} });
const audit = readJson(AUDIT, {});

const registry = new Registry(BUILTIN_RULES);
const rules = registry.all().map((r) => r.rule.meta);
const configInput = {
  preset: 'strict',
  rules: { 'CSCFG-remote-access-expiration': { options: { today: TODAY } } },
};
const config = new EffectiveConfig({ file: undefined, input: configInput, lineOf: () => undefined }, registry);
const result = lint({ root: corpus, paths: ['.'], config, now: new Date(`${TODAY}T00:00:00Z`) });

const authored = (file) => {
  const r = rowOf.get(file);
  return !!r && r.build_output === 'no' && r.dup_of === '';
};
const repoOf = (file) => rowOf.get(file)?.repository ?? file.split('/')[0];

// Model facts for the denominators, one entry per file.
const definitions = new Map();
const configurations = new Map();
for (const s of result.services) {
  if (s.definition) definitions.set(s.definition.file, s.definition);
  for (const c of s.configurations) configurations.set(c.file, c);
}

// ---------------------------------------------------------------- counts per rule

const byRule = new Map(rules.map((m) => [m.id, []]));
for (const f of result.findings) {
  if (!byRule.has(f.ruleId)) byRule.set(f.ruleId, []);
  byRule.get(f.ruleId).push(f);
}
const stats = new Map();
for (const [id, list] of byRule) {
  const own = list.filter((f) => authored(f.file));
  stats.set(id, {
    all: list.length,
    authored: own.length,
    repos: new Set(own.map((f) => repoOf(f.file))).size,
    files: new Set(own.map((f) => f.file)).size,
  });
}
const metaOf = new Map(rules.map((m) => [m.id, m]));
const firing = [...byRule.keys()].filter((id) => stats.get(id).all > 0).sort();
const silent = rules.map((m) => m.id).filter((id) => stats.get(id).all === 0);

// ---------------------------------------------------------------- populations

const authoredRows = manifest.filter((r) => authored(r.file));
const isLocalCfg = (file) => configurations.get(file)?.isLocal ?? false;
// Repositories with a service file at their root: how §6 found most of its sample (exact-path queries).
const rootRepos = new Set(manifest.filter((r) => !r.path.includes('/')).map((r) => r.repository));

/** The populations and findings of the authored files, over the repositories `keep` accepts. */
function view(keep) {
  const rows = authoredRows.filter((r) => keep(r.repository));
  const reposWith = (pred) => new Set(rows.filter(pred).map((r) => r.repository));
  const v = {
    repos: new Set(rows.map((r) => r.repository)),
    cscfgRepos: reposWith((r) => r.kind === 'cscfg'),
    csdefRepos: reposWith((r) => r.kind === 'csdef'),
    cscfgFiles: rows.filter((r) => r.kind === 'cscfg'),
    nonLocalFiles: rows.filter((r) => r.kind === 'cscfg' && !isLocalCfg(r.file)),
    csdefFiles: rows.filter((r) => r.kind === 'csdef'),
    roles: 0,
    thumbprints: 0,
    own: (id, pred = () => true) => byRule.get(id).filter((f) => authored(f.file) && keep(repoOf(f.file)) && pred(f)),
  };
  v.NC = v.cscfgRepos.size;
  v.ND = v.csdefRepos.size;
  for (const [file, def] of definitions) {
    if (authored(file) && keep(repoOf(file))) v.roles += def.roles.filter((r) => r.kind !== 'VirtualMachineRole').length;
  }
  for (const [file, cfg] of configurations) {
    if (!authored(file) || !keep(repoOf(file))) continue;
    for (const r of cfg.roles) v.thumbprints += r.certificates.filter((c) => (c.thumbprint ?? '').trim() !== '').length;
  }
  return v;
}
const pop = view(() => true);
const rootPop = view((repo) => rootRepos.has(repo));
pop.allRepos = new Set(manifest.map((r) => r.repository));

const repoCount = (list) => new Set(list.map((f) => repoOf(f.file))).size;
const fileCount = (list) => new Set(list.map((f) => f.file)).size;
const inNonLocal = (f) => rowOf.get(f.file)?.kind === 'cscfg' && !isLocalCfg(f.file);
const inLocal = (f) => rowOf.get(f.file)?.kind === 'cscfg' && isLocalCfg(f.file);
const inCsdef = (f) => rowOf.get(f.file)?.kind === 'csdef';

// §6 rows a rule covers: the catalog's figure and ours, counted over authored files the same way.
// `six` is [count, population, what]; `ours(v)` gives the same for a view of the corpus.
const COMPARISONS = [
  {
    id: 'emulator-storage-repos',
    finding: 'Emulator storage in non-Local cscfg (CSCFG-011)',
    rules: ['CSCFG-emulator-storage'],
    six: [74, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('CSCFG-emulator-storage')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'emulator-storage-settings',
    finding: 'Emulator storage in non-Local cscfg: settings',
    rules: ['CSCFG-emulator-storage'],
    six: [162, 160, 'settings per repo with a cscfg'],
    ours: (v) => [v.own('CSCFG-emulator-storage').length, v.NC, 'settings per repo with an authored cscfg'],
  },
  {
    id: 'storage-key-repos',
    finding: 'Real storage key in Cloud/production cscfg (SEC-001)',
    rules: ['SEC-storage-account-key'],
    six: [17, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('SEC-storage-account-key', inNonLocal)), v.NC, 'repos, non-Local cscfg'],
  },
  {
    id: 'storage-key-settings',
    finding: 'Real storage key in Cloud/production cscfg: settings',
    rules: ['SEC-storage-account-key'],
    six: [27, 160, 'settings per repo with a cscfg'],
    ours: (v) => [v.own('SEC-storage-account-key', inNonLocal).length, v.NC, 'settings per repo, non-Local cscfg'],
  },
  {
    id: 'storage-key-local-repos',
    finding: 'Real storage key in a Local cscfg (SEC-001)',
    rules: ['SEC-storage-account-key'],
    six: [7, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('SEC-storage-account-key', inLocal)), v.NC, 'repos, Local cscfg'],
  },
  {
    id: 'placeholder-repos',
    finding: 'Placeholder keys ($storageKey$, etc.) (SEC-009)',
    rules: ['SEC-placeholder-secret'],
    six: [10, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('SEC-placeholder-secret')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'plaintext-secret-repos',
    finding: 'SQL password in cscfg (SEC-002)',
    rules: ['SEC-plaintext-secret'],
    six: [2, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('SEC-plaintext-secret')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'rdp-enabled-repos',
    finding: 'RDP plugin enabled in Cloud cscfg (SEC-003)',
    rules: ['SEC-rdp-plugin-enabled'],
    six: [16, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('SEC-rdp-plugin-enabled')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'rdp-import-repos',
    finding: 'Import RemoteAccess (CSES-006)',
    rules: ['CSES-rdp-plugin'],
    six: [21, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('CSES-rdp-plugin', (f) => inCsdef(f) && /RemoteAccess plug-in/.test(f.message))), v.ND, 'repos with an authored csdef'],
  },
  {
    id: 'elevated-task-repos',
    finding: 'Elevated startup tasks (SEC-004): repos',
    rules: ['SEC-elevated-startup-task'],
    six: [53, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('SEC-elevated-startup-task')), v.ND, 'repos with an authored csdef'],
  },
  {
    id: 'elevated-task-tasks',
    finding: 'Elevated startup tasks (SEC-004): tasks',
    rules: ['SEC-elevated-startup-task'],
    six: [93, 161, 'tasks per repo with a csdef'],
    ours: (v) => [v.own('SEC-elevated-startup-task').length, v.ND, 'tasks per repo with an authored csdef'],
  },
  {
    id: 'elevated-runtime-repos',
    finding: 'Elevated role runtime (SEC-005)',
    rules: ['SEC-elevated-runtime'],
    six: [8, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('SEC-elevated-runtime')), v.ND, 'repos with an authored csdef'],
  },
  {
    id: 'http-only-repos',
    finding: 'HTTP-only web roles (SEC-006)',
    rules: ['SEC-http-only-web-role'],
    six: [114, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('SEC-http-only-web-role')), v.ND, 'repos with an authored csdef'],
  },
  {
    id: 'single-instance-repos',
    finding: 'Instances count = 1 in non-Local cscfg (CSCFG-007)',
    rules: ['CSCFG-single-instance'],
    six: [146, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('CSCFG-single-instance')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'retired-os-family-files',
    finding: 'osFamily retired (1–4) or missing (CSES-005)',
    rules: ['CSES-retired-os-family'],
    six: [238, 310, 'cscfg files (4:90, 2:68, 1:39, 3:34, missing 7)'],
    ours: (v) => [fileCount(v.own('CSES-retired-os-family')), v.nonLocalFiles.length, 'authored non-Local cscfg files'],
  },
  {
    id: 'pinned-os-version-files',
    finding: 'osVersion pinned (CSCFG-005)',
    rules: ['CSCFG-pinned-os-version'],
    six: [0, 310, 'cscfg files'],
    ours: (v) => [fileCount(v.own('CSCFG-pinned-os-version')), v.cscfgFiles.length, 'authored cscfg files'],
  },
  {
    id: 'legacy-vm-size-roles',
    finding: 'vmsize legacy or missing (CSES-004)',
    rules: ['CSES-legacy-vm-size'],
    six: [206, 260, 'roles (Small 124, ExtraSmall 49, other legacy 7, missing 26)'],
    ours: (v) => [v.own('CSES-legacy-vm-size').length, v.roles, 'roles in authored csdefs'],
  },
  {
    id: 'vnet-missing-files',
    finding: 'No VNet in non-Local cscfg (CSES-001)',
    rules: ['CSES-virtual-network-missing'],
    six: [160, 176, 'non-Local cscfg files (16 declare one)'],
    ours: (v) => [fileCount(v.own('CSES-virtual-network-missing')), v.nonLocalFiles.length, 'authored non-Local cscfg files'],
  },
  {
    id: 'diagnostics-import-repos',
    finding: 'Diagnostics plugin import (CSES-007)',
    rules: ['CSES-diagnostics-plugin'],
    six: [30, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('CSES-diagnostics-plugin')), v.ND, 'repos with an authored csdef'],
  },
  {
    id: 'caching-import-repos',
    finding: 'Caching import (CSDEF-017)',
    rules: ['CSDEF-retired-import'],
    six: [2, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('CSDEF-retired-import', (f) => /Caching/.test(f.message))), v.ND, 'repos with an authored csdef'],
  },
  {
    id: 'lowercase-thumbprint',
    finding: 'Certificate thumbprints: lowercase (CSCFG-008)',
    rules: ['CSCFG-lowercase-thumbprint'],
    six: [5, 58, 'thumbprints'],
    ours: (v) => [v.own('CSCFG-lowercase-thumbprint').length, v.thumbprints, 'non-empty thumbprints in authored cscfgs'],
  },
  {
    id: 'certificate-missing-repos',
    finding: 'csdef cert with no cscfg thumbprint (XREF-007)',
    rules: ['XREF-certificate-missing'],
    six: [12, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('XREF-certificate-missing')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'service-name-mismatch',
    finding: 'serviceName mismatch (XREF-001)',
    rules: ['XREF-service-name-mismatch'],
    six: [1, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('XREF-service-name-mismatch')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'role-not-in-definition',
    finding: 'cscfg roles but empty csdef (XREF-003)',
    rules: ['XREF-role-not-in-definition'],
    six: [1, 160, 'repos with a cscfg'],
    ours: (v) => [repoCount(v.own('XREF-role-not-in-definition')), v.NC, 'repos with an authored cscfg'],
  },
  {
    id: 'setting-not-declared',
    finding: 'Undeclared setting, Import-aware (XREF-004)',
    rules: ['XREF-setting-not-declared'],
    six: [0, 169, 'project dirs (39 with the naive check, all false positives)'],
    ours: (v) => [new Set(v.own('XREF-setting-not-declared').map((f) => dirname(rowOf.get(f.file)?.path ?? f.file) + '\u0000' + repoOf(f.file))).size, v.csdefFiles.length, 'project dirs (authored csdefs)'],
  },
  {
    id: 'source-directory-absolute',
    finding: 'Absolute SourceDirectory paths committed (PKG-008)',
    rules: ['PKG-source-directory-absolute'],
    six: [3, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('PKG-source-directory-absolute')), v.ND, 'repos with an authored csdef'],
  },
  {
    id: 'local-storage-exceeds',
    finding: 'LocalStorage exceeding size (CSDEF-007)',
    rules: ['CSDEF-local-storage-exceeds-disk'],
    six: [0, 161, 'repos with a csdef'],
    ours: (v) => [repoCount(v.own('CSDEF-local-storage-exceeds-disk')), v.ND, 'repos with an authored csdef'],
  },
];
// §6 rows about files the corpus does not hold (.ccproj, .cmd, role folders).
const NOT_COMPARABLE = [
  ['Startup task file not in repo (PKG-004): 11/89 tasks', 'PKG-startup-task-file-missing'],
  ['startup*.cmd without explicit `exit /b` (PKG-006): 15/24', 'PKG-startup-script-exit-code'],
  ['.cmd with UTF-8 BOM (PKG-005): 1/212', 'PKG-startup-script-byte-order-mark'],
  ['ccproj points at missing cscfg (PKG-001): 6 ccproj', 'PKG-project-file-missing'],
  ['ccproj without a Cloud cscfg (PKG-003): 9 ccproj', 'PKG-no-cloud-configuration'],
];

const rateOf = (n, d) => (d ? n / d : 0);
const ratioOf = (ours, six) => (six === 0 ? (ours === 0 ? 1 : Infinity) : ours / six);
const compared = COMPARISONS.map((c) => {
  for (const r of c.rules) if (!metaOf.has(r)) problems.push(`comparison ${c.id}: unknown rule ${r}`);
  const [n, d, what] = c.ours(pop);
  const [rn, rd] = c.ours(rootPop);
  const sixRate = c.six[0] / c.six[1];
  const ourRate = rateOf(n, d);
  const rootRate = rateOf(rn, rd);
  const ratio = ratioOf(ourRate, sixRate);
  const over = Math.abs(ratio - 1) > THRESHOLD;
  const note = notes.comparison?.[c.id];
  if (over && !note) problems.push(`comparison ${c.id}: a difference over 20% (ratio ${fmtRatio(ratio)}) has no explanation in ${NOTES}`);
  return { ...c, n, d, what, rn, rd, sixRate, ourRate, rootRate, ratio, rootRatio: ratioOf(rootRate, sixRate), over, note };
});
for (const id of Object.keys(notes.comparison ?? {})) {
  if (!COMPARISONS.some((c) => c.id === id)) problems.push(`${NOTES}: explanation for unknown comparison "${id}"`);
}

// ---------------------------------------------------------------- the audit sample

const hash = (s) => createHash('sha256').update(s).digest('hex');
const sampleOf = new Map();
for (const id of firing) {
  // One candidate per file and line; authored files first, build output only to fill up.
  const seen = new Set();
  const candidates = [];
  for (const f of byRule.get(id)) {
    const k = `${f.file}:${f.startLine}`;
    if (seen.has(k)) continue;
    seen.add(k);
    candidates.push({ f, h: hash(`${id}\u0000${f.file}\u0000${f.startLine}`), own: authored(f.file) });
  }
  candidates.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  const picked = [];
  const repos = new Set();
  for (const pass of [0, 1, 2, 3]) {
    for (const c of candidates) {
      if (picked.length >= SAMPLES) break;
      if (c.own !== (pass < 2) || picked.includes(c)) continue;
      if (pass % 2 === 0 && repos.has(repoOf(c.f.file))) continue;
      picked.push(c);
      repos.add(repoOf(c.f.file));
    }
  }
  sampleOf.set(
    id,
    picked.map((c) => c.f).sort((a, b) => cmp(a.file, b.file) || a.startLine - b.startLine),
  );
}

// Verdicts: each sample needs one; each verdict must name a sampled finding, or be marked fixed
// and name a finding that is no longer reported.
const verdictOf = new Map();
const fixed = [];
for (const [id, entries] of Object.entries(audit)) {
  if (!metaOf.has(id)) {
    problems.push(`${AUDIT}: unknown rule ${id}`);
    continue;
  }
  for (const e of entries) {
    const where = `${AUDIT}: ${id} ${e.file}:${e.line}`;
    if (e.verdict !== 'TP' && e.verdict !== 'FP') problems.push(`${where}: verdict must be "TP" or "FP"`);
    if (!e.note || !String(e.note).trim()) problems.push(`${where}: the note is empty`);
    const reported = byRule.get(id).some((f) => f.file === e.file && f.startLine === e.line);
    if (e.artefact && e.verdict !== 'FP') problems.push(`${where}: only a false positive can be a corpus artefact`);
    if (e.fixed) {
      if (e.verdict !== 'FP') problems.push(`${where}: only a false positive can be marked fixed`);
      if (reported) problems.push(`${where}: marked fixed, but the rule still reports it`);
      fixed.push({ id, ...e });
      continue;
    }
    const sampled = (sampleOf.get(id) ?? []).some((f) => f.file === e.file && f.startLine === e.line);
    if (!sampled) {
      problems.push(`${where}: ${reported ? 'is no longer in the sample' : 'the rule no longer reports this finding'}; remove or update the verdict`);
      continue;
    }
    verdictOf.set(`${id}\u0000${e.file}\u0000${e.line}`, e);
  }
}
const missing = [];
for (const id of firing) {
  for (const f of sampleOf.get(id)) {
    if (!verdictOf.has(`${id}\u0000${f.file}\u0000${f.startLine}`)) missing.push({ id, f });
  }
}
for (const { id, f } of missing) problems.push(`${id} ${f.file}:${f.startLine}: sampled finding has no verdict in ${AUDIT}`);

// ---------------------------------------------------------------- the report

const out = [];
const p = (...lines) => out.push(...lines);
const csdefAll = manifest.filter((r) => r.kind === 'csdef').length;
const cscfgAll = manifest.filter((r) => r.kind === 'cscfg').length;

p(
  '# Corpus report',
  '',
  `<!-- Generated by scripts/corpus-report.mjs from ${NOTES} and ${AUDIT}; do not edit by hand. -->`,
  '',
  'How often each rule fires on real service files, how that compares with the prevalence figures in the rule',
  'catalog (`../shared/docs/rule-catalog.md` §6), and a hand audit of sampled findings.',
  '',
  '## 1. Method',
  '',
  `* **Corpus**: \`../shared/corpus/service-files\`, ${fmt(manifest.length)} files (${fmt(csdefAll)} .csdef, ${fmt(cscfgAll)} .cscfg) from ${fmt(pop.allRepos.size)} public repositories, indexed by \`MANIFEST.tsv\`. It holds service files only: no .ccproj, role projects or startup scripts. Each repository is one folder, with the repository's own folders flattened into the file name (\`src/Web.Cloud/ServiceDefinition.csdef\` is \`src__Web.Cloud__ServiceDefinition.csdef\`; the manifest gives the real path), and ${fmt(manifest.filter((r) => r.from_history === 'yes').length)} files come from older commits of ${fmt(new Set(manifest.filter((r) => r.from_history === 'yes').map((r) => r.repository)).size)} repositories, so a configuration can be paired with a definition of another commit.`,
  `* **Authored files**: the rows whose \`build_output\` is \`no\` and whose \`dup_of\` is empty, i.e. without copies under bin/, obj/, csx/, app.publish/ and without repeated contents: ${fmt(authoredRows.length)} files (${fmt(pop.csdefFiles.length)} .csdef, ${fmt(pop.cscfgFiles.length)} .cscfg, of which ${fmt(pop.nonLocalFiles.length)} are not Local configurations) from ${fmt(pop.repos.size)} repositories; ${fmt(pop.cscfgRepos.size)} of them have an authored .cscfg and ${fmt(pop.csdefRepos.size)} an authored .csdef. This is the population the catalog's §6 counts (it excludes generated folders).`,
  `* **Run**: the whole corpus folder is linted as one tree with the built-in rules in the \`strict\` preset (every rule on, at its default level), the same discovery and pairing as \`cloudservice lint\`. \`CSCFG-remote-access-expiration\` compares with the fixed date ${TODAY} (its \`today\` option) so that the report does not change as time passes.`,
  '* **Reproduce**: `npm run build:ts && node scripts/corpus-report.mjs` (the optional first argument is the build folder, default `.build`). `node scripts/corpus-report.mjs --check` writes nothing and fails when this file is out of date or the audit is incomplete; `test/corpus/report.test.ts` runs it.',
  `* **Explanations** of the differences in §4 are kept in \`${NOTES}\`; the audit verdicts of §5 in \`${AUDIT}\`. The script fails when a difference over 20% has no explanation, a sampled finding has no verdict, or a verdict names a finding that is no longer sampled.`,
  `* **Totals**: ${fmt(result.findings.length)} findings from ${fmt(firing.length)} of ${fmt(rules.length)} rules; ${fmt(result.findings.filter((f) => authored(f.file)).length)} of them in authored files.`,
  '',
  '## 2. Findings per rule',
  '',
  '*All files*: findings over all files. *Authored*: findings in authored files. *Repos* and *Files*: repositories and files with at least one authored finding.',
  '',
  '| Rule | Level | Precision | All files | Authored | Repos | Files |',
  '|---|---|---|---:|---:|---:|---:|',
);
for (const id of firing) {
  const s = stats.get(id);
  const m = metaOf.get(id);
  p(`| [${id}](rules/${id}.md) | ${m?.defaultLevel ?? '—'} | ${m?.precision ?? '—'} | ${fmt(s.all)} | ${fmt(s.authored)} | ${fmt(s.repos)} | ${fmt(s.files)} |`);
}
p('');
p('### Top rules by authored findings', '');
const top = [...firing].sort((a, b) => stats.get(b).authored - stats.get(a).authored || cmp(a, b)).slice(0, 10);
p('| # | Rule | Authored | Repos |', '|---:|---|---:|---:|');
top.forEach((id, i) => p(`| ${i + 1} | ${id} | ${fmt(stats.get(id).authored)} | ${fmt(stats.get(id).repos)} |`));
p('');
p('## 3. Rules that never fire', '');
p(`${silent.length} rules report nothing on the corpus.`, '');
const silentNotes = notes.silent ?? {};
const families = [...new Set(silent.map((id) => id.split('-')[0]))];
for (const fam of families) {
  const ids = silent.filter((id) => id.startsWith(`${fam}-`));
  const why = silentNotes[fam];
  p(`* **${fam}** (${ids.length}): ${ids.map((id) => `\`${id}\``).join(', ')}${why ? `. ${note(why)}` : ''}`);
}
for (const key of Object.keys(silentNotes)) {
  if (!families.includes(key)) problems.push(`${NOTES}: note for family "${key}", which has no silent rule`);
}
p('');
p(
  '## 4. Comparison with the catalog (§6)',
  '',
  "Each row is a §6 figure that a rule covers, next to the rule's findings on the authored files counted the same way",
  '(repositories, files, settings or roles, over the matching population). *Ratio* is our rate divided by the §6',
  'rate; every ratio below 0.80 or above 1.20 is explained. The catalog examined 182 repositories, found mostly by',
  'exact-path queries for service files at the repository root, and counted by hand; the corpus has more',
  `repositories and also service files deeper in the tree. *Root repos* repeats our rate over the ${fmt(rootPop.repos.size)}`,
  'repositories with a service file at their root, the part of the corpus that resembles the §6 sample most.',
  '',
  '| §6 finding | Rule | §6 | Ours | Ratio | Root repos (ratio) | Explanation |',
  '|---|---|---|---|---:|---|---|',
);
for (const c of compared) {
  const six = `${fmt(c.six[0])} / ${fmt(c.six[1])} ${c.six[2]} (${pct(c.sixRate)})`;
  const ours = `${fmt(c.n)} / ${fmt(c.d)} ${c.what} (${pct(c.ourRate)})`;
  const root = `${fmt(c.rn)} / ${fmt(c.rd)} (${pct(c.rootRate)}, ${fmtRatio(c.rootRatio)})`;
  const ratio = fmtRatio(c.ratio) + (c.over ? ' ⚠' : '');
  p(`| ${cell(c.finding)} | ${c.rules.map((r) => `\`${r}\``).join(', ')} | ${cell(six)} | ${cell(ours)} | ${ratio} | ${root} | ${note(c.note ?? '')} |`);
}
p('');
p('Not comparable: these §6 rows count files the corpus does not hold (.ccproj, role folders, .cmd scripts), so their rules cannot fire here.', '');
for (const [what, id] of NOT_COMPARABLE) p(`* ${what}: \`${id}\``);
p('');

// Audit.
const totals = firing.map((id) => {
  const vs = sampleOf.get(id).map((f) => verdictOf.get(`${id}\u0000${f.file}\u0000${f.startLine}`));
  return {
    id,
    n: vs.length,
    tp: vs.filter((v) => v?.verdict === 'TP').length,
    fp: vs.filter((v) => v?.verdict === 'FP').length,
    artefact: vs.filter((v) => v?.verdict === 'FP' && v.artefact).length,
    fixed: fixed.filter((x) => x.id === id).length,
  };
});
const sum = (k) => totals.reduce((a, t) => a + t[k], 0);
p(
  '## 5. Hand audit',
  '',
  `For each rule that fires, ${SAMPLES} findings are sampled: ordered by a hash of rule, file and line (so the choice`,
  'does not depend on the order of other findings), taking authored files first and one finding per repository',
  'while that is possible. Each was checked by reading the file against the rule\'s documentation page and the',
  'catalog, and marked **TP** (true positive) or **FP** (false positive). A false positive is either fixed in the',
  'rule (then listed under *Fixed*, and a new sample takes its place) or kept with its reason in the rule\'s help',
  'notes, and the rule\'s precision lowered unless the case is rare in the corpus.',
  '',
  'A false positive marked *corpus artefact* exists only because of how the corpus stores the files: folder',
  'names flattened into file names (so a path under node_modules/ is no longer skipped), no folders or files',
  'besides the service files, or a pair of files taken from different commits. It says nothing about the rule, which',
  'is left unchanged.',
  '',
  `Totals: ${sum('n')} sampled findings, ${sum('tp')} TP, ${sum('fp')} FP (${sum('artefact')} of them corpus artefacts); ${sum('fixed')} earlier false positives fixed in the rules.`,
  '',
  '| Rule | Sampled | TP | FP | of which corpus artefacts | Fixed FP |',
  '|---|---:|---:|---:|---:|---:|',
);
for (const t of totals) p(`| ${t.id} | ${t.n} | ${t.tp} | ${t.fp} | ${t.artefact} | ${t.fixed} |`);
p('');
const sourceCache = new Map();
for (const id of firing) {
  p(`### ${id}`, '');
  for (const f of sampleOf.get(id)) {
    const v = verdictOf.get(`${id}\u0000${f.file}\u0000${f.startLine}`);
    const tag = authored(f.file) ? '' : ' (build output or duplicate)';
    const verdict = v ? `${v.verdict}${v.artefact ? ' (corpus artefact)' : ''}` : 'no verdict';
    p(`* \`${f.file}:${f.startLine}\`${tag}: **${verdict}**${v ? ` — ${note(v.note)}` : ''}`);
    p(`  * message: ${oneLine(escapeMd(f.message))}`);
    p(`  * source: \`${codeSpan(mask(sourceLine(f.file, f.startLine)))}\``);
  }
  for (const x of fixed.filter((e) => e.id === id)) {
    p(`* Fixed: \`${x.file}:${x.line}\`: **FP** — ${note(x.note)} Fix: ${note(x.fixed)}`);
  }
  p('');
}

const text = out.join('\n').replace(/\n+$/, '') + '\n';

// ---------------------------------------------------------------- output

const reportFile = join(root, REPORT);
const have = existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : undefined;
if (check) {
  if (have !== text) problems.push(`${REPORT} is out of date; run: npm run build:ts && node scripts/corpus-report.mjs`);
} else if (have !== text) {
  writeFileSync(reportFile, text);
  console.log(`wrote ${REPORT}`);
}
if (args.includes('--samples')) {
  const all = firing.flatMap((id) => sampleOf.get(id).map((f) => ({ ruleId: id, file: f.file, line: f.startLine, message: f.message, source: sourceLine(f.file, f.startLine) })));
  console.log(JSON.stringify(all, null, 2));
}
for (const { id, f } of missing) {
  console.log(`\nNO VERDICT ${id}\n  ${f.file}:${f.startLine}\n  ${f.message}\n  ${sourceLine(f.file, f.startLine)}`);
}
if (problems.length) {
  for (const msg of problems) console.error(msg);
  process.exit(1);
}
console.log(`${REPORT}: ${result.findings.length} findings, ${firing.length} rules fire, ${sum('n')} sampled (${sum('tp')} TP, ${sum('fp')} FP)`);

// ---------------------------------------------------------------- helpers

function readManifest(file) {
  const [head, ...lines] = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
  const cols = head.split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    const row = {};
    cols.forEach((c, i) => (row[c] = cells[i] ?? ''));
    return row;
  });
}

function readJson(rel, fallback) {
  const file = join(root, rel);
  if (!existsSync(file)) return fallback;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`${rel}: ${err.message}`);
    process.exit(1);
  }
}

function sourceLine(file, line) {
  let lines = sourceCache.get(file);
  if (!lines) {
    const bytes = readFileSync(join(corpus, file));
    let s;
    if (bytes[0] === 0xff && bytes[1] === 0xfe) s = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) s = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    else s = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    lines = s.split(/\r\n|\r|\n/);
    sourceCache.set(file, lines);
  }
  const t = (lines[line - 1] ?? '').trim().replace(/\t/g, ' ');
  return t.length > 200 ? `${t.slice(0, 200)}…` : t;
}

/** Hides secrets that sit in the corpus (account keys, passwords, long base64 strings), as maskSecret does. */
function mask(s) {
  const hide = (v) => (v.length <= 8 ? '****' : `${v.slice(0, 4)}…`);
  return s
    .replace(/((?:AccountKey|SharedAccessKey|SharedSecretValue|Password|Pwd|sig)\s*=\s*)([^;"&]*)/gi, (all, k, v) => (v ? k + hide(v) : all))
    .replace(/(value="\s*)([A-Za-z0-9+/=]{40,})/g, (all, a, v) => (/^[0-9A-Fa-f]+$/.test(v) ? all : a + hide(v)))
    .replace(/(name="[^"]*(?:Password|Secret|Token)[^"]*"\s+value=")([^"]*)/gi, (all, a, v) => (v ? a + hide(v) : all));
}

function cell(s) {
  return String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
/** Free text from the data files, on one line, with what markdown would take for HTML, emphasis or a cell border escaped. */
function note(s) {
  return oneLine(s).replace(/[<>|*]/g, '\\$&');
}
function oneLine(s) {
  return String(s).replace(/\s*\n\s*/g, ' ').trim();
}
function escapeMd(s) {
  return s.replace(/([<>*_`|])/g, '\\$1');
}
function codeSpan(s) {
  return s.replace(/`/g, "'");
}
function fmt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
function pct(r) {
  return `${(r * 100).toFixed(1)}%`;
}
function fmtRatio(r) {
  return r === Infinity ? '∞' : r.toFixed(2);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
