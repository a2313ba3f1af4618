#!/usr/bin/env node
// A package holding a file over 4 GiB (a sparse file: nothing on disk) goes through `package`,
// `verify` and `inspect`, which must agree on its size and SHA-256: ZIP64 for real, not forced.
//   node bench/zip64-roundtrip.mjs [--build .build] [--data /tmp/cloudservice-bench] [--gib 4.5]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, openSync, closeSync, ftruncateSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { build: { type: 'string', default: '.build' }, data: { type: 'string', default: '/tmp/cloudservice-bench' }, gib: { type: 'string', default: '4.5' } } });
const root = resolve(import.meta.dirname, '..');
const cli = join(resolve(root, values.build), 'src', 'cli', 'index.js');
const work = join(resolve(values.data), 'zip64');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const svc = join(work, 'svc');
cpSync(join(root, 'test', 'fixtures', 'package', 'multi'), svc, { recursive: true });
const size = Math.round(Number(values.gib) * 2 ** 30);
const big = join(svc, 'Back', 'data', 'huge.bin');
const fd = openSync(big, 'w');
ftruncateSync(fd, size);
closeSync(fd);

function step(name, args, okCodes = [0]) {
  const timeFile = join(work, '.time');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', timeFile, process.execPath, cli, ...args], { cwd: svc, encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = Number(spawnSync('tail', ['-1', timeFile], { encoding: 'utf8' }).stdout.trim()) / 1024;
  if (!okCodes.includes(r.status)) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
  console.log(`${name}: ${seconds.toFixed(1)} s, peak ${rss.toFixed(0)} MiB`);
  return r.stdout;
}

// SHA-256 of the sparse file's zeros, computed independently of the tool.
const t0 = Date.now();
const want = spawnSync('sha256sum', [big], { encoding: 'utf8' }).stdout.split(' ')[0];
console.log(`file: ${size} bytes (${values.gib} GiB, sparse), sha256sum ${want} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const out = join(work, 'huge.cspkg');
step('package', ['package', 'ServiceDefinition.csdef', '--role', 'Front=Front', '--role', 'Back=Back', '--sdk-kit', 'stub', '--out', out]);
console.log(`package: ${statSync(out).size} bytes`);
const report = JSON.parse(step('verify', ['verify', out, '--format', 'json'], [0, 1]));
const errors = report.problems.filter((p) => p.severity === 'error').map((p) => p.code);
const listing = JSON.parse(step('inspect', ['inspect', out, '--format', 'json']));
const file = listing.roles.find((r) => r.name === 'Back')?.files.find((f) => f.path === '\\approot\\data\\huge.bin');
const ok = file?.size === size && file?.sha256 === want && errors.every((c) => c === 'stub-runtime');
console.log(`verify errors: ${errors.join(', ') || 'none'} (stub-runtime is the stand-in kit, expected)`);
console.log(`inspect: huge.bin ${file?.size} bytes, sha256 ${file?.sha256}`);
console.log(ok ? 'ROUND TRIP OK' : 'ROUND TRIP FAILED');
rmSync(work, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
