/**
 * Ajv, yaml and picomatch, loaded on first use. Together they are about 160 modules, and a lint
 * without a configuration file needs none of them (built-in rules' default options are checked
 * by the tests; globs come only from `ignore` and `overrides`).
 *
 * `prepareConfig` awaits `preloadConfigDeps()` when there is a configuration file: a dynamic
 * import, which the bundler puts in a chunk of its own, so that a run without a configuration
 * file does not even compile them (they are almost half of the action's bundle, and compiling it
 * is most of its start). The synchronous API (`loadConfig`, `new EffectiveConfig`) may also be called without
 * it; it then falls back to `require`, which works wherever `node_modules` is present.
 */
import { createRequire } from 'node:module';

type AjvClass = (typeof import('ajv/dist/2020.js'))['Ajv2020'];
type YamlModule = typeof import('yaml');
type Picomatch = typeof import('picomatch');

let ajv: AjvClass | undefined;
let yaml: YamlModule | undefined;
let picomatch: Picomatch | undefined;

export async function preloadConfigDeps(): Promise<void> {
  const [a, y, p] = await Promise.all([
    import('ajv/dist/2020.js'),
    import('yaml'),
    import('picomatch'),
  ]);
  // Node names the CommonJS exports; a bundler's namespace of a module whose exports object is
  // a function (Ajv's is the class) holds only `default`, which carries `Ajv2020` too.
  ajv ??= a.Ajv2020 ?? (a.default as unknown as { Ajv2020: AjvClass }).Ajv2020;
  yaml ??= y;
  picomatch ??= p.default;
}

/** The draft 2020-12 Ajv class. */
export function loadAjv(): AjvClass {
  ajv ??= (createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).Ajv2020;
  return ajv;
}

export function loadYaml(): YamlModule {
  yaml ??= createRequire(import.meta.url)('yaml') as YamlModule;
  return yaml;
}

export function loadPicomatch(): Picomatch {
  picomatch ??= createRequire(import.meta.url)('picomatch') as Picomatch;
  return picomatch;
}
