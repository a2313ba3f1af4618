/**
 * Runs one CLI command in this process and prints how long it took and the peak resident memory,
 * so a test can hold the command to time and memory bounds from outside.
 */
import { main } from '../../src/cli/main.js';

let out = '';
let err = '';
const started = process.hrtime.bigint();
const exit = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  isTTY: false,
  out: (t) => {
    out += t;
  },
  err: (t) => {
    err += t;
  },
});
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ exit, ms, maxRssMB: process.resourceUsage().maxRSS / 1024, out, err }));
