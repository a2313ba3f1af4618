import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError } from './config.js';
import type { RulePack } from './rule-api.js';

export interface LoadedPack {
  readonly spec: string;
  readonly pack: RulePack;
}

/**
 * Loads rule packs named in the configuration: a path (relative to the configuration file) or an
 * npm package name, resolved from `node_modules` folders above the configuration file, so a
 * repository's own dependencies are found whether the tool runs bundled or installed.
 */
export async function loadPacks(specs: readonly string[], configDir: string): Promise<LoadedPack[]> {
  const out: LoadedPack[] = [];
  for (const spec of specs) {
    const file = isPathSpec(spec) ? resolve(configDir, spec) : resolvePackage(spec, configDir);
    if (!existsSync(file)) {
      throw new ConfigError(`rule pack "${spec}": ${file} does not exist`);
    }
    let mod: Record<string, unknown>;
    try {
      // A real import at run time: a bundler would otherwise turn it into a lookup among the
      // modules it bundled, where a user's pack never is.
      mod = (await import(/* webpackIgnore: true */ pathToFileURL(file).href)) as Record<string, unknown>;
    } catch (err) {
      throw new ConfigError(`rule pack "${spec}" could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
    }
    const pack = (isPack(mod.default) ? mod.default : isPack(mod) ? mod : undefined) as RulePack | undefined;
    if (!pack) throw new ConfigError(`rule pack "${spec}" must export { rules: [...] } (as default or named export)`);
    out.push({ spec, pack });
  }
  return out;
}

function isPathSpec(spec: string): boolean {
  return spec.startsWith('.') || isAbsolute(spec);
}

function isPack(x: unknown): boolean {
  return typeof x === 'object' && x !== null && Array.isArray((x as { rules?: unknown }).rules);
}

function resolvePackage(name: string, from: string): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', ...name.split('/'));
    const manifest = join(pkgDir, 'package.json');
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as {
        exports?: unknown;
        main?: string;
        module?: string;
      };
      const entry = exportEntry(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js';
      return join(pkgDir, entry);
    }
    if (dirname(dir) === dir) {
      throw new ConfigError(`rule pack "${name}" is not installed: no node_modules/${name} above ${from}; run npm install ${name}`);
    }
  }
}

function exportEntry(exp: unknown): string | undefined {
  if (typeof exp === 'string') return exp;
  if (typeof exp !== 'object' || exp === null) return undefined;
  const root = (exp as Record<string, unknown>)['.'] ?? exp;
  if (typeof root === 'string') return root;
  if (typeof root === 'object' && root !== null) {
    const r = root as Record<string, unknown>;
    for (const cond of ['import', 'node', 'default']) {
      const v = r[cond];
      if (typeof v === 'string') return v;
      const nested = exportEntry(v);
      if (nested) return nested;
    }
  }
  return undefined;
}
