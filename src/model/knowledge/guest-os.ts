import type { SourceId } from './sources.js';

export interface GuestOsFamily {
  readonly family: number;
  readonly windows: string;
  readonly status: 'retired' | 'supported';
  readonly retired?: string;
  /** Highest .NET Framework preinstalled on the current images of the family. */
  readonly maxNetFramework: string | undefined;
  readonly source: SourceId;
}

export const GUEST_OS_FAMILIES: readonly GuestOsFamily[] = [
  { family: 1, windows: 'Windows Server 2008 SP2', status: 'retired', retired: '2014-11-03', maxNetFramework: '4.0', source: 'family1Retirement' },
  { family: 2, windows: 'Windows Server 2008 R2 SP1', status: 'retired', retired: '2024-12', maxNetFramework: '4.6.2', source: 'family234Retirement' },
  { family: 3, windows: 'Windows Server 2012', status: 'retired', retired: '2025-02', maxNetFramework: '4.6.2', source: 'family234Retirement' },
  { family: 4, windows: 'Windows Server 2012 R2', status: 'retired', retired: '2025-02', maxNetFramework: '4.6.2', source: 'family234Retirement' },
  { family: 5, windows: 'Windows Server 2016', status: 'supported', maxNetFramework: '4.6.2', source: 'guestOsMatrix' },
  { family: 6, windows: 'Windows Server 2019', status: 'supported', maxNetFramework: '4.7.2', source: 'guestOsMatrix' },
  { family: 7, windows: 'Windows Server 2022', status: 'supported', maxNetFramework: '4.8', source: 'guestOsMatrix' },
];

export function findGuestOsFamily(value: string): GuestOsFamily | undefined {
  if (!/^\s*\d+\s*$/.test(value)) return undefined;
  const n = Number(value);
  return GUEST_OS_FAMILIES.find((f) => f.family === n);
}

export const SUPPORTED_FAMILIES: readonly number[] = GUEST_OS_FAMILIES.filter((f) => f.status === 'supported').map(
  (f) => f.family,
);

/** `WA-GUEST-OS-<family>.<version>_<yyyymm>-<nn>` (Guest OS update matrix). */
export const OS_VERSION_PATTERN = /^WA-GUEST-OS-(\d+)\.(\d+)_(\d{6})-(\d{2})$/;
