import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `partialFingerprints.primaryLocationLineHash`, computed the way github/codeql-action's
 * upload-sarif computes it. The REST upload endpoint fills in nothing, so a SARIF file sent there
 * without this value gets a new alert for every finding on every run; computing it identically
 * also means uploads through upload-sarif (which keeps an existing value) match direct uploads.
 *
 * The algorithm: a rolling hash (multiplier 37, 64-bit wrap-around) over a 100-character window
 * that starts at each line's first character. Spaces and tabs are skipped, CR, LF and CRLF all
 * count as one LF, the end of the file is marked with 65535 and padded with zeros. The hex value
 * gets a `:n` suffix that counts identical hashes earlier in the same file.
 */

const BLOCK_SIZE = 100;
const MULTIPLIER = 37n;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EOF = 65535;
const MASK = (1n << 64n) - 1n;
/** 37^100 modulo 2^64: the weight of the character leaving the window. */
const FIRST_MOD = (() => {
  let m = 1n;
  for (let i = 0; i < BLOCK_SIZE; i++) m = (m * MULTIPLIER) & MASK;
  return m;
})();

/**
 * One hash per line of `text` (index 0 is line 1). `text` is the file decoded as UTF-8 and the
 * window counts UTF-16 code units, as codeql-action does.
 */
export function lineHashes(text: string): string[] {
  const window = new Array<number>(BLOCK_SIZE).fill(0);
  // The line number that starts at each window slot, or -1.
  const lineAt = new Array<number>(BLOCK_SIZE).fill(-1);
  const seen = new Map<string, number>();
  const hashes: string[] = [];
  let hash = 0n;
  let index = 0;
  let line = 0;
  let lineStart = true;
  let prevCR = false;

  const emit = (): void => {
    const hex = hash.toString(16);
    const n = (seen.get(hex) ?? 0) + 1;
    seen.set(hex, n);
    hashes[(lineAt[index] as number) - 1] = `${hex}:${n}`;
    lineAt[index] = -1;
  };
  const update = (current: number): void => {
    const leaving = window[index] as number;
    window[index] = current;
    // Unsigned arithmetic modulo 2^64 gives the same bits as codeql-action's signed Long.
    hash = (MULTIPLIER * hash + BigInt(current) - FIRST_MOD * BigInt(leaving)) & MASK;
    index = (index + 1) % BLOCK_SIZE;
  };
  const take = (code: number): void => {
    if (code === SPACE || code === TAB || (prevCR && code === LF)) {
      prevCR = false;
      return;
    }
    let current = code;
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineAt[index] !== -1) emit();
    if (lineStart) {
      lineStart = false;
      line++;
      lineAt[index] = line;
    }
    if (current === LF) lineStart = true;
    update(current);
  };

  for (let i = 0; i < text.length; i++) take(text.charCodeAt(i));
  take(EOF);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineAt[index] !== -1) emit();
    update(0);
  }
  return hashes;
}

/**
 * Looks up line hashes for repository-relative files under `root`, reading and hashing each file
 * once. Files that cannot be read get no hash, as in codeql-action.
 */
export class LineHashes {
  private readonly cache = new Map<string, string[] | undefined>();

  constructor(private readonly root: string) {}

  get(file: string, line: number): string | undefined {
    if (!this.cache.has(file)) {
      let hashes: string[] | undefined;
      try {
        hashes = lineHashes(readFileSync(join(this.root, file), 'utf8'));
      } catch {
        hashes = undefined;
      }
      this.cache.set(file, hashes);
    }
    return this.cache.get(file)?.[line - 1];
  }
}
