import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from './paths.js';

/** One row of ../shared/corpus/service-files/MANIFEST.tsv, by column name. */
export type ManifestRow = Record<string, string>;

export const serviceFilesRoot = join(corpusRoot, 'service-files');

export function readManifest(): ManifestRow[] {
  const [head, ...rows] = readFileSync(join(serviceFilesRoot, 'MANIFEST.tsv'), 'utf8').replace(/\n$/, '').split('\n');
  const cols = (head as string).split('\t');
  return rows.map((line) => {
    const cells = line.split('\t');
    const row: ManifestRow = {};
    cols.forEach((c, i) => (row[c] = cells[i] ?? ''));
    return row;
  });
}
