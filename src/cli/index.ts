#!/usr/bin/env node
import { enableCompileCache } from 'node:module';

// V8 keeps the compiled code of our modules between runs (in NODE_COMPILE_CACHE, else the
// temporary folder), so later runs skip most of compiling the ~170 modules a lint loads. Turned
// on before the modules are imported; NODE_DISABLE_COMPILE_CACHE=1 turns it off.
enableCompileCache();
const { main } = await import(/* webpackMode: "eager" */ './main.js');

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
process.exitCode = code;
