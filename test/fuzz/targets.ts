/** Every fuzz target, for `bench/fuzz.mjs`. */
export { configLoading } from './config-targets.js';
export { packageReader } from './package-targets.js';
export { modelBinding, xmlBytes, xmlCorpus, xmlStrings } from './xml-targets.js';
export { runTarget, type FuzzStats } from './harness.js';
