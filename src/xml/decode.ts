import type { EncodingInfo } from './types.js';

export interface Decoded {
  readonly text: string;
  readonly encoding: EncodingInfo;
  /** Set when the bytes cannot be decoded as the encoding they claim. */
  readonly error?: string;
}

const DECL_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*(["'])([A-Za-z0-9._-]+)\1/;

/**
 * Decodes XML bytes the way real Cloud Services files need: the byte-order mark wins over the
 * declaration (one corpus file is UTF-16LE with `encoding="utf-8"`), a UTF-16 declaration on
 * ASCII-compatible bytes is treated as a lie, and files without any declaration are UTF-8.
 */
export function decodeXml(bytes: Uint8Array): Decoded {
  const b0 = bytes[0];
  const b1 = bytes[1];
  const b2 = bytes[2];
  let detected: EncodingInfo['detected'];
  let bom = false;
  let body = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    detected = 'utf-8';
    bom = true;
    body = bytes.subarray(3);
  } else if (b0 === 0xff && b1 === 0xfe) {
    detected = 'utf-16le';
    bom = true;
    body = bytes.subarray(2);
  } else if (b0 === 0xfe && b1 === 0xff) {
    detected = 'utf-16be';
    bom = true;
    body = bytes.subarray(2);
  } else if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f) {
    detected = 'utf-16le';
  } else if (b0 === 0x00 && b1 === 0x3c && bytes[3] === 0x3f) {
    detected = 'utf-16be';
  } else {
    detected = 'utf-8';
  }

  let declared: string | undefined;
  let hasDeclaration = false;
  if (detected === 'utf-8') {
    // The declaration is ASCII, so it can be read before the encoding is settled.
    hasDeclaration = body[0] === 0x3c && body[1] === 0x3f && body[2] === 0x78 && body[3] === 0x6d && body[4] === 0x6c;
    // DECL_ENCODING only matches after "<?xml".
    declared = hasDeclaration ? DECL_ENCODING.exec(latin1(body.subarray(0, 256)))?.[2] : undefined;
    if (!bom && declared) {
      const label = declared.toLowerCase();
      if (label === 'windows-1252' || label === 'cp1252') detected = 'windows-1252';
      else if (label === 'iso-8859-1' || label === 'latin1' || label === 'latin-1') detected = 'iso-8859-1';
      else if (label === 'us-ascii' || label === 'ascii') detected = 'us-ascii';
    }
  }

  let text: string;
  let error: string | undefined;
  try {
    text = decoder(detected, true).decode(body);
  } catch {
    // Keep going with replacement characters so the rest of the file is still checked.
    text = decoder(detected, false).decode(body);
    error = `the bytes are not valid ${detected.toUpperCase()}; save the file as UTF-8`;
  }
  if (detected !== 'utf-8') {
    hasDeclaration = text.startsWith('<?xml');
    declared = DECL_ENCODING.exec(text.slice(0, 256))?.[2];
  }
  const encoding: EncodingInfo = { detected, bom, declared, hasDeclaration, lineEndings: lineEndings(text) };
  return error === undefined ? { text, encoding } : { text, encoding, error };
}

/**
 * A decoder for the encoding, made once: a decoder keeps no state between whole-input calls, and
 * making one for each file cost more than decoding a small file.
 */
const decoders = new Map<string, InstanceType<typeof TextDecoder>>();
function decoder(detected: EncodingInfo['detected'], fatal: boolean): InstanceType<typeof TextDecoder> {
  const label = detected === 'us-ascii' ? 'utf-8' : detected;
  const key = fatal ? label : `${label} replacing`;
  let d = decoders.get(key);
  if (d === undefined) {
    d = new TextDecoder(label, { fatal, ignoreBOM: true });
    decoders.set(key, d);
  }
  return d;
}

/** Each byte as the character with that code (ISO-8859-1), without copying the bytes. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function lineEndings(text: string): EncodingInfo['lineEndings'] {
  // Counted with indexOf: CRLF pairs, then all CRs and all LFs, each a search for one character.
  const lfAll = count(text, '\n');
  const crAll = lfAll === 0 ? count(text, '\r') : text.indexOf('\r') < 0 ? 0 : count(text, '\r');
  const crlf = crAll === 0 || lfAll === 0 ? 0 : count(text, '\r\n');
  const lf = lfAll - crlf;
  const cr = crAll - crlf;
  const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}

/** How many times `s` (which cannot overlap itself) occurs in `text`. */
function count(text: string, s: string): number {
  let n = 0;
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length)) n++;
  return n;
}
