import { CFG_NS, ruleTester } from '../helpers/lint-harness.js';

/** A configuration whose XML declaration names `encoding`. */
const configuration = (encoding: string): string =>
  `<?xml version="1.0" encoding="${encoding}"?>\r\n<ServiceConfiguration serviceName="svc" xmlns="${CFG_NS}">\r\n  <Role name="Worker">\r\n    <Instances count="1" />\r\n  </Role>\r\n</ServiceConfiguration>\r\n`;

const utf16le = (text: string, bom = true): Uint8Array => Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
const utf16be = (text: string): Uint8Array => Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
const utf8bom = (text: string): Uint8Array => Buffer.from(`\ufeff${text}`, 'utf8');

const FIX = 'save the file as UTF-8 with encoding="utf-8"';

ruleTester('XML-encoding-mismatch', {
  valid: [
    { name: 'UTF-16LE with a byte-order mark that declares utf-16', files: { 'ServiceConfiguration.Cloud.cscfg': utf16le(configuration('utf-16')) } },
    { name: 'UTF-16BE with a byte-order mark that declares UTF-16', files: { 'ServiceConfiguration.Cloud.cscfg': utf16be(configuration('UTF-16')) } },
    { name: 'UTF-16LE declared with the .NET name "unicode"', files: { 'ServiceConfiguration.Cloud.cscfg': utf16le(configuration('unicode')) } },
    { name: 'UTF-8 with a byte-order mark that declares UTF-8', files: { 'ServiceConfiguration.Cloud.cscfg': utf8bom(configuration('UTF-8')) } },
    {
      name: 'UTF-16LE with a byte-order mark and no declaration',
      files: { 'ServiceConfiguration.Cloud.cscfg': utf16le(configuration('utf-16').replace(/^<\?xml[^>]*>\r\n/, '')) },
    },
    { name: 'a single-byte encoding that is not UTF-8 or UTF-16', files: { 'ServiceConfiguration.Cloud.cscfg': configuration('windows-1252') } },
  ],
  invalid: [
    {
      name: 'UTF-16LE byte-order mark with encoding="utf-8", as Visual Studio sometimes saves it',
      files: { 'ServiceConfiguration.Cloud.cscfg': utf16le(configuration('utf-8')) },
      errors: [{ line: 1, column: 31, message: `the declaration says encoding="utf-8" but its byte-order mark says UTF-16LE; ${FIX}` }],
    },
    {
      name: 'UTF-16BE byte-order mark with encoding="UTF-8"',
      files: { 'ServiceConfiguration.Cloud.cscfg': utf16be(configuration('UTF-8')) },
      errors: [{ line: 1, column: 31, message: `the declaration says encoding="UTF-8" but its byte-order mark says UTF-16BE; ${FIX}` }],
    },
    {
      name: 'UTF-8 byte-order mark with encoding="utf-16"',
      files: { 'ServiceConfiguration.Cloud.cscfg': utf8bom(configuration('utf-16')) },
      errors: [{ line: 1, column: 31, message: `the declaration says encoding="utf-16" but its byte-order mark says UTF-8; ${FIX}` }],
    },
    {
      name: 'UTF-8 bytes without a byte-order mark under encoding="utf-16"',
      files: { 'ServiceConfiguration.Cloud.cscfg': configuration('utf-16') },
      errors: [{ line: 1, column: 31, message: `the declaration says encoding="utf-16" but its bytes are UTF-8; ${FIX}` }],
    },
    {
      name: 'UTF-16LE bytes without a byte-order mark under encoding="utf-8"',
      files: { 'ServiceConfiguration.Cloud.cscfg': utf16le(configuration('utf-8'), false) },
      errors: [{ line: 1, column: 31, message: `the declaration says encoding="utf-8" but its bytes are UTF-16LE; ${FIX}` }],
    },
  ],
});
