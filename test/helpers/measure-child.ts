/**
 * Runs one CLI command in this process and prints the CPU time it took and the peak resident memory,
 * so a test can hold the command to time and memory bounds from outside.
 */
import { main } from '../../src/cli/main.js';

let out = '';
let err = '';
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
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
const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
const cpu = process.cpuUsage(cpuBefore);
// CPU time is the work the command did; wall time also counts waiting for other processes on a
// busy machine, which says nothing about the command.
const ms = (cpu.user + cpu.system) / 1000;
process.stdout.write(JSON.stringify({ exit, ms, wallMs, maxRssMB: process.resourceUsage().maxRSS / 1024, out, err }));
