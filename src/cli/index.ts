#!/usr/bin/env node
import { reexecForPackaging } from '../package/malloc-settings.js';
import { main } from './main.js';

const argv = process.argv.slice(2);
// Before anything is written: packaging runs under its own malloc settings (malloc-settings.ts).
if (argv[0] === 'package' && !argv.includes('--help') && !argv.includes('-h')) reexecForPackaging();

const code = await main(argv, {
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
});
process.exitCode = code;
