import { closeSync, openSync, readSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { FolderCache } from '../model/folders.js';
import type { FileFacts } from './rule-api.js';

/**
 * File facts for rules, confined to the repository root: nothing outside it is ever read. Stats
 * and listings go through `folders`, shared with discovery, so each folder is read once per run
 * however many services and rules ask about it.
 */
export function fileFacts(root: string, folders: FolderCache = new FolderCache()): FileFacts {
  // Rules ask about the same few paths again and again (once per rule and service).
  const resolved = new Map<string, string | undefined>();
  const inside = (p: string): string | undefined => {
    if (resolved.has(p)) return resolved.get(p);
    const abs = resolve(root, p);
    const rel = relative(root, abs);
    const answer = rel.startsWith('..') || isAbsolute(rel) ? undefined : abs;
    resolved.set(p, answer);
    return answer;
  };
  const stat = (p: string) => {
    const abs = inside(p);
    return abs === undefined ? undefined : folders.stat(abs);
  };
  return {
    exists: (p) => stat(p) !== undefined,
    isDirectory: (p) => stat(p)?.isDirectory() ?? false,
    head(p, bytes) {
      const abs = inside(p);
      if (!abs) return undefined;
      const n = Math.max(0, Math.min(bytes, 64 * 1024));
      let fd: number | undefined;
      try {
        fd = openSync(abs, 'r');
        const buf = Buffer.alloc(n);
        const read = readSync(fd, buf, 0, n, 0);
        return new Uint8Array(buf.subarray(0, read));
      } catch {
        return undefined;
      } finally {
        if (fd !== undefined) closeSync(fd);
      }
    },
    list(p) {
      const abs = inside(p);
      // A copy: the caller owns the array, the cache keeps its own.
      return abs === undefined ? [] : [...folders.names(abs)];
    },
  };
}
