import { closeSync, openSync, readSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { FolderCache } from '../model/folders.js';
import type { FileFacts } from './rule-api.js';

/**
 * File facts for rules, confined to the repository root and to the paths linted (a file stands
 * for its folder): nothing else is ever read. A path the user names outside the root, as in
 * `cloudservice lint ../other-service` from one repository, is read around like the root itself;
 * confined to the root alone, every file its project names looked missing. Stats and listings go
 * through `folders`, shared with discovery, so each folder is read once per run however many
 * services and rules ask about it.
 */
export function fileFacts(root: string, folders: FolderCache = new FolderCache(), linted: readonly string[] = []): FileFacts {
  const roots = [root];
  for (const p of linted) {
    const abs = resolve(root, p);
    const dir = folders.stat(abs)?.isDirectory() ? abs : dirname(abs);
    if (!within(root, dir)) roots.push(dir);
  }
  // Rules ask about the same few paths again and again (once per rule and service).
  const resolved = new Map<string, string | undefined>();
  const inside = (p: string): string | undefined => {
    if (resolved.has(p)) return resolved.get(p);
    const abs = resolve(root, p);
    const answer = roots.some((r) => within(r, abs)) ? abs : undefined;
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

function within(folder: string, abs: string): boolean {
  const rel = relative(folder, abs);
  return !(rel.startsWith('..') || isAbsolute(rel));
}
