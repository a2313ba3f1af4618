import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MemorySink, STORED, ZipWriter } from '../../src/package/zip-write.js';
import { ZipArchive } from '../../src/package/zip-read.js';
import { crc32 } from 'node:zlib';

/** A ZIP of `names` (ASCII) whose UTF-8 flag is cleared, with every `_` in a name turned into byte 0x82. */
async function cp437Zip(names: string[]): Promise<Buffer> {
  const sink = new MemorySink();
  const zip = new ZipWriter(sink, { time: Date.UTC(2024, 0, 1) });
  for (const name of names) await zip.add(name, STORED, Buffer.from(name), crc32(Buffer.from(name)), name.length);
  await zip.finish();
  const out = sink.contents();
  for (const [signature, flagsAt, nameLengthAt, nameAt] of [
    [0x04034b50, 6, 26, 30],
    [0x02014b50, 8, 28, 46],
  ] as const) {
    for (let at = out.indexOf(Buffer.from([0x50, 0x4b])); at >= 0; at = out.indexOf(Buffer.from([0x50, 0x4b]), at + 1)) {
      if (at + nameAt > out.length || out.readUInt32LE(at) !== signature) continue;
      out.writeUInt16LE(out.readUInt16LE(at + flagsAt) & ~0x800, at + flagsAt);
      const length = out.readUInt16LE(at + nameLengthAt);
      for (let i = at + nameAt; i < at + nameAt + length; i++) if (out[i] === 0x5f) out[i] = 0x82;
    }
  }
  return out;
}

describe('entry names without the UTF-8 flag', () => {
  it('are read as code page 437, ASCII as it is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zip-names-'));
    try {
      const file = join(dir, 'cp437.zip');
      await writeFile(file, await cp437Zip(['approot/caf_.txt', 'approot/plain.txt', '__/x']));
      const archive = await ZipArchive.openFile(file);
      try {
        assert.deepEqual(archive.entries.map((e) => e.name), ['approot/café.txt', 'approot/plain.txt', 'éé/x']);
      } finally {
        await archive.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
