/** Fuzz targets of the XML layer and of model binding (discovery + every rule). */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILTIN_RULES } from '../../rules/index.js';
import { EffectiveConfig } from '../../src/lint/config.js';
import { lint } from '../../src/lint/engine.js';
import { Registry } from '../../src/lint/registry.js';
import { parseXml, type XmlElement } from '../../src/xml/index.js';
import { corpusFiles, corpusProjects } from './corpus.js';
import { expect, preview, type FuzzTarget } from './harness.js';
import { applyMutation, describeMutation, mutation, xmlToken, type Mutation } from './mutate.js';

/** Never throws, and either a tree or exactly one fatal problem, with a position inside the text. */
export function checkXml(bytes: Uint8Array): void {
  const doc = parseXml('fuzz.xml', bytes);
  const fatal = doc.problems.filter((p) => p.fatal);
  expect(fatal.length <= 1, `${fatal.length} fatal problems`);
  expect(doc.root !== undefined || fatal.length === 1, 'no root element and no fatal problem');
  expect(doc.root === undefined || fatal.length === 0, 'a root element and a fatal problem');
  for (const p of doc.problems) {
    expect(typeof p.message === 'string' && p.message.length > 0, `problem ${p.code} without a message`);
    expect(p.at.line >= 1 && p.at.column >= 1, `problem ${p.code} at line ${p.at.line} column ${p.at.column}`);
    expect(p.at.offset >= 0 && p.at.offset <= doc.text.length, `problem ${p.code} at offset ${p.at.offset} outside the text (${doc.text.length})`);
  }
  // Walk the tree the way rules do, without recursion (depth is bounded, but check it anyway).
  const stack: XmlElement[] = doc.root ? [doc.root] : [];
  let seen = 0;
  while (stack.length) {
    const el = stack.pop() as XmlElement;
    seen++;
    expect(el.span.start.line >= 1, `element ${el.name} at line ${el.span.start.line}`);
    for (const a of el.attributes) void a.value;
    stack.push(...el.elements);
  }
  expect(seen <= 100_001, `${seen} elements`);
}

const XML_SOUP = fc
  .array(fc.oneof({ weight: 3, arbitrary: xmlToken }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));

export const xmlStrings: FuzzTarget<string, Buffer> = {
  name: 'xml: random strings',
  arbitrary: fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 500 }), XML_SOUP, XML_SOUP.map((s) => `<?xml version="1.0"?><r>${s}</r>`)),
  prepare: (s) => Buffer.from(s, 'utf8'),
  check: (b) => checkXml(b),
  describe: (s) => preview(s),
};

const BOMS = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x3c, 0x00, 0x3f, 0x00], [0x00, 0x3c, 0x00, 0x3f]];

export const xmlBytes: FuzzTarget<{ bom: number; bytes: Uint8Array }, Buffer> = {
  name: 'xml: random bytes',
  arbitrary: fc.record({ bom: fc.nat(BOMS.length - 1), bytes: fc.uint8Array({ maxLength: 4096 }) }),
  prepare: ({ bom, bytes }) => Buffer.concat([Buffer.from(BOMS[bom] ?? []), bytes]),
  check: (b) => checkXml(b),
  describe: ({ bom, bytes }) => `bom ${bom}, ${preview(bytes, 60)}`,
};

interface CorpusCase {
  readonly file: number;
  readonly other: number;
  readonly mutations: Mutation[];
}

const corpusCase = fc.record({ file: fc.nat(), other: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }) });

function mutatedCorpusFile(c: CorpusCase): Buffer {
  const files = corpusFiles();
  const base = (files[c.file % files.length] as { bytes: Buffer }).bytes;
  const other = (files[c.other % files.length] as { bytes: Buffer }).bytes;
  return c.mutations.reduce((b, m) => applyMutation(b, m, other), base);
}

function describeCorpusCase(c: CorpusCase): string {
  const files = corpusFiles();
  return `${files[c.file % files.length]?.path} ← ${c.mutations.map(describeMutation).join(' ; ')} (splice from ${files[c.other % files.length]?.path})`;
}

export const xmlCorpus: FuzzTarget<CorpusCase, Buffer> = {
  name: 'xml: mutated corpus files',
  arbitrary: corpusCase,
  prepare: mutatedCorpusFile,
  check: (b) => checkXml(b),
  describe: describeCorpusCase,
};

interface ProjectCase {
  readonly project: number;
  readonly edits: { readonly file: number; readonly other: number; readonly mutations: Mutation[] }[];
}

let registry: Registry | undefined;
let work: string | undefined;
let caseNo = 0;

/**
 * A real project folder with some of its files mutated, linted with every rule on: never an
 * exception, and every file that is not readable XML gets a finding of its own.
 */
export const modelBinding: FuzzTarget<ProjectCase, { dir: string; files: Map<string, Buffer> }> = {
  name: 'model: mutated service folders, discovered and linted',
  arbitrary: fc.record({
    project: fc.nat(),
    edits: fc.array(fc.record({ file: fc.nat(), other: fc.nat(), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) }), { maxLength: 3 }),
  }),
  setup: async () => {
    registry = new Registry(BUILTIN_RULES);
    work = mkdtempSync(join(tmpdir(), 'fuzz-model-'));
  },
  teardown: async () => {
    if (work) rmSync(work, { recursive: true, force: true });
  },
  prepare: (c) => {
    const projects = corpusProjects();
    const project = projects[c.project % projects.length] as (typeof projects)[number];
    const files = new Map(project.files.map((f) => [f.name, f.bytes]));
    const all = corpusFiles();
    for (const e of c.edits) {
      const name = project.files[e.file % project.files.length]?.name as string;
      const other = (all[e.other % all.length] as { bytes: Buffer }).bytes;
      files.set(name, e.mutations.reduce((b, m) => applyMutation(b, m, other), files.get(name) as Buffer));
    }
    const dir = join(work as string, `case-${caseNo++}`);
    mkdirSync(dir, { recursive: true });
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    return { dir, files };
  },
  check: ({ dir, files }) => {
    try {
      const config = new EffectiveConfig({ file: undefined, input: { preset: 'strict' }, lineOf: () => undefined }, registry as Registry);
      const result = lint({ root: dir, paths: ['.'], config });
      for (const f of result.findings) {
        expect(files.has(f.file), `finding for ${f.file}, which is not one of the files`);
        expect(f.startLine >= 1 && f.message.length > 0, `finding ${f.ruleId} at line ${f.startLine}`);
      }
      for (const [name, bytes] of files) {
        const doc = parseXml(name, bytes);
        if (doc.root) continue;
        expect(result.findings.some((f) => f.file === name), `${name} is not readable XML (${doc.problems[0]?.message}) but has no finding`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
  describe: (c) => {
    const projects = corpusProjects();
    const project = projects[c.project % projects.length];
    return `${project?.name}: ${c.edits.map((e) => `${project?.files[e.file % project.files.length]?.name} ← ${e.mutations.map(describeMutation).join(' ; ')}`).join(' | ') || 'unchanged'}`;
  },
};
