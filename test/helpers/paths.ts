import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from the compiled test file wherever the build directory is. */
export const repoRoot: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'src'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
})();

/** `../shared` beside the repository: the corpus and docs no one here wrote. */
export const sharedRoot: string = join(repoRoot, '..', 'shared');
export const corpusRoot: string = join(sharedRoot, 'corpus');
export const fixtures: string = join(repoRoot, 'test', 'fixtures');
