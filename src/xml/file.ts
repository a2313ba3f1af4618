import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { LineIndex } from './lines.js';
import { DEFAULT_LIMITS, parseXml, type XmlDocument, type XmlLimits } from './parse.js';

/**
 * Reads and parses one file. The size is checked before anything is read, so a huge or endless
 * file costs nothing; a file that cannot be read becomes a document with one problem.
 */
export function parseXmlFile(path: string, displayName: string, limits: XmlLimits = DEFAULT_LIMITS): XmlDocument {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile()) return unreadable(displayName, 'it is not a regular file');
    if (st.size > limits.maxBytes) {
      return problemDoc(
        displayName,
        'too-large',
        `the file is ${st.size} bytes, over the ${limits.maxBytes}-byte limit for a service file; it was not read`,
      );
    }
    const buf = Buffer.alloc(st.size);
    let read = 0;
    while (read < st.size) {
      const n = readSync(fd, buf, read, st.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return parseXml(displayName, buf.subarray(0, read), limits);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return unreadable(displayName, code === 'ENOENT' ? 'the file does not exist' : `it could not be read (${code ?? String(err)})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unreadable(file: string, why: string): XmlDocument {
  return problemDoc(file, 'unreadable', why);
}

function problemDoc(file: string, code: 'unreadable' | 'too-large', message: string): XmlDocument {
  const lines = new LineIndex('');
  return { file, text: '', lines, encoding: undefined, root: undefined, comments: [], problems: [{ code, fatal: true, message, at: lines.position(0) }] };
}
