import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';

/**
 * Folder listings and file stats, each read at most once per lint run. Discovery walks the tree
 * and the rules' file facts ask about the same folders again, once per service (the corpus's
 * root, beside its 512 services, was listed once for each); the files do not change during a run, so
 * the first answer is the answer. Keys are absolute paths, exactly as given: no case folding,
 * so a case-insensitive file system answers through `stat` as it would without the cache.
 */
export class FolderCache {
  private readonly listings = new Map<string, readonly Dirent[] | undefined>();
  private readonly sortedNames = new Map<string, readonly string[]>();
  private readonly stats = new Map<string, Stats | undefined>();

  /** The entries of a folder in the order `readdir` gives them; undefined when it cannot be read. */
  entries(abs: string): readonly Dirent[] | undefined {
    if (this.listings.has(abs)) return this.listings.get(abs);
    let entries: Dirent[] | undefined;
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch {
      entries = undefined;
    }
    this.listings.set(abs, entries);
    return entries;
  }

  /** The names in a folder, sorted; empty when it is not a readable folder. Do not modify. */
  names(abs: string): readonly string[] {
    let names = this.sortedNames.get(abs);
    if (names === undefined) {
      names = (this.entries(abs) ?? []).map((e) => e.name).sort();
      this.sortedNames.set(abs, names);
    }
    return names;
  }

  /** `statSync` (following links); undefined when the path does not exist or cannot be read. */
  stat(abs: string): Stats | undefined {
    if (this.stats.has(abs)) return this.stats.get(abs);
    let st: Stats | undefined;
    try {
      // Most paths rules ask about do not exist (a role folder beside each definition); an ENOENT
      // exception, with its stack, cost more than the stat itself.
      st = statSync(abs, { throwIfNoEntry: false });
    } catch {
      st = undefined;
    }
    this.stats.set(abs, st);
    return st;
  }
}
