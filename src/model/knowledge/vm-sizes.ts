import type { SourceId } from './sources.js';

export interface VmSize {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly cores: number;
  /** The disk all LocalStorage resources of a role are carved from, in MB. */
  readonly localResourceMB: number;
  readonly localResourceSource: SourceId;
  /** Classic names that extended support no longer accepts, and retired or deprecated series. */
  readonly status: 'current' | 'retired' | 'deprecated';
  /** The size to move to for Cloud Services (extended support), per the current docs. */
  readonly extendedSupportName: string | undefined;
  readonly note?: string;
}

const formula = (tempDiskGiB: number): number => tempDiskGiB * 1024 - 5096;

function size(
  id: string,
  cores: number,
  localResourceMB: number,
  localResourceSource: SourceId,
  status: VmSize['status'],
  extendedSupportName: string | undefined,
  aliases: string[] = [],
  note?: string,
): VmSize {
  return note === undefined
    ? { id, aliases, cores, localResourceMB, localResourceSource, status, extendedSupportName }
    : { id, aliases, cores, localResourceMB, localResourceSource, status, extendedSupportName, note };
}

/** Cloud Services role sizes. Facts: rule-catalog §5 and §3, with the sources named per entry. */
export const VM_SIZES: readonly VmSize[] = [
  size('ExtraSmall', 1, 15_384, 'sizes2015', 'retired', 'Standard_A1_v2', ['A0', 'Standard_A0']),
  size('Small', 1, 225_304, 'sizes2015', 'retired', 'Standard_A1_v2', ['A1', 'Standard_A1']),
  size('Medium', 2, 496_664, 'sizes2015', 'retired', 'Standard_A2_v2', ['A2', 'Standard_A2']),
  size('Large', 4, 1_018_904, 'sizes2015', 'retired', 'Standard_A4_v2', ['A3', 'Standard_A3']),
  size('ExtraLarge', 8, 2_083_864, 'sizes2015', 'retired', 'Standard_A8_v2', ['A4', 'Standard_A4']),
  size('A5', 2, 496_664, 'sizes2015', 'retired', 'Standard_A2m_v2', ['Standard_A5']),
  size('A6', 4, 1_018_904, 'sizes2015', 'retired', 'Standard_A4m_v2', ['Standard_A6']),
  size('A7', 8, 2_083_864, 'sizes2015', 'retired', 'Standard_A8m_v2', ['Standard_A7']),
  size('A8', 8, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A8'], 'RDMA size, deprecated for extended support'),
  size('A9', 16, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A9'], 'RDMA size, deprecated for extended support'),
  size('A10', 8, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A10']),
  size('A11', 16, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A11']),
  size('MSODSG5', 32, formula(6144), 'sizesFormula', 'deprecated', undefined, ['Standard_MSODSG5']),
  size('Standard_A1_v2', 1, formula(10), 'sizesFormula', 'current', 'Standard_A1_v2'),
  size('Standard_A2_v2', 2, formula(20), 'sizesFormula', 'current', 'Standard_A2_v2'),
  size('Standard_A4_v2', 4, formula(40), 'sizesFormula', 'current', 'Standard_A4_v2'),
  size('Standard_A8_v2', 8, formula(80), 'sizesFormula', 'current', 'Standard_A8_v2'),
  size('Standard_A2m_v2', 2, formula(20), 'sizesFormula', 'current', 'Standard_A2m_v2'),
  size('Standard_A4m_v2', 4, formula(40), 'sizesFormula', 'current', 'Standard_A4m_v2'),
  size('Standard_A8m_v2', 8, formula(80), 'sizesFormula', 'current', 'Standard_A8m_v2'),
  ...dPair('D1', 1, 50),
  ...dPair('D2', 2, 100),
  ...dPair('D3', 4, 200),
  ...dPair('D4', 8, 400),
  size('Standard_D5_v2', 16, formula(800), 'sizesFormula', 'current', 'Standard_D5_v2'),
  ...dPair('D11', 2, 100),
  ...dPair('D12', 4, 200),
  ...dPair('D13', 8, 400),
  ...dPair('D14', 16, 800),
  size('Standard_D15_v2', 20, formula(1000), 'sizesFormula', 'current', 'Standard_D15_v2'),
  ...series('Standard_D{n}_v3', [2, 4, 8, 16, 32, 64], (n) => n * 25),
  ...series('Standard_E{n}_v3', [2, 4, 8, 16, 32, 64], (n) => n * 25),
  ...series('Standard_G{n}', [1, 2, 3, 4, 5], (n) => 384 * 2 ** (n - 1), (n) => 2 ** n),
  ...series('Standard_F{n}', [1, 2, 4, 8, 16], (n) => n * 16),
  ...['H8', 'H16', 'H8m', 'H16m', 'H16r', 'H16mr'].map((h) =>
    size(
      `Standard_${h}`,
      h.startsWith('H8') ? 8 : 16,
      formula(h.startsWith('H8') ? 1000 : 2000),
      'sizesFormula',
      'deprecated',
      undefined,
      [],
      'H-series: Microsoft asked customers to migrate by 2022-08-31',
    ),
  ),
];

function dPair(n: string, cores: number, tempGiB: number): VmSize[] {
  return [
    size(`Standard_${n}`, cores, formula(tempGiB), 'sizes2015', 'current', `Standard_${n}_v2`),
    size(`Standard_${n}_v2`, cores, formula(tempGiB), 'sizesFormula', 'current', `Standard_${n}_v2`),
  ];
}

function series(pattern: string, ns: number[], tempGiB: (n: number) => number, cores: (n: number) => number = (n) => n): VmSize[] {
  return ns.map((n) => {
    const id = pattern.replace('{n}', String(n));
    return size(id, cores(n), formula(tempGiB(n)), 'sizesFormula', 'current', id);
  });
}

const BY_NAME = new Map<string, VmSize>();
for (const s of VM_SIZES) {
  BY_NAME.set(s.id.toLowerCase(), s);
  for (const a of s.aliases) BY_NAME.set(a.toLowerCase(), s);
}

/** Looks a size up by id or alias. Case-insensitive, as the platform is; the exact id is `size.id`. */
export function findVmSize(name: string): VmSize | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

/** A role without `vmsize` gets this size (csdef schema). */
export const DEFAULT_VM_SIZE = 'Small';
