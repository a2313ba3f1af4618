/** The real inputs the fuzzers start from: service files and packages nobody here wrote. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from '../helpers/paths.js';

export const SERVICE_FILES = join(corpusRoot, 'service-files');
export const PACKAGES = join(corpusRoot, 'cspkg');

export function corpusAvailable(): boolean {
  return existsSync(SERVICE_FILES) && existsSync(PACKAGES);
}

export interface CorpusProject {
  readonly name: string;
  readonly files: { readonly name: string; readonly bytes: Buffer }[];
}

let projects: CorpusProject[] | undefined;

/** Every project folder of the corpus with its service files, read once. */
export function corpusProjects(): CorpusProject[] {
  projects ??= readdirSync(SERVICE_FILES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      files: readdirSync(join(SERVICE_FILES, name))
        .filter((f) => /\.(csdef|cscfg|ccproj)$/i.test(f))
        .sort()
        .map((f) => ({ name: f, bytes: readFileSync(join(SERVICE_FILES, name, f)) })),
    }))
    .filter((p) => p.files.length > 0);
  return projects;
}

let files: { readonly path: string; readonly bytes: Buffer }[] | undefined;

export function corpusFiles(): { readonly path: string; readonly bytes: Buffer }[] {
  files ??= corpusProjects().flatMap((p) => p.files.map((f) => ({ path: `${p.name}/${f.name}`, bytes: f.bytes })));
  return files;
}

export function realPackages(): { readonly name: string; readonly bytes: Buffer }[] {
  return readdirSync(PACKAGES)
    .filter((f) => f.endsWith('.cspkg'))
    .sort()
    .map((f) => ({ name: f, bytes: readFileSync(join(PACKAGES, f)) }));
}
