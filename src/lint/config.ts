import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { loadAjv, loadPicomatch, loadYaml } from './lazy-deps.js';
import type { Registry } from './registry.js';
import type { LevelSetting, Preset } from './rule-api.js';

export const CONFIG_NAMES = ['.cloudservice.yml', '.cloudservice.yaml', '.cloudservice.json'] as const;

export class ConfigError extends Error {}

type RuleEntry = LevelSetting | [LevelSetting, Record<string, unknown>?] | { level?: LevelSetting; options?: Record<string, unknown> };

export interface ConfigInput {
  preset?: Preset;
  rules?: Record<string, RuleEntry>;
  overrides?: { files: string[]; excludedFiles?: string[]; rules?: Record<string, RuleEntry> }[];
  ignore?: string[];
  plugins?: string[];
  baseline?: string;
}

export interface LoadedConfig {
  /** Absolute path of the file read; undefined when none was found (defaults apply). */
  readonly file: string | undefined;
  readonly input: ConfigInput;
  /** Finds the line of a JSON path in the file, for messages. */
  readonly lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** Looks for a configuration file in `start` and its parents, stopping at a repository root. */
export function findConfig(start: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (existsSync(p)) return p;
    }
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

export function loadConfig(file: string | undefined): LoadedConfig {
  if (!file) return { file: undefined, input: {}, lineOf: () => undefined };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new ConfigError(`${file}: cannot read the configuration (${(err as NodeJS.ErrnoException).code ?? err})`);
  }
  const { LineCounter, parseDocument, visit, isAlias, isCollection } = loadYaml();
  const lineCounter = new LineCounter();
  // yaml prints some warnings to the console itself; every problem here is a ConfigError instead.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new ConfigError(`${file}:${line}: the configuration is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(e.message)}`);
  }
  // A list or mapping used as a key (`? [a, b]`, or an alias of one) would become a key such as
  // "[ a, b ]" and be reported as unknown; saying what it is helps more.
  visit(doc, {
    Pair(_, pair) {
      const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
      if (!isCollection(key)) return;
      const at = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
      throw new ConfigError(`${file}:${lineCounter.linePos(at).line}: this key is a list or a mapping; a key must be a plain name, such as preset or a rule id`);
    },
  });
  let input: unknown;
  try {
    input = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    // Aliases are resolved only here: an alias bomb or an alias before its anchor throws.
    throw new ConfigError(`${file}: the configuration is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine((e as Error).message)}`);
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  validateShape(file, input, lineOf);
  return { file, input: input as ConfigInput, lineOf };
}

let shapeValidator: ReturnType<InstanceType<ReturnType<typeof loadAjv>>['compile']> | undefined;

function validateShape(file: string, input: unknown, lineOf: LoadedConfig['lineOf']): void {
  shapeValidator ??= new (loadAjv())({ allErrors: false, strict: false }).compile(CONFIG_SCHEMA);
  if (!shapeValidator(input)) {
    const err = pickError(shapeValidator.errors ?? []);
    const path = pointerToPath(err?.instancePath ?? '');
    // An unknown key is best shown on its own line.
    const extra = err?.keyword === 'additionalProperties' ? (err.params as { additionalProperty: string }).additionalProperty : undefined;
    const line = lineOf(extra === undefined ? path : [...path, extra]) ?? lineOf(path);
    throw new ConfigError(`${file}${line ? `:${line}` : ''}: ${describe(err, path)}`);
  }
}

/** With `oneOf`, the most specific error is the deepest one. */
function pickError(errors: ErrorObject[]): ErrorObject | undefined {
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}

