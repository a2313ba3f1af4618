/** Fuzz target of configuration loading: loadConfig, then EffectiveConfig, then every query. */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { BUILTIN_RULES } from '../../rules/index.js';
import { ConfigError, EffectiveConfig, loadConfig } from '../../src/lint/config.js';
import { Registry } from '../../src/lint/registry.js';
import { expect, preview, type FuzzTarget } from './harness.js';
import { applyMutation, describeMutation, type Mutation } from './mutate.js';

const YAML_TOKENS = [
  '&a ', '*a', '<<: *a\n', '!!binary ', '!!js/function ', '!!python/object ', '!!str ', '!!int ', '? ', '- ', ': ', '{', '}', '[', ']', ',', '|\n', '>\n',
  '\t', '\n  ', '#', '%YAML 1.1\n', '---\n', '...\n', '"\\u0000"', "'", '"', '1e999', '-1e999', '0x7fffffffffffffffffff', '9'.repeat(400), '.nan', '.inf', '~', 'null',
  '\uFEFF', '\u0000', 'rules:\n', 'overrides:\n  - files: ["**"]\n', 'ignore: ["{a,b}{c,d}{e,f}"]\n', 'preset: strict\n',
];

function aliasBomb(depth: number, width: number): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i <= depth; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
  lines.push(`rules: *a${depth}`);
  return lines.join('\n') + '\n';
}

const ruleIds = BUILTIN_RULES.map((r) => r.meta.id);
const level = fc.oneof(fc.constantFrom('off', 'note', 'warning', 'error'), fc.constantFrom('Error', 'warn', '', 'on', 0, 1, true, null));
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom(1e308, -0, Number.MAX_SAFE_INTEGER + 2, 2 ** 64));
const ruleEntry = fc.oneof(
  level,
  fc.tuple(level, fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 3 })),
  fc.record({ level, options: fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 3 }) }, { requiredKeys: [] }),
  anyValue,
);
const ruleId = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ruleIds) }, { weight: 1, arbitrary: fc.string({ maxLength: 16 }) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty') });
const glob = fc.oneof(fc.constantFrom('**', '**/*.cscfg', '{a,b}/**', '[', '!(x)', '**/../**', '{1..99999}', '+(a|b)*', '\\', '*'.repeat(50), `${'{a,b}'.repeat(12)}`, '(?:'), fc.string({ maxLength: 20 }));
const configObject = fc.record(
  {
    preset: fc.oneof(fc.constantFrom('recommended', 'strict'), anyValue),
    rules: fc.oneof(fc.dictionary(ruleId, ruleEntry, { maxKeys: 6 }), anyValue),
    overrides: fc.oneof(
      fc.array(fc.record({ files: fc.oneof(fc.array(glob, { maxLength: 3 }), anyValue), excludedFiles: fc.array(glob, { maxLength: 2 }), rules: fc.dictionary(ruleId, ruleEntry, { maxKeys: 3 }) }, { requiredKeys: [] }), { maxLength: 3 }),
      anyValue,
    ),
    ignore: fc.oneof(fc.array(glob, { maxLength: 4 }), anyValue),
    plugins: fc.oneof(fc.array(fc.string({ maxLength: 10 }), { maxLength: 2 }), anyValue),
    baseline: fc.oneof(fc.string({ maxLength: 20 }), anyValue),
    extra: anyValue,
  },
  { requiredKeys: [] },
);

const mutationOfText = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), text: fc.oneof(fc.constantFrom(...YAML_TOKENS), fc.string({ maxLength: 8 })) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 1, maxLength: 3 }), xor: fc.array(fc.integer({ min: 1, max: 255 }), { minLength: 3, maxLength: 3 }) }),
);

interface ConfigCase {
  readonly json: boolean;
  readonly source: { readonly kind: 'object'; readonly value: unknown } | { readonly kind: 'bomb'; readonly depth: number; readonly width: number } | { readonly kind: 'text'; readonly text: string };
  readonly mutations: Mutation[];
  readonly probes: { readonly rule: string; readonly file: string }[];
}

let registry: Registry | undefined;
let work: string | undefined;
let caseNo = 0;

/** The text of the configuration file of a case. */
function configText(c: ConfigCase): Buffer {
  let text: string;
  if (c.source.kind === 'bomb') text = aliasBomb(c.source.depth, c.source.width);
  else if (c.source.kind === 'text') text = c.source.text;
  else {
    try {
      text = c.json ? JSON.stringify(c.source.value, null, 2) ?? 'null' : stringify(c.source.value);
    } catch {
      text = String(c.source.value);
    }
  }
  return c.mutations.reduce<Buffer>((b, m) => applyMutation(b, m), Buffer.from(text, 'utf8'));
}

export const configLoading: FuzzTarget<ConfigCase, string> = {
  name: 'config: random and mutated YAML and JSON',
  arbitrary: fc.record({
    json: fc.boolean(),
    source: fc.oneof(
      { weight: 6, arbitrary: fc.record({ kind: fc.constant('object' as const), value: configObject }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('bomb' as const), depth: fc.integer({ min: 1, max: 12 }), width: fc.integer({ min: 2, max: 12 }) }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('text' as const), text: fc.string({ unit: 'binary', maxLength: 300 }) }) },
    ),
    mutations: fc.array(mutationOfText, { maxLength: 3 }),
    probes: fc.array(fc.record({ rule: ruleId, file: fc.oneof(fc.constantFrom('ServiceDefinition.csdef', 'a/b/ServiceConfiguration.Cloud.cscfg', '', '.', '../x'), fc.string({ maxLength: 30 })) }), { maxLength: 4 }),
  }),
  setup: async () => {
    registry = new Registry(BUILTIN_RULES);
    work = mkdtempSync(join(tmpdir(), 'fuzz-config-'));
  },
  teardown: async () => {
    if (work) rmSync(work, { recursive: true, force: true });
  },
  prepare: (c) => {
    const file = join(work as string, `case-${caseNo++}${c.json ? '.cloudservice.json' : '.cloudservice.yml'}`);
    writeFileSync(file, configText(c));
    return file;
  },
  check: (file, c) => {
    try {
      let config: EffectiveConfig;
      try {
        config = new EffectiveConfig(loadConfig(file), registry as Registry);
      } catch (e) {
        expect(e instanceof ConfigError, `threw ${(e as Error)?.constructor?.name}: ${(e as Error)?.message}, not a ConfigError`);
        expect((e as Error).message.startsWith(file), `the error does not name the file: ${(e as Error).message}`);
        return;
      }
      for (const p of c.probes) {
        config.settingFor(p.rule, p.file);
        config.settingFor(p.rule);
        config.mayRun(p.rule);
        config.isIgnored(p.file);
      }
      JSON.stringify(config.toJSON());
    } finally {
      rmSync(file, { force: true });
    }
  },
  describe: (c) => `${c.json ? 'json' : 'yaml'} ${preview(configText(c).toString('utf8'), 160)} ← ${c.mutations.map(describeMutation).join(' ; ') || 'unmutated'}`,
};
