import { dirname, resolve } from 'node:path';
import { BUILTIN_RULES } from '../../rules/index.js';
import { readBaseline, type BaselineFile } from './baseline.js';
import { EffectiveConfig, findConfig, loadConfig } from './config.js';
import { lint, type LintResult } from './engine.js';
import { preloadConfigDeps } from './lazy-deps.js';
import { loadPacks } from './plugins.js';
import { Registry } from './registry.js';

export interface RunLintOptions {
  readonly root: string;
  readonly paths: readonly string[];
  /** Explicit configuration file; otherwise one is looked for from `root` upwards. */
  readonly configFile?: string;
  /** Explicit baseline file; otherwise the configuration's `baseline`, if any. */
  readonly baselineFile?: string;
  /** Skip reading any baseline (used when rewriting it). */
  readonly ignoreBaseline?: boolean;
  readonly now?: Date;
}

export interface RunLintResult extends LintResult {
  readonly config: EffectiveConfig;
  /** The baseline read, with its path, when one applied. */
  readonly baselinePath: string | undefined;
}

/** Loads configuration and rule packs and runs the lint: what the CLI and the action share. */
export async function prepareConfig(root: string, configFile?: string): Promise<EffectiveConfig> {
  const file = configFile ? resolve(root, configFile) : findConfig(root);
  // Without a configuration file there is nothing to parse or validate: skip loading yaml and Ajv.
  if (file) await preloadConfigDeps();
  const loaded = loadConfig(file);
  const registry = new Registry(BUILTIN_RULES);
  const packs = await loadPacks(loaded.input.plugins ?? [], file ? dirname(file) : root);
  for (const p of packs) registry.addPack(p.pack, p.spec);
  return new EffectiveConfig(loaded, registry);
}

export function baselinePathFor(config: EffectiveConfig, root: string, explicit?: string): string | undefined {
  if (explicit) return resolve(root, explicit);
  const fromConfig = config.loaded.input.baseline;
  if (fromConfig && config.loaded.file) return resolve(dirname(config.loaded.file), fromConfig);
  return undefined;
}

export async function runLint(options: RunLintOptions): Promise<RunLintResult> {
  const config = await prepareConfig(options.root, options.configFile);
  const baselinePath = options.ignoreBaseline ? undefined : baselinePathFor(config, options.root, options.baselineFile);
  const baseline: BaselineFile | undefined = baselinePath ? readBaseline(baselinePath) : undefined;
  const result = lint({
    root: options.root,
    paths: options.paths,
    config,
    ...(baseline ? { baseline } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { ...result, config, baselinePath };
}
