import { DEF_NS, ruleTester } from '../helpers/lint-harness.js';

const MAX_BYTES = 4 * 1024 * 1024;

/** A definition of exactly `size` bytes (ASCII), padded with a comment. */
function definitionOfSize(size: number): string {
  const head = `<ServiceDefinition name="svc" xmlns="${DEF_NS}">\n  <!-- `;
  const tail = ` -->\n  <WorkerRole name="Worker" />\n</ServiceDefinition>\n`;
  const text = head + 'x'.repeat(size - head.length - tail.length) + tail;
  if (Buffer.byteLength(text) !== size) throw new Error('fixture has the wrong size');
  return text;
}

/** A definition with `count` elements in all: the root on line 1, one child per line after it. */
function definitionWithElements(count: number): string {
  return `<ServiceDefinition name="svc" xmlns="${DEF_NS}">\n${'  <a />\n'.repeat(count - 1)}</ServiceDefinition>\n`;
}

/** A definition nested `levels` deep: the root on line 1, one start tag per line after it. */
function definitionWithDepth(levels: number): string {
  return `<ServiceDefinition name="svc" xmlns="${DEF_NS}">\n${'<d>\n'.repeat(levels - 1)}${'</d>\n'.repeat(levels - 1)}</ServiceDefinition>\n`;
}

ruleTester('XML-file-too-large', {
  valid: [
    { name: 'a file of exactly 4 MiB', files: { 'ServiceDefinition.csdef': definitionOfSize(MAX_BYTES) } },
    { name: 'exactly 100,000 elements', files: { 'ServiceDefinition.csdef': definitionWithElements(100_000) } },
    { name: 'elements nested exactly 64 levels deep', files: { 'ServiceDefinition.csdef': definitionWithDepth(64) } },
  ],
  invalid: [
    {
      name: 'one byte over 4 MiB',
      files: { 'ServiceDefinition.csdef': definitionOfSize(MAX_BYTES + 1) },
      errors: [
        { line: 1, column: 1, message: 'the file is 4194305 bytes, over the 4194304-byte limit for a service file; it was not read' },
      ],
    },
    {
      name: 'one element more than 100,000',
      files: { 'ServiceDefinition.csdef': definitionWithElements(100_001) },
      errors: [{ line: 100_001, column: 3, message: 'more than 100000 elements; a service file never has that many' }],
    },
    {
      name: 'elements nested 65 levels deep',
      files: { 'ServiceDefinition.csdef': definitionWithDepth(65) },
      errors: [{ line: 65, column: 1, message: 'elements nested deeper than 64 levels' }],
    },
  ],
});
