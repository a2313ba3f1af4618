import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../helpers/paths.js';

// The build folder this test was compiled into (…/<build>/test/corpus/report.test.js).
const buildDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('the corpus report (docs/corpus-report.md)', () => {
  it('is up to date, and every sampled finding has a current audit verdict', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'corpus-report.mjs'), buildDir, '--check'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 110_000,
    });
    assert.equal(run.error, undefined, String(run.error));
    assert.equal(run.status, 0, `corpus-report --check failed:\n${run.stderr}\n${run.stdout}`);
    assert.match(run.stdout, /docs\/corpus-report\.md: \d+ findings/);
  });
});
