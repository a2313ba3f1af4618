import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { repoRoot } from '../helpers/paths.js';

const child = join(repoRoot, '.build', 'test', 'helpers', 'measure-child.js');
const dir = mkdtempSync(join(tmpdir(), 'cs-hostile-'));
after(() => rmSync(dir, { recursive: true, force: true }));

interface Measured {
  exit: number;
  /** CPU time of the command, user and system. */
  ms: number;
  wallMs: number;
  maxRssMB: number;
  out: string;
  err: string;
}

function lintOne(name: string): Measured {
  const out = execFileSync(process.execPath, [child, 'lint', name, '--format', 'json', '--fail-on', 'none'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  return JSON.parse(out) as Measured;
}

function findingsOf(m: Measured): { ruleId: string; line: number; column: number; message: string }[] {
  return (JSON.parse(m.out) as { findings: { ruleId: string; line: number; column: number; message: string }[] }).findings;
}

// Bounds from the issue: a finding or a clear error in under a second (of CPU time), under 200 MB.
const MAX_MS = 1000;
const MAX_MB = 200;

describe('hostile input', () => {
  it('billion laughs: refused at the DOCTYPE, never expanded', () => {
    const levels = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) levels.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    writeFileSync(
      join(dir, 'laughs.cscfg'),
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n ${levels.join('\n ')}\n]>\n<ServiceConfiguration serviceName="x">&lol9;</ServiceConfiguration>\n`,
    );
    const m = lintOne('laughs.cscfg');
    const f = findingsOf(m);
    assert.deepEqual(f.map((x) => [x.ruleId, x.line, x.column]), [['XML-dtd-forbidden', 2, 1]]);
    assert.ok(m.ms < MAX_MS, `${m.ms} ms`);
    assert.ok(m.maxRssMB < MAX_MB, `${m.maxRssMB} MB`);
  });

  it('external entity: refused, the referenced file is never read', () => {
    writeFileSync(
      join(dir, 'xxe.csdef'),
      `<?xml version="1.0"?>\n<!DOCTYPE d [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>\n<ServiceDefinition name="&x;"/>\n`,
    );
    const m = lintOne('xxe.csdef');
    const f = findingsOf(m);
    assert.deepEqual(f.map((x) => x.ruleId), ['XML-dtd-forbidden']);
    assert.doesNotMatch(m.out, /root:/);
    assert.ok(m.ms < MAX_MS && m.maxRssMB < MAX_MB, `${m.ms} ms, ${m.maxRssMB} MB`);
  });

  it('a 50 MB file: refused by size without being read', () => {
    const p = join(dir, 'huge.cscfg');
    const fd = openSync(p, 'w');
    writeSync(fd, '<ServiceConfiguration serviceName="x">');
    const chunk = Buffer.alloc(1 << 20, '<!-- padding padding padding -->\n');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    writeSync(fd, '</ServiceConfiguration>');
    closeSync(fd);
    const m = lintOne('huge.cscfg');
    const f = findingsOf(m);
    assert.deepEqual(f.map((x) => x.ruleId), ['XML-file-too-large']);
    assert.match(f[0]!.message, /over the 4194304-byte limit/);
    assert.ok(m.ms < MAX_MS && m.maxRssMB < MAX_MB, `${m.ms} ms, ${m.maxRssMB} MB`);
  });

  it('deep nesting: refused at the depth limit', () => {
    writeFileSync(join(dir, 'deep.csdef'), '<a>'.repeat(100_000) + '</a>'.repeat(100_000));
    const m = lintOne('deep.csdef');
    assert.deepEqual(findingsOf(m).map((x) => x.ruleId), ['XML-file-too-large']);
    assert.ok(m.ms < MAX_MS && m.maxRssMB < MAX_MB, `${m.ms} ms, ${m.maxRssMB} MB`);
  });
});
