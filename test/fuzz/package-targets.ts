/** Fuzz target of the package reader: verify and inspect on damaged and hostile packages. */
import fc from 'fast-check';
import { cp, mkdtemp, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { buildPackage } from '../../src/package/build.js';
import { inspectPackage } from '../../src/package/inspect.js';
import { verifyPackage } from '../../src/package/verify.js';
import { fixtures } from '../helpers/paths.js';
import { readZip, writeZip } from '../package/zip-edit.js';
import { realPackages } from './corpus.js';
import { expect, type FuzzTarget } from './harness.js';
import { applyMutation, describeMutation, mutation, type Mutation } from './mutate.js';

const CD_FIELDS = { flags: [8, 2], method: [10, 2], crc: [16, 4], csize: [20, 4], usize: [24, 4], nameLen: [28, 2], extraLen: [30, 2], disk: [34, 2], offset: [42, 4] } as const;
const EOCD_FIELDS = { disk: [4, 2], count: [10, 2], cdSize: [12, 4], cdOffset: [16, 4], commentLen: [20, 2] } as const;
const VALUES = [0, 1, 2, 0xff, 0xffff, 0x7fffffff, 0xfffffffe, 0xffffffff];

type ZipEdit =
  | { readonly kind: 'bytes'; readonly mutation: Mutation }
  | { readonly kind: 'tail'; readonly back: number; readonly xor: number }
  | { readonly kind: 'cd'; readonly entry: number; readonly field: keyof typeof CD_FIELDS; readonly value: number }
  | { readonly kind: 'eocd'; readonly field: keyof typeof EOCD_FIELDS; readonly value: number };

type Attack =
  | ZipEdit
  | { readonly kind: 'nested'; readonly part: number; readonly edit: ZipEdit }
  | { readonly kind: 'bomb'; readonly part: number; readonly megabytes: number; readonly lie: boolean }
  | { readonly kind: 'overlap'; readonly part: number; readonly copies: number }
  | { readonly kind: 'deflated-nested'; readonly part: number };

interface PackageCase {
  /** Which base package: our own, or one of the real ones. */
  readonly base: number;
  readonly attacks: Attack[];
  readonly inspect: boolean;
}

const valueArb = fc.oneof(fc.constantFrom(...VALUES), fc.nat());
const zipEdit: fc.Arbitrary<ZipEdit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('bytes' as const), mutation }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('tail' as const), back: fc.integer({ min: 1, max: 4096 }), xor: fc.integer({ min: 1, max: 255 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('cd' as const), entry: fc.nat(), field: fc.constantFrom(...(Object.keys(CD_FIELDS) as (keyof typeof CD_FIELDS)[])), value: valueArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('eocd' as const), field: fc.constantFrom(...(Object.keys(EOCD_FIELDS) as (keyof typeof EOCD_FIELDS)[])), value: valueArb }) },
);
const attack: fc.Arbitrary<Attack> = fc.oneof(
  { weight: 6, arbitrary: zipEdit },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('nested' as const), part: fc.nat(), edit: zipEdit }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('bomb' as const), part: fc.nat(), megabytes: fc.integer({ min: 1, max: 48 }), lie: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('overlap' as const), part: fc.nat(), copies: fc.integer({ min: 2, max: 5000 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deflated-nested' as const), part: fc.nat() }) },
);

function findEocd(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) if (zip.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

/** Offsets of the central directory records, read leniently from the end record. */
function centralRecords(zip: Buffer): number[] {
  const eocd = findEocd(zip);
  if (eocd < 0) return [];
  const out: number[] = [];
  let at = zip.readUInt32LE(eocd + 16);
  while (at + 46 <= zip.length && zip.readUInt32LE(at) === 0x02014b50 && out.length < 100_000) {
    out.push(at);
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

function put(b: Buffer, at: number, size: number, value: number): void {
  if (at < 0 || at + size > b.length) return;
  if (size === 2) b.writeUInt16LE(value & 0xffff, at);
  else b.writeUInt32LE(value >>> 0, at);
}

function applyEdit(zip: Buffer, e: ZipEdit): Buffer {
  switch (e.kind) {
    case 'bytes':
      return applyMutation(zip, e.mutation);
    case 'tail': {
      const out = Buffer.from(zip);
      const p = Math.max(0, out.length - e.back);
      if (p < out.length) out[p] = (out[p] as number) ^ e.xor;
      return out;
    }
    case 'cd': {
      const out = Buffer.from(zip);
      const recs = centralRecords(out);
      if (recs.length === 0) return out;
      const [off, size] = CD_FIELDS[e.field];
      put(out, (recs[e.entry % recs.length] as number) + off, size, e.value);
      return out;
    }
    case 'eocd': {
      const out = Buffer.from(zip);
      const eocd = findEocd(out);
      const [off, size] = EOCD_FIELDS[e.field];
      if (eocd >= 0) put(out, eocd + off, size, e.value);
      return out;
    }
  }
}

/**
 * A ZIP whose central directory lists `copies` entries that all point at the same compressed
 * data (a small file that inflates to copies × 8 MiB): the overlapping-entries bomb.
 */
export function overlapBomb(copies: number): Buffer {
  const plain = Buffer.alloc(8 * 1024 * 1024);
  const data = deflateRawSync(plain);
  const crc = crc32(plain);
  const name = Buffer.from('k');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(plain.length, 22);
  local.writeUInt16LE(1, 26);
  const records: Buffer[] = [];
  for (let i = 0; i < copies; i++) {
    const n = Buffer.from(`approot/f${i}.bin`);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(plain.length, 24);
    c.writeUInt16LE(n.length, 28);
    records.push(c, n);
  }
  const cd = Buffer.concat(records);
  const start = 30 + name.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Math.min(copies, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(copies, 0xffff), 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(start, 16);
  return Buffer.concat([local, name, data, cd, eocd]);
}

async function applyAttack(pkg: Buffer, a: Attack): Promise<Buffer> {
  if (a.kind === 'bytes' || a.kind === 'tail' || a.kind === 'cd' || a.kind === 'eocd') return applyEdit(pkg, a);
  let entries;
  try {
    entries = await readZip(pkg);
  } catch {
    return pkg;
  }
  const nested = entries.filter((e) => /\.(cssx|csmx|csdx|csnsx)$/i.test(e.name));
  const target = nested[a.part % Math.max(1, nested.length)];
  if (!target) return pkg;
  switch (a.kind) {
    case 'nested':
      target.data = applyEdit(target.data, a.edit);
      break;
    case 'bomb': {
      // Zeros deflate about 1000:1. A lying header claims a small size for a big inflation.
      // Re-zipping reads every entry into memory here: not after an overlap bomb.
      const declared = centralRecords(target.data).reduce((n, at) => n + target.data.readUInt32LE(at + 24), 0);
      if (declared > 256 * 1024 * 1024) return pkg;
      let inner;
      try {
        inner = await readZip(target.data);
      } catch {
        return pkg;
      }
      inner.push({ name: 'approot/bomb.bin', data: Buffer.alloc(a.megabytes * 1024 * 1024), compress: true });
      let data = await writeZip(inner);
      if (a.lie) {
        const recs = centralRecords(data);
        const last = recs[recs.length - 1];
        if (last !== undefined) put(data, last + 24, 4, 1000);
      }
      target.data = data;
      break;
    }
    case 'overlap':
      target.data = overlapBomb(a.copies);
      break;
    case 'deflated-nested':
      target.compress = true;
      break;
  }
  return writeZip(entries);
}

let work: string | undefined;
let bases: Buffer[] = [];
let caseNo = 0;

function checkProblems(problems: readonly { code: string; severity: string; part: string; message: string }[]): void {
  for (const p of problems) {
    expect(typeof p.code === 'string' && p.code.length > 0, 'a problem without a code');
    expect(p.severity === 'error' || p.severity === 'warning', `severity ${p.severity}`);
    expect(typeof p.part === 'string' && typeof p.message === 'string' && p.message.length > 0, `problem ${p.code} without a part or message`);
  }
}

export const packageReader: FuzzTarget<PackageCase, string> = {
  name: 'package: verify and inspect damaged, hostile and nested-damaged packages',
  arbitrary: fc.record({ base: fc.nat(), attacks: fc.array(attack, { minLength: 1, maxLength: 2 }), inspect: fc.nat(3).map((n) => n === 0) }),
  setup: async () => {
    work = await mkdtemp(join(tmpdir(), 'fuzz-package-'));
    const svc = join(work, 'svc');
    await cp(join(fixtures, 'package', 'multi'), svc, { recursive: true });
    const built = await buildPackage({
      csdef: join(svc, 'ServiceDefinition.csdef'),
      roles: new Map([['Front', join(svc, 'Front')], ['Back', join(svc, 'Back')]]),
      sdkKit: 'stub',
      out: join(work, 'ours.cspkg'),
      env: { SOURCE_DATE_EPOCH: '1700000000' },
    });
    // Ours as often as the real ones together: it is small, so most cases are fast.
    const ours = await readFile(built.out);
    const real = realPackages().map((p) => p.bytes);
    bases = [...real.map(() => ours), ...real];
  },
  teardown: async () => {
    if (work) await rm(work, { recursive: true, force: true });
  },
  prepare: async (c) => {
    let pkg = bases[c.base % bases.length] as Buffer;
    for (const a of c.attacks) pkg = await applyAttack(pkg, a);
    const file = join(work as string, `case-${caseNo++}.cspkg`);
    await writeFile(file, pkg);
    return file;
  },
  check: async (file, c) => {
    try {
      const report = await verifyPackage(file);
      checkProblems(report.problems);
      expect(report.ok === !report.problems.some((p) => p.severity === 'error'), 'ok disagrees with the errors');
      expect(report.format !== 'unknown' || report.problems.some((p) => p.severity === 'error'), 'format unknown without an error');
      if (c.inspect) {
        const listing = await inspectPackage(file);
        checkProblems(listing.errors);
        expect(listing.format !== 'unknown' || listing.errors.length > 0, 'inspect: format unknown without an error');
      }
    } finally {
      await rm(file, { force: true });
    }
  },
  describe: (c) =>
    `base ${c.base % Math.max(1, bases.length)}${c.inspect ? ' +inspect' : ''}: ${c.attacks
      .map((a) => (a.kind === 'bytes' ? describeMutation(a.mutation) : a.kind === 'nested' && a.edit.kind === 'bytes' ? `nested ${a.part}: ${describeMutation(a.edit.mutation)}` : JSON.stringify(a)))
      .join(' ; ')}`,
};
