/**
 * Order of files in a role as CSPack writes them: within a folder, files before subfolders, and
 * names compared as NTFS does (upper-cased, ordinal). Paths use `/`.
 */
export function compareWindowsPaths(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const x = as[i] as string;
    const y = bs[i] as string;
    if (x === y) continue;
    const xFile = i === as.length - 1;
    const yFile = i === bs.length - 1;
    if (xFile !== yFile) return xFile ? -1 : 1;
    const X = x.toUpperCase();
    const Y = y.toUpperCase();
    if (X !== Y) return X < Y ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/**
 * `approot/bin/x.dll` → `\approot\bin\x.dll`, the form role manifests and CTP layouts use. Built
 * by `join`, which makes one flat string: `replace` makes a concatenation per segment, and a
 * package's view keeps a path per file (375 bytes each instead of 80, 20 MiB for 68,000 files).
 */
export function toRolePath(zipPath: string): string {
  return ('\\' + zipPath).split('/').join('\\');
}
