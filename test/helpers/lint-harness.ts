import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { BUILTIN_RULES } from '../../rules/index.js';
import { EffectiveConfig, type ConfigInput } from '../../src/lint/config.js';
import { lint } from '../../src/lint/engine.js';
import type { Finding } from '../../src/lint/finding.js';
import { Registry } from '../../src/lint/registry.js';
import type { Rule } from '../../src/lint/rule-api.js';

export const DEF_NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';
export const CFG_NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration';

/** A .csdef whose root element is on line 1: the body starts on line 2. */
export function csdef(body: string, attrs = 'name="svc"'): string {
  return `<ServiceDefinition ${attrs} xmlns="${DEF_NS}">\n${body}\n</ServiceDefinition>\n`;
}

/** A .cscfg whose root element is on line 1: the body starts on line 2. */
export function cscfg(body: string, attrs = 'serviceName="svc" osFamily="7" osVersion="*"'): string {
  return `<ServiceConfiguration ${attrs} xmlns="${CFG_NS}">\n${body}\n</ServiceConfiguration>\n`;
}

export type Files = Record<string, string | Uint8Array>;

export interface LintFilesOptions {
  /** Run only these rules (at their default level), or pass a full configuration. */
  readonly only?: readonly string[];
  readonly config?: ConfigInput;
  readonly extraRules?: readonly Rule<any>[];
  readonly now?: Date;
}

/** Writes the files into a fresh folder and lints it the way the CLI does. */
export function lintFiles(files: Files, options: LintFilesOptions = {}): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'cs-lint-'));
  try {
    for (const [rel, content] of Object.entries(files)) {
      const p = join(dir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
    }
    const registry = new Registry(BUILTIN_RULES);
    if (options.extraRules?.length) registry.addPack({ rules: options.extraRules }, 'test-pack');
    let input: ConfigInput = options.config ?? {};
    if (options.only) {
      const rules: Record<string, 'off' | 'note' | 'warning' | 'error'> = {};
      for (const { rule } of registry.all()) rules[rule.meta.id] = options.only.includes(rule.meta.id) ? rule.meta.defaultLevel : 'off';
      input = { ...input, preset: 'strict', rules: { ...rules, ...(input.rules as Record<string, 'off'>) } };
    }
    const config = new EffectiveConfig({ file: undefined, input, lineOf: () => undefined }, registry);
    return lint({ root: dir, paths: ['.'], config, ...(options.now ? { now: options.now } : {}) }).findings;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Expected {
  readonly line: number;
  readonly column: number;
  /** Exact message, or a pattern it must match. */
  readonly message: string | RegExp;
  /** Defaults to the only file with findings. */
  readonly file?: string;
}

export interface Case {
  readonly name: string;
  readonly files: Files;
  readonly config?: ConfigInput;
}

export interface InvalidCase extends Case {
  readonly errors: readonly Expected[];
}

/**
 * Table-driven tests for one rule, in the style of ESLint's RuleTester: valid cases must produce
 * no finding of the rule; invalid ones exactly the listed findings, by line, column and message.
 */
export function ruleTester(ruleId: string, cases: { valid: readonly Case[]; invalid: readonly InvalidCase[] }): void {
  describe(ruleId, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const found = lintFiles(c.files, { only: [ruleId], ...(c.config ? { config: c.config } : {}) }).filter((f) => f.ruleId === ruleId);
        assert.deepEqual(found.map(show), []);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = lintFiles(c.files, { only: [ruleId], ...(c.config ? { config: c.config } : {}) }).filter((f) => f.ruleId === ruleId);
        assert.equal(found.length, c.errors.length, `expected ${c.errors.length} finding(s), got:\n${found.map(show).join('\n')}`);
        c.errors.forEach((e, i) => {
          const f = found[i] as Finding;
          assert.equal(f.ruleId, ruleId);
          if (e.file) assert.equal(f.file, e.file);
          assert.equal(`${f.startLine}:${f.startColumn}`, `${e.line}:${e.column}`, `position of finding ${i}: ${show(f)}`);
          if (typeof e.message === 'string') assert.equal(f.message, e.message);
          else assert.match(f.message, e.message);
        });
      });
    }
  });
}

export function show(f: Finding): string {
  return `${f.file}:${f.startLine}:${f.startColumn} ${f.level} ${f.ruleId} ${f.message}`;
}
