import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileFacts } from '../../src/lint/file-facts.js';
import { FolderCache } from '../../src/model/folders.js';
import { repoRoot } from '../helpers/paths.js';

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cs-folders-'));
  mkdirSync(join(dir, 'Web', 'bin'), { recursive: true });
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'Web', 'b.cmd'), 'x');
  writeFileSync(join(dir, 'Web', 'A.cmd'), 'x');
  writeFileSync(join(dir, 'Web', 'bin', 'app.dll'), 'x');
  writeFileSync(join(dir, 'ServiceDefinition.csdef'), '<x/>');
  symlinkSync(join(dir, 'Web'), join(dir, 'link'));
  return dir;
}

/** Every folder under `dir` (not following links), itself included. */
function folders(dir: string): string[] {
  const out = [dir];
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) out.push(...folders(join(dir, e.name)));
  return out;
}

describe('FolderCache', () => {
  it('lists and stats like a fresh readdirSync / statSync, for every folder of the repository', () => {
    const cache = new FolderCache();
    for (const dir of folders(join(repoRoot, 'test'))) {
      assert.deepEqual(cache.names(dir), readdirSync(dir).sort(), dir);
      assert.deepEqual(cache.entries(dir)?.map((e) => e.name).sort(), readdirSync(dir).sort(), dir);
      assert.equal(cache.stat(dir)?.isDirectory(), statSync(dir).isDirectory(), dir);
    }
  });

  it('answers from memory: a folder changed after the first question keeps its first answer', () => {
    const dir = tree();
    try {
      const cache = new FolderCache();
      const before = cache.names(join(dir, 'Web'));
      assert.deepEqual(before, ['A.cmd', 'b.cmd', 'bin']);
      assert.equal(cache.stat(join(dir, 'new.txt')), undefined);
      writeFileSync(join(dir, 'Web', 'c.cmd'), 'x');
      writeFileSync(join(dir, 'new.txt'), 'x');
      assert.equal(cache.names(join(dir, 'Web')), before);
      assert.equal(cache.stat(join(dir, 'new.txt')), undefined);
      // A fresh cache sees the change: the memory is per run.
      assert.deepEqual(new FolderCache().names(join(dir, 'Web')), ['A.cmd', 'b.cmd', 'bin', 'c.cmd']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives nothing for what is not a readable folder', () => {
    const dir = tree();
    try {
      const cache = new FolderCache();
      assert.equal(cache.entries(join(dir, 'missing')), undefined);
      assert.deepEqual(cache.names(join(dir, 'ServiceDefinition.csdef')), []);
      assert.deepEqual(cache.names(join(dir, 'empty')), []);
      assert.equal(cache.stat(join(dir, 'missing')), undefined);
      assert.equal(cache.stat(join(dir, 'link'))?.isDirectory(), true, 'stat follows links');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('file facts over a shared FolderCache', () => {
  it('answer as file facts over a fresh cache do, and hand out copies of listings', () => {
    const dir = tree();
    try {
      const shared = new FolderCache();
      const paths = ['.', 'Web', 'Web/bin', 'Web/A.cmd', 'Web/a.cmd', 'link', 'link/bin', 'empty', 'missing', '../outside', 'Web/../Web/bin'];
      // Twice over the shared cache: the second round is answered from memory.
      for (const round of [1, 2]) {
        const facts = fileFacts(dir, shared);
        for (const p of paths) {
          const fresh = fileFacts(dir, new FolderCache());
          assert.deepEqual(facts.list(p), fresh.list(p), `list ${p}, round ${round}`);
          assert.equal(facts.exists(p), fresh.exists(p), `exists ${p}, round ${round}`);
          assert.equal(facts.isDirectory(p), fresh.isDirectory(p), `isDirectory ${p}, round ${round}`);
        }
      }
      const facts = fileFacts(dir, shared);
      facts.list('Web').push('changed by a rule');
      assert.deepEqual(facts.list('Web'), ['A.cmd', 'b.cmd', 'bin']);
      assert.deepEqual(facts.list('../outside'), [], 'nothing outside the root');
      // A path linted outside the root is read around too (a file stands for its folder), and
      // still nothing beside it.
      const beside = fileFacts(join(dir, 'Web'), new FolderCache(), ['../empty', '../ServiceDefinition.csdef']);
      assert.equal(beside.isDirectory('../empty'), true);
      assert.equal(beside.exists('../ServiceDefinition.csdef'), true);
      assert.deepEqual(beside.list('..'), ['ServiceDefinition.csdef', 'Web', 'empty', 'link']);
      const confined = fileFacts(join(dir, 'Web'), new FolderCache(), ['../empty']);
      assert.equal(confined.exists('../ServiceDefinition.csdef'), false);
      assert.deepEqual(confined.list('..'), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