function describe(err: ErrorObject | undefined, path: (string | number)[]): string {
  if (!err) return 'the configuration is not valid';
  const where = path.length ? path.join('.') : 'the configuration';
  if (err.keyword === 'additionalProperties') {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    return path.length ? `${where}: unknown key "${key}"` : `unknown key "${key}"`;
  }
  if (err.keyword === 'enum') return `${where}: must be one of ${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  if (err.keyword === 'oneOf' && path[0] !== undefined && (path[0] === 'rules' || path[0] === 'overrides')) {
    return `${where}: must be off, note, warning or error; [level, options]; or { level, options }`;
  }
  return `${where}: ${err.message ?? 'is not valid'}`;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

export interface RuleSetting {
  readonly level: LevelSetting;
  readonly options: Record<string, unknown>;
}

interface CompiledOverride {
  readonly match: (file: string) => boolean;
  readonly rules: Map<string, { level?: LevelSetting; options?: Record<string, unknown> }>;
}

/** The configuration applied to a registry: the level and options of any rule for any file. */
export class EffectiveConfig {
  readonly preset: Preset;
  readonly ignorePatterns: readonly string[];
  private readonly base = new Map<string, RuleSetting>();
  private readonly overrides: CompiledOverride[] = [];
  private readonly ignoreMatch: (p: string) => boolean;
  private readonly cache = new Map<string, RuleSetting>();

  constructor(
    readonly loaded: LoadedConfig,
    readonly registry: Registry,
    extraIgnore: readonly string[] = [],
  ) {
    const input = loaded.input;
    this.preset = input.preset ?? 'recommended';
    this.ignorePatterns = [...(input.ignore ?? []), ...extraIgnore];
    this.ignoreMatch = this.ignorePatterns.length
      ? loadPicomatch()(this.ignorePatterns as string[], { dot: true })
      : () => false;
    for (const { rule } of registry.all()) {
      const m = rule.meta;
      const level: LevelSetting = this.preset === 'strict' || m.recommended ? m.defaultLevel : 'off';
      this.base.set(m.id, { level, options: { ...(rule.defaultOptions ?? {}) } });
    }
    for (const [id, entry] of Object.entries(input.rules ?? {})) {
      const e = normalise(entry);
      this.requireRule(id, ['rules', id]);
      const prev = this.base.get(id)!;
      this.base.set(id, { level: e.level ?? prev.level, options: { ...prev.options, ...(e.options ?? {}) } });
    }
    (input.overrides ?? []).forEach((o, i) => {
      const picomatch = loadPicomatch();
      const include = picomatch(o.files, { dot: true });
      const exclude = o.excludedFiles?.length ? picomatch(o.excludedFiles, { dot: true }) : () => false;
      const rules = new Map<string, { level?: LevelSetting; options?: Record<string, unknown> }>();
      for (const [id, entry] of Object.entries(o.rules ?? {})) {
        this.requireRule(id, ['overrides', i, 'rules', id]);
        rules.set(id, normalise(entry));
      }
      this.overrides.push({ match: (f) => include(f) && !exclude(f), rules });
    });
    this.validateOptions();
  }

  private requireRule(id: string, path: (string | number)[]): void {
    if (!this.registry.has(id)) {
      const line = this.loaded.lineOf(path);
      throw new ConfigError(
        `${this.loaded.file ?? 'configuration'}${line ? `:${line}` : ''}: unknown rule "${id}"; \`cloudservice rules\` lists every rule (rule-pack rules need their pack in "plugins")`,
      );
    }
  }

  private validateOptions(): void {
    let ajv: InstanceType<ReturnType<typeof loadAjv>> | undefined;
    const check = (id: string, options: Record<string, unknown>, path: (string | number)[], configured: boolean): void => {
      const registered = this.registry.get(id);
      const schema = registered?.rule.meta.optionsSchema;
      const hasOptions = Object.keys(options).length > 0;
      if (!schema) {
        const given = this.loaded.input.rules?.[id];
        if (hasOptions && given && typeof given !== 'string') {
          const line = this.loaded.lineOf(path);
          throw new ConfigError(`${this.loaded.file ?? 'configuration'}${line ? `:${line}` : ''}: rule ${id} takes no options`);
        }
        return;
      }
      // Built-in defaults are checked against their schemas by the test suite (meta.test), so
      // only options a configuration gives, and rule packs' defaults, need Ajv at run time.
      if (!configured && registered?.origin === 'builtin') return;
      ajv ??= new (loadAjv())({ allErrors: false, strict: false, useDefaults: false });
      const validate = ajv.compile(schema);
      if (!validate(options)) {
        const err = pickError(validate.errors ?? []);
        const line = this.loaded.lineOf(path);
        const where = `${id} options${err?.instancePath ? err.instancePath.replace(/\//g, '.') : ''}`;
        throw new ConfigError(
          `${this.loaded.file ?? 'configuration'}${line ? `:${line}` : ''}: ${where}: ${err?.keyword === 'additionalProperties' ? `unknown option "${(err.params as { additionalProperty: string }).additionalProperty}"` : (err?.message ?? 'not valid')}`,
        );
      }
    };
    const given = this.loaded.input.rules ?? {};
    for (const [id, s] of this.base) {
      const entry = Object.hasOwn(given, id) ? given[id] : undefined;
      check(id, s.options, ['rules', id], entry !== undefined && normalise(entry).options !== undefined);
    }
    this.overrides.forEach((o, i) => {
      for (const [id, e] of o.rules) {
        if (e.options) check(id, { ...this.base.get(id)!.options, ...e.options }, ['overrides', i, 'rules', id], true);
      }
    });
  }

  /** True when the file (repository-relative, POSIX) or a folder above it is ignored. */
  isIgnored(relPath: string): boolean {
    return this.ignoreMatch(relPath);
  }

  /** The rule's level and options for one file; without a file, the top-level setting. */
  settingFor(id: string, file?: string): RuleSetting {
    const base = this.base.get(id) ?? { level: 'off' as const, options: {} };
    if (file === undefined || this.overrides.length === 0) return base;
    const key = `${id}\u0000${file}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let level = base.level;
    let options = base.options;
    for (const o of this.overrides) {
      const e = o.rules.get(id);
      if (e && o.match(file)) {
        level = e.level ?? level;
        if (e.options) options = { ...options, ...e.options };
      }
    }
    const s = { level, options };
    this.cache.set(key, s);
    return s;
  }

  /** True when the rule is on for at least one file. */
  mayRun(id: string): boolean {
    if (this.base.get(id)?.level !== 'off') return true;
    return this.overrides.some((o) => {
      const e = o.rules.get(id);
      return e?.level !== undefined && e.level !== 'off';
    });
  }

  /** A plain object for `--print-config` and the job summary. */
  toJSON(): Record<string, unknown> {
    const rules: Record<string, unknown> = {};
    for (const [id, s] of [...this.base].sort(([a], [b]) => (a < b ? -1 : 1))) {
      rules[id] = Object.keys(s.options).length ? [s.level, s.options] : s.level;
    }
    return {
      file: this.loaded.file ?? null,
      preset: this.preset,
      plugins: this.loaded.input.plugins ?? [],
      ignore: this.ignorePatterns,
      baseline: this.loaded.input.baseline ?? null,
      rules,
      overrides: this.loaded.input.overrides ?? [],
    };
  }
}

function normalise(entry: RuleEntry): { level?: LevelSetting; options?: Record<string, unknown> } {
  if (typeof entry === 'string') return { level: entry };
  if (Array.isArray(entry)) return entry[1] ? { level: entry[0], options: entry[1] } : { level: entry[0] };
  return entry;
}
