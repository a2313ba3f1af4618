export const id = 270;
export const ids = [270];
export const modules = {

/***/ 54270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PackageStageError: () => (/* binding */ PackageStageError),
  packageStage: () => (/* binding */ packageStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
var external_node_fs_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/model/role-folders.js
var role_folders = __webpack_require__(1805);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./.build/src/package/format.js
/** Names and URIs of the two package formats (cspkg-format.md §3, §4). */
const REQUIRED_RESOURCE = 'http://schemas.microsoft.com/opc/2006/sample/required-resource';
const PRODUCT_VERSION_REL = 'http://schemas.microsoft.com/ServiceHosting/2009/10/UAR/ProductVersion';
const UAR_MANIFEST_REL = 'http://schemas.microsoft.com/ServiceHosting/2009/10/UAR/Manifest';
const CTP_REL = 'http://schemas.microsoft.com/windowsazure/PackageDefinition/Version/2012/03/15';
const CTP_NS = 'http://schemas.microsoft.com/windowsazure';
const CTP_PRODUCT_VERSION_KEY = 'http://schemas.microsoft.com/windowsazure/ProductVersion/';
const CSDEF_NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';
const CSDEF_DOC = 'ServiceDefinition/ServiceDefinition.csdef';
const RD_DOC = 'ServiceDefinition/ServiceDefinition.rd';
const RDSC_DOC = 'ServiceDefinition/ServiceDefinition.rdsc';
const NAMED_STREAM_KINDS = ['RequiredFeatures', 'SupportedOSes', 'SupportData'];
/** Text a stand-in runtime file written by `--sdk-kit stub` starts with; verify refuses packages holding one. */
const STUB_MARKER = 'cloudservice-lint stand-in runtime file: NOT DEPLOYABLE';

;// CONCATENATED MODULE: ./.build/src/package/interrupt.js

/**
 * Temporary files and folders to remove if the process is interrupted. A cancelled CI job sends
 * SIGINT, then SIGTERM: without this, the half-written `.partial` package and the role files
 * beside it would stay in the output folder, where a later upload step could pick them up.
 *
 * The handlers are installed only while something is registered, so a host process (the action,
 * a test runner) keeps its own signal behaviour the rest of the time. After removing the paths the
 * process ends by the same signal, as it would have without the handler.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const paths = new Set();
/** Passes a removal takes at most, and the pause between two (see removeAll). */
const MAX_PASSES = 50;
const PAUSE_MS = 10;
/**
 * Removes every registered path, in passes until two in a row find none of them. File operations
 * already handed to libuv's threads go on while this runs: one can create a file in a folder being
 * removed (whose removal then fails, not empty) or move the finished package to a path a pass has
 * already found absent. Once a folder is gone nothing more can be created in it, and no new
 * operation starts while this handler holds the thread, so the passes end.
 */
function removeAll() {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    let clean = 0;
    for (let pass = 0; pass < MAX_PASSES && clean < 2; pass++) {
        let found = false;
        for (const p of paths) {
            if (!(0,external_node_fs_.existsSync)(p))
                continue;
            found = true;
            try {
                (0,external_node_fs_.rmSync)(p, { recursive: true, force: true });
            }
            catch {
                // Not empty yet, or not removable at all: the next pass tries again; ending is what was
                // asked, so a path that stays must not stop that.
            }
        }
        clean = found ? 0 : clean + 1;
        if (clean < 2)
            Atomics.wait(pause, 0, 0, PAUSE_MS);
    }
}
function onSignal(signal) {
    removeAll();
    paths.clear();
    for (const s of SIGNALS)
        process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
}
/** Removes `path` if the process is interrupted, until the returned function is called. */
function interrupt_removeOnInterrupt(path) {
    if (paths.size === 0)
        for (const s of SIGNALS)
            process.on(s, onSignal);
    paths.add(path);
    return () => {
        if (!paths.delete(path) || paths.size > 0)
            return;
        for (const s of SIGNALS)
            process.removeListener(s, onSignal);
    };
}
/**
 * Creates a temporary folder (`mkdtemp` with `prefix`) and registers it for removal before
 * returning. Both happen in one turn of the event loop: with an awaited `mkdtemp` a signal handled
 * between the folder's creation and its registration would end the process and leave the folder.
 */
function tempDirRemovedOnInterrupt(prefix) {
    const path = (0,external_node_fs_.mkdtempSync)(prefix);
    return { path, release: interrupt_removeOnInterrupt(path) };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./.build/src/xml/index.js + 7 modules
var xml = __webpack_require__(13855);
;// CONCATENATED MODULE: ./.build/src/package/xml-out.js
/**
 * The XML text CSPack writes: .NET XmlWriter conventions (`<a b="c" />` with a space before the
 * slash, `>` escaped in attribute values), either on one line or indented by two spaces with CRLF.
 */
function el(name, attrs = [], children = [], text) {
    const kept = children.filter((c) => !!c);
    return text === undefined ? { name, attrs, children: kept } : { name, attrs, children: kept, text };
}
function escapeAttr(value) {
    return value.replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c] ?? c);
}
function escapeText(value) {
    return value.replace(/[&<>]/g, (c) => ATTR_ESCAPES[c] ?? c);
}
const ATTR_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    '\r': '&#xD;',
    '\n': '&#xA;',
    '\t': '&#x9;',
};
function startTag(node) {
    let s = `<${node.name}`;
    for (const [k, v] of node.attrs)
        if (v !== undefined)
            s += ` ${k}="${escapeAttr(v)}"`;
    return s;
}
/** One element on one line, as `xmlDocument` writes it without indenting. */
function writeInline(node) {
    const start = startTag(node);
    if (node.text !== undefined && node.text !== '')
        return `${start}>${escapeText(node.text)}</${node.name}>`;
    if (node.children.length === 0)
        return `${start} />`;
    return `${start}>${node.children.map(writeInline).join('')}</${node.name}>`;
}
function writeIndented(node, depth, out) {
    const pad = '  '.repeat(depth);
    const start = startTag(node);
    if (node.text !== undefined && node.text !== '') {
        out.push(`${pad}${start}>${escapeText(node.text)}</${node.name}>`);
    }
    else if (node.children.length === 0) {
        out.push(`${pad}${start} />`);
    }
    else {
        out.push(`${pad}${start}>`);
        for (const c of node.children)
            writeIndented(c, depth + 1, out);
        out.push(`${pad}</${node.name}>`);
    }
}
const BOM = '\ufeff';
const UTF8_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
/** One-line document with BOM and declaration: .rels, [Content_Types].xml, named streams. */
const ONE_LINE = { bom: true, declaration: UTF8_DECLARATION, indented: false };
/** CRLF-indented with BOM and declaration: RoleModel.xml, RuntimeSetup.Manifest, .csdef, .rdsc. */
const INDENTED = { bom: true, declaration: UTF8_DECLARATION, indented: true };
function xmlDocument(root, style) {
    let body;
    if (style.indented) {
        const lines = [];
        writeIndented(root, 0, lines);
        body = (style.declaration ? `${style.declaration}\r\n` : '') + lines.join('\r\n');
    }
    else {
        body = style.declaration + writeInline(root);
    }
    return Buffer.from((style.bom ? BOM : '') + body, 'utf8');
}

;// CONCATENATED MODULE: ./.build/src/package/opc.js


const CONTENT_TYPES_PART = '[Content_Types].xml';
const RELS_PART = '_rels/.rels';
const CONTENT_TYPES_KEY = CONTENT_TYPES_PART.toLowerCase();
/** Whether a part, by lower-case name, is the package's relationships or content types: OPC's own, not content. */
function isOpcMetadataPart(key) {
    return key === RELS_PART || key === CONTENT_TYPES_KEY;
}
const CT_NS = 'http://schemas.openxmlformats.org/package/2006/content-types';
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const RELS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
/** Largest package XML part (manifest, content types, relationships) read into memory. */
const MAX_XML_PART = 64 * 1024 * 1024;
const XML_LIMITS = { maxBytes: MAX_XML_PART, maxDepth: 64, maxElements: 5_000_000 };
/** Parses a package XML part; returns the root or a one-line reason it could not be read. */
function parsePart(label, bytes) {
    const doc = (0,xml/* parseXml */.NO)(label, bytes, XML_LIMITS);
    const fatal = doc.problems.find((p) => p.fatal);
    if (!doc.root || fatal) {
        const p = fatal ?? doc.problems[0];
        return { error: p ? `${p.message} (line ${p.at.line}, column ${p.at.column})` : 'empty document' };
    }
    return { root: doc.root };
}
function readContentTypes(root) {
    if (root.local !== 'Types' || root.uri !== CT_NS)
        return `root element is <${root.name}>, expected <Types> in ${CT_NS}`;
    const defaults = new Map();
    const overrides = new Map();
    for (const e of root.elements) {
        const type = e.attrValue('ContentType');
        if (e.local === 'Default') {
            const ext = e.attrValue('Extension');
            if (ext === undefined || type === undefined)
                return '<Default> without Extension or ContentType';
            defaults.set(ext.toLowerCase(), type);
        }
        else if (e.local === 'Override') {
            const part = e.attrValue('PartName');
            if (part === undefined || type === undefined)
                return '<Override> without PartName or ContentType';
            const name = part.toLowerCase();
            if (name.startsWith('/'))
                overrides.set(name.slice(1), type);
        }
    }
    return { defaults, overrides };
}
/**
 * The content type OPC gives a part (ZIP entry name without leading slash), or undefined. OPC
 * compares names and extensions case-insensitively; `lowerName`, the name in lower case, can be
 * passed when the caller has it (a level's `parts` are keyed by it), so that looking up every part
 * of a large role makes no string but its extension.
 */
function contentTypeOf(types, entryName, lowerName = entryName.toLowerCase()) {
    const override = types.overrides.get(lowerName);
    if (override !== undefined)
        return override;
    const dot = entryName.lastIndexOf('.');
    if (dot < 0 || dot < entryName.lastIndexOf('/'))
        return undefined;
    const ext = entryName.slice(dot + 1);
    // The keys are in lower case, so an extension that is not misses and is looked up lowered.
    return types.defaults.get(ext) ?? types.defaults.get(ext.toLowerCase());
}
function readRelationships(root) {
    if (root.local !== 'Relationships' || root.uri !== RELS_NS) {
        return `root element is <${root.name}>, expected <Relationships> in ${RELS_NS}`;
    }
    const rels = [];
    for (const e of root.childrenNamed('Relationship')) {
        const id = e.attrValue('Id');
        const type = e.attrValue('Type');
        const target = e.attrValue('Target');
        if (!id || !type || target === undefined)
            return '<Relationship> without Id, Type or Target';
        rels.push({ id, type, target, external: e.attrValue('TargetMode') === 'External' });
    }
    return rels;
}
/** The ZIP entry name an internal relationship target points at (targets here are absolute: `/x.csman`). */
function targetEntryName(target) {
    const path = target.startsWith('/') ? target.slice(1) : target;
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}
function relationshipsXml(rels) {
    return xmlDocument(el('Relationships', [['xmlns', RELS_NS]], rels.map((r) => el('Relationship', [
        ['Type', r.type],
        ['Target', r.target],
        ['TargetMode', r.external ? 'External' : undefined],
        ['Id', r.id],
    ]))), ONE_LINE);
}
function contentTypesXml(defaults, overrides = []) {
    return xmlDocument(el('Types', [['xmlns', CT_NS]], [
        ...defaults.map(([ext, type]) => el('Default', [['Extension', ext], ['ContentType', type]])),
        ...overrides.map(([part, type]) => el('Override', [['PartName', part], ['ContentType', type]])),
    ]), ONE_LINE);
}
/** Part-name URI for a ZIP entry name: `/` + the name with characters outside URI syntax escaped. */
function partUri(entryName) {
    return '/' + entryName.split('/').map((s) => encodeURIComponent(s).replace(/%5B/g, '[').replace(/%5D/g, ']')).join('/');
}

;// CONCATENATED MODULE: ./.build/src/package/problems.js
/** Collects problems under the check that is running. */
class ProblemLog {
    problems = [];
    checks = [];
    current;
    check(name) {
        let c = this.checks.find((x) => x.name === name);
        if (!c) {
            c = { name, errors: 0, warnings: 0 };
            this.checks.push(c);
        }
        this.current = c;
    }
    error(code, part, message) {
        this.add({ code, severity: 'error', part, message });
    }
    warn(code, part, message) {
        this.add({ code, severity: 'warning', part, message });
    }
    /** Adds what another log collected, in its order, under the check running here. */
    replay(other) {
        for (const p of other.problems)
            this.add(p);
    }
    add(p) {
        this.problems.push(p);
        if (!this.current)
            this.check('package');
        const c = this.current;
        if (p.severity === 'error')
            c.errors++;
        else
            c.warnings++;
    }
    get errorCount() {
        return this.problems.filter((p) => p.severity === 'error').length;
    }
}
/** Why a ZIP entry name is unsafe or not a valid OPC part name, or undefined when it is fine. */
function entryNameProblem(name) {
    if (name === '')
        return 'empty name';
    if (name.startsWith('/'))
        return 'absolute path (starts with "/")';
    if (/^[A-Za-z]:/.test(name))
        return 'absolute path (drive letter)';
    if (name.includes('\\'))
        return 'backslash in name (ZIP names use "/")';
    // Segment by segment in place: splitting made an array and a string per segment of every name,
    // 17 MB of garbage for a role of 68,000 files (BENCHMARKS.md).
    let dotDot = false;
    let dot = false;
    let empty = false;
    for (let start = 0;;) {
        const slash = name.indexOf('/', start);
        const end = slash < 0 ? name.length : slash;
        const length = end - start;
        if (length === 0 && slash >= 0)
            empty = true;
        else if (length === 1 && name.charCodeAt(start) === 0x2e)
            dot = true;
        else if (length === 2 && name.charCodeAt(start) === 0x2e && name.charCodeAt(start + 1) === 0x2e)
            dotDot = true;
        if (slash < 0)
            break;
        start = slash + 1;
    }
    if (dotDot)
        return '".." path segment (would escape the package)';
    if (dot)
        return '"." path segment';
    if (empty)
        return 'empty path segment';
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f]/.test(name))
        return 'control character in name';
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(20663);
;// CONCATENATED MODULE: ./.build/src/package/entry-measures.js
const UNMEASURED = 0;
const MEASURED = 1;
const FAILED = 2;
/**
 * What hashing an archive's entries found, by the entry's place in the archive: its SHA-256 as 32
 * bytes and its length, or why it could not be read. A role of 68,000 files read back held a
 * 64-character string and an object per file, and four maps by entry or by name that each took a
 * 3.6 MiB table (the 4 GiB benchmark tree's read-back peak); here the digests are bytes in one
 * buffer and the hex string and object are made when asked for.
 */
class EntryMeasures {
    digests;
    sizes;
    states;
    /** Few: only entries that could not be read. */
    errors = new Map();
    constructor(count) {
        this.digests = Buffer.alloc(count * 32);
        this.sizes = new Float64Array(count);
        this.states = new Uint8Array(count);
    }
    setHash(e, sha256Hex, size) {
        this.digests.write(sha256Hex, e.index * 32, 32, 'hex');
        this.sizes[e.index] = size;
        this.states[e.index] = MEASURED;
        this.errors.delete(e.index);
    }
    setError(e, error) {
        this.states[e.index] = FAILED;
        this.errors.set(e.index, error);
    }
    /** Whether the entry was measured, readable or not. */
    has(e) {
        return this.state(e) !== UNMEASURED;
    }
    /** The entry's hash and length, or why it could not be read; undefined if it was not measured. */
    get(e) {
        return this.state(e) === FAILED ? this.errors.get(e.index) : this.hash(e);
    }
    /** Whether the entry was measured and could be read. */
    readable(e) {
        return this.state(e) === MEASURED;
    }
    /** The entry's hash and length when it was measured and readable. */
    hash(e) {
        if (!this.readable(e))
            return undefined;
        return { sha256: this.sha256(e), size: this.size(e) };
    }
    /** Lower-case hex; meaningful only for a readable entry. */
    sha256(e) {
        return this.digests.toString('hex', e.index * 32, e.index * 32 + 32);
    }
    size(e) {
        return this.sizes[e.index];
    }
    state(e) {
        return this.states[e.index] ?? UNMEASURED;
    }
}
/** A set of an archive's entries, one byte per entry: for a role, a set by entry took a 3.6 MiB table. */
class EntrySet {
    members;
    constructor(count) {
        this.members = new Uint8Array(count);
    }
    add(e) {
        this.members[e.index] = 1;
    }
    has(e) {
        return this.members[e.index] === 1;
    }
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
;// CONCATENATED MODULE: ./.build/src/package/off-heap-garbage.js


/**
 * Packaging and verifying move every byte through short-lived buffers outside the JS heap (file
 * blocks, zlib's output), and zlib's synchronous API cannot write into a reused buffer. V8
 * collects such buffers only once its external-memory limit (about 64 MiB more than after the
 * last collection) is reached, in each thread: the main thread and two workers would each hold
 * that much garbage. A young-generation collection every 4 MiB of it (well under a millisecond on
 * these small heaps) keeps memory bounded by what is in flight instead.
 *
 * Synchronous zlib calls need one more step, taken where they are made (the workers' code):
 * a zlib engine's native handle is a weak handle, which young-generation collections treat as
 * alive, so the engine survives them, and with it its last output buffer, `chunkSize` bytes. Only
 * a full collection would free those, one per block or file. So each call asks for the engine
 * (`info: true`) and sets its `_outBuffer` to null (Node's own field, lib/zlib.js; on a Node
 * without it this costs memory, never correctness): that lowered the benchmark's peak by about
 * 60 MiB per thread.
 *
 * `gc` is reached the way jest-leak-detector reaches it: set the flag, then take the function
 * from a new context. The flag is process-wide; setting it again is harmless.
 */
const COLLECT_EVERY = 4 * 1024 * 1024;
/**
 * Packaging and verifying allocate fast (a file's path, hashes and records, a manifest of tens of
 * thousands of items) while keeping little: about 15 MiB live while the benchmark tree is written,
 * 40 MiB while its package is verified. V8 reads that allocation rate as a reason to grow the
 * young generation to its maximum and the old generation to up to four times what is live: 160–200
 * MiB of heap for 40 MiB of objects. These two of V8's heap-sizing flags keep the young generation
 * at its starting size and let the old one grow by a fifth past what is live. They only steer when
 * V8 collects (both are read each time V8 sizes the heap), never what a collection keeps, and stay
 * set for the rest of the process: the action packages after it lints. Measured on the benchmark's
 * verify: a peak of 254 MiB instead of 350, in the same time.
 */
function boundHeapGrowth() {
    (0,external_node_v8_.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,external_node_v8_.setFlagsFromString)('--heap-growing-percent=20');
}
let collector;
let since = 0;
let collections = 0;
/** Every 256 MiB streamed: a few tens of milliseconds each, under 1 % of the time. */
const RELEASE_EVERY = 64;
function collect(options) {
    if (!collector) {
        (0,external_node_v8_.setFlagsFromString)('--expose-gc');
        collector = (globalThis.gc ?? (0,external_node_vm_.runInNewContext)('gc'));
    }
    collector(options);
}
/**
 * Counts `bytes` of garbage just made; collects the young generation every COLLECT_EVERY bytes,
 * and every RELEASE_EVERY-th time makes it a `collectPhase` instead: streaming is never idle, and
 * V8 releases its pool only in the collections it schedules when a program idles.
 */
function noteGarbage(bytes) {
    since += bytes;
    if (since < COLLECT_EVERY)
        return;
    since = 0;
    if (++collections % RELEASE_EVERY === 0)
        collectPhase();
    else
        collect({ type: 'minor' });
}
/**
 * A full collection that also hands back the pages V8 keeps for reuse. An ordinary full collection
 * puts the pages it frees in a pool, which only a memory-reducing collection empties: 20–27 MiB of
 * them stayed resident through the 4 GiB benchmark tree's packaging, after listing and checking its
 * 68,000 files and again after opening its role package for the read-back. The `last-resort` flavour
 * of `gc` is that memory-reducing collection. Made where a phase that allocated in proportion to the
 * files ends and a long one that keeps little begins, and every 256 MiB streamed.
 */
function collectPhase() {
    collect({ type: 'major', flavor: 'last-resort' });
}
/**
 * `noteGarbage` as source text for an eval'd worker, with young collections only: defines
 * `noteGarbage(bytes)`. (Full collections here lower the peak as much as releasing zlib's output
 * buffers does, but cost 7 ms each, 5–15 % of the packaging time.)
 */
const WORKER_NOTE_GARBAGE = `
const noteGarbage = (() => {
  let collect;
  let since = 0;
  return (bytes) => {
    since += bytes;
    if (since < ${COLLECT_EVERY}) return;
    since = 0;
    if (!collect) {
      require('node:v8').setFlagsFromString('--expose-gc');
      collect = globalThis.gc || require('node:vm').runInNewContext('gc');
    }
    collect({ type: 'minor' });
  };
})();
`;
/** Files from which a phase that allocated per file is worth a `collectPhase` at its end. */
const MANY_FILES = 10_000;
/**
 * `collectPhase` after a phase that allocated in proportion to `files`, when they were many: after
 * a role package is written (its layout, records and manifest text) and, in `package`'s
 * read-back, after a directory of that many entries is read. V8 left alone sometimes runs its next
 * full collection seconds later, and meanwhile takes new pages for the next phase: packaging the
 * 4 GiB benchmark tree, V8's pages went from 15 to 40–47 MiB as its role was opened for the
 * read-back in two runs of three (BENCHMARKS.md). A few tens of milliseconds each time; never for
 * small packages, where it would cost more than the memory it saves.
 */
function collectAfter(files) {
    if (files >= MANY_FILES)
        collectPhase();
}

;// CONCATENATED MODULE: ./.build/src/package/zip-read.js









/** Entries whose numbers share one page of `EntryNumbers`. */
const NUMBERS_PAGE = 4096;
/**
 * The numbers of a page of directory entries, in typed arrays. As fields of an object, a CRC-32 or
 * an offset past 1 GiB does not fit V8's small integers, and once one entry's does not, every
 * entry's field of that kind is a boxed number of its own: six per entry, 96 bytes, kept as long
 * as the package is open (409,000 of them for a role of 68,000 files).
 */
class EntryNumbers {
    capacity;
    /** offset, compressedSize, uncompressedSize, limit of each entry. */
    wide;
    /** crc32, flags, compressionMethod, nameLength of each entry. */
    narrow;
    constructor(capacity) {
        this.capacity = capacity;
        this.wide = new Float64Array(capacity * 4);
        this.narrow = new Uint32Array(capacity * 4);
    }
}
class DirectoryEntry {
    name;
    numbers;
    slot;
    index;
    constructor(name, numbers, slot, index) {
        this.name = name;
        this.numbers = numbers;
        this.slot = slot;
        this.index = index;
    }
    get offset() {
        return this.numbers.wide[this.slot * 4];
    }
    get compressedSize() {
        return this.numbers.wide[this.slot * 4 + 1];
    }
    get uncompressedSize() {
        return this.numbers.wide[this.slot * 4 + 2];
    }
    get limit() {
        return this.numbers.wide[this.slot * 4 + 3];
    }
    /** Set once, by `setLimits`, before the archive hands its entries out. */
    setLimit(limit) {
        this.numbers.wide[this.slot * 4 + 3] = limit;
    }
    get crc32() {
        return this.numbers.narrow[this.slot * 4];
    }
    get flags() {
        return this.numbers.narrow[this.slot * 4 + 1];
    }
    get compressionMethod() {
        return this.numbers.narrow[this.slot * 4 + 2];
    }
    get nameLength() {
        return this.numbers.narrow[this.slot * 4 + 3];
    }
    get encrypted() {
        return (this.flags & 0x1) !== 0;
    }
    get isDirectory() {
        return this.name.endsWith('/');
    }
}
/**
 * Reads a byte range of an open file as if it were a whole file. Nested packages that are stored
 * (not deflated) inside the outer ZIP are read in place this way, without copying them out.
 */
class FileRangeReader extends yauzl.RandomAccessReader {
    fd;
    base;
    size;
    /**
     * yauzl reads the central directory one record at a time, two small reads per entry; from the
     * file that is thousands of round trips for a role of thousands of files (seconds, for a
     * directory that is a few megabytes). Small reads are served from a window read ahead instead.
     */
    window;
    constructor(fd, base, size) {
        super();
        this.fd = fd;
        this.base = base;
        this.size = size;
    }
    // yauzl's own read() builds two streams per call; small reads skip them.
    read(buffer, offset, length, position, callback) {
        if (length > SMALL_READ) {
            super.read(buffer, offset, length, position, callback);
            return;
        }
        this.small(position, position + length).then((b) => {
            b.copy(buffer, offset);
            callback(null);
        }, (err) => callback(err));
    }
    _readStreamForRange(start, end) {
        if (end - start > SMALL_READ)
            return new RangeStream(this.fd, this.base + start, this.base + end);
        return new WindowStream(this, start, end);
    }
    /** The bytes of [start, end), from the window, reading a new window first when needed. */
    async small(start, end) {
        const win = await this.windowOver(start, end);
        return win.data.subarray(start - win.start, end - win.start);
    }
    /** The read-ahead window, read anew from `start` unless it already holds [start, end). */
    async windowOver(start, end) {
        const w = this.window;
        if (w && start >= w.start && end <= w.start + w.data.length)
            return w;
        const length = Math.min(READ_AHEAD, this.size - start);
        const data = Buffer.allocUnsafe(Math.max(0, length));
        let got = 0;
        while (got < data.length) {
            const bytesRead = await new Promise((resolve, reject) => (0,external_node_fs_.read)(this.fd, data, got, data.length - got, this.base + start + got, (err, n) => (err ? reject(err) : resolve(n))));
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        const win = { start, data: data.subarray(0, got) };
        this.window = win;
        if (end > start + got)
            throw new Error('file ends before the ZIP data does');
        return win;
    }
    close(callback) {
        this.window = undefined;
        setImmediate(() => callback(null));
    }
}
const SMALL_READ = 64 * 1024;
const READ_AHEAD = 1024 * 1024;
class WindowStream extends external_node_stream_.Readable {
    reader;
    start;
    end;
    started = false;
    constructor(reader, start, end) {
        super();
        this.reader = reader;
        this.start = start;
        this.end = end;
    }
    _read() {
        if (this.started)
            return;
        this.started = true;
        this.reader.small(this.start, this.end).then((b) => {
            // A copy: yauzl may keep what it reads, and the window is reused.
            this.push(Buffer.from(b));
            this.push(null);
        }, (err) => this.destroy(err));
    }
}
/**
 * Positional reads from a descriptor the caller owns. (fs.ReadStream closes a borrowed descriptor
 * when destroyed, even with autoClose off, and yauzl destroys streams it has finished with.)
 */
class RangeStream extends external_node_stream_.Readable {
    fd;
    pos;
    end;
    constructor(fd, pos, end) {
        super();
        this.fd = fd;
        this.pos = pos;
        this.end = end;
    }
    _read(size) {
        const length = Math.min(Math.max(size, 64 * 1024), this.end - this.pos);
        if (length <= 0) {
            this.push(null);
            return;
        }
        (0,external_node_fs_.read)(this.fd, Buffer.allocUnsafe(length), 0, length, this.pos, (err, bytesRead, buffer) => {
            if (err)
                this.destroy(err);
            else if (bytesRead === 0)
                this.destroy(new Error('file ends before the ZIP data does'));
            else {
                this.pos += bytesRead;
                this.push(buffer.subarray(0, bytesRead));
            }
        });
    }
}
const CP437_HIGH = 'ÇüéâäàåçêëèïîÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
/** The name stored in `bytes[start, end)`, UTF-8 when `flags` say so, else CP437. */
function decodeName(bytes, start, end, flags) {
    if ((flags & 0x800) !== 0)
        return bytes.toString('utf8', start, end);
    let ascii = true;
    for (let i = start; i < end && ascii; i++)
        ascii = bytes[i] < 0x80;
    // One flat string: a name built a character at a time is a chain of concatenations, kept as long
    // as the entry is (over a kilobyte for a name of 70 characters).
    if (ascii)
        return bytes.toString('latin1', start, end);
    return Array.from(bytes.subarray(start, end), (b) => (b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80])).join('');
}
/** Thrown for a ZIP that cannot be read at all; the message names the file. */
class ZipReadError extends Error {
}
/**
 * A ZIP archive opened for reading: the central directory is read once; entry data is streamed on
 * demand. Works on a whole file or, for a nested package, on a byte range of its parent's file.
 */
class ZipArchive {
    label;
    zip;
    handle;
    base;
    entries;
    cleanup;
    path;
    measured;
    constructor(
    /** Display name used in messages, e.g. `app.cspkg` or `app.cspkg!/WebRole1_….cssx`. */
    label, zip, handle, base, entries, cleanup, 
    /** The file the archive's bytes are in (its parent's, for a stored nested package). */
    path) {
        this.label = label;
        this.zip = zip;
        this.handle = handle;
        this.base = base;
        this.entries = entries;
        this.cleanup = cleanup;
        this.path = path;
    }
    static async openFile(path, label = path) {
        const handle = await (0,promises_.open)(path, 'r');
        try {
            const { size } = await handle.stat();
            return await ZipArchive.fromRange(handle, path, 0, size, label, async () => handle.close());
        }
        catch (e) {
            await handle.close().catch(() => undefined);
            throw e;
        }
    }
    static async fromRange(handle, path, base, size, label, cleanup) {
        const reader = new FileRangeReader(handle.fd, base, size);
        let zip;
        try {
            zip = await yauzl.fromRandomAccessReaderPromise(reader, size, {
                lazyEntries: true,
                autoClose: false,
                decodeStrings: false,
                validateEntrySizes: true,
            });
        }
        catch (e) {
            throw new ZipReadError(`${label}: not a readable ZIP file (${e.message})`);
        }
        // The offset of the directory yauzl found (typed as a boolean in @types/yauzl, wrongly).
        const directory = zip.readEntryCursor;
        const entries = await readCentralDirectory(reader, directory, zip.entryCount, label).catch((e) => {
            zip.close();
            throw e;
        });
        // Both checks below walk the entries in file order: one ordering serves them.
        const inOrder = inFileOrder(entries);
        const shared = overlapping(inOrder);
        if (shared) {
            zip.close();
            throw new ZipReadError(`${label}: entries ${shared[0].name} and ${shared[1].name} share bytes: a zip bomb (one compressed block listed many times) or a damaged directory`);
        }
        setLimits(inOrder, size);
        return new ZipArchive(label, zip, handle, base, entries, cleanup, path);
    }
    /**
     * Opens a ZIP stored inside this one. A stored entry is read in place; a deflated one is first
     * inflated into `tempDir` (refused above `maxInflated` bytes).
     */
    async openNested(entry, tempDir, maxInflated) {
        const label = `${this.label}!/${entry.name}`;
        if (entry.encrypted)
            throw new ZipReadError(`${label}: entry is encrypted`);
        if (entry.compressionMethod === 0) {
            const dataStart = await this.dataStart(entry);
            return ZipArchive.fromRange(this.handle, this.path, this.base + dataStart, entry.compressedSize, label, undefined);
        }
        if (entry.uncompressedSize > maxInflated) {
            throw new ZipReadError(`${label}: nested package of ${entry.uncompressedSize} bytes is over the ${maxInflated}-byte limit`);
        }
        const tmp = (0,external_node_path_.join)(tempDir, `nested-${(0,external_node_crypto_.createHash)('sha256').update(label).digest('hex').slice(0, 16)}.zip`);
        await (0,external_node_stream_promises_.pipeline)(await this.openStream(entry), (0,external_node_fs_.createWriteStream)(tmp));
        const handle = await (0,promises_.open)(tmp, 'r');
        try {
            const { size } = await handle.stat();
            return await ZipArchive.fromRange(handle, tmp, 0, size, label, async () => handle.close());
        }
        catch (e) {
            // Not a ZIP after all: nothing will close this handle later.
            await handle.close().catch(() => undefined);
            throw e;
        }
    }
    /** Where the entry's data starts, read from its local header (its extra field may differ from the central one). */
    async dataStart(entry) {
        const header = Buffer.alloc(30);
        const at = entry.offset;
        const { bytesRead } = await this.handle.read(header, 0, 30, this.base + at);
        if (bytesRead !== 30 || header.readUInt32LE(0) !== 0x04034b50) {
            throw new ZipReadError(`${this.label}!/${entry.name}: local file header is missing or damaged`);
        }
        return at + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    }
    async openStream(entry) {
        try {
            // yauzl's own record of the entry is not kept (a role of tens of thousands of files would hold
            // tens of megabytes of them); what opening the data reads of it is rebuilt here.
            const raw = Object.assign(new yauzl.Entry(), {
                relativeOffsetOfLocalHeader: entry.offset,
                compressedSize: entry.compressedSize,
                uncompressedSize: entry.uncompressedSize,
                compressionMethod: entry.compressionMethod,
                generalPurposeBitFlag: entry.flags,
                crc32: entry.crc32,
            });
            return await this.zip.openReadStreamPromise(raw);
        }
        catch (e) {
            throw new ZipReadError(`${this.label}!/${entry.name}: cannot read entry (${e.message})`);
        }
    }
    /** Reads a small entry whole; larger than `max` bytes is refused, never truncated. */
    async readBytes(entry, max) {
        if (entry.uncompressedSize > max) {
            throw new ZipReadError(`${this.label}!/${entry.name}: ${entry.uncompressedSize} bytes is over the ${max}-byte limit for this part`);
        }
        const chunks = [];
        const stream = await this.openStream(entry);
        try {
            for await (const chunk of stream)
                chunks.push(chunk);
        }
        catch (e) {
            throw new ZipReadError(`${this.label}!/${entry.name}: cannot read entry (${e.message})`);
        }
        return Buffer.concat(chunks);
    }
    /** What `hashEntries` has measured of this archive's entries so far. */
    get measures() {
        this.measured ??= new EntryMeasures(this.entries.length);
        return this.measured;
    }
    /**
     * Measures the given entries into `measures`, which it returns: each entry's SHA-256 and length,
     * or, for a CRC-32 that disagrees or data that cannot be read, a ZipReadError. Neighbouring small
     * entries are read together; the work is spread over `hasher`'s workers.
     */
    async hashEntries(entries, hasher) {
        const measures = this.measures;
        const fail = (e, message) => {
            measures.setError(e, new ZipReadError(`${this.label}!/${e.name}: ${message}`));
        };
        const order = [];
        let total = 0;
        for (const e of entries) {
            if (e.encrypted)
                fail(e, 'cannot read entry (it is encrypted)');
            else if (e.compressionMethod !== 0 && e.compressionMethod !== 8)
                fail(e, `cannot read entry (compression method ${e.compressionMethod} is neither stored nor deflate)`);
            else if (e.compressionMethod === 0 && e.compressedSize !== e.uncompressedSize)
                fail(e, `cannot read entry (stored with ${e.compressedSize} bytes, the ZIP directory says ${e.uncompressedSize} uncompressed)`);
            else if (e.limit < e.offset + 30)
                fail(e, 'local file header is missing or damaged');
            else {
                order.push(e);
                total += e.compressedSize + e.uncompressedSize;
            }
        }
        // The directory was just read and its entries checked: V8 may hold that garbage while the
        // hashing takes new pages.
        if (hasher.boundMemory)
            collectAfter(order.length);
        await hasher.run(total, this.hashTasks(inFileOrder(order), hasher.wholeEntryMax), (task, outcomes) => {
            // An index loop: outside optimized code, `entries()` makes a pair and a result
            // object per entry, megabytes for a large role.
            for (let k = 0; k < task.entries.length; k++) {
                const e = task.entries[k];
                const o = outcomes[k];
                if (!o)
                    fail(e, 'cannot read entry (no answer for it)');
                else if ('sha256' in o)
                    measures.setHash(e, o.sha256, o.size);
                else if (o.crcMismatch)
                    fail(e, `CRC-32 of the data is ${hex8(o.crcMismatch.actual)}, the ZIP directory says ${hex8(e.crc32)}: the entry is damaged`);
                else
                    fail(e, o.error);
            }
        });
        return measures;
    }
    /**
     * The hash jobs for entries in file order, made one at a time as the hasher draws them: runs of
     * neighbouring small entries, read in one piece, and each large entry on its own, streamed.
     */
    *hashTasks(order, wholeEntryMax) {
        let batch;
        const task = (b, stream) => ({
            job: { path: this.path, items: b.items, stream },
            bytes: b.bytes,
            entries: b.entries,
        });
        for (const e of order) {
            const item = {
                offset: this.base + e.offset,
                limit: this.base + e.limit,
                method: e.compressionMethod,
                compressedSize: e.compressedSize,
                uncompressedSize: e.uncompressedSize,
                crc: e.crc32,
            };
            const bytes = e.compressedSize + e.uncompressedSize;
            if (e.compressedSize > wholeEntryMax || e.uncompressedSize > wholeEntryMax) {
                if (batch)
                    yield task(batch, false);
                batch = undefined;
                yield task({ items: [item], entries: [e], bytes }, true);
                continue;
            }
            // A batch is read in one piece: neighbours only, a few megabytes at most.
            const first = batch?.items[0];
            const last = batch?.items[batch.items.length - 1];
            if (batch && first && last && (item.offset - last.limit > BATCH_GAP || item.limit - first.offset > BATCH_SPAN || batch.items.length >= BATCH_ITEMS)) {
                yield task(batch, false);
                batch = undefined;
            }
            batch ??= { items: [], entries: [], bytes: 0 };
            batch.items.push(item);
            batch.entries.push(e);
            batch.bytes += bytes;
        }
        if (batch)
            yield task(batch, false);
    }
    async close() {
        this.zip.close();
        await this.cleanup?.();
    }
}
const BATCH_SPAN = 2 * 1024 * 1024;
const BATCH_GAP = 64 * 1024;
const BATCH_ITEMS = 2048;
/**
 * Sets each entry's `limit`, where its bytes must end at the latest: the next local header, the end
 * of the archive, or as far as its header and sizes can reach (the largest name and extra field, a
 * ZIP64 data descriptor), whichever comes first. A number of the entry rather than a map beside the
 * entries: one record fewer per file. `sorted`: the entries in file order (`inFileOrder`).
 */
function setLimits(sorted, size) {
    for (let i = 0; i < sorted.length; i++) {
        const e = sorted[i];
        const next = sorted[i + 1]?.offset ?? size;
        const reach = e.offset + 30 + 2 * 65535 + e.compressedSize + 24;
        e.setLimit(Math.min(next, size, reach));
    }
}
/** Central directory records: a fixed part of 46 bytes, then the name, extra field and comment. */
const CENTRAL_HEADER = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
/**
 * Reads the central directory that yauzl found (from its end record) into entries, checking each
 * record as yauzl's own `readEntry` does, with its messages. Read here rather than through
 * `readEntry`: that makes an object, three buffers, a list of extra fields and two promises per
 * entry, about 30 MB of garbage for a role of 68,000 files, which V8 promoted and then kept as
 * pooled pages (verifying the 4 GiB benchmark tree's package peaked at 146 MiB as it opened the
 * role, 118 MiB without).
 */
async function readCentralDirectory(reader, start, count, label) {
    const entries = [];
    // The directory's own count sizes the first page (a small archive gets a small one); it is only
    // a claim, so pages never exceed NUMBERS_PAGE and more are added as entries really arrive.
    let numbers = new EntryNumbers(Math.max(1, Math.min(NUMBERS_PAGE, count)));
    let slot = 0;
    let cursor = start;
    let win = { start: 0, data: Buffer.alloc(0) };
    const damaged = (message) => new ZipReadError(`${label}: damaged ZIP directory (${message})`);
    // The window holds any one record whole (46 bytes and three fields of at most 64 KiB each), and
    // is read anew only when the next part of a record runs past it: no promise per record.
    const load = async (from, to) => {
        try {
            win = await reader.windowOver(from, to);
        }
        catch (e) {
            throw damaged(e.message);
        }
    };
    const covers = (from, to) => from >= win.start && to <= win.start + win.data.length;
    for (let n = 0; n < count; n++) {
        if (!covers(cursor, cursor + 46))
            await load(cursor, cursor + 46);
        let at = cursor - win.start;
        let b = win.data;
        const signature = b.readUInt32LE(at);
        if (signature !== CENTRAL_HEADER)
            throw damaged(`invalid central directory file header signature: 0x${signature.toString(16)}`);
        const flags = b.readUInt16LE(at + 8);
        const method = b.readUInt16LE(at + 10);
        const crc = b.readUInt32LE(at + 16);
        let compressedSize = b.readUInt32LE(at + 20);
        let uncompressedSize = b.readUInt32LE(at + 24);
        const nameLength = b.readUInt16LE(at + 28);
        const extraLength = b.readUInt16LE(at + 30);
        const commentLength = b.readUInt16LE(at + 32);
        let offset = b.readUInt32LE(at + 42);
        if (flags & 0x40)
            throw damaged('strong encryption is not supported');
        cursor += 46;
        const fieldsEnd = cursor + nameLength + extraLength + commentLength;
        if (!covers(cursor, fieldsEnd))
            await load(cursor, fieldsEnd);
        at = cursor - win.start;
        b = win.data;
        cursor = fieldsEnd;
        // Every extra field is checked, then the first ZIP64 one read, as yauzl does.
        const extraStart = at + nameLength;
        const extraEnd = extraStart + extraLength;
        let zip64 = -1;
        let zip64End = -1;
        for (let i = extraStart; i < extraEnd - 3;) {
            const id = b.readUInt16LE(i);
            const dataEnd = i + 4 + b.readUInt16LE(i + 2);
            if (dataEnd > extraEnd)
                throw damaged('extra field length exceeds extra field buffer size');
            if (id === ZIP64_EXTRA && zip64 < 0) {
                zip64 = i + 4;
                zip64End = dataEnd;
            }
            i = dataEnd;
        }
        if (zip64 >= 0) {
            const read64 = (what) => {
                if (zip64 + 8 > zip64End)
                    throw damaged(`zip64 extended information extra field does not include ${what}`);
                const v = b.readUInt32LE(zip64 + 4) * 0x100000000 + b.readUInt32LE(zip64);
                zip64 += 8;
                return v;
            };
            if (uncompressedSize === 0xffffffff)
                uncompressedSize = read64('uncompressed size');
            if (compressedSize === 0xffffffff)
                compressedSize = read64('compressed size');
            if (offset === 0xffffffff)
                offset = read64('relative header offset');
        }
        // Traditional encryption puts a 12-byte header before stored data.
        if (method === 0 && compressedSize !== uncompressedSize + (flags & 0x1 ? 12 : 0)) {
            throw damaged(`compressed/uncompressed size mismatch for stored file: ${compressedSize} != ${uncompressedSize}`);
        }
        if (slot === numbers.capacity) {
            numbers = new EntryNumbers(NUMBERS_PAGE);
            slot = 0;
        }
        const { wide, narrow } = numbers;
        wide[slot * 4] = offset;
        wide[slot * 4 + 1] = compressedSize;
        wide[slot * 4 + 2] = uncompressedSize;
        narrow[slot * 4] = crc;
        narrow[slot * 4 + 1] = flags;
        narrow[slot * 4 + 2] = method;
        narrow[slot * 4 + 3] = nameLength;
        entries.push(new DirectoryEntry(decodeName(b, at, at + nameLength, flags), numbers, slot++, entries.length));
    }
    return entries;
}
/**
 * The entries in the order of their data in the file, as a stable sort by offset would put them.
 * Writers list entries in that order, so the directory's own order is returned when it is that
 * already, unsorted: a sort compares each entry about 17 times for 68,000 of them, and an offset
 * past 2^30 is a new heap number each time it is read outside optimized code. Opening a role sorted
 * its entries three times.
 */
function inFileOrder(entries) {
    for (let i = 1; i < entries.length; i++) {
        if (entries[i].offset < entries[i - 1].offset)
            return [...entries].sort((a, b) => a.offset - b.offset);
    }
    return entries;
}
/**
 * Two entries whose bytes overlap, if any. In a real ZIP each byte belongs to one entry; an
 * overlapping-entries bomb lists one small compressed block thousands of times, and every check
 * that reads each entry would then inflate it thousands of times. `sorted`: the entries in file
 * order (`inFileOrder`).
 */
function overlapping(sorted) {
    for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1];
        const cur = sorted[i];
        // At least the fixed local header, the name and the data come before the next entry.
        const end = prev.offset + 30 + prev.nameLength + prev.compressedSize;
        if (cur.offset < end)
            return [prev, cur];
    }
    return undefined;
}
function hex8(n) {
    return (n >>> 0).toString(16).toUpperCase().padStart(8, '0');
}

;// CONCATENATED MODULE: ./.build/src/package/opc-level.js



/** Nested packages that are deflated (CSPack stores them) are inflated to disk up to this size. */
const MAX_NESTED_INFLATED = 8 * 1024 * 1024 * 1024;
/** Names that `toLowerCase` leaves as they are: ASCII without capitals. */
const ALREADY_LOWER = /^[^A-Z\u0080-\uffff]*$/;
/** Generic ZIP + OPC checks for one level. Returns undefined when the level cannot be used at all. */
async function readLevel(archive, label, log) {
    log.check('ZIP container');
    const parts = new Map();
    const { entries } = archive;
    // An index loop: outside optimized code, `for … of` makes a result object per entry.
    for (let i = 0; i < entries.length; i++) {
        const e = entries[i];
        const bad = entryNameProblem(e.name.endsWith('/') ? e.name.slice(0, -1) : e.name);
        if (bad)
            log.error('bad-entry-name', `${label}!/${e.name}`, `unsafe entry name: ${bad}`);
        if (e.isDirectory)
            continue;
        if (e.encrypted)
            log.error('encrypted-entry', `${label}!/${e.name}`, 'entry is encrypted; packages are never encrypted');
        else if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
            log.error('compression-method', `${label}!/${e.name}`, `compression method ${e.compressionMethod}; only stored (0) and deflate (8) are readable`);
        }
        // The name itself when it is already lower case: `toLowerCase` copies a name read from a
        // buffer even then, and a role's map would hold every name twice.
        const key = ALREADY_LOWER.test(e.name) ? e.name : e.name.toLowerCase();
        const earlier = parts.get(key);
        if (earlier) {
            log.error('duplicate-name', `${label}!/${e.name}`, earlier.name === e.name
                ? 'the entry name appears twice'
                : `"${e.name}" and "${earlier.name}" differ only in case; OPC part names (and the Windows file system) are case-insensitive`);
            continue;
        }
        parts.set(key, e);
    }
    log.check('OPC content types and relationships');
    let types;
    const ctEntry = parts.get(CONTENT_TYPES_PART.toLowerCase());
    if (!ctEntry)
        log.error('missing-content-types', label, `no ${CONTENT_TYPES_PART}; every OPC package needs one`);
    else {
        const parsed = await parseEntry(archive, ctEntry, `${label}!/${CONTENT_TYPES_PART}`, log);
        if (parsed) {
            const t = readContentTypes(parsed);
            if (typeof t === 'string')
                log.error('bad-content-types', `${label}!/${CONTENT_TYPES_PART}`, t);
            else
                types = t;
        }
    }
    if (types) {
        const known = types;
        parts.forEach((e, key) => {
            if (e.name === CONTENT_TYPES_PART)
                return;
            if (contentTypeOf(known, e.name, key) === undefined) {
                log.error('no-content-type', `${label}!/${e.name}`, `part has no content type in ${CONTENT_TYPES_PART} (no Default for its extension, no Override)`);
            }
        });
    }
    let rels = [];
    const relsEntry = parts.get(RELS_PART);
    if (!relsEntry) {
        log.error('missing-relationships', label, `no ${RELS_PART}; the package has no relationships`);
    }
    else {
        const parsed = await parseEntry(archive, relsEntry, `${label}!/${RELS_PART}`, log);
        if (parsed) {
            const r = readRelationships(parsed);
            if (typeof r === 'string')
                log.error('bad-relationships', `${label}!/${RELS_PART}`, r);
            else
                rels = r;
        }
    }
    for (const r of rels) {
        if (r.external)
            continue;
        if (!parts.has(targetEntryName(r.target).toLowerCase())) {
            log.error('missing-target', `${label}!/${RELS_PART}`, `relationship ${r.id} points at ${r.target}, which is not in the package`);
        }
    }
    return { archive, label, parts, rels, types };
}
async function parseEntry(archive, entry, label, log) {
    const bytes = await readPart(archive, entry, label, log);
    return bytes && parseRead(label, bytes, log);
}
/** An XML part's bytes, up to the size any XML part may have; undefined (logged) when unreadable. */
async function readPart(archive, entry, label, log) {
    try {
        return await archive.readBytes(entry, MAX_XML_PART);
    }
    catch (e) {
        log.error('unreadable-part', label, e.message);
        return undefined;
    }
}
/** The root of an XML part read with `readPart`; undefined (logged) when it is not readable XML. */
function parseRead(label, bytes, log) {
    const parsed = parsePart(label, bytes);
    if ('error' in parsed) {
        log.error('bad-xml', label, `not readable XML: ${parsed.error}`);
        return undefined;
    }
    return parsed.root;
}
/**
 * SHA-256 and length of each entry, measured on the hasher's workers, in the archive's `measures`;
 * entries measured ahead are not measured again. Nothing is logged yet.
 */
async function measureParts(archive, entries, hasher, ahead) {
    await ahead?.catch(() => undefined);
    const measures = archive.measures;
    const missing = entries.filter((e) => !measures.has(e));
    if (missing.length > 0)
        await archive.hashEntries(missing, hasher);
    return measures;
}
/** Logs the parts that could not be read, in the order given. */
function logUnreadable(level, entries, measured, log) {
    for (const entry of entries) {
        const r = measured.get(entry);
        if (r instanceof Error)
            log.error('unreadable-part', `${level.label}!/${entry.name}`, r.message);
    }
}
/** SHA-256 and length of each part (`hash`); unreadable parts are logged. */
async function hashParts(level, entries, hasher, log) {
    const measures = await measureParts(level.archive, entries, hasher);
    logUnreadable(level, entries, measures, log);
    return measures;
}
/**
 * Starts opening a nested package and hashing its entries, logging nothing: the checks of other
 * levels run meanwhile, and `openNestedLevel` and `measureParts` take the results in their turn,
 * so problems are reported in the same order as without it.
 */
function openNestedAhead(top, entry, tempDir, hasher) {
    const archive = top.archive.openNested(entry, tempDir, MAX_NESTED_INFLATED);
    const hashes = archive.then((a) => a.hashEntries(a.entries.filter((e) => !e.isDirectory), hasher));
    // Handled where they are awaited; until then a failure must not count as unhandled.
    archive.catch(() => undefined);
    hashes.catch(() => undefined);
    return { archive, hashes };
}
function extension(name) {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
async function openNestedLevel(top, entry, log, archives, tempDir, ahead) {
    log.check('ZIP container');
    let nested;
    try {
        nested = await (ahead ?? top.archive.openNested(entry, tempDir, MAX_NESTED_INFLATED));
    }
    catch (e) {
        log.error('nested-unreadable', `${top.label}!/${entry.name}`, e instanceof ZipReadError ? e.message : `cannot open nested package: ${e.message}`);
        return undefined;
    }
    archives.push(nested);
    return readLevel(nested, nested.label, log);
}

;// CONCATENATED MODULE: ./.build/src/package/ctp-read.js



function textOf(e) {
    return e ? e.text.trim() : undefined;
}
/** Reads and checks a CTP (V20120315) package: its one manifest, every content and every layout. */
async function readCtp(top, state) {
    const { log, roles, documents, roleSources, documentSources } = state;
    const relsLabel = `${top.label}!/${RELS_PART}`;
    const defs = top.rels.filter((r) => r.type === CTP_REL);
    if (defs.length !== 1) {
        log.error('ctp-relationship', relsLabel, `${defs.length} PackageDefinition relationships; exactly one is required`);
    }
    const rel = defs[0];
    if (!rel)
        return;
    const manifestKey = targetEntryName(rel.target).toLowerCase();
    const manifestEntry = top.parts.get(manifestKey);
    if (!manifestEntry) {
        // External-mode targets are not checked by readLevel; CSPack marks this one External.
        log.error('missing-target', relsLabel, `the PackageDefinition relationship points at ${rel.target}, which is not in the package`);
        return;
    }
    const label = `${top.label}!/${manifestEntry.name}`;
    log.check('manifests and hashes');
    const root = await parseEntry(top.archive, manifestEntry, label, log);
    if (!root)
        return;
    if (root.local !== 'PackageDefinition' || root.uri !== CTP_NS) {
        log.error('ctp-schema', label, `root element is <${root.name}> in "${root.uri}", expected <PackageDefinition> in ${CTP_NS}`);
        return;
    }
    const order = root.elements.map((e) => e.local);
    if (order.join(',') !== 'PackageMetaData,PackageContents,PackageLayouts' || root.elements.some((e) => e.uri !== CTP_NS)) {
        log.error('ctp-schema', label, `PackageDefinition holds <${order.join('>, <')}>; the schema requires PackageMetaData, PackageContents, PackageLayouts in that order and namespace`);
    }
    const pv = root
        .child('PackageMetaData')
        ?.childrenNamed('KeyValuePair')
        .find((kv) => textOf(kv.child('Key')) === CTP_PRODUCT_VERSION_KEY);
    const version = textOf(pv?.child('Value'));
    if (!version)
        log.error('product-version', label, `PackageMetaData has no ${CTP_PRODUCT_VERSION_KEY} key`);
    else if (!/^\d+(\.\d+){1,3}$/.test(version))
        log.error('product-version', label, `ProductVersion "${version}" is not a dotted version`);
    else
        state.productVersion = version;
    const contents = new Map();
    const referencedParts = new Set([manifestKey]);
    for (const cd of root.child('PackageContents')?.childrenNamed('ContentDefinition') ?? []) {
        const name = textOf(cd.child('Name'));
        const desc = cd.child('ContentDescription');
        if (!name || !desc) {
            log.error('ctp-schema', label, 'a ContentDefinition has no Name or ContentDescription');
            continue;
        }
        if (contents.has(name)) {
            log.error('ctp-duplicate-content', label, `two ContentDefinitions are named ${name}`);
            continue;
        }
        const storePath = textOf(desc.child('DataStorePath')) ?? '';
        const storeKey = targetEntryName(storePath).toLowerCase();
        referencedParts.add(storeKey);
        const entry = top.parts.get(storeKey);
        if (!entry) {
            log.error('missing-part', label, `content ${name} is stored at ${storePath}, which is not in the package`);
            continue;
        }
        const h = (await hashParts(top, [entry], state.hasher, log)).hash(entry);
        if (!h)
            continue;
        const length = textOf(desc.child('LengthInBytes'));
        if (length !== String(h.size)) {
            log.error('length-mismatch', `${top.label}!/${entry.name}`, `part is ${h.size} bytes, the manifest says LengthInBytes ${length ?? '(none)'}`);
        }
        const algorithm = textOf(desc.child('IntegrityCheckHashAlgortihm'));
        if (algorithm === 'Sha256') {
            const want = Buffer.from(textOf(desc.child('IntegrityCheckHash')) ?? '', 'base64');
            const got = Buffer.from(h.sha256, 'hex');
            if (want.length !== 32)
                log.error('hash-mismatch', label, `IntegrityCheckHash of ${name} is not a base64 SHA-256 (${want.length} bytes)`);
            else if (!want.equals(got)) {
                log.error('hash-mismatch', `${top.label}!/${entry.name}`, `SHA-256 is ${got.toString('base64')}, the manifest says ${want.toString('base64')}: the part was changed or damaged after packaging`);
            }
        }
        else if (algorithm !== 'None') {
            log.error('ctp-hash-algorithm', label, `IntegrityCheckHashAlgortihm of ${name} is "${algorithm ?? ''}"; only Sha256 and None exist`);
        }
        contents.set(name, { entry, ...h });
        if (name.startsWith('ServiceDefinition/') || name.startsWith('NamedStreams/')) {
            const docName = name.toLowerCase() === 'servicedefinition/servicedefinition.rdsc' ? RDSC_DOC : name;
            documents.push({ path: docName, size: h.size, sha256: h.sha256 });
            documentSources.set(docName.toLowerCase(), { archive: top.archive, entry });
        }
    }
    log.check('roles');
    const layoutNames = new Set();
    for (const ld of root.child('PackageLayouts')?.childrenNamed('LayoutDefinition') ?? []) {
        const name = textOf(ld.child('Name')) ?? '';
        if (layoutNames.has(name)) {
            log.error('duplicate-role', label, `two LayoutDefinitions are named ${name}`);
            continue;
        }
        layoutNames.add(name);
        if (!name.startsWith('Roles/')) {
            log.warn('ctp-layout-name', label, `layout ${name} does not start with Roles/; it has no known meaning`);
            continue;
        }
        const roleName = name.slice('Roles/'.length);
        const files = [];
        const sources = new Map();
        for (const fd of ld.child('LayoutDescription')?.childrenNamed('FileDefinition') ?? []) {
            const path = textOf(fd.child('FilePath')) ?? '';
            const ref = textOf(fd.child('FileDescription')?.child('DataContentReference')) ?? '';
            const bad = !path.startsWith('\\') ? 'does not start with "\\"'
                : path.includes('/') ? 'contains "/"'
                    : path.split('\\').includes('..') ? 'has a ".." segment'
                        : /^\\?[A-Za-z]:/.test(path) ? 'has a drive letter'
                            : undefined;
            if (bad)
                log.error('bad-file-path', `${label} ${name}`, `FilePath ${path} ${bad}`);
            if (sources.has(path.toLowerCase())) {
                log.error('duplicate-name', `${label} ${name}`, `FilePath ${path} appears twice (paths are compared case-insensitively on the role's NTFS drive)`);
                continue;
            }
            const content = contents.get(ref);
            if (!content) {
                log.error('missing-content', `${label} ${name}`, `FilePath ${path} refers to content ${ref}, which has no ContentDefinition`);
                continue;
            }
            files.push({ path, size: content.size, sha256: content.sha256 });
            sources.set(path.toLowerCase(), { archive: top.archive, entry: content.entry });
        }
        roles.push({ name: roleName, part: name, files });
        roleSources.set(roleName, (path) => sources.get(path.toLowerCase()));
    }
    for (const [key, part] of top.parts) {
        if (isOpcMetadataPart(key) || referencedParts.has(key))
            continue;
        log.warn('unlisted-part', `${top.label}!/${part.name}`, 'part is not referenced by any ContentDefinition');
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
var external_node_zlib_namespaceObject = /*#__PURE__*/__webpack_require__.t(external_node_zlib_, 2);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./.build/src/package/worker-pool.js


/**
 * A fixed set of worker threads running one eval'd CommonJS source (no file to locate next to
 * the bundle, so dist/ works as it is). Jobs go to the least-loaded worker, lowest index on ties:
 * placement changes speed, never results.
 *
 * The source must answer each `{ id, job }` message with `{ id, result }` or `{ id, error }`.
 */
/**
 * Workers inherit the process's options, `--input-type=module` among them, which would make their
 * CommonJS source a module (in a host started with `node --input-type=module -e …`). Such a host
 * gets workers with no options; any other keeps them (`--cpu-prof` profiles the workers too).
 */
function workerExecArgv() {
    return process.execArgv.some((a) => a === '--input-type' || a.startsWith('--input-type=')) ? [] : undefined;
}
/** Jobs a worker holds at once: the one it runs and the next, so it never waits for a message. */
const PER_WORKER = 2;
class WorkerPool {
    name;
    workers = [];
    /** Jobs sent to each worker and not answered yet. */
    busy = [];
    queue = [];
    pending = new Map();
    nextId = 0;
    failure;
    constructor(source, 
    /** Names the pool in errors: `deflate worker stopped …`. */
    name, size = (0,external_node_os_.availableParallelism)()) {
        this.name = name;
        for (let i = 0; i < Math.max(1, size); i++) {
            // A small young generation: a worker's objects are all short-lived.
            const w = new external_node_worker_threads_.Worker(source, { eval: true, ...(workerExecArgv() ? { execArgv: [] } : {}), resourceLimits: { maxYoungGenerationSizeMb: 4 } });
            w.on('message', (m) => this.settle(m));
            w.on('error', (e) => this.fail(e));
            w.on('exit', (code) => {
                if (code !== 0)
                    this.fail(new Error(`${name} worker stopped with exit code ${code}`));
            });
            // Referenced only while it has work: an idle pool must not keep a finished process alive,
            // and a busy one must, or a process waiting on nothing but a worker's answer would exit.
            // (After the listeners: adding a 'message' listener references the worker's port again.)
            w.unref();
            this.workers.push(w);
            this.busy.push(0);
        }
    }
    /**
     * Runs `job` on the first worker with room; `transfer` is handed over (detached). Workers take
     * jobs as they finish others, so a slow job never leaves the other workers waiting behind it.
     */
    run(job, transfer) {
        if (this.failure)
            return Promise.reject(this.failure);
        const p = new Promise((resolve, reject) => this.queue.push({ job, transfer, resolve, reject }));
        this.dispatch();
        return p;
    }
    dispatch() {
        while (this.queue.length > 0) {
            // The least busy worker, lowest index on ties: placement changes speed, never results.
            let w = 0;
            for (let i = 1; i < this.workers.length; i++)
                if (this.busy[i] < this.busy[w])
                    w = i;
            if (this.busy[w] >= PER_WORKER)
                return;
            const q = this.queue.shift();
            const id = this.nextId++;
            if (this.busy[w] === 0)
                this.workers[w].ref();
            this.busy[w] = this.busy[w] + 1;
            this.pending.set(id, { worker: w, job: q });
            this.workers[w].postMessage({ id, job: q.job }, q.transfer);
        }
    }
    settle(m) {
        const p = this.pending.get(m.id);
        if (!p)
            return;
        this.pending.delete(m.id);
        this.busy[p.worker] = this.busy[p.worker] - 1;
        if (this.busy[p.worker] === 0)
            this.workers[p.worker].unref();
        if (m.error === undefined)
            p.job.resolve(m.result);
        else
            p.job.reject(new Error(`${this.name} failed: ${m.error}`));
        this.dispatch();
    }
    fail(e) {
        this.failure ??= e;
        for (const p of this.pending.values())
            p.job.reject(this.failure);
        for (const q of this.queue)
            q.reject(this.failure);
        this.pending.clear();
        this.queue.length = 0;
    }
    async close() {
        this.failure ??= new Error(`${this.name} pool closed`);
        for (const q of this.queue)
            q.reject(this.failure);
        this.queue.length = 0;
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}

;// CONCATENATED MODULE: ./.build/src/package/deflate-pool.js




/**
 * Raw deflate on every core: on worker threads, and on this thread as one more lane. A block's
 * output depends only on its bytes, the 32 KiB before it (the dictionary) and whether it is the
 * last of its entry, never on which thread ran it or when: the package stays byte-for-byte
 * reproducible however jobs interleave.
 *
 * Every block but the last ends with a sync flush (an empty stored block), so the outputs of an
 * entry's blocks concatenate into one valid deflate stream, as pigz does. A block-sized or smaller
 * entry is one job and comes out exactly as a single `deflateRawSync` of it would.
 */
/** Uncompressed bytes per job: large enough that the per-block flush costs nothing measurable. */
const DEFLATE_BLOCK = 1024 * 1024;
/** Deflate's window: what a block may refer back to in the block before it. */
const DEFLATE_WINDOW = 32 * 1024;
/**
 * Deflates a batch of jobs; one source for the workers and this thread, so that both give the
 * same bytes. Takes `zlib` and `noteGarbage` from where it runs.
 */
const DEFLATE_JOBS = `(jobs) => jobs.map((j) => {
  // One output buffer the size of the job (deflate's worst case is a few bytes per 16 KiB over
  // it), so zlib hands back a single chunk and nothing is concatenated.
  const options = {
    level: j.level,
    chunkSize: j.length + (j.length >> 10) + 1024,
    finishFlush: j.final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
    info: true,
  };
  if (j.dict) options.dictionary = new Uint8Array(j.dict);
  const r = zlib.deflateRawSync(new Uint8Array(j.data, 0, j.length), options);
  r.engine._outBuffer = null; // see off-heap-garbage.ts
  const c = r.buffer;
  // The input block and its dictionary are done with: detaching them frees their memory now,
  // where waiting for a collection left blocks of the malloc arena taken.
  if (typeof j.data.transfer === 'function') {
    j.data.transfer(0);
    if (j.dict) j.dict.transfer(0);
  } else noteGarbage(j.length);
  // A large output goes over whole, its spare capacity included, rather than as a copy that
  // would leave the original here as garbage. (A small one may sit in Buffer's shared pool,
  // which cannot be handed over.)
  if (c.byteOffset === 0 && c.length >= 65536) return { ab: c.buffer, length: c.length };
  const length = c.length;
  const ab = new ArrayBuffer(length);
  new Uint8Array(ab).set(c);
  // zlib's output buffer is as large as the block: a megabyte for a block that deflated to a few
  // kilobytes. Left to the collector, such buffers piled up to V8's external-memory limit (a 4.5 GiB
  // file of zeros packaged in 189 MiB instead of 110). Freed now when it is zlib's own: one no
  // larger than Buffer.poolSize may be a slab of Buffer's shared pool, which cannot be detached
  // (and should a slab be larger, transfer() throws and leaves it whole).
  let freed = false;
  if (c.buffer.byteLength > Buffer.poolSize && typeof c.buffer.transfer === 'function') {
    try {
      c.buffer.transfer(0);
      freed = true;
    } catch {}
  }
  if (!freed) noteGarbage(length);
  return { ab, length };
})`;
// Jobs arrive in batches (many small files make one message) and go back the same way.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const zlib = require('node:zlib');
${WORKER_NOTE_GARBAGE}
const deflateJobs = ${DEFLATE_JOBS};
parentPort.on('message', ({ id, job }) => {
  try {
    const out = deflateJobs(job);
    parentPort.postMessage({ id, result: out }, out.map((o) => o.ab));
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) });
  }
});
`;
/** The same function on this thread. */
const deflateHere = new Function('zlib', 'noteGarbage', `return ${DEFLATE_JOBS};`)(external_node_zlib_namespaceObject, noteGarbage);
/** A batch is sent once it holds this many bytes or jobs, or when the event loop turns. */
const BATCH_BYTES = 1024 * 1024;
const BATCH_JOBS = 256;
/**
 * Batches each worker holds before this thread takes one: a worker answers its two while this
 * thread deflates one, so it never waits for the next.
 */
const WORKER_DEPTH = 2;
/**
 * This thread is the last lane rather than one more worker: a worker thread adds its own V8 isolate
 * and malloc arena to the process, and this thread, which reads, hashes and writes, has time to
 * spare between blocks. Batches go to the workers until each holds WORKER_DEPTH, then one at a
 * time to this thread. (On the 1 GiB benchmark tree, BENCHMARKS.md: peak RSS 157–167 MiB instead
 * of 166–180, for about a second and a half more.)
 */
class DeflatePool {
    pool;
    workers;
    batch;
    /** Batches sent to the workers and not answered yet. */
    atWorkers = 0;
    /** Batches for this thread: one at a time beside the workers, all of them when there are none. */
    here = [];
    hereBusy = false;
    /** `threads`: threads that deflate, this one included; default one per core. */
    constructor(threads = (0,external_node_os_.availableParallelism)()) {
        this.workers = Math.max(0, Math.floor(threads) - 1);
        this.pool = this.workers > 0 ? new WorkerPool(WORKER_SOURCE, 'deflate', this.workers) : undefined;
    }
    /**
     * Compresses `length` bytes of `data`, which is handed over (detached): read, hash and copy
     * anything needed from it first. `dict` is the preceding window of the same entry.
     */
    deflate(data, length, dict, final, level) {
        const dictAb = dict ? dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) : undefined;
        if (!this.batch) {
            this.batch = { jobs: [], transfer: [], settle: [], bytes: 0 };
            // Whatever was queued by the time the loop turns goes together.
            setImmediate(() => this.send());
        }
        const b = this.batch;
        b.jobs.push({ data, length, dict: dictAb, final, level });
        b.transfer.push(data);
        if (dictAb)
            b.transfer.push(dictAb);
        b.bytes += length;
        const p = new Promise((resolve, reject) => b.settle.push({ resolve, reject }));
        if (b.bytes >= BATCH_BYTES || b.jobs.length >= BATCH_JOBS)
            this.send();
        return p;
    }
    send() {
        const b = this.batch;
        if (!b)
            return;
        this.batch = undefined;
        const pool = this.pool;
        if (!pool || (!this.hereBusy && this.atWorkers >= this.workers * WORKER_DEPTH)) {
            this.here.push(b);
            this.runHere();
            return;
        }
        this.atWorkers++;
        pool.run(b.jobs, b.transfer).then((out) => {
            this.atWorkers--;
            settle(b, out);
        }, (e) => {
            this.atWorkers--;
            for (const s of b.settle)
                s.reject(e);
        });
    }
    /** Deflates the waiting batches on this thread, one per turn of the event loop. */
    runHere() {
        if (this.hereBusy)
            return;
        const b = this.here.shift();
        if (!b)
            return;
        this.hereBusy = true;
        // On the next turn: the caller is still queueing, and reads and writes get their turn between batches.
        setImmediate(() => {
            try {
                settle(b, deflateHere(b.jobs));
            }
            catch (e) {
                const error = new Error(`deflate failed: ${e.message}`);
                for (const s of b.settle)
                    s.reject(error);
            }
            this.hereBusy = false;
            this.runHere();
        });
    }
    async close() {
        await this.pool?.close();
    }
}
function settle(b, out) {
    for (const [i, s] of b.settle.entries()) {
        const o = out[i];
        s.resolve(Buffer.from(o.ab, 0, o.length));
    }
}

;// CONCATENATED MODULE: ./.build/src/package/zip-write.js


/**
 * A ZIP writer laid out record for record as yazl writes (what the packager used before it
 * compressed on several threads): UTF-8 names, data descriptors for streamed entries, an Info-ZIP
 * `UT` time in the central directory, ZIP64 where a size or offset needs it or when forced. The
 * caller supplies entry data already compressed, so compression can run anywhere.
 */
/** Where the bytes go; everything written is hashed and counted on the way. */
class ByteSink {
    hash = (0,external_node_crypto_.createHash)('sha256');
    size = 0;
    /** May return a promise when the caller should wait before writing more. */
    write(data) {
        this.hashAndCount(data);
        return this.put(data);
    }
    hashAndCount(data) {
        this.hash.update(data);
        this.size += data.length;
    }
    /**
     * Writes bytes in an ArrayBuffer of their own that nothing else will read: the sink may free that
     * memory as soon as they are written.
     */
    writeOwned(data) {
        return this.write(data);
    }
    /** Writes bytes the caller reuses as soon as the promise settles: nothing may keep a reference. */
    writeTransient(data) {
        return this.write(Buffer.from(data)) ?? Promise.resolve();
    }
    digest() {
        return this.hash.digest('hex');
    }
}
/** Collects the output in memory: for the small nested packages. */
class MemorySink extends ByteSink {
    chunks = [];
    put(data) {
        this.chunks.push(data);
        return undefined;
    }
    contents() {
        return Buffer.concat(this.chunks);
    }
}
/** Writes to a new file (never an existing one), a megabyte at a time. */
class FileSink extends ByteSink {
    fh;
    chunks = [];
    buffered = 0;
    /** Memory of chunks to free once written (see `writeOwned`). */
    owned = [];
    constructor(fh) {
        super();
        this.fh = fh;
    }
    static async create(path) {
        return new FileSink(await (0,promises_.open)(path, 'wx'));
    }
    put(data) {
        this.chunks.push(data);
        this.buffered += data.length;
        return this.buffered >= 1024 * 1024 ? this.flush() : undefined;
    }
    /**
     * A compressed block waits for its turn long enough to outlive two young-generation collections,
     * and an old-generation object is collected only when V8 next runs a full collection: until
     * then the megabyte outside the heap that it holds stays taken. Detaching its ArrayBuffer once
     * it is on disk frees that memory at once.
     */
    writeOwned(data) {
        this.owned.push(data.buffer);
        return this.write(data);
    }
    async writeTransient(data) {
        await this.flush();
        this.hashAndCount(data);
        let at = 0;
        while (at < data.length)
            at += (await this.fh.write(data, at, data.length - at)).bytesWritten;
    }
    async flush() {
        const chunks = this.chunks;
        const owned = this.owned;
        this.chunks = [];
        this.owned = [];
        this.buffered = 0;
        if (chunks.length)
            await this.fh.writev(chunks);
        for (const ab of owned)
            detach(ab);
    }
    async close() {
        try {
            await this.flush();
        }
        finally {
            await this.fh.close();
        }
    }
    /** Closes without caring about what is left to write (the file is being thrown away). */
    async abandon() {
        await this.fh.close().catch(() => undefined);
    }
}
/** Frees an ArrayBuffer's memory now (a Node without `transfer` leaves it to the collector). */
function detach(ab) {
    ab.transfer?.(0);
}
const STORED = 0;
const DEFLATED = 8;
function emptyRecord() {
    return { index: 0, nameLength: 0, method: 0, known: false, offset: 0, crc: 0, compressedSize: 0, uncompressedSize: 0 };
}
/**
 * Every entry's record until the central directory is written: numbers in pages of a typed array
 * and names in pages of a buffer. A role of tens of thousands of files held an object and a Buffer
 * per entry, about 200 bytes each beyond the name; one array and one buffer grown by doubling held
 * up to twice what they needed, and left the sizes they outgrew as holes in the malloc arena.
 */
class RecordTable {
    static FIELDS = 8;
    static PAGE_RECORDS = 4096;
    static NAME_PAGE = 256 * 1024;
    pages = [];
    namePages = [];
    nameAt = 0;
    count = 0;
    /** Adds a record; returns its index. */
    push(name, method, known, offset, crc, compressedSize, uncompressedSize) {
        const length = Buffer.byteLength(name);
        let names = this.namePages[this.namePages.length - 1];
        if (!names || this.nameAt + length > names.length) {
            names = Buffer.allocUnsafe(Math.max(RecordTable.NAME_PAGE, length));
            this.namePages.push(names);
            this.nameAt = 0;
        }
        names.write(name, this.nameAt, 'utf8');
        const i = this.count++;
        if (i % RecordTable.PAGE_RECORDS === 0)
            this.pages.push(new Float64Array(RecordTable.FIELDS * RecordTable.PAGE_RECORDS));
        const [numbers, at] = this.slot(i);
        numbers.set([this.namePages.length - 1, this.nameAt, length, method + (known ? 0x10000 : 0), offset, crc, compressedSize, uncompressedSize], at);
        this.nameAt += length;
        return i;
    }
    /** The page holding record `i`, and where in it the record starts. */
    slot(i) {
        return [this.pages[Math.floor(i / RecordTable.PAGE_RECORDS)], (i % RecordTable.PAGE_RECORDS) * RecordTable.FIELDS];
    }
    /**
     * Record `i`, into `into` when given: the central directory reads every record in one loop, where
     * an object and a view of the name for each were 136,000 objects of garbage for a role of 68,000
     * files, made faster than young collections run.
     */
    get(i, into) {
        const [n, at] = this.slot(i);
        const flags = n[at + 3];
        const r = into ?? emptyRecord();
        r.index = i;
        r.nameLength = n[at + 2];
        r.method = flags & 0xffff;
        r.known = flags >= 0x10000;
        r.offset = n[at + 4];
        r.crc = n[at + 5];
        r.compressedSize = n[at + 6];
        r.uncompressedSize = n[at + 7];
        return r;
    }
    /** Copies record `r`'s name into `target` at `at`. */
    copyName(r, target, at) {
        const [n, slot] = this.slot(r.index);
        const start = n[slot + 1];
        this.namePages[n[slot]].copy(target, at, start, start + r.nameLength);
    }
    addCompressed(i, bytes) {
        const [n, at] = this.slot(i);
        n[at + 6] = n[at + 6] + bytes;
    }
    setEnd(i, crc, uncompressedSize) {
        const [n, at] = this.slot(i);
        n[at + 5] = crc;
        n[at + 7] = uncompressedSize;
    }
}
const VERSION_NEEDED = 20;
const VERSION_NEEDED_ZIP64 = 45;
const VERSION_MADE_BY = (3 << 8) | 63;
const UTF8 = 1 << 11;
const DESCRIPTOR = 1 << 3;
const MAX32 = 0xfffffffe;
function u64(b, n, at) {
    b.writeUInt32LE(n % 0x100000000, at);
    b.writeUInt32LE(Math.floor(n / 0x100000000), at + 4);
}
/** DOS date and time of a UTC instant (a time zone would make the bytes depend on the machine). */
function dosDateTime(ms) {
    const min = Date.UTC(1980, 0, 1);
    const max = Date.UTC(2107, 11, 31, 23, 59, 58);
    const d = new Date(Math.min(Math.max(ms, min), max));
    return {
        date: (d.getUTCDate() & 0x1f) | (((d.getUTCMonth() + 1) & 0xf) << 5) | (((d.getUTCFullYear() - 1980) & 0x7f) << 9),
        time: Math.floor(d.getUTCSeconds() / 2) | ((d.getUTCMinutes() & 0x3f) << 5) | ((d.getUTCHours() & 0x1f) << 11),
    };
}
class ZipWriter {
    sink;
    options;
    records = new RecordTable();
    dos;
    unixTime;
    attributes;
    constructor(sink, options) {
        this.sink = sink;
        this.options = options;
        this.dos = dosDateTime(options.time);
        this.unixTime = Math.min(Math.max(Math.floor(options.time / 1000), -0x80000000), 0x7fffffff);
        this.attributes = ((options.mode ?? 0o100644) << 16) >>> 0;
    }
    zip64(r) {
        return this.options.forceZip64 === true || r.uncompressedSize > MAX32 || r.compressedSize > MAX32 || r.offset > MAX32;
    }
    localHeader(r) {
        const h = Buffer.alloc(30 + r.nameLength);
        h.writeUInt32LE(0x04034b50, 0);
        h.writeUInt16LE(VERSION_NEEDED, 4);
        h.writeUInt16LE(r.known ? UTF8 : UTF8 | DESCRIPTOR, 6);
        h.writeUInt16LE(r.method, 8);
        h.writeUInt16LE(this.dos.time, 10);
        h.writeUInt16LE(this.dos.date, 12);
        if (r.known) {
            h.writeUInt32LE(r.crc >>> 0, 14);
            h.writeUInt32LE(r.compressedSize >>> 0, 18);
            h.writeUInt32LE(r.uncompressedSize >>> 0, 22);
        }
        h.writeUInt16LE(r.nameLength, 26);
        this.records.copyName(r, h, 30);
        return h;
    }
    /** A whole entry from data already compressed with `method`; sizes go in the local header. */
    add(name, method, data, crc, uncompressedSize) {
        const i = this.records.push(name, method, true, this.sink.size, crc, data.length, uncompressedSize);
        this.sink.write(this.localHeader(this.records.get(i)));
        return this.sink.write(data);
    }
    /** Starts a streamed entry: write its data with `data`, then `end` it. */
    begin(name, method) {
        const index = this.records.push(name, method, false, this.sink.size, 0, 0, 0);
        return { index, pending: this.sink.write(this.localHeader(this.records.get(index))) };
    }
    /** `owned`: the chunk is alone in its ArrayBuffer and nobody reads it after (`writeOwned`). */
    data(entry, chunk, owned = false) {
        this.records.addCompressed(entry.index, chunk.length);
        return owned ? this.sink.writeOwned(chunk) : this.sink.write(chunk);
    }
    /** Like `data`, for a buffer the caller reuses once the promise settles. */
    dataTransient(entry, chunk) {
        this.records.addCompressed(entry.index, chunk.length);
        return this.sink.writeTransient(chunk);
    }
    end(entry, crc, uncompressedSize) {
        this.records.setEnd(entry.index, crc >>> 0, uncompressedSize);
        const r = this.records.get(entry.index);
        let d;
        if (this.zip64(r)) {
            d = Buffer.alloc(24);
            d.writeUInt32LE(0x08074b50, 0);
            d.writeUInt32LE(r.crc, 4);
            u64(d, r.compressedSize, 8);
            u64(d, r.uncompressedSize, 16);
        }
        else {
            d = Buffer.alloc(16);
            d.writeUInt32LE(0x08074b50, 0);
            d.writeUInt32LE(r.crc, 4);
            d.writeUInt32LE(r.compressedSize, 8);
            d.writeUInt32LE(r.uncompressedSize, 12);
        }
        return this.sink.write(d);
    }
    /**
     * The central directory and end records. Records are laid out one after another in blocks of a
     * megabyte: three small buffers per record were a quarter of a million objects for a role of
     * 68,000 files, kept (and promoted by the collector) until the sink had a megabyte to write.
     */
    async finish() {
        const start = this.sink.size;
        const BLOCK = 1024 * 1024;
        let block = Buffer.allocUnsafe(BLOCK);
        let at = 0;
        const r = emptyRecord();
        for (let i = 0; i < this.records.count; i++) {
            this.records.get(i, r);
            const z = this.zip64(r);
            const extraLength = 9 + (z ? 28 : 0);
            const length = 46 + r.nameLength + extraLength;
            if (at + length > block.length) {
                // A block is its own ArrayBuffer (larger than Buffer's pool) and not touched after: freed once written.
                if (at > 0)
                    await this.sink.writeOwned(block.subarray(0, at));
                block = Buffer.allocUnsafe(Math.max(BLOCK, length));
                at = 0;
            }
            // Written at offsets into the block, with no view of each record: a view is an object too.
            block.fill(0, at, at + length);
            block.writeUInt32LE(0x02014b50, at);
            block.writeUInt16LE(VERSION_MADE_BY, at + 4);
            block.writeUInt16LE(z ? VERSION_NEEDED_ZIP64 : VERSION_NEEDED, at + 6);
            block.writeUInt16LE(r.known ? UTF8 : UTF8 | DESCRIPTOR, at + 8);
            block.writeUInt16LE(r.method, at + 10);
            block.writeUInt16LE(this.dos.time, at + 12);
            block.writeUInt16LE(this.dos.date, at + 14);
            block.writeUInt32LE(r.crc >>> 0, at + 16);
            block.writeUInt32LE(z ? 0xffffffff : r.compressedSize, at + 20);
            block.writeUInt32LE(z ? 0xffffffff : r.uncompressedSize, at + 24);
            block.writeUInt16LE(r.nameLength, at + 28);
            block.writeUInt16LE(extraLength, at + 30);
            block.writeUInt32LE(this.attributes, at + 38);
            block.writeUInt32LE(z ? 0xffffffff : r.offset, at + 42);
            this.records.copyName(r, block, at + 46);
            const extra = at + 46 + r.nameLength;
            block.writeUInt16LE(0x5455, extra);
            block.writeUInt16LE(5, extra + 2);
            // mtime and atime flags, as Info-ZIP writes, with only the mtime present (central form).
            block.writeUInt8(3, extra + 4);
            block.writeInt32LE(this.unixTime, extra + 5);
            if (z) {
                block.writeUInt16LE(0x0001, extra + 9);
                block.writeUInt16LE(24, extra + 11);
                u64(block, r.uncompressedSize, extra + 13);
                u64(block, r.compressedSize, extra + 21);
                u64(block, r.offset, extra + 29);
            }
            at += length;
        }
        if (at > 0)
            await this.sink.writeOwned(block.subarray(0, at));
        const end = this.sink.size;
        const size = end - start;
        const force = this.options.forceZip64 === true;
        const count = this.records.count;
        const needs64 = force || count >= 0xffff || size >= 0xffffffff || start >= 0xffffffff;
        if (needs64) {
            const z = Buffer.alloc(56 + 20);
            z.writeUInt32LE(0x06064b50, 0);
            u64(z, 44, 4);
            z.writeUInt16LE(VERSION_MADE_BY, 12);
            z.writeUInt16LE(VERSION_NEEDED_ZIP64, 14);
            u64(z, count, 24);
            u64(z, count, 32);
            u64(z, size, 40);
            u64(z, start, 48);
            z.writeUInt32LE(0x07064b50, 56);
            u64(z, end, 64);
            z.writeUInt32LE(1, 72);
            await this.sink.write(z);
        }
        const e = Buffer.alloc(22);
        e.writeUInt32LE(0x06054b50, 0);
        const shortCount = force || count >= 0xffff ? 0xffff : count;
        e.writeUInt16LE(shortCount, 8);
        e.writeUInt16LE(shortCount, 10);
        e.writeUInt32LE(force || size >= 0xffffffff ? 0xffffffff : size, 12);
        e.writeUInt32LE(force || start >= 0xffffffff ? 0xffffffff : start, 16);
        await this.sink.write(e);
    }
}

;// CONCATENATED MODULE: ./.build/src/package/parallel-zip.js






/** Deflate level of every compressed entry: zlib's default, what CSPack's peers and `zip` use. */
const DEFLATE_LEVEL = 6;
/**
 * Uncompressed bytes read ahead of the writer (queued for or inside a worker, or compressed and
 * waiting for their turn). Bounds memory whatever the size of a file or a role. The lanes keep
 * busy with 5 MiB (two workers holding two 1 MiB batches each, and this thread one); more only
 * holds more blocks: streaming one 17 MB file into a new ZIP took the process's resident size up
 * by 20 MiB with 16 MiB in flight and by 14 MiB with 8, in no more time (BENCHMARKS.md).
 */
const IN_FLIGHT = 8 * 1024 * 1024;
/** What a job costs besides its bytes, so that thousands of tiny files cannot pile up either. */
const JOB_COST = 4096;
/** Buffers read here for the pool: whole ArrayBuffers nobody else holds, safe to hand over. */
const owned = new WeakSet();
/**
 * A file's bytes in blocks, each in its own ArrayBuffer. Reads the size found when opened.
 *
 * The reads are synchronous: a package is thousands of small files, and four thread-pool round
 * trips per file (open, stat, read, close) cost more than the reads themselves. The file system
 * cache serves them in microseconds, and the writer's own awaits let the event loop turn between
 * blocks.
 */
async function* fileBlocks(path) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const { size } = (0,external_node_fs_.fstatSync)(fd);
        let pos = 0;
        while (pos < size) {
            const want = Math.min(DEFLATE_BLOCK, size - pos);
            const buf = Buffer.allocUnsafeSlow(want);
            let got = 0;
            while (got < want) {
                const bytesRead = (0,external_node_fs_.readSync)(fd, buf, got, want - got, pos + got);
                if (bytesRead === 0)
                    break;
                got += bytesRead;
            }
            if (got === 0)
                break;
            const block = got === want ? buf : buf.subarray(0, got);
            if (got === want)
                owned.add(block);
            pos += got;
            yield block;
            if (got < want)
                break;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
function ownedWhole(b) {
    return owned.has(b) && b.byteOffset === 0 && b.buffer.byteLength === b.length;
}
/** A copy in a fresh ArrayBuffer, or the buffer itself when it is already ours to give away. */
function transferable(b) {
    if (ownedWhole(b))
        return b;
    const copy = Buffer.allocUnsafeSlow(b.length);
    b.copy(copy);
    return copy;
}
/**
 * Writes a ZIP whose entries are compressed on the pool's workers while the writer emits them in
 * order. The caller adds entries one after another; `add*` resolves once an entry has been read
 * and handed to the workers (so its hash is known), not once it is written.
 */
class ParallelZip {
    pool;
    zip;
    queue = [];
    wakeConsumer;
    wakeProducer;
    inFlight = 0;
    failure;
    consumer;
    constructor(sink, pool, options) {
        this.pool = pool;
        this.zip = new ZipWriter(sink, options);
        this.consumer = this.consume().catch((e) => {
            this.failure ??= e;
            this.wakeProducer?.();
        });
    }
    push(item) {
        this.queue.push(item);
        const w = this.wakeConsumer;
        this.wakeConsumer = undefined;
        w?.();
    }
    /** Waits until `cost` more bytes may be in flight; one job always may, however large. */
    async room(cost) {
        while (this.failure === undefined && this.inFlight > 0 && this.inFlight + cost > IN_FLIGHT) {
            await new Promise((resolve) => {
                this.wakeProducer = resolve;
            });
        }
        if (this.failure !== undefined)
            throw this.failure;
        this.inFlight += cost;
    }
    release(cost) {
        this.inFlight -= cost;
        const w = this.wakeProducer;
        this.wakeProducer = undefined;
        w?.();
    }
    compress(block, dict, final) {
        const p = this.pool.deflate(block.buffer, block.length, dict, final, DEFLATE_LEVEL);
        // Awaited in order by the consumer; this only keeps a failure from going unhandled meanwhile.
        p.catch(() => undefined);
        return p;
    }
    /**
     * Adds a deflated entry from chunks of any size, cut into blocks of exactly DEFLATE_BLOCK bytes
     * whatever the chunks, so the output does not depend on how reads return. (Stored entries are
     * either small, `addBuffer`, or role packages, `addCopy`.)
     */
    async addStream(name, chunks) {
        const hash = (0,external_node_crypto_.createHash)('sha256');
        let crc = 0;
        let size = 0;
        this.push({ kind: 'begin', name, method: DEFLATED });
        // One block is held back until the next shows whether it is the last (which ends the stream).
        let held;
        let heldDict;
        const take = async (block) => {
            await this.room(block.length + JOB_COST);
            hash.update(block);
            crc = (0,external_node_zlib_.crc32)(block, crc);
            size += block.length;
            if (held) {
                const dict = Buffer.from(held.subarray(held.length - DEFLATE_WINDOW));
                // Measured before compress() hands the block over and leaves it empty.
                const cost = held.length + JOB_COST;
                this.push({ kind: 'chunk', data: this.compress(held, heldDict, false), cost });
                heldDict = dict;
            }
            held = block;
        };
        let parts = [];
        let partsLength = 0;
        const cut = async () => {
            while (partsLength >= DEFLATE_BLOCK) {
                const first = parts[0];
                if (first.length === DEFLATE_BLOCK && ownedWhole(first)) {
                    parts.shift();
                    partsLength -= DEFLATE_BLOCK;
                    await take(first);
                    continue;
                }
                const block = Buffer.allocUnsafeSlow(DEFLATE_BLOCK);
                let at = 0;
                while (at < DEFLATE_BLOCK) {
                    const p = parts[0];
                    const n = Math.min(p.length, DEFLATE_BLOCK - at);
                    p.copy(block, at, 0, n);
                    at += n;
                    if (n === p.length)
                        parts.shift();
                    else
                        parts[0] = p.subarray(n);
                }
                partsLength -= DEFLATE_BLOCK;
                await take(block);
            }
        };
        for await (const chunk of chunks) {
            if (chunk.length === 0)
                continue;
            parts.push(chunk);
            partsLength += chunk.length;
            await cut();
        }
        if (partsLength > 0)
            await take(parts.length === 1 ? transferable(parts[0]) : transferable(Buffer.concat(parts)));
        parts = [];
        const last = held ?? Buffer.allocUnsafeSlow(0);
        if (!held)
            await this.room(JOB_COST);
        const cost = last.length + JOB_COST;
        this.push({ kind: 'chunk', data: this.compress(last, heldDict, true), cost });
        this.push({ kind: 'end', crc, size });
        return { sha256: hash.digest('hex'), size };
    }
    /** Adds a small entry whole, with its sizes in the local header (no data descriptor). */
    async addBuffer(name, data, compress) {
        const cost = data.length + JOB_COST;
        await this.room(cost);
        const crc = (0,external_node_zlib_.crc32)(data);
        const parts = [];
        if (!compress)
            parts.push(data);
        else if (data.length <= DEFLATE_BLOCK)
            parts.push(this.compress(transferable(data), undefined, true));
        else {
            for (let at = 0; at < data.length; at += DEFLATE_BLOCK) {
                const final = at + DEFLATE_BLOCK >= data.length;
                const dict = at > 0 ? Buffer.from(data.subarray(at - DEFLATE_WINDOW, at)) : undefined;
                parts.push(this.compress(transferable(data.subarray(at, at + DEFLATE_BLOCK)), dict, final));
            }
        }
        this.push({ kind: 'whole', name, method: compress ? DEFLATED : STORED, parts, crc, size: data.length, cost });
    }
    /**
     * Adds a file stored as it is, copied when its turn comes through one reused buffer: for role
     * packages, hundreds of megabytes already compressed, whose hash the caller already has.
     */
    addCopy(name, path) {
        this.push({ kind: 'copy', name, path });
    }
    async copy(entry, path) {
        const buffer = Buffer.allocUnsafeSlow(DEFLATE_BLOCK);
        const fd = (0,external_node_fs_.openSync)(path, 'r');
        try {
            let crc = 0;
            let size = 0;
            for (;;) {
                const n = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, size);
                if (n === 0)
                    return { crc, size };
                const chunk = buffer.subarray(0, n);
                crc = (0,external_node_zlib_.crc32)(chunk, crc);
                size += n;
                await this.zip.dataTransient(entry, chunk);
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    /** Waits for every entry to be written, then writes the central directory. */
    async finish() {
        this.push({ kind: 'finish' });
        await this.consumer;
        if (this.failure !== undefined)
            throw this.failure;
    }
    /** Stops the writer after a failure on the caller's side; nothing more is written. */
    async abort(reason) {
        this.failure ??= reason;
        this.push({ kind: 'finish' });
        await this.consumer;
    }
    async next() {
        while (this.queue.length === 0) {
            await new Promise((resolve) => {
                this.wakeConsumer = resolve;
            });
        }
        return this.queue.shift();
    }
    async consume() {
        let open;
        for (;;) {
            const item = await this.next();
            if (this.failure !== undefined)
                return;
            switch (item.kind) {
                case 'begin': {
                    const e = this.zip.begin(item.name, item.method);
                    open = e;
                    await e.pending;
                    break;
                }
                case 'chunk': {
                    const data = await item.data;
                    // A deflated block is the pool's own ArrayBuffer (`settle`), read by nothing after this.
                    await this.zip.data(open, data, true);
                    this.release(item.cost);
                    // The block read for this chunk, its dictionary copies and the compressed result.
                    noteGarbage(item.cost + data.length);
                    break;
                }
                case 'end':
                    await this.zip.end(open, item.crc, item.size);
                    open = undefined;
                    break;
                case 'whole': {
                    const data = item.parts.length === 1 ? await item.parts[0] : Buffer.concat(await Promise.all(item.parts));
                    await this.zip.add(item.name, item.method, data, item.crc, item.size);
                    this.release(item.cost);
                    break;
                }
                case 'copy': {
                    const e = this.zip.begin(item.name, STORED);
                    await e.pending;
                    const { crc, size } = await this.copy(e, item.path);
                    await this.zip.end(e, crc, size);
                    break;
                }
                case 'finish':
                    await this.zip.finish();
                    return;
            }
        }
    }
}

;// CONCATENATED MODULE: ./.build/src/package/csman.js



/** SHA-256 of zero bytes: CSPack writes it for every named stream instead of the stream's hash. */
const EMPTY_SHA256 = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855';
function readManifest(root) {
    if (root.local !== 'PackageManifest')
        return `root element is <${root.name}>, expected <PackageManifest>`;
    const contents = root.child('Contents');
    if (!contents)
        return 'no <Contents> element';
    const items = [];
    for (const e of contents.childrenNamed('Item')) {
        const name = e.attrValue('name');
        const hash = e.attrValue('hash');
        const uri = e.attrValue('uri');
        if (name === undefined || hash === undefined || uri === undefined)
            return '<Item> without name, hash or uri';
        const created = e.attrValue('created');
        const modified = e.attrValue('modified');
        items.push({ name, hash, uri, ...(created ? { created } : {}), ...(modified ? { modified } : {}) });
    }
    const keys = (local) => {
        const s = root.child(local);
        return s ? s.childrenNamed('Setting').map((x) => x.attrValue('key') ?? '') : undefined;
    };
    return {
        version: root.attrValue('version'),
        keytype: root.child('Encryption')?.attrValue('keytype'),
        hashtype: contents.attrValue('hashtype'),
        items,
        systemSettings: keys('SystemConfigurationSettings'),
        applicationSettings: keys('ApplicationConfigurationSettings'),
        namedStreams: (root.child('NamedStreams')?.childrenNamed('Stream') ?? []).map((s) => s.attrValue('name') ?? ''),
    };
}
/** A `.csman` as CSPack writes it: one line, BOM, no XML declaration. */
function manifestXml(m) {
    const w = new ManifestWriter();
    for (const i of m.items)
        w.add(i);
    return Buffer.concat(w.finish(m));
}
/**
 * Writes a manifest item by item, as `manifestXml` writes it whole. A role of tens of thousands
 * of files would otherwise hold an object per item and then a tree of the whole document; this
 * holds only the UTF-8 text written so far, in blocks, or, given a file to spill to, not even that
 * (a role's manifest is 18 MB for 68,000 files).
 */
class ManifestWriter {
    spill;
    blocks = [];
    pending = '';
    count = 0;
    /** `spill`: a new file the text is appended to instead of held; the caller removes it. */
    constructor(spill) {
        this.spill = spill;
        if (spill !== undefined)
            (0,external_node_fs_.writeFileSync)(spill, '', { flag: 'wx' });
    }
    add(i) {
        this.pending += writeInline(el('Item', [
            ['name', i.name],
            ['hash', i.hash],
            ['uri', i.uri],
            ['created', i.created],
            ['modified', i.modified],
        ]));
        this.count++;
        if (this.pending.length >= 64 * 1024)
            this.flush();
    }
    /** The whole document, in blocks, from a writer without a spill file; the writer is spent. */
    finish(rest = {}) {
        if (this.spill !== undefined)
            throw new Error('a spilled manifest is read back with chunks()');
        this.flush();
        const [head, tail] = this.ends(rest);
        return [head, ...this.blocks.splice(0), tail];
    }
    /** The whole document, in blocks, read back from the spill file if there is one; the writer is spent. */
    async *chunks(rest = {}) {
        if (this.spill === undefined) {
            yield* this.finish(rest);
            return;
        }
        this.flush();
        const [head, tail] = this.ends(rest);
        yield head;
        yield* fileBlocks(this.spill);
        yield tail;
    }
    ends(rest) {
        const settings = (name, keys) => keys === undefined ? '' : writeInline(el(name, [], keys.map((k) => el('Setting', [['key', k]]))));
        const contents = startTag(el('Contents', [['hashtype', '1']]));
        const head = BOM +
            startTag(el('PackageManifest', [['version', '2']])) +
            '>' +
            writeInline(el('Encryption', [['keytype', '1']])) +
            (this.count > 0 ? `${contents}>` : `${contents} />`);
        const tail = (this.count > 0 ? '</Contents>' : '') +
            settings('SystemConfigurationSettings', rest.systemSettings) +
            settings('ApplicationConfigurationSettings', rest.applicationSettings) +
            writeInline(el('NamedStreams', [], (rest.namedStreams ?? []).map((n) => el('Stream', [['name', n]])))) +
            '</PackageManifest>';
        return [Buffer.from(head, 'utf8'), Buffer.from(tail, 'utf8')];
    }
    flush() {
        if (this.pending === '')
            return;
        const block = Buffer.from(this.pending, 'utf8');
        this.pending = '';
        if (this.spill === undefined)
            this.blocks.push(block);
        else
            (0,external_node_fs_.appendFileSync)(this.spill, block);
    }
}
/** Windows FILETIME (100-ns ticks since 1601-01-01 UTC) of a time in milliseconds since 1970. */
function fileTime(ms) {
    return (BigInt(Math.round(ms)) * 10000n + 116444736000000000n).toString();
}
/** An attribute value that means what it says: no reference, no character XML would normalize or refuse. */
const VALUE = '([^"<&\\u0000-\\u001f\\ufffe\\uffff]*)';
const ITEM = new RegExp(`<Item name="${VALUE}" hash="${VALUE}" uri="${VALUE}"(?: created="${VALUE}")?(?: modified="${VALUE}")? />`, 'y');
const SETTING = new RegExp(`<Setting key="${VALUE}" />`, 'y');
const STREAM = new RegExp(`<Stream name="${VALUE}" />`, 'y');
/**
 * How much text must be buffered before an element that does not match counts as not matching
 * (rather than as not yet complete). An element longer than this sends the manifest to the parser.
 */
const LOOKAHEAD = 64 * 1024;
/**
 * The manifest grammar `ManifestScanner` accepts, as a generator that yields whenever it needs
 * more text than it has: values are not kept, so the scan holds one window of text at a time.
 */
function* scan(src, onItem) {
    function* enough(n) {
        while (!src.ended && src.text.length - src.at < n)
            yield;
    }
    function* take(s) {
        yield* enough(s.length);
        if (!src.text.startsWith(s, src.at))
            return false;
        src.at += s.length;
        return true;
    }
    /** `<name attrs />`, or `<name attrs>`, children matching `child`, `</name>`; undefined when neither. */
    function* list(name, attrs, child, read) {
        if (yield* take(`<${name}${attrs} />`))
            return true;
        if (!(yield* take(`<${name}${attrs}>`)))
            return undefined;
        for (;;) {
            while (!src.ended && src.text.length - src.at < LOOKAHEAD)
                yield;
            child.lastIndex = src.at;
            const m = child.exec(src.text);
            if (!m)
                break;
            read(m);
            src.at = child.lastIndex;
        }
        return yield* take(`</${name}>`);
    }
    if (!(yield* take('<PackageManifest version="2"><Encryption keytype="1" />')))
        return undefined;
    const contents = yield* list('Contents', ' hashtype="1"', ITEM, (m) => {
        const [, name, hash, uri, created, modified] = m;
        onItem({ name, hash, uri, ...(created ? { created } : {}), ...(modified ? { modified } : {}) });
    });
    if (!contents)
        return undefined;
    const keys = function* (name, child) {
        const out = [];
        const found = yield* list(name, '', child, (m) => out.push(m[1]));
        return found === undefined ? undefined : found && out;
    };
    const systemSettings = yield* keys('SystemConfigurationSettings', SETTING);
    const applicationSettings = yield* keys('ApplicationConfigurationSettings', SETTING);
    const namedStreams = yield* keys('NamedStreams', STREAM);
    if (systemSettings === false || applicationSettings === false || namedStreams === false)
        return undefined;
    if (!(yield* take('</PackageManifest>')))
        return undefined;
    // Nothing may follow, and only the end of the input says that nothing will.
    while (!src.ended) {
        if (src.at !== src.text.length)
            return undefined;
        yield;
    }
    if (src.at !== src.text.length)
        return undefined;
    return { version: '2', keytype: '1', hashtype: '1', systemSettings, applicationSettings, namedStreams: namedStreams ?? [] };
}
/**
 * Reads a manifest written exactly as CSPack and `manifestXml` write it, from its bytes in pieces of
 * any size, handing each item to `onItem` as it is read: a role's manifest lists every file, and
 * neither its text nor its items need to be held at once. Anything else (a declaration, other
 * spacing or order, a character reference, bytes that are not UTF-8) makes it give up, for the XML
 * parser and `readManifest` to read; what it accepts is well-formed XML, read as `readManifest`
 * reads it. Items already handed over before it gives up are the caller's to discard.
 */
class ManifestScanner {
    src = { text: '', at: 0, ended: false };
    // The decoder drops a leading byte-order mark, as the parser does, and keeps a character split
    // between two pieces until the second arrives.
    decoder = new TextDecoder('utf-8', { fatal: true });
    run;
    state = 'scanning';
    constructor(onItem) {
        this.run = scan(this.src, onItem);
        this.step();
    }
    /** Gives the next bytes; false once the manifest is known not to be in the scanned form. */
    push(bytes) {
        if (this.state !== 'scanning')
            return this.state !== 'failed';
        let text;
        try {
            text = this.decoder.decode(bytes, { stream: true });
        }
        catch {
            this.state = 'failed';
            return false;
        }
        const src = this.src;
        src.text = src.text.slice(src.at) + text;
        src.at = 0;
        return this.step() !== 'failed';
    }
    /** The end of the bytes: what the manifest holds besides its items, or undefined. */
    end() {
        if (this.state === 'scanning') {
            const src = this.src;
            try {
                src.text = src.text.slice(src.at) + this.decoder.decode();
                src.at = 0;
                src.ended = true;
            }
            catch {
                // A character cut off at the end.
                this.state = 'failed';
            }
        }
        const state = this.state === 'scanning' ? this.step() : this.state;
        return typeof state === 'string' ? undefined : state;
    }
    step() {
        const r = this.run.next();
        if (r.done)
            this.state = r.value ?? 'failed';
        return this.state;
    }
}

;// CONCATENATED MODULE: ./.build/src/package/paths.js
/**
 * Order of files in a role as CSPack writes them: within a folder, files before subfolders, and
 * names compared as NTFS does (upper-cased, ordinal). Paths use `/`.
 */
function compareWindowsPaths(a, b) {
    const as = a.split('/');
    const bs = b.split('/');
    const n = Math.min(as.length, bs.length);
    for (let i = 0; i < n; i++) {
        const x = as[i];
        const y = bs[i];
        if (x === y)
            continue;
        const xFile = i === as.length - 1;
        const yFile = i === bs.length - 1;
        if (xFile !== yFile)
            return xFile ? -1 : 1;
        const X = x.toUpperCase();
        const Y = y.toUpperCase();
        if (X !== Y)
            return X < Y ? -1 : 1;
        return x < y ? -1 : 1;
    }
    return as.length - bs.length;
}
/**
 * `approot/bin/x.dll` → `\approot\bin\x.dll`, the form role manifests and CTP layouts use. Built
 * by `join`, which makes one flat string: `replace` makes a concatenation per segment, and a
 * package's view keeps a path per file (375 bytes each instead of 80, 20 MiB for 68,000 files).
 */
function toRolePath(zipPath) {
    return ('\\' + zipPath).split('/').join('\\');
}

;// CONCATENATED MODULE: ./.build/src/package/legacy-read.js







/**
 * The measured hash of each of a level's parts by lower-case part name, the relationships, content
 * types and (once known) manifest left out. Looked up through the level's map of parts: a map of
 * its own would hold an entry per file of a role.
 */
class PartHashes {
    level;
    measures;
    manifestKey;
    constructor(level, measures) {
        this.level = level;
        this.measures = measures;
    }
    get(key) {
        const e = this.part(key);
        return e && this.measures.hash(e);
    }
    /** Whether the part was measured and readable, without making its hex hash. */
    has(key) {
        const e = this.part(key);
        return e !== undefined && this.measures.readable(e);
    }
    part(key) {
        return isOpcMetadataPart(key) || key === this.manifestKey ? undefined : this.level.parts.get(key);
    }
    excludeManifest(key) {
        this.manifestKey = key;
    }
}
/**
 * Checks a legacy level's `.csman`: every item exists and has the hash written for it, and every
 * other part (bar the manifest, relationships and content types) is listed. Returns the parts the
 * manifest lists (undefined without a readable manifest) and the measured hash of every part.
 */
async function checkManifest(level, log, hasher, opts, ahead) {
    log.check('manifests and hashes');
    const entries = [];
    level.parts.forEach((e, key) => {
        if (!isOpcMetadataPart(key))
            entries.push(e);
    });
    const measures = await measureParts(level.archive, entries, hasher, ahead);
    logUnreadable(level, entries, measures, log);
    const hashes = new PartHashes(level, measures);
    const rel = level.rels.find((r) => r.id === 'MANIFEST');
    if (!rel) {
        log.error('missing-manifest', `${level.label}!/${RELS_PART}`, 'no MANIFEST relationship: this package level has no .csman manifest');
        return { listed: undefined, hashes, manifestEntry: undefined };
    }
    const manifestKey = targetEntryName(rel.target).toLowerCase();
    const entry = level.parts.get(manifestKey);
    if (!entry)
        return { listed: undefined, hashes, manifestEntry: undefined };
    hashes.excludeManifest(manifestKey);
    const label = `${level.label}!/${entry.name}`;
    // The parts themselves, not their names: a name made from each item's URI would be kept per file.
    let listed = new EntrySet(level.archive.entries.length);
    let unchecked = 0;
    const checkItem = (item, into) => {
        const key = targetEntryName(item.uri).toLowerCase();
        const part = level.parts.get(key);
        if (!part) {
            into.error('missing-part', label, `manifest lists ${item.uri} (${item.name}), which is not in the package`);
            return;
        }
        listed.add(part);
        const actual = hashes.get(key);
        if (!actual)
            return;
        const want = item.hash.toUpperCase();
        const got = actual.sha256.toUpperCase();
        if (want === got)
            return;
        if (want === EMPTY_SHA256 && opts.emptyHashAllowed) {
            unchecked++;
            return;
        }
        into.error('hash-mismatch', `${level.label}!/${part.name}`, `SHA-256 is ${got}, the manifest ${entry.name} says ${want}: the part was changed or damaged after packaging`);
    };
    const itemLog = new ProblemLog();
    if (!(await scanManifestPart(level.archive, entry, (item) => checkItem(item, itemLog)))) {
        // Not in the form CSPack writes: what the scan checked is dropped, and the parser reads it.
        listed = new EntrySet(level.archive.entries.length);
        unchecked = 0;
        const manifest = await readManifestPart(level.archive, entry, label, log);
        if (!manifest)
            return { listed: undefined, hashes, manifestEntry: entry.name };
        if (typeof manifest === 'string') {
            log.error('bad-manifest', label, manifest);
            return { listed: undefined, hashes, manifestEntry: entry.name };
        }
        if (manifest.keytype !== '1') {
            log.error('encrypted', label, `Encryption keytype="${manifest.keytype ?? ''}": an encrypted (SDK 1.4 or older) or unknown package; only keytype 1 (unencrypted) is supported`);
        }
        if (manifest.hashtype !== '1') {
            log.error('manifest-hashtype', label, `Contents hashtype="${manifest.hashtype ?? ''}": only 1 (SHA-256) is known`);
        }
        for (const item of manifest.items)
            checkItem(item, log);
    }
    else {
        log.replay(itemLog);
    }
    if (unchecked > 0) {
        log.warn('unchecked-hash', label, `${unchecked} item(s) carry the SHA-256 of empty content instead of their own (a known CSPack quirk for named streams); not checked`);
    }
    for (const [key, part] of level.parts) {
        if (isOpcMetadataPart(key) || key === manifestKey)
            continue;
        if (!listed.has(part))
            log.warn('unlisted-part', `${level.label}!/${part.name}`, `part is not listed in the manifest ${entry.name}`);
    }
    return { listed, hashes, manifestEntry: entry.name };
}
/**
 * Streams a level's manifest through `ManifestScanner`, each item to `onItem` as it is read: a
 * role's manifest lists every file, and neither its text nor its items are held at once. False when
 * it is not in the form CSPack writes or cannot be read; `readManifestPart` then reads it and says why.
 */
async function scanManifestPart(archive, entry, onItem) {
    if (entry.uncompressedSize > MAX_XML_PART)
        return false;
    const scanner = new ManifestScanner(onItem);
    let stream;
    try {
        stream = await archive.openStream(entry);
        for await (const chunk of stream) {
            if (!scanner.push(chunk))
                return false;
        }
    }
    catch {
        return false;
    }
    finally {
        stream?.destroy();
    }
    return scanner.end() !== undefined;
}
/**
 * A level's manifest, parsed: a string says why it is not a manifest, undefined that it is not
 * readable XML (logged).
 */
async function readManifestPart(archive, entry, label, log) {
    const bytes = await readPart(archive, entry, label, log);
    if (!bytes)
        return undefined;
    const root = parseRead(label, bytes, log);
    return root && readManifest(root);
}
/**
 * A file of a role level as the view lists it. Its path and hash are made from the entry's name
 * and the archive's measures when they are read: the view of a role of tens of thousands of files
 * would otherwise hold a second copy of every name, and a 64-character string per file.
 */
class RoleFile {
    entry;
    measures;
    constructor(entry, measures) {
        this.entry = entry;
        this.measures = measures;
    }
    get path() {
        return toRolePath(this.entry.name);
    }
    get size() {
        return this.measures.size(this.entry);
    }
    get sha256() {
        return this.measures.sha256(this.entry);
    }
    /** The view as JSON (`inspect --format json`) shows the path, as for any other file. */
    toJSON() {
        return { path: this.path, size: this.size, sha256: this.sha256 };
    }
}
/**
 * A role level's files as the view lists them, and how to find one by its view path. Files are
 * found through the level's own map of parts rather than a second map by path: a role of tens of
 * thousands of files would hold a lower-case path and a record per file. A name with a backslash
 * is unsafe (reported with the level) and gets a path of its own here.
 */
function roleFiles(level, hashes, manifestEntry) {
    const files = [];
    const odd = new Map();
    const notFiles = new Set();
    for (const [key, part] of level.parts) {
        if (part.name === manifestEntry || !hashes.has(key)) {
            notFiles.add(key);
            continue;
        }
        files.push(new RoleFile(part, hashes.measures));
        if (part.name.includes('\\')) {
            notFiles.add(key);
            odd.set(toRolePath(part.name).toLowerCase(), part);
        }
    }
    const { archive, parts } = level;
    const find = (path) => {
        const lower = path.toLowerCase();
        const key = lower.slice(1).replace(/\\/g, '/');
        // A path of the view starts with a backslash and has no slash.
        const entry = odd.get(lower) ?? (lower.startsWith('\\') && !path.includes('/') && !notFiles.has(key) ? parts.get(key) : undefined);
        return entry && { archive, entry };
    };
    return { files, find };
}
/** Reads and checks a legacy (nested) package: outer relationships and manifest, then every nested package. */
async function readLegacy(top, state) {
    const { log, roles, documents, roleSources, documentSources, archives, tempDir, hasher } = state;
    // Role packages hold nearly all the bytes: their hashing starts now and runs on the workers while
    // the outer level and the small nested packages are checked.
    const ahead = new Map();
    for (const entry of top.parts.values()) {
        if (extension(entry.name) === 'cssx')
            ahead.set(entry, openNestedAhead(top, entry, tempDir, hasher));
    }
    const relsLabel = `${top.label}!/${RELS_PART}`;
    for (const id of ['SERVICEMODEL', 'SERVICEDESCRIPTION', 'NAMEDSTREAMPACKAGE', 'MANIFEST']) {
        if (!top.rels.some((r) => r.id === id && r.type === REQUIRED_RESOURCE)) {
            log.error('missing-relationship', relsLabel, `no required-resource relationship ${id}`);
        }
    }
    const pv = top.rels.find((r) => r.type === PRODUCT_VERSION_REL);
    if (!pv)
        log.error('product-version', relsLabel, 'no ProductVersion relationship: the SDK version the package was built with is unknown');
    else {
        const v = pv.target.slice(pv.target.indexOf('#') + 1);
        if (pv.target.includes('#') && /^\d+(\.\d+){1,3}$/.test(v))
            state.productVersion = v;
        else
            log.error('product-version', relsLabel, `ProductVersion target ${pv.target} does not end in #<dotted version>`);
    }
    const outer = await checkManifest(top, log, hasher, { emptyHashAllowed: false });
    if (outer.listed) {
        for (const [key, part] of top.parts) {
            if (extension(key) === 'cssx' && !outer.listed.has(part)) {
                log.error('unlisted-role', `${top.label}!/${key}`, 'role package is not listed in the package manifest');
            }
        }
    }
    const byRel = (id) => {
        const r = top.rels.find((x) => x.id === id);
        return r ? top.parts.get(targetEntryName(r.target).toLowerCase()) : undefined;
    };
    const addDocument = (name, level, entry, hashes) => {
        const h = hashes.get(entry.name.toLowerCase());
        if (!h)
            return;
        documents.push({ path: name, size: h.size, sha256: h.sha256 });
        documentSources.set(name.toLowerCase(), { archive: level.archive, entry });
    };
    // Service description: the packaged .csdef.
    const sd = byRel('SERVICEDESCRIPTION');
    if (sd) {
        const level = await openNestedLevel(top, sd, log, archives, tempDir);
        if (level) {
            const m = await checkManifest(level, log, hasher, { emptyHashAllowed: false });
            const rel = level.rels.find((r) => r.id === 'SERVICEDESCRIPTION');
            const csdef = rel ? level.parts.get(targetEntryName(rel.target).toLowerCase()) : undefined;
            if (!csdef)
                log.error('missing-csdef', level.label, 'no SERVICEDESCRIPTION relationship to the packaged ServiceDefinition.csdef');
            else
                addDocument(CSDEF_DOC, level, csdef, m.hashes);
        }
    }
    // Service model: .rd and .rdsc.
    const sm = byRel('SERVICEMODEL');
    if (sm) {
        const level = await openNestedLevel(top, sm, log, archives, tempDir);
        if (level) {
            const m = await checkManifest(level, log, hasher, { emptyHashAllowed: false });
            const rel = level.rels.find((r) => r.id === 'SERVICEMODEL');
            const rd = rel ? level.parts.get(targetEntryName(rel.target).toLowerCase()) : undefined;
            if (!rd)
                log.error('missing-rd', level.label, 'no SERVICEMODEL relationship to ServiceDefinition.rd');
            else
                addDocument(RD_DOC, level, rd, m.hashes);
            const rdsc = [...level.parts.values()].find((e) => extension(e.name) === 'rdsc');
            if (rdsc)
                addDocument(RDSC_DOC, level, rdsc, m.hashes);
        }
    }
    // Named streams.
    const ns = byRel('NAMEDSTREAMPACKAGE');
    if (ns) {
        const level = await openNestedLevel(top, ns, log, archives, tempDir);
        if (level) {
            const m = await checkManifest(level, log, hasher, { emptyHashAllowed: true });
            for (const [key, entry] of level.parts) {
                if (isOpcMetadataPart(key) || entry.name === m.manifestEntry)
                    continue;
                addDocument(`NamedStreams/${entry.name}`, level, entry, m.hashes);
            }
        }
    }
    // Roles.
    for (const entry of top.parts.values()) {
        if (extension(entry.name) !== 'cssx')
            continue;
        // Taken out of `ahead`: once its level is read, nothing waits for it.
        let pre = ahead.get(entry);
        ahead.delete(entry);
        const level = await openNestedLevel(top, entry, log, archives, tempDir, pre?.archive);
        if (!level)
            continue;
        const m = await checkManifest(level, log, hasher, { emptyHashAllowed: false }, pre?.hashes);
        pre = undefined;
        log.check('roles');
        if (!level.rels.some((r) => r.type === UAR_MANIFEST_REL)) {
            log.warn('missing-relationship', `${level.label}!/${RELS_PART}`, 'no UAR Manifest relationship to /Cloud.uar.csman');
        }
        const { files, find } = roleFiles(level, m.hashes, m.manifestEntry);
        const match = /^(.+)_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.cssx$/i.exec(entry.name);
        let roleName = match?.[1] ?? entry.name.replace(/\.cssx$/i, '');
        const rm = find('\\RoleModel.xml');
        if (rm) {
            const root = await parseEntry(rm.archive, rm.entry, `${level.label}!/RoleModel.xml`, log);
            const n = root?.attrValue('name');
            if (n)
                roleName = n;
        }
        if (roleSources.has(roleName)) {
            log.error('duplicate-role', level.label, `a second package for role ${roleName}`);
            continue;
        }
        roles.push({ name: roleName, part: entry.name, files });
        roleSources.set(roleName, find);
    }
}

;// CONCATENATED MODULE: ./.build/src/package/role-checks.js



/** Checks common to both formats, on the view: roles against the csdef, role contents, named streams. */
async function checkRoles(pkg, log) {
    const { view } = pkg;
    log.check('service definition');
    const csdefBytes = await pkg.readDocument(CSDEF_DOC);
    let csdefRoles;
    if (!csdefBytes)
        log.error('missing-csdef', view.file, 'the package has no ServiceDefinition.csdef');
    else {
        const parsed = parsePart(CSDEF_DOC, csdefBytes);
        if ('error' in parsed)
            log.error('bad-xml', CSDEF_DOC, `not readable XML: ${parsed.error}`);
        else
            csdefRoles = parsed.root.elements.filter((e) => /^(Web|Worker|VirtualMachine)Role$/.test(e.local)).map((e) => e.attrValue('name') ?? '');
    }
    if (csdefRoles) {
        const inPackage = new Set(view.roles.map((r) => r.name));
        for (const r of csdefRoles)
            if (!inPackage.has(r))
                log.error('role-mismatch', view.file, `role ${r} of the packaged ServiceDefinition.csdef has no role package`);
        for (const r of inPackage)
            if (!csdefRoles.includes(r))
                log.error('role-mismatch', view.file, `role package ${r} is not a role of the packaged ServiceDefinition.csdef`);
    }
    const rdBytes = await pkg.readDocument(RD_DOC);
    const rdRoles = new Map();
    if (!rdBytes)
        log.error('missing-rd', view.file, 'the package has no ServiceDefinition.rd');
    else {
        const parsed = parsePart(RD_DOC, rdBytes);
        if ('error' in parsed)
            log.error('bad-xml', RD_DOC, `not readable XML: ${parsed.error}`);
        else {
            const walk = (e) => {
                if (e.local === 'role' && e.attrValue('name'))
                    rdRoles.set(e.attrValue('name'), e);
                e.elements.forEach(walk);
            };
            walk(parsed.root);
        }
    }
    if (view.format === 'legacy') {
        for (const [name, e] of rdRoles) {
            const software = e.attrValue('software');
            const role = view.roles.find((r) => r.name === name);
            if (role && software !== undefined && software.toLowerCase() !== role.part.toLowerCase()) {
                log.error('rd-software', RD_DOC, `role ${name} names software="${software}", but its role package is ${role.part}`);
            }
        }
    }
    log.check('roles');
    for (const role of view.roles) {
        const where = role.part;
        const roleModel = await pkg.readRoleFile(role.name, '\\RoleModel.xml').catch(() => undefined);
        if (!roleModel)
            log.error('role-missing-file', where, `role ${role.name} has no \\RoleModel.xml`);
        else {
            const parsed = parsePart(`${where} RoleModel.xml`, roleModel);
            if ('error' in parsed)
                log.error('bad-xml', `${where} RoleModel.xml`, `not readable XML: ${parsed.error}`);
            else if (parsed.root.attrValue('name') !== role.name) {
                log.error('role-mismatch', `${where} RoleModel.xml`, `RoleModel name="${parsed.root.attrValue('name') ?? ''}" but the role is ${role.name}`);
            }
        }
        const missing = (path, what, severity) => {
            // Through the role's lookup: a search of its files would make every file's path for each check.
            if (pkg.hasRoleFile(role.name, path))
                return;
            const msg = `role ${role.name} has no ${path} (${what})`;
            if (severity === 'error' || view.format === 'legacy')
                log.error('role-missing-file', where, msg);
            else
                log.warn('role-missing-file', where, msg);
        };
        missing('\\RuntimeSetup.Manifest', 'generated runtime setup', 'warning');
        missing('\\Cloud.uar.csman', 'signed SDK runtime manifest', 'warning');
        const rd = rdRoles.get(role.name);
        for (const attr of ['entryPoint', 'parameters']) {
            const exe = rd?.attrValue(attr)?.trim().split(/\s+/)[0];
            if (exe)
                missing(`\\${exe}`, `named by ServiceDefinition.rd ${attr}`, 'error');
        }
        await checkRuntimeManifest(pkg, role, log);
        for (const kind of NAMED_STREAM_KINDS) {
            const doc = `NamedStreams/${kind}/${role.name}/1.0`;
            if (!view.documents.some((d) => d.path.toLowerCase() === doc.toLowerCase())) {
                log.warn('named-stream-missing', view.file, `no named stream ${kind}/${role.name}/1.0`);
            }
        }
    }
}
/** The SDK's signed `Cloud.uar.csman` must list the runtime files as shipped, and be signed. */
async function checkRuntimeManifest(pkg, role, log) {
    log.check('SDK runtime files');
    const where = `${role.part} Cloud.uar.csman`;
    const bytes = await pkg.readRoleFile(role.name, '\\Cloud.uar.csman').catch(() => undefined);
    if (!bytes)
        return;
    if (bytes.includes(STUB_MARKER)) {
        log.error('stub-runtime', where, 'built with --sdk-kit stub: the SDK runtime files are stand-ins and the package is NOT deployable; package again with a real SDK kit');
        return;
    }
    // Stand-in plugin folders of --sdk-kit stub copied next to a real runtime: their RoleModule says so.
    for (const f of role.files.filter((x) => /^\\plugins\\[^\\]+\\[^\\]+\.csplugin$/i.test(x.path))) {
        const plugin = await pkg.readRoleFile(role.name, f.path).catch(() => undefined);
        if (plugin?.includes(STUB_MARKER)) {
            log.error('stub-runtime', `${role.part} ${f.path}`, 'a stand-in plugin module written by --sdk-kit stub: the package is NOT deployable; package again with a kit holding the SDK\'s plugins');
        }
    }
    const parsed = parsePart(where, bytes);
    if ('error' in parsed) {
        log.error('bad-xml', where, `not readable XML: ${parsed.error}`);
        return;
    }
    const manifest = readManifest(parsed.root);
    if (typeof manifest === 'string') {
        log.error('bad-manifest', where, manifest);
        return;
    }
    if (!parsed.root.elements.some((e) => e.local === 'Signature')) {
        log.error('runtime-unsigned', where, 'has no XML signature; Azure only runs SDK runtime files listed in the manifest Microsoft signed');
    }
    // Looked up by path once per item; the first file of a path, as a search through the list finds.
    const byPath = new Map();
    for (const f of role.files) {
        const key = f.path.toLowerCase();
        if (!byPath.has(key))
            byPath.set(key, f);
    }
    for (const item of manifest.items) {
        const f = byPath.get(item.name.toLowerCase());
        if (!f)
            log.error('runtime-missing', where, `lists ${item.name}, which is not in role ${role.name}`);
        else if (f.sha256.toUpperCase() !== item.hash.toUpperCase()) {
            log.error('runtime-hash-mismatch', where, `${item.name} has SHA-256 ${f.sha256.toUpperCase()}, the signed runtime manifest says ${item.hash}`);
        }
    }
}

;// CONCATENATED MODULE: ./.build/src/package/hash-job.js
/** Entries up to this size (either side) are inflated in one call; larger ones are streamed. */
const WHOLE_ENTRY_MAX = 8 * 1024 * 1024;
async function runHashJob(job, deps) {
    const { fs, zlib, crypto } = deps;
    const STREAM_CHUNK = 1024 * 1024;
    const scratch = (n) => {
        let b = deps.scratch.buffer;
        if (!b || b.length < n) {
            b = Buffer.allocUnsafeSlow(Math.max(n, STREAM_CHUNK));
            deps.scratch.buffer = b;
        }
        return b.subarray(0, n);
    };
    // An I/O failure is an answer for the entries it concerns, never a lost job.
    const failed = (e) => ({ error: `cannot read entry (${e.message})` });
    let fd;
    try {
        fd = fs.openSync(job.path, 'r');
    }
    catch (e) {
        return job.items.map(() => failed(e));
    }
    try {
        const readFully = (buf, position) => {
            let got = 0;
            while (got < buf.length) {
                const n = fs.readSync(fd, buf, got, buf.length - got, position + got);
                if (n === 0)
                    break;
                got += n;
            }
            return got;
        };
        /** Offset of the data within `header` (a local header read from the entry's start), or an error. */
        const dataStart = (header) => {
            if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50)
                return 'local file header is missing or damaged';
            return 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
        };
        const finish = (item, hash, crc, size) => {
            if (size !== item.uncompressedSize) {
                return { error: `cannot read entry (inflates to ${size} bytes, the ZIP directory says ${item.uncompressedSize})` };
            }
            if (crc >>> 0 !== item.crc >>> 0)
                return { error: 'CRC-32 mismatch', crcMismatch: { actual: crc >>> 0 } };
            return { sha256: hash.digest('hex'), size };
        };
        const whole = (item, region) => {
            const start = dataStart(region);
            if (typeof start === 'string')
                return { error: start };
            if (start + item.compressedSize > region.length)
                return { error: 'cannot read entry (its data runs past the next entry or the end of the file)' };
            const raw = region.subarray(start, start + item.compressedSize);
            let data;
            if (item.method === 0)
                data = raw;
            else {
                try {
                    // One byte more than declared: more output than that is a lie, found without inflating all
                    // of it. Output goes to one buffer of that size, so nothing is concatenated.
                    const limit = Math.max(64, item.uncompressedSize + 1);
                    const r = zlib.inflateRawSync(raw, { maxOutputLength: limit, chunkSize: limit, info: true });
                    // Lets young collections free zlib's output buffer (off-heap-garbage.ts).
                    if (r.engine)
                        r.engine._outBuffer = null;
                    data = r.buffer;
                }
                catch (e) {
                    if (e.code === 'ERR_BUFFER_TOO_LARGE') {
                        return { error: `cannot read entry (inflates to more than the ${item.uncompressedSize} bytes the ZIP directory says)` };
                    }
                    return { error: `cannot read entry (${e.message})` };
                }
            }
            if (data !== raw)
                deps.noteGarbage(data.length);
            return finish(item, crypto.createHash('sha256').update(data), zlib.crc32(data), data.length);
        };
        const streamed = async (item) => {
            const header = scratch(Math.min(30 + 65535 * 2, item.limit - item.offset));
            const headerLength = readFully(header, item.offset);
            const start = dataStart(header.subarray(0, headerLength));
            if (typeof start === 'string')
                return { error: start };
            if (start > headerLength)
                return { error: 'local file header is missing or damaged' };
            let pos = item.offset + start;
            const end = pos + item.compressedSize;
            if (end > item.limit)
                return { error: 'cannot read entry (its data runs past the next entry or the end of the file)' };
            const hash = crypto.createHash('sha256');
            let crc = 0;
            let size = 0;
            // The header is done with: its buffer is the read buffer from here on.
            const chunk = scratch(Math.min(STREAM_CHUNK, item.compressedSize));
            const nextChunk = () => {
                if (pos >= end)
                    return undefined;
                const got = readFully(chunk.subarray(0, Math.min(chunk.length, end - pos)), pos);
                if (got === 0)
                    return undefined;
                pos += got;
                return chunk.subarray(0, got);
            };
            if (item.method === 0) {
                for (let c = nextChunk(); c; c = nextChunk()) {
                    hash.update(c);
                    crc = zlib.crc32(c, crc);
                    size += c.length;
                }
                if (pos < end)
                    return { error: 'cannot read entry (file ends before the ZIP data does)' };
                return finish(item, hash, crc, size);
            }
            const inflate = zlib.createInflateRaw({ chunkSize: STREAM_CHUNK });
            let tooLong = false;
            const closed = new Promise((resolve) => inflate.once('close', () => resolve()));
            const done = new Promise((resolve, reject) => {
                inflate.on('data', (out) => {
                    size += out.length;
                    if (size > item.uncompressedSize) {
                        // A bomb, or a damaged directory: stop inflating now rather than after the whole chunk.
                        tooLong = true;
                        inflate.destroy();
                        resolve();
                        return;
                    }
                    hash.update(out);
                    crc = zlib.crc32(out, crc);
                    deps.noteGarbage(out.length);
                });
                inflate.on('end', () => resolve());
                inflate.on('error', (e) => (tooLong ? resolve() : reject(e)));
            });
            // One chunk in zlib's hands at a time: the read buffer is reused for the next. A destroyed
            // stream may never call back, so its closing ends the wait too.
            const feed = async () => {
                for (let c = nextChunk(); c && !tooLong; c = nextChunk()) {
                    await Promise.race([new Promise((resolve, reject) => inflate.write(c, (e) => (e && !tooLong ? reject(e) : resolve()))), closed]);
                }
                if (!tooLong)
                    inflate.end();
            };
            try {
                await Promise.all([feed(), done]);
            }
            catch (e) {
                inflate.destroy();
                return { error: `cannot read entry (${e.message})` };
            }
            finally {
                // Lets young collections free zlib's output buffer (off-heap-garbage.ts).
                inflate._outBuffer = null;
            }
            if (tooLong)
                return { error: `cannot read entry (inflates to more than the ${item.uncompressedSize} bytes the ZIP directory says)` };
            if (pos < end)
                return { error: 'cannot read entry (file ends before the ZIP data does)' };
            return finish(item, hash, crc, size);
        };
        const out = [];
        const first = job.items[0];
        const last = job.items[job.items.length - 1];
        if (job.stream) {
            for (const item of job.items)
                out.push(await streamed(item).catch(failed));
            return out;
        }
        if (!first || !last)
            return out;
        // Neighbours: one read from the first header to the last entry's limit.
        const span = scratch(last.limit - first.offset);
        let got;
        try {
            got = readFully(span, first.offset);
        }
        catch (e) {
            return job.items.map(() => failed(e));
        }
        for (const item of job.items) {
            const from = item.offset - first.offset;
            const to = Math.min(item.limit - first.offset, got);
            if (from >= to)
                out.push({ error: 'cannot read entry (file ends before the ZIP data does)' });
            else
                out.push(whole(item, span.subarray(from, to)));
        }
        return out;
    }
    finally {
        fs.closeSync(fd);
    }
}

;// CONCATENATED MODULE: ./.build/src/package/entry-hasher.js







// The worker runs the very function the process runs for small packages: its source text.
const entry_hasher_WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
${WORKER_NOTE_GARBAGE}
const deps = { fs: require('node:fs'), zlib: require('node:zlib'), crypto: require('node:crypto'), scratch: {}, noteGarbage };

const runHashJob = (${runHashJob.toString()});
// One job at a time: a streamed entry holds a megabyte or two, and a queue of them must not all start.
let queue = Promise.resolve();
parentPort.on('message', (m) => {
  queue = queue.then(() => runHashJob(m.job, deps)).then(
    (result) => parentPort.postMessage({ id: m.id, result }),
    (e) => parentPort.postMessage({ id: m.id, error: String((e && e.message) || e) }),
  );
});
`;
/** Below this many bytes (compressed plus inflated) a batch is hashed here: starting workers would cost more. */
const IN_PROCESS_MAX = 8 * 1024 * 1024;
/**
 * Jobs run at once in the process: a streamed entry waits for libuv's thread pool to inflate each
 * chunk, and the other job hashes meanwhile. (Two took 4.4–4.9 s to read back the benchmark
 * package against 5.2–5.7 s for one; three or four, no faster, held more.)
 */
const IN_PROCESS_LANES = 2;
/**
 * Hashes entries for one opened package: small batches in the process, the rest on a pool of
 * workers (one per core) started on first need and stopped with the package; or, with
 * `workers: 0`, everything in the process.
 */
class EntryHasher {
    options;
    pool;
    /**
     * Read buffers for jobs in the process, one per job running: a streamed job's buffer is in
     * zlib's hands between chunks, so two jobs (or two packages read at once) never share one.
     */
    idle = [];
    /** Entries up to this size (either side) are inflated in one call; larger ones are streamed. */
    wholeEntryMax;
    /** See `EntryHasherOptions.boundMemory`. */
    boundMemory;
    constructor(options = {}) {
        this.options = options;
        this.wholeEntryMax = options.wholeEntryMax ?? WHOLE_ENTRY_MAX;
        this.boundMemory = options.boundMemory ?? false;
    }
    /**
     * Runs the tasks drawn from `tasks`, in parallel where they are large enough to be worth it, and
     * hands each one's outcomes to `done` as it finishes, in any order. `total`, the bytes of all of
     * them, decides where they run. A task is drawn only when a lane is free to run it: a role of
     * tens of thousands of files would otherwise hold a job record and an outcome per file until the
     * last one is hashed (20 MiB of the resident size while the 4 GiB benchmark tree's package is
     * verified: 105–113 MiB instead of 125–133).
     */
    async run(total, tasks, done) {
        let exhausted = false;
        const draw = () => {
            if (exhausted)
                return undefined;
            const r = tasks.next();
            if (r.done)
                exhausted = true;
            return r.done ? undefined : r.value;
        };
        const lanes = (count, runOne) => Promise.all(Array.from({ length: count }, async (_, lane) => {
            try {
                for (let task = draw(); task; task = draw())
                    done(task, await runOne(task, lane));
            }
            catch (e) {
                // The other lanes stop at their next draw; the first failure is the answer.
                exhausted = true;
                throw e;
            }
        }));
        if (this.options.workers === 0 || (total < (this.options.inProcessBelow ?? IN_PROCESS_MAX) && !this.pool)) {
            const deps = Array.from({ length: IN_PROCESS_LANES }, () => this.idle.pop() ?? { fs: external_node_fs_namespaceObject, zlib: external_node_zlib_namespaceObject, crypto: external_node_crypto_namespaceObject, scratch: {}, noteGarbage: noteGarbage });
            try {
                await lanes(IN_PROCESS_LANES, (task, lane) => runHashJob(task.job, deps[lane]));
            }
            finally {
                this.idle.push(...deps);
            }
            return;
        }
        const size = Math.max(1, this.options.workers ?? (0,external_node_os_.availableParallelism)());
        this.pool ??= new WorkerPool(entry_hasher_WORKER_SOURCE, 'hash', size);
        const pool = this.pool;
        // As many lanes as the workers hold jobs at once (WorkerPool's PER_WORKER), so none waits.
        await lanes(size * 2, (task) => pool.run(task.job, []));
    }
    async close() {
        await this.pool?.close();
        this.pool = undefined;
    }
}

;// CONCATENATED MODULE: ./.build/src/package/reader.js















/** Largest package Cloud Services (extended support) deploys: 800 MB (its FAQ). */
const MAX_EXTENDED_SUPPORT_SIZE = 800 * 1024 * 1024;
/** A package opened for reading: its view, what was wrong with it, and access to each file's bytes. */
class OpenedPackage {
    view;
    log;
    roleSources;
    documentSources;
    archives;
    tempDir;
    release;
    hasher;
    constructor(view, log, roleSources, documentSources, archives, tempDir, 
    /** Ends the removal of `tempDir` on an interrupt (interrupt.ts). */
    release, hasher) {
        this.view = view;
        this.log = log;
        this.roleSources = roleSources;
        this.documentSources = documentSources;
        this.archives = archives;
        this.tempDir = tempDir;
        this.release = release;
        this.hasher = hasher;
    }
    get problems() {
        return this.log.problems;
    }
    get checks() {
        return this.log.checks;
    }
    /** Whether a role has a file at `path` (as in the view, `\approot\x`), compared case-insensitively. */
    hasRoleFile(role, path) {
        return this.roleSources.get(role)?.(path) !== undefined;
    }
    /** Streams a role file; `path` as in the view (`\approot\x`), compared case-insensitively. */
    async openRoleFile(role, path) {
        const src = this.roleSources.get(role)?.(path);
        if (!src)
            throw new Error(`${this.view.file}: role ${role} has no file ${path}`);
        return src.archive.openStream(src.entry);
    }
    /** Reads a small file (a service document, or a role file such as RoleModel.xml). */
    async readRoleFile(role, path, max = MAX_XML_PART) {
        const src = this.roleSources.get(role)?.(path);
        return src ? src.archive.readBytes(src.entry, max) : undefined;
    }
    async readDocument(name) {
        const src = this.documentSources.get(name.toLowerCase());
        return src ? src.archive.readBytes(src.entry, MAX_XML_PART) : undefined;
    }
    async close() {
        await this.hasher.close();
        for (const a of this.archives.reverse())
            await a.close().catch(() => undefined);
        await (0,promises_.rm)(this.tempDir, { recursive: true, force: true });
        this.release();
    }
}
/**
 * Opens a package of either format and runs every structural check of the format notes (§11):
 * ZIP and OPC validity at every level, manifests and hashes, roles and service documents. Problems
 * are collected, never thrown; only an I/O failure on the file itself throws.
 */
async function openPackage(file, options = {}) {
    boundHeapGrowth();
    const { path: tempDir, release } = tempDirRemovedOnInterrupt((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cspkg-read-'));
    const state = {
        log: new ProblemLog(),
        format: 'unknown',
        productVersion: undefined,
        roles: [],
        documents: [],
        roleSources: new Map(),
        documentSources: new Map(),
        archives: [],
        tempDir,
        hasher: new EntryHasher(options.hasher),
    };
    const { log } = state;
    const name = (0,external_node_path_.basename)(file);
    const finish = () => new OpenedPackage({ file, format: state.format, productVersion: state.productVersion, roles: state.roles, documents: state.documents }, log, state.roleSources, state.documentSources, state.archives, tempDir, release, state.hasher);
    log.check('ZIP container');
    let outer;
    try {
        outer = await ZipArchive.openFile(file, name);
    }
    catch (e) {
        if (!(e instanceof ZipReadError)) {
            await (0,promises_.rm)(tempDir, { recursive: true, force: true });
            release();
            throw e;
        }
        log.error('zip-unreadable', name, e.message);
        return finish();
    }
    state.archives.push(outer);
    const { size } = await (0,promises_.stat)(file);
    if (size > MAX_EXTENDED_SUPPORT_SIZE) {
        log.warn('package-size', name, `${size} bytes, over the ${MAX_EXTENDED_SUPPORT_SIZE}-byte (800 MB) package limit of Cloud Services (extended support)`);
    }
    const top = await readLevel(outer, name, log);
    if (!top)
        return finish();
    log.check('package format');
    if (top.rels.some((r) => r.type === CTP_REL)) {
        state.format = 'ctp';
        log.warn('ctp-format', name, 'CTP package format: Cloud Services (extended support) does not accept it (its FAQ); build the legacy format, which `cloudservice package` writes');
        await readCtp(top, state);
    }
    else if (top.rels.some((r) => r.id === 'MANIFEST') &&
        ([...top.parts.keys()].some((p) => p.endsWith('.cssx')) || top.rels.some((r) => r.id === 'SERVICEDESCRIPTION'))) {
        state.format = 'legacy';
        await readLegacy(top, state);
    }
    else {
        log.error('not-a-cspkg', `${name}!/${RELS_PART}`, 'not a Cloud Services package: no PackageDefinition relationship (CTP format) and no MANIFEST relationship with role .cssx parts (legacy format)');
        return finish();
    }
    const opened = finish();
    await checkRoles(opened, log);
    return opened;
}

// EXTERNAL MODULE: ./.build/src/model/knowledge/import-modules.js
var import_modules = __webpack_require__(11101);
;// CONCATENATED MODULE: ./.build/src/package/stub-plugins.js



const task = (commandLine, attrs = [], children = []) => el('Task', [['commandLine', commandLine], ...attrs], children);
const ELEVATED = ['executionContext', 'elevated'];
const BACKGROUND = ['taskType', 'background'];
const SHAPES = {
    Diagnostics: {
        tasks: [task('DiagnosticsAgent.exe', [BACKGROUND]), task('DiagnosticsAgent.exe /blockStartup')],
        agents: ['DiagnosticsAgent.exe'],
    },
    RemoteAccess: {
        tasks: [task('RemoteAccessAgent.exe', [ELEVATED, BACKGROUND]), task('RemoteAccessAgent.exe /blockStartup', [ELEVATED])],
        agents: ['RemoteAccessAgent.exe'],
    },
    RemoteForwarder: {
        tasks: [
            task('install.cmd', [ELEVATED], [
                el('Environment', [], [el('Variable', [['name', 'IsEmulated']], [el('RoleInstanceValue', [['xpath', '/RoleEnvironment/Deployment/@emulated']])])]),
            ]),
        ],
        agents: ['install.cmd', 'RemoteForwarderAgent.exe'],
    },
};
function local(module, name) {
    const prefix = `${import_modules/* PLUGIN_PREFIX */.nY}${module.name}.`;
    return name.startsWith(prefix) ? name.slice(prefix.length) : name;
}
function csplugin(module) {
    const shape = SHAPES[module.name];
    const endpoints = module.endpoints.map((e) => e.kind === 'InputEndpoint'
        ? el('InputEndpoint', [['name', local(module, e.name)], ['protocol', e.protocol], ['port', String(e.port)], ['localPort', '*'], ['ignoreRoleInstanceStatus', 'true']])
        : el('InternalEndpoint', [['name', local(module, e.name)], ['protocol', e.protocol]], [el('FixedPortRange', [['min', String(e.port)], ['max', String(e.port)]])]));
    const doc = xmlDocument(el('RoleModule', [['namespace', `${import_modules/* PLUGIN_PREFIX */.nY}${module.name}`], ['xmlns', CSDEF_NS]], [
        shape && shape.tasks.length > 0 && el('Startup', [], shape.tasks),
        module.settings.length > 0 && el('ConfigurationSettings', [], module.settings.map((s) => el('Setting', [['name', local(module, s)]]))),
        endpoints.length > 0 && el('Endpoints', [], endpoints),
        module.certificates.length > 0 &&
            el('Certificates', [], module.certificates.map((c) => el('Certificate', [['name', local(module, c)], ['storeLocation', 'LocalMachine'], ['storeName', 'My'], ['permissionLevel', 'elevated']]))),
    ]), INDENTED);
    // The marker, as in every stand-in, so that the file alone says it is not the SDK's.
    const text = doc.toString('utf8');
    const declEnd = text.indexOf('?>') + 2;
    return Buffer.from(`${text.slice(0, declEnd)}\r\n<!-- ${escapeAttr(STUB_MARKER)} -->${text.slice(declEnd)}`, 'utf8');
}
/** Module name → its stand-in files (`path` relative to `plugins/<Module>/`, content). */
function stubPluginFolders(stubContent) {
    const out = new Map();
    for (const module of import_modules/* IMPORT_MODULES */.yJ) {
        const agents = SHAPES[module.name]?.agents ?? [];
        out.set(module.name, [
            [`${module.name}.csplugin`, csplugin(module)],
            ...agents.map((a) => [a, stubContent(`plugins/${module.name}/${a}`)]),
        ]);
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/src/package/kit.js











class KitError extends Error {
}
const KIT_MANIFEST = 'kit.json';
const STUB_SDK_VERSION = '2.9.7499.7';
const NO_KIT_HELP = 'an SDK runtime kit is the set of Microsoft files every role carries (base\\, diagnostics\\, storage\\, plugins\\ and the signed Cloud.uar.csman); ' +
    'they cannot be generated or shipped with this tool. Give --sdk-kit one of: an Azure SDK install folder (with --sdk-version), ' +
    'a zip of one, or a folder made by `cloudservice kit extract EXISTING.cspkg --out DIR` from a package CSPack built; ' +
    'or --sdk-kit stub to try the tool (the package is then not deployable)';
/** Role files that the packager generates or that are the user's: never part of a kit. */
function isRuntimePath(rolePath) {
    const p = rolePath.toLowerCase();
    if (p === 'rolemodel.xml' || p === 'runtimesetup.manifest' || p === '__entrypoint.txt')
        return false;
    return !p.startsWith('approot/') && !p.startsWith('sitesroot/') && !p.startsWith('plugins/');
}
function sortFiles(files) {
    return files.sort((a, b) => compareWindowsPaths(a.path, b.path));
}
/**
 * Loads a kit: `stub`, a folder (`kit extract` output or an SDK install with `runtimes/` and
 * `plugins/`, possibly under `bin/`), a zip of such a folder, or a `.cspkg` to harvest.
 */
async function loadKit(spec, options) {
    if (spec === 'stub')
        return stubKit();
    const path = (0,external_node_path_.resolve)(options.cwd, spec);
    const s = await (0,promises_.stat)(path).catch(() => undefined);
    if (!s)
        throw new KitError(`--sdk-kit ${spec}: no such file or folder; ${NO_KIT_HELP}`);
    if (s.isDirectory())
        return folderKit(path, options.sdkVersion);
    const head = Buffer.alloc(4);
    const fh = await (0,promises_.open)(path, 'r');
    try {
        await fh.read(head, 0, 4, 0);
    }
    finally {
        await fh.close();
    }
    if (head.readUInt32LE(0) !== 0x04034b50)
        throw new KitError(`--sdk-kit ${spec}: neither a folder nor a zip file; ${NO_KIT_HELP}`);
    if (/\.cspkg$/i.test(path))
        return packageKit(path, options.sdkVersion);
    return zipKit(path, options.sdkVersion);
}
async function walk(root, dir, out) {
    for (const d of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
        const full = (0,external_node_path_.join)(dir, d.name);
        if (d.isDirectory())
            await walk(root, full, out);
        else if (d.isFile())
            out.push({ path: (0,external_node_path_.relative)(root, full).split(external_node_path_.sep).join('/'), full, size: (await (0,promises_.stat)(full)).size });
        else
            throw new KitError(`${full}: kit files must be regular files (links and devices are refused)`);
    }
}
async function readKitVersion(json, where, override) {
    if (override)
        return checkVersion(override, '--sdk-version');
    if (!json)
        throw new KitError(`${where}: no ${KIT_MANIFEST} saying which SDK version the kit is; give --sdk-version (for example 2.9.7499.7)`);
    let version;
    try {
        version = JSON.parse(json.toString('utf8')).sdkVersion;
    }
    catch (e) {
        throw new KitError(`${where}/${KIT_MANIFEST}: not JSON (${e.message})`);
    }
    if (typeof version !== 'string')
        throw new KitError(`${where}/${KIT_MANIFEST}: no "sdkVersion" string`);
    return checkVersion(version, `${where}/${KIT_MANIFEST}`);
}
function checkVersion(v, where) {
    if (!/^\d+\.\d+\.\d+\.\d+$/.test(v))
        throw new KitError(`${where}: SDK version "${v}" is not four dotted numbers like 2.9.7499.7`);
    return v;
}
async function folderKit(path, sdkVersion) {
    let base = path;
    if (!(await (0,promises_.stat)((0,external_node_path_.join)(base, 'runtimes')).catch(() => undefined))?.isDirectory()) {
        if ((await (0,promises_.stat)((0,external_node_path_.join)(base, 'bin', 'runtimes')).catch(() => undefined))?.isDirectory())
            base = (0,external_node_path_.join)(base, 'bin');
        else
            throw new KitError(`--sdk-kit ${path}: no runtimes${external_node_path_.sep} folder (nor bin${external_node_path_.sep}runtimes${external_node_path_.sep}); ${NO_KIT_HELP}`);
    }
    const json = await (0,promises_.readFile)((0,external_node_path_.join)(path, KIT_MANIFEST)).catch(() => undefined);
    const version = await readKitVersion(json, path, sdkVersion);
    const files = [];
    await walk((0,external_node_path_.join)(base, 'runtimes'), (0,external_node_path_.join)(base, 'runtimes'), files);
    const runtime = files.map((f) => ({ path: f.path, size: f.size, open: async () => (0,external_node_fs_.createReadStream)(f.full) }));
    const plugins = new Map();
    const pluginRoot = (0,external_node_path_.join)(base, 'plugins');
    if ((await (0,promises_.stat)(pluginRoot).catch(() => undefined))?.isDirectory()) {
        for (const d of await (0,promises_.readdir)(pluginRoot, { withFileTypes: true })) {
            if (!d.isDirectory())
                continue;
            const pf = [];
            await walk((0,external_node_path_.join)(pluginRoot, d.name), (0,external_node_path_.join)(pluginRoot, d.name), pf);
            plugins.set(d.name, sortFiles(pf.map((f) => ({ path: f.path, size: f.size, open: async () => (0,external_node_fs_.createReadStream)(f.full) }))));
        }
    }
    return await finishKit({ version, stub: false, source: path, runtime: sortFiles(runtime), plugins, close: async () => undefined });
}
async function finishKit(kit) {
    const uar = kit.runtime.find((f) => f.path.toLowerCase() === 'cloud.uar.csman');
    if (!uar) {
        throw new KitError(`--sdk-kit ${kit.source}: the kit has no Cloud.uar.csman (the signed runtime manifest every role needs); ${NO_KIT_HELP}`);
    }
    if (!kit.runtime.some((f) => f.path.toLowerCase() === 'base/x64/wahostbootstrapper.exe')) {
        throw new KitError(`--sdk-kit ${kit.source}: the kit has no base/x64/WaHostBootstrapper.exe; it is not an SDK runtime kit`);
    }
    // A kit harvested from a stub-built package is still a stub: packages built with it must say so.
    // So is a real runtime with stand-in plugin folders copied in (their RoleModule carries the marker).
    const plugins = [...kit.plugins.values()].flat().filter((f) => /\.csplugin$/i.test(f.path));
    const stub = (await holdsMarker(uar, STUB_MARKER.length + 3)) || (await anyAsync(plugins, (f) => holdsMarker(f, 4096)));
    return stub ? { ...kit, stub: true } : kit;
}
/** Whether the first `limit` bytes of a kit file hold the stand-in marker. */
async function holdsMarker(file, limit) {
    const head = [];
    let size = 0;
    for await (const chunk of await file.open()) {
        head.push(chunk);
        size += chunk.length;
        if (size >= limit)
            break;
    }
    return Buffer.concat(head).subarray(0, limit).includes(STUB_MARKER);
}
async function anyAsync(items, test) {
    for (const t of items)
        if (await test(t))
            return true;
    return false;
}
async function zipKit(path, sdkVersion) {
    let zip;
    try {
        zip = await ZipArchive.openFile(path);
    }
    catch (e) {
        throw new KitError(e instanceof ZipReadError ? e.message : String(e));
    }
    try {
        const files = zip.entries.filter((e) => !e.isDirectory);
        const marker = files.find((e) => /(^|\/)runtimes\/cloud\.uar\.csman$/i.test(e.name));
        if (!marker)
            throw new KitError(`--sdk-kit ${path}: no runtimes/Cloud.uar.csman in the zip; ${NO_KIT_HELP}`);
        const prefix = marker.name.slice(0, marker.name.length - 'runtimes/Cloud.uar.csman'.length);
        const json = files.find((e) => e.name === prefix + KIT_MANIFEST) ?? (prefix.endsWith('bin/') ? files.find((e) => e.name === prefix.slice(0, -4) + KIT_MANIFEST) : undefined);
        const version = await readKitVersion(json ? await zip.readBytes(json, 1024 * 1024) : undefined, path, sdkVersion);
        const runtime = [];
        const plugins = new Map();
        for (const e of files) {
            if (!e.name.startsWith(prefix))
                continue;
            const rel = e.name.slice(prefix.length);
            const file = { size: e.uncompressedSize, open: () => zip.openStream(e) };
            if (rel.startsWith('runtimes/'))
                runtime.push({ path: rel.slice('runtimes/'.length), ...file });
            else if (rel.startsWith('plugins/')) {
                const [, module, ...rest] = rel.split('/');
                if (!module || rest.length === 0)
                    continue;
                const list = plugins.get(module) ?? [];
                list.push({ path: rest.join('/'), ...file });
                plugins.set(module, list);
            }
        }
        for (const [m, list] of plugins)
            plugins.set(m, sortFiles(list));
        return await finishKit({ version, stub: false, source: path, runtime: sortFiles(runtime), plugins, close: () => zip.close() });
    }
    catch (e) {
        await zip.close();
        throw e;
    }
}
/** The kit inside a built package: every role file that is neither generated nor the user's. */
async function packageKit(path, sdkVersion) {
    const pkg = await openPackage(path);
    try {
        const fatal = pkg.problems.find((p) => p.severity === 'error' && p.code !== 'hash-mismatch');
        if (pkg.view.roles.length === 0) {
            throw new KitError(`--sdk-kit ${path}: no roles could be read from the package${fatal ? ` (${fatal.part}: ${fatal.message})` : ''}`);
        }
        const version = sdkVersion ? checkVersion(sdkVersion, '--sdk-version') : pkg.view.productVersion;
        if (!version)
            throw new KitError(`--sdk-kit ${path}: the package records no ProductVersion; give --sdk-version`);
        const runtime = new Map();
        const plugins = new Map();
        for (const role of pkg.view.roles) {
            for (const f of role.files) {
                const rel = f.path.slice(1).replace(/\\/g, '/');
                const file = { size: f.size, sha256: f.sha256, open: () => pkg.openRoleFile(role.name, f.path) };
                let target;
                let key;
                if (/^plugins\//i.test(rel)) {
                    const [, module, ...rest] = rel.split('/');
                    if (!module || rest.length === 0)
                        continue;
                    target = plugins.get(module) ?? new Map();
                    plugins.set(module, target);
                    key = rest.join('/');
                }
                else if (isRuntimePath(rel)) {
                    target = runtime;
                    key = rel;
                }
                else
                    continue;
                const seen = target.get(key.toLowerCase());
                if (seen && seen.sha256 !== f.sha256) {
                    throw new KitError(`${path}: roles carry different copies of ${f.path}; the package mixes SDK versions and cannot be a kit`);
                }
                if (!seen)
                    target.set(key.toLowerCase(), { path: key, ...file });
            }
        }
        return await finishKit({
            version,
            stub: false,
            source: path,
            runtime: sortFiles([...runtime.values()]),
            plugins: new Map([...plugins].map(([m, files]) => [m, sortFiles([...files.values()])])),
            close: () => pkg.close(),
        });
    }
    catch (e) {
        await pkg.close();
        throw e;
    }
}
/** Names of the stand-in files: those of an SDK 2.9 role, so layouts look like real ones. */
const STUB_RUNTIME = [
    'Cloud.uar.csman',
    'base/Microsoft.WindowsAzure.ServiceRuntime.dll',
    ...['x64', 'x86'].flatMap((arch) => [
        'IISConfigurator.exe',
        'Microsoft.WindowsAzure.Internal.RuntimeServer.dll',
        'Microsoft.WindowsAzure.ServiceRuntime.dll',
        'msshrtmi.dll',
        'mswasr.dll',
        'mswasri.dll',
        'WaHostBootstrapper.exe',
        'WaHostBootstrapper.exe.config',
        'WaIISHost.exe',
        ...(arch === 'x64' ? ['WaIISHost.exe.config'] : []),
        'WaRuntimeProxy.dll',
        'WaWorkerHost.exe',
        'WindowsAzureEventSource.dll',
        'WindowsAzureTelemetryEvents.dll',
    ].map((n) => `base/${arch}/${n}`)),
    'storage/cloud/x64/mswacdmi.dll',
];
function bufferFile(path, data) {
    return { path, size: data.length, open: async () => external_node_stream_.Readable.from([data]) };
}
function stubContent(path) {
    return Buffer.from(`${STUB_MARKER}\r\nStands in for ${path.replace(/\//g, '\\')} of the Azure SDK. Package again with --sdk-kit pointing at a real kit.\r\n`, 'utf8');
}
function stubKit() {
    const plugins = new Map();
    for (const [module, files] of stubPluginFolders(stubContent))
        plugins.set(module, sortFiles(files.map(([p, data]) => bufferFile(p, data))));
    return {
        version: STUB_SDK_VERSION,
        stub: true,
        source: 'stub',
        runtime: sortFiles(STUB_RUNTIME.map((p) => bufferFile(p, stubContent(p)))),
        plugins,
        close: async () => undefined,
    };
}
/**
 * Writes the kit held by a built package to a folder `loadKit` reads: `kit.json`, `runtimes/`,
 * `plugins/<Module>/`. Written to a temporary sibling folder and renamed, so a failure leaves
 * nothing behind; an existing non-empty folder is refused rather than mixed with.
 */
async function extractKit(pkgFile, outDir) {
    const existing = await readdir(outDir).catch(() => undefined);
    if (existing && existing.length > 0)
        throw new KitError(`${outDir}: folder exists and is not empty; give a new folder to extract the kit into`);
    const kit = await packageKit(pkgFile, undefined);
    const tmp = `${outDir}.partial-${process.pid}`;
    const release = removeOnInterrupt(tmp);
    try {
        await rm(tmp, { recursive: true, force: true });
        const write = async (rel, f) => {
            const dest = join(tmp, ...rel.split('/'));
            await mkdir(dirname(dest), { recursive: true });
            await pipeline(await f.open(), createWriteStream(dest, { flags: 'wx' }));
        };
        for (const f of kit.runtime)
            await write(`runtimes/${f.path}`, f);
        for (const [m, files] of kit.plugins)
            for (const f of files)
                await write(`plugins/${m}/${f.path}`, f);
        await writeFile(join(tmp, KIT_MANIFEST), JSON.stringify({ sdkVersion: kit.version, harvestedFrom: pkgFile.split(/[\\/]/).pop(), stub: kit.stub }, null, 2) + '\n');
        if (existing)
            await rm(outDir, { recursive: true, force: true });
        await mkdir(dirname(resolve(outDir)), { recursive: true });
        await rename(tmp, outDir);
        return { version: kit.version, stub: kit.stub, out: outDir, runtimeFiles: kit.runtime.length, plugins: [...kit.plugins.keys()] };
    }
    catch (e) {
        await rm(tmp, { recursive: true, force: true });
        throw e;
    }
    finally {
        release();
        await kit.close();
    }
}

// EXTERNAL MODULE: ./.build/src/model/knowledge/retired.js
var retired = __webpack_require__(78343);
;// CONCATENATED MODULE: ./.build/src/package/refuse.js
/**
 * Inputs the packager refuses rather than turn into a package that fails on the role's VM. Each
 * error names the file and says what to do.
 */
class PackageInputError extends Error {
}
const RESERVED = /^(CON|PRN|AUX|NUL|COM[1-9¹²³]|LPT[1-9¹²³])(\..*)?$/i;
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /[<>:"|?*\u0000-\u001f]/;
/** Why Windows cannot hold this file or folder name, or undefined when it can. */
function windowsNameProblem(name) {
    if (RESERVED.test(name))
        return `"${name}" is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without an extension)`;
    if (/[. ]$/.test(name))
        return `"${name}" ends with a ${name.endsWith('.') ? 'dot' : 'space'}, which Windows strips`;
    const bad = INVALID_CHARS.exec(name);
    if (bad) {
        const c = bad[0];
        const shown = c.charCodeAt(0) < 0x20 ? `control character U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}` : `"${c}"`;
        return `"${name}" contains ${shown}, which Windows does not allow in names`;
    }
    return undefined;
}
/**
 * Longest paths Windows APIs (and so the role host) handle without long-path support: MAX_PATH is
 * 260 characters including the terminating NUL, and a folder must leave room for an 8.3 name (248).
 * Role files live at `<drive>:\<role path>`, e.g. `E:\approot\bin\app.dll`.
 */
const MAX_FILE_PATH = 259;
const MAX_DIR_PATH = 247;
const DRIVE = 'E:\\';
/** Why a role-relative path (with `/`) is too long on the role drive, or undefined. */
function pathLengthProblem(zipPath) {
    const full = DRIVE + zipPath.replace(/\//g, '\\');
    if (full.length > MAX_FILE_PATH) {
        return `on the role drive it becomes ${full.length} characters (${DRIVE}${zipPath.split('/')[0]}\\…), over the Windows limit of ${MAX_FILE_PATH + 1} including the terminator; shorten the folders or names`;
    }
    const dir = full.slice(0, full.lastIndexOf('\\'));
    if (dir.length > MAX_DIR_PATH) {
        return `its folder becomes ${dir.length} characters on the role drive, over the Windows limit of ${MAX_DIR_PATH + 1} for folders; shorten the folders`;
    }
    return undefined;
}
/** The first word of a task command line when it names a batch file that must be in the role. */
function startupScript(commandLine) {
    const trimmed = commandLine.trim();
    const first = trimmed.startsWith('"') ? trimmed.slice(1, trimmed.indexOf('"', 1) > 0 ? trimmed.indexOf('"', 1) : undefined) : trimmed.split(/\s+/)[0] ?? '';
    // Only batch files: an .exe may be on PATH (IISConfigurator.exe is in base\x64), and a
    // command line using environment variables is resolved on the VM.
    if (!/\.(cmd|bat)$/i.test(first) || first.includes('%'))
        return undefined;
    return first;
}
/** Resolves `script` against a task's folder (`approot\bin`) the way cmd.exe would, to a `/` path. */
function resolveTaskPath(relativePath, script) {
    const parts = relativePath.split(/[\\/]/).filter((p) => p !== '');
    for (const seg of script.split(/[\\/]/)) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    return parts.join('/');
}

;// CONCATENATED MODULE: ./.build/src/package/plugin.js



/** The full name CSPack gives a setting, endpoint, local store or certificate of a module. */
function qualified(module, name) {
    return `${module.namespace}.${name}`;
}
async function readAll(f) {
    const chunks = [];
    for await (const c of await f.open())
        chunks.push(c);
    return Buffer.concat(chunks);
}
/**
 * Reads the RoleModule of a kit plugin folder. CSPack finds it by the `.csplugin` extension; the
 * SDK names it after the module, which is preferred when a folder holds several.
 */
async function loadPluginModule(name, files, kitSource) {
    const plugins = files.filter((f) => !f.path.includes('/') && /\.csplugin$/i.test(f.path));
    const file = plugins.find((f) => f.path.toLowerCase() === `${name.toLowerCase()}.csplugin`) ?? plugins[0];
    const where = `SDK kit ${kitSource}, plugins/${name}/${file?.path ?? `${name}.csplugin`}`;
    if (!file) {
        throw new PackageInputError(`${where}: the plugin folder has no .csplugin file describing the module; take the kit from an SDK install or a package built with this import`);
    }
    const doc = (0,xml/* parseXml */.NO)(where, await readAll(file));
    const fatal = doc.problems.find((p) => p.fatal);
    const root = doc.root;
    if (!root || fatal)
        throw new PackageInputError(`${where}: not readable XML${fatal ? ` (${fatal.message})` : ''}`);
    if (root.local !== 'RoleModule' || (root.uri !== CSDEF_NS && root.uri !== '')) {
        throw new PackageInputError(`${where}: the root element is <${root.name}>, not <RoleModule> in ${CSDEF_NS}`);
    }
    const namespace = root.attrValue('namespace');
    if (!namespace)
        throw new PackageInputError(`${where}: <RoleModule> has no namespace attribute`);
    const startup = root.child('Startup');
    const priority = Number(startup?.attrValue('priority') ?? '0');
    const unsupported = (what) => {
        throw new PackageInputError(`${where}: the module declares ${what}, which this packager cannot merge yet; package this service with CSPack`);
    };
    for (const e of root.elements) {
        if (!['Startup', 'Runtime', 'ConfigurationSettings', 'Endpoints', 'LocalResources', 'Certificates'].includes(e.local)) {
            unsupported(`<${e.local}>`);
        }
    }
    const runtime = root.child('Runtime');
    if (runtime && runtime.elements.some((e) => e.local !== 'Environment'))
        unsupported('a runtime entry point');
    const endpoints = root.child('Endpoints')?.elements ?? [];
    for (const ep of endpoints) {
        if (ep.local !== 'InputEndpoint' && ep.local !== 'InternalEndpoint')
            unsupported(`an ${ep.local}`);
        const range = ep.child('FixedPortRange');
        if (range && range.attrValue('min') !== range.attrValue('max'))
            unsupported(`endpoint ${ep.attrValue('name') ?? ''} with a port range`);
    }
    return {
        name,
        namespace,
        priority: Number.isFinite(priority) ? priority : 0,
        tasks: startup?.childrenNamed('Task') ?? [],
        runtimeVariables: runtime?.child('Environment')?.childrenNamed('Variable') ?? [],
        settings: (root.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map((s) => s.attrValue('name') ?? ''),
        endpoints,
        localStorage: root.child('LocalResources')?.childrenNamed('LocalStorage') ?? [],
        certificates: root.child('Certificates')?.childrenNamed('Certificate') ?? [],
    };
}

;// CONCATENATED MODULE: ./.build/src/package/layout.js








function loc(file, e) {
    return `${file}:${e.span.start.line}:${e.span.start.column}`;
}
async function readCsdef(file) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (e) {
        throw new PackageInputError(`${file}: cannot read the service definition (${e.code ?? e.message})`);
    }
    const doc = (0,xml/* parseXml */.NO)(file, bytes);
    const fatal = doc.problems.find((p) => p.fatal);
    if (!doc.root || fatal) {
        const at = fatal ? `:${fatal.at.line}:${fatal.at.column}` : '';
        throw new PackageInputError(`${file}${at}: not a readable service definition: ${fatal?.message ?? 'empty file'}`);
    }
    if (doc.root.local !== 'ServiceDefinition' || doc.root.uri !== CSDEF_NS) {
        throw new PackageInputError(`${file}: the root element is <${doc.root.name}>, not <ServiceDefinition> in ${CSDEF_NS}`);
    }
    return doc.root;
}
/** Parts of a csdef this packager cannot yet turn into what CSPack writes; refused rather than dropped. */
function refuseUnsupported(file, root) {
    for (const e of root.elements) {
        if (e.local === 'VirtualMachineRole') {
            throw new PackageInputError(`${loc(file, e)}: ${(0,retired/* virtualMachineRoleRetired */.I)(e.attrValue('name'))}`);
        }
        if (e.local === 'NetworkTrafficRules' || e.local === 'LoadBalancerProbes') {
            throw new PackageInputError(`${loc(file, e)}: <${e.local}> is not supported by this packager yet; package this service with CSPack`);
        }
    }
    for (const role of root.elements.filter((e) => e.local === 'WebRole' || e.local === 'WorkerRole')) {
        const name = role.attrValue('name') ?? '';
        const unsupported = (e, what) => {
            if (e)
                throw new PackageInputError(`${loc(file, e)}: role ${name}: ${what} not supported by this packager yet; package this service with CSPack`);
        };
        unsupported(role.child('Contents')?.elements[0], 'role Contents are');
        unsupported(role.child('Endpoints')?.elements.find((x) => x.local === 'InstanceInputEndpoint'), 'instance input endpoints are');
        unsupported(role.child('Endpoints')?.childrenNamed('InternalEndpoint').find((x) => x.child('FixedPortRange')), 'internal endpoints with a FixedPortRange are');
        for (const site of role.child('Sites')?.childrenNamed('Site') ?? []) {
            unsupported(site.elements.find((x) => x.local === 'VirtualApplication' || x.local === 'VirtualDirectory'), 'virtual applications and directories are');
        }
    }
}
async function readRoleProperties(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (e) {
        throw new PackageInputError(`${file}: cannot read the role properties file (${e.code ?? e.message})`);
    }
    const out = [];
    text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((line, i) => {
        const t = line.trim();
        if (t === '' || t.startsWith('#'))
            return;
        const eq = t.indexOf('=');
        if (eq <= 0)
            throw new PackageInputError(`${file}:${i + 1}: expected Key=Value, found "${t}"`);
        out.push([t.slice(0, eq).trim(), t.slice(eq + 1).trim()]);
    });
    return out;
}
async function folder(path, what) {
    const s = await (0,promises_.stat)(path).catch(() => undefined);
    if (!s)
        throw new PackageInputError(`${path}: no such folder (${what})`);
    if (!s.isDirectory())
        throw new PackageInputError(`${path}: not a folder (${what})`);
    return (0,promises_.realpath)(path);
}
/**
 * `join(dir, name)` for a name from the listing of `dir`, a normalized absolute path (a realpath or
 * one of these): `join` normalizes, building each path from a dozen string pieces, and a role keeps
 * a path per file until it is written (780 bytes of strings per file, 50 MiB for 68,000 files).
 */
function childPath(dir, name) {
    return dir.endsWith(external_node_path_.sep) ? dir + name : dir + external_node_path_.sep + name;
}
/**
 * A file listed in a role's folder. A role keeps one per file until it is written, so its two
 * paths are made when asked for, from the folder it shares with its neighbours: built once and
 * kept, they were 350 bytes per file (24 MiB of a 68,000-file role's plan).
 */
class TreeFile {
    folder;
    name;
    constructor(folder, name) {
        this.folder = folder;
        this.name = name;
    }
    get path() {
        return `${this.folder.rel}/${this.name}`;
    }
    get source() {
        return { kind: 'file', path: childPath(this.folder.abs, this.name) };
    }
}
/**
 * Every file under `root`, as `prefix/relative/path`. Links are followed only when they resolve
 * inside `root`; anything else that is not a plain file or folder is refused.
 */
async function collectTree(root, prefix, out) {
    const realRoot = await (0,promises_.realpath)(root);
    const visited = new Set();
    const visit = async (dir, rel) => {
        const folder = { rel, abs: dir };
        const real = await (0,promises_.realpath)(dir);
        if (visited.has(real))
            throw new PackageInputError(`${dir}: a link makes this folder contain itself; remove the loop`);
        visited.add(real);
        // The listing's entry types answer for everything but links: two stats per file, one after the
        // other, were most of the time to plan a role of tens of thousands of files.
        for (const entry of await (0,promises_.readdir)(dir, { withFileTypes: true })) {
            const name = entry.name;
            const full = childPath(dir, name);
            const problem = windowsNameProblem(name);
            if (problem)
                throw new PackageInputError(`${full}: ${problem}; rename it`);
            let target = full;
            let kind = entry;
            if (entry.isSymbolicLink()) {
                const resolved = await (0,promises_.realpath)(full).catch(() => undefined);
                if (!resolved)
                    throw new PackageInputError(`${full}: link to a missing target; remove it or fix it`);
                const r = (0,external_node_path_.relative)(realRoot, resolved);
                if (r.startsWith('..') || (0,external_node_path_.isAbsolute)(r)) {
                    throw new PackageInputError(`${full}: link resolves to ${resolved}, outside ${root}; copy the file into the folder instead`);
                }
                target = resolved;
                kind = await (0,promises_.stat)(target);
            }
            if (kind.isDirectory())
                await visit(target, `${rel}/${name}`);
            else if (kind.isFile())
                out.push(target === full ? new TreeFile(folder, name) : { path: `${rel}/${name}`, source: { kind: 'file', path: target } });
            else
                throw new PackageInputError(`${full}: not a regular file or folder; remove it`);
        }
    };
    await visit(root, prefix);
}
function sdkMajor(version) {
    return Number(version.split('.')[0]);
}
/** The target framework CSPack assumes when the role properties give none: .NET 3.5 for SDK 1.x, 4.0 after. */
function defaultTargetFramework(sdkVersion) {
    return sdkMajor(sdkVersion) < 2 ? 'v3.5' : 'v4.0';
}
/** Plans every role: its files (user, kit, plugin), sites and properties; checks every refusal. */
async function planService(inputs) {
    const file = inputs.csdef;
    const root = await readCsdef(file);
    refuseUnsupported(file, root);
    const roleElements = root.elements.filter((e) => e.local === 'WebRole' || e.local === 'WorkerRole');
    if (roleElements.length === 0)
        throw new PackageInputError(`${file}: the service definition has no WebRole or WorkerRole`);
    const declared = roleElements.map((e) => e.attrValue('name') ?? '');
    for (const name of inputs.roles.keys()) {
        if (!declared.includes(name))
            throw new PackageInputError(`--role ${name}: ${file} has no role ${name} (roles: ${declared.join(', ')})`);
    }
    for (const name of inputs.roleProperties?.keys() ?? []) {
        if (!declared.includes(name))
            throw new PackageInputError(`--role-properties ${name}: ${file} has no role ${name}`);
    }
    const seen = new Set();
    const roles = [];
    for (const element of roleElements) {
        const name = element.attrValue('name') ?? '';
        if (seen.has(name.toLowerCase()))
            throw new PackageInputError(`${loc(file, element)}: role name ${name} is used twice`);
        seen.add(name.toLowerCase());
        const dir = inputs.roles.get(name);
        if (!dir)
            throw new PackageInputError(`${file}: role ${name} has no folder; give --role ${name}=DIR with the role's built output`);
        const roleDir = await folder(dir, `--role ${name}`);
        const entries = [];
        await collectTree(roleDir, 'approot', entries);
        const sites = [];
        const siteElements = element.child('Sites')?.childrenNamed('Site') ?? [];
        for (const key of inputs.sites?.keys() ?? []) {
            const [r, s] = key.split('/');
            if (r === name && !siteElements.some((x) => x.attrValue('name') === s)) {
                throw new PackageInputError(`--site ${key}: role ${name} in ${file} has no site ${s ?? ''}`);
            }
        }
        let n = 0;
        for (const site of siteElements) {
            const siteName = site.attrValue('name') ?? '';
            const given = inputs.sites?.get(`${name}/${siteName}`);
            const declaredDir = site.attrValue('physicalDirectory');
            const source = given ?? (declaredDir !== undefined ? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), declaredDir) : undefined);
            if (source === undefined) {
                sites.push({ element: site, physicalDirectory: 'approot' });
                continue;
            }
            const siteDir = await folder(source, given ? `--site ${name}/${siteName}` : `physicalDirectory of site ${siteName} at ${loc(file, site)}`);
            await collectTree(siteDir, `sitesroot/${n}`, entries);
            sites.push({ element: site, physicalDirectory: `sitesroot\\${n}` });
            n++;
        }
        const propsFile = inputs.roleProperties?.get(name);
        const props = propsFile ? await readRoleProperties(propsFile) : [];
        const tfv = props.find(([k]) => k === 'TargetFrameworkVersion')?.[1] ?? defaultTargetFramework(inputs.kit.version);
        if (!/^v\d+\.\d+(\.\d+)?$/.test(tfv))
            throw new PackageInputError(`${propsFile ?? file}: TargetFrameworkVersion "${tfv}" is not like v4.0`);
        for (const f of inputs.kit.runtime)
            entries.push({ path: f.path, source: { kind: 'kit', file: f } });
        const imports = (element.child('Imports')?.childrenNamed('Import') ?? []).map((i) => i.attrValue('moduleName') ?? '');
        const plugins = [];
        for (const m of imports) {
            if (plugins.some((p) => p.name === m))
                throw new PackageInputError(`${file}: role ${name} imports ${m} twice; remove one Import`);
            const files = inputs.kit.plugins.get(m);
            if (!files)
                throw new PackageInputError(missingPluginMessage(file, name, m, inputs.kit));
            plugins.push(await loadPluginModule(m, files, inputs.kit.source));
            for (const f of files)
                entries.push({ path: `plugins/${m}/${f.path}`, source: { kind: 'kit', file: f } });
        }
        roles.push({
            name,
            kind: element.local === 'WebRole' ? 'web' : 'worker',
            element,
            sites,
            targetFramework: tfv,
            properties: props.filter(([k]) => k !== 'TargetFrameworkVersion'),
            imports,
            plugins,
            entries,
        });
    }
    return { csdefFile: file, root, name: root.attrValue('name') ?? '', kit: inputs.kit, roles };
}
function missingPluginMessage(file, role, module, kit) {
    const have = [...kit.plugins.keys()];
    const realKit = `use a kit with plugins\\${module}\\: an Azure SDK install folder, or \`cloudservice kit extract\` from a package CSPack built for a role importing ${module}`;
    const how = kit.stub ? `the stub kit only stands in for ${have.join(', ')}; ${realKit}` : `it has ${have.length ? have.join(', ') : 'no plugins'}; ${realKit}`;
    return `${file}: role ${role} imports ${module}, but the SDK kit ${kit.source} has no plugins/${module}/ (${how})`;
}
/** Where a role's startup tasks run from: CSPack writes `approot\bin` for web roles, `approot\` for worker roles. */
function taskFolder(role) {
    return role.kind === 'web' ? 'approot\\bin' : 'approot\\';
}
/**
 * Final checks on a role's complete layout (user, kit and generated files): names that collide
 * on NTFS, paths too long for the role drive, startup scripts that are not there.
 */
function checkLayout(file, role, entries) {
    const byKey = new Map();
    const dirs = new Map();
    for (const e of entries) {
        const key = e.path.toLowerCase();
        const other = byKey.get(key);
        if (other)
            throw new PackageInputError(`role ${role.name}: ${describe(e)} and ${describe(other)} both become ${e.path.replace(/\//g, '\\')}, and Windows names ignore case; rename one`);
        byKey.set(key, e);
        const parts = e.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const d = parts.slice(0, i).join('/');
            const dk = d.toLowerCase();
            const seenAs = dirs.get(dk);
            if (seenAs !== undefined && seenAs !== d)
                throw new PackageInputError(`role ${role.name}: folders ${seenAs.replace(/\//g, '\\')} and ${d.replace(/\//g, '\\')} differ only in case, and Windows names ignore case; rename one`);
            dirs.set(dk, d);
        }
        const long = pathLengthProblem(e.path);
        if (long)
            throw new PackageInputError(`${describe(e)}: ${long}`);
    }
    for (const d of dirs.keys()) {
        if (byKey.has(d))
            throw new PackageInputError(`role ${role.name}: ${describe(byKey.get(d))} has the name of a folder of the role`);
    }
    for (const task of role.element.child('Startup')?.childrenNamed('Task') ?? []) {
        const script = startupScript(task.attrValue('commandLine') ?? '');
        if (!script)
            continue;
        const path = resolveTaskPath(taskFolder(role), script);
        if (!byKey.has(path.toLowerCase())) {
            throw new PackageInputError(`${loc(file, task)}: startup task of role ${role.name} runs ${script}, but the role has no ${path.replace(/\//g, '\\')} (tasks run in ${taskFolder(role)}); add the file to the role folder or fix the command line`);
        }
    }
}
function describe(e) {
    switch (e.source.kind) {
        case 'file':
            return e.source.path;
        case 'kit':
            return `SDK kit file ${e.path.replace(/\//g, '\\')}`;
        default:
            return `generated ${e.path.replace(/\//g, '\\')}`;
    }
}
function sortLayout(entries) {
    // Each path made once for the sort (a listed file makes its path when asked), dropped after.
    const keyed = entries.map((entry) => ({ entry, path: entry.path }));
    keyed.sort((a, b) => compareWindowsPaths(a.path, b.path));
    for (const [i, k] of keyed.entries())
        entries[i] = k.entry;
    return entries;
}

;// CONCATENATED MODULE: ./.build/src/package/verify.js






/**
 * True for a setting or endpoint an imported module adds to the packaged csdef, named
 * `<namespace>.<name>`: the SDK's modules use `Microsoft.WindowsAzure.Plugins.<Module>` or a prefix
 * of the module's name (RemoteDebugger for RemoteDebuggerConnector), Visual Studio's the module's
 * name (IntelliTrace).
 */
function fromImport(name, imports) {
    const rest = name.startsWith(import_modules/* PLUGIN_PREFIX */.nY) ? name.slice(import_modules/* PLUGIN_PREFIX */.nY.length) : name;
    const dot = rest.indexOf('.');
    const segment = dot > 0 ? rest.slice(0, dot) : '';
    return segment !== '' && imports.some((m) => m.startsWith(segment));
}
function rolesOf(root) {
    return root.elements
        .filter((e) => /^(Web|Worker|VirtualMachine)Role$/.test(e.local) || e.local === 'Role')
        .map((e) => ({
        name: e.attrValue('name') ?? '',
        settings: (e.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map((s) => s.attrValue('name') ?? ''),
        endpoints: (e.child('Endpoints')?.childrenNamed('InputEndpoint') ?? []).map((x) => `${x.attrValue('name')}|${x.attrValue('protocol')}|${x.attrValue('port')}`),
        imports: (e.child('Imports')?.childrenNamed('Import') ?? []).map((i) => i.attrValue('moduleName') ?? ''),
    }));
}
function endpoint(key) {
    const [name, protocol, port] = key.split('|');
    return `${name} (${protocol}, port ${port})`;
}
async function readService(file, problems) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(file);
    }
    catch (e) {
        problems.push({ code: 'input-unreadable', severity: 'error', part: file, message: `cannot read ${file}: ${e.code ?? e.message}` });
        return undefined;
    }
    const doc = (0,xml/* parseXml */.NO)(file, bytes);
    const fatal = doc.problems.find((p) => p.fatal);
    if (!doc.root || fatal) {
        problems.push({ code: 'input-unreadable', severity: 'error', part: file, message: `${file} is not readable XML: ${fatal?.message ?? 'empty'}` });
        return undefined;
    }
    return doc.root;
}
/**
 * Runs every package check (cspkg-format §11) and, given the service files, checks that the
 * package's roles and settings are the ones they declare.
 */
async function verifyPackage(file, options = {}) {
    const pkg = await openPackage(file, options.hasher ? { hasher: options.hasher } : {});
    try {
        const problems = [...pkg.problems];
        const checks = pkg.checks.map((c) => ({ ...c }));
        const cross = { name: 'service files', errors: 0, warnings: 0 };
        const before = problems.length;
        const packagedBytes = await pkg.readDocument(CSDEF_DOC);
        const packagedParsed = packagedBytes ? parsePart(CSDEF_DOC, packagedBytes) : undefined;
        const packaged = packagedParsed && 'root' in packagedParsed ? rolesOf(packagedParsed.root) : undefined;
        const pkgName = (0,external_node_path_.basename)(file);
        const err = (part, code, message) => {
            problems.push({ code, severity: 'error', part, message });
        };
        if (options.csdef && packaged) {
            const root = await readService(options.csdef, problems);
            if (root) {
                const given = rolesOf(root);
                for (const r of given) {
                    const p = packaged.find((x) => x.name === r.name);
                    if (!p) {
                        err(options.csdef, 'csdef-role-missing', `role ${r.name} of ${options.csdef} is not in ${pkgName}`);
                        continue;
                    }
                    for (const s of r.settings)
                        if (!p.settings.includes(s))
                            err(options.csdef, 'csdef-setting-missing', `setting ${r.name}/${s} of ${options.csdef} is not declared in the package`);
                    for (const s of p.settings)
                        if (!r.settings.includes(s) && !fromImport(s, r.imports))
                            err(options.csdef, 'csdef-setting-extra', `the package declares setting ${r.name}/${s}, which ${options.csdef} does not`);
                    for (const x of r.endpoints)
                        if (!p.endpoints.includes(x))
                            err(options.csdef, 'csdef-endpoint-mismatch', `input endpoint ${r.name}/${endpoint(x)} of ${options.csdef} is not in the package as such`);
                    for (const x of p.endpoints)
                        if (!r.endpoints.includes(x) && !fromImport(x.split('|')[0] ?? '', r.imports))
                            err(options.csdef, 'csdef-endpoint-mismatch', `the package has input endpoint ${r.name}/${endpoint(x)}, which ${options.csdef} does not`);
                }
                for (const p of packaged)
                    if (!given.some((r) => r.name === p.name))
                        err(options.csdef, 'csdef-role-extra', `role ${p.name} of ${pkgName} is not in ${options.csdef}`);
                const name = root.attrValue('name');
                const packagedName = packagedParsed && 'root' in packagedParsed ? packagedParsed.root.attrValue('name') : undefined;
                if (name !== packagedName)
                    err(options.csdef, 'csdef-name', `service name "${name ?? ''}" in ${options.csdef}, "${packagedName ?? ''}" in the package`);
            }
        }
        if (options.cscfg && packaged) {
            const root = await readService(options.cscfg, problems);
            if (root) {
                const given = rolesOf(root);
                for (const r of given) {
                    const p = packaged.find((x) => x.name === r.name);
                    if (!p) {
                        err(options.cscfg, 'cscfg-role-unknown', `role ${r.name} of ${options.cscfg} is not in ${pkgName}; Azure refuses the deployment`);
                        continue;
                    }
                    for (const s of p.settings)
                        if (!r.settings.includes(s))
                            err(options.cscfg, 'cscfg-setting-missing', `setting ${r.name}/${s} is declared by the package but has no value in ${options.cscfg}`);
                    for (const s of r.settings)
                        if (!p.settings.includes(s))
                            err(options.cscfg, 'cscfg-setting-unknown', `setting ${r.name}/${s} of ${options.cscfg} is not declared by the package`);
                }
                for (const p of packaged)
                    if (!given.some((r) => r.name === p.name))
                        err(options.cscfg, 'cscfg-role-missing', `role ${p.name} of ${pkgName} has no <Role> in ${options.cscfg}`);
            }
        }
        if (options.csdef || options.cscfg) {
            for (const p of problems.slice(before)) {
                if (p.severity === 'error')
                    cross.errors++;
                else
                    cross.warnings++;
            }
            checks.push(cross);
        }
        return {
            file,
            ok: !problems.some((p) => p.severity === 'error'),
            format: pkg.view.format,
            productVersion: pkg.view.productVersion,
            roles: pkg.view.roles.map((r) => r.name),
            checks,
            problems,
        };
    }
    finally {
        await pkg.close();
    }
}
function formatVerifyReport(report) {
    const lines = [];
    const ver = report.productVersion ? `, SDK ${report.productVersion}` : '';
    lines.push(`${report.file}: ${report.format} format${ver}, roles: ${report.roles.join(', ') || '(none)'}`);
    for (const c of report.checks) {
        const status = c.errors > 0 ? 'FAIL' : c.warnings > 0 ? 'warn' : 'ok  ';
        lines.push(`  ${status} ${c.name}${c.errors + c.warnings > 0 ? ` (${c.errors} error(s), ${c.warnings} warning(s))` : ''}`);
    }
    for (const p of report.problems)
        lines.push(`  ${p.severity}: ${p.part}: ${p.message} [${p.code}]`);
    lines.push(report.ok ? 'verification passed' : `verification FAILED: ${report.problems.filter((p) => p.severity === 'error').length} error(s)`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./.build/src/package/generated/sdk-rules.js
/**
 * What depends on the SDK version in the generated files. Values observed in the three real
 * packages (SDK 1.8, 2.2, 2.9) are facts; the rest is marked as inferred in docs/packaging.md.
 */
function parts(version) {
    const [a, b] = version.split('.').map(Number);
    return [a ?? 0, b ?? 0];
}
/** .NET runtime of a target framework: v2.0.50727 for 3.5 (and older), v4.0 from 4.0 on. */
function targetRuntimeVersion(targetFramework) {
    return Number(targetFramework.slice(1).split('.')[0]) >= 4 ? 'v4.0' : 'v2.0.50727';
}
/** `NetFx35`, `NetFx40`, `NetFx45`: the required-features name of a target framework. */
function frameworkFeature(targetFramework) {
    const [major, minor] = targetFramework.slice(1).split('.');
    return `NetFx${major ?? ''}${minor ?? '0'}`;
}
/** Guest OS families the SDK declares support for: 3 with SDK 1.8; 3 and 4 with 2.2 and 2.9. */
function supportedOsFamilies(sdkVersion) {
    const [major] = parts(sdkVersion);
    return major < 2 ? ['3'] : ['3', '4'];
}
const VM_MEMORY_MB = {
    ExtraSmall: 768,
    Small: 1792,
    Medium: 3584,
    Large: 7168,
    ExtraLarge: 14336,
};
/**
 * `memIndex` of a role in the .rd: the VM size's memory in MB before SDK 2.9 (768 for ExtraSmall
 * in 1.8, 1792 for the default Small in 2.2), -1 from 2.9 on, and -1 for sizes without a known value.
 */
function memIndex(sdkVersion, vmsize) {
    const [major, minor] = parts(sdkVersion);
    if (major > 2 || (major === 2 && minor >= 9))
        return '-1';
    return String(VM_MEMORY_MB[vmsize ?? 'Small'] ?? -1);
}

;// CONCATENATED MODULE: ./.build/src/package/generated/named-streams.js


/** The three named streams of a role, by kind (`RequiredFeatures`, `SupportedOSes`, `SupportData`). */
function namedStreams(role, sdkVersion) {
    const elevatedEntry = role.element.child('Runtime')?.attrValue('executionContext') === 'elevated';
    const elevatedTask = (role.element.child('Startup')?.childrenNamed('Task') ?? []).some((t) => t.attrValue('executionContext') === 'elevated');
    const bool = (b) => (b ? 'True' : 'False');
    return [
        ['RequiredFeatures', xmlDocument(el('RequiredFeatures', [['version', '1.0']], [el('Feature', [['name', frameworkFeature(role.targetFramework)], ['version', '0']])]), ONE_LINE)],
        ['SupportedOSes', xmlDocument(el('SupportedOsFamilies', [['version', '1.0']], supportedOsFamilies(sdkVersion).map((f) => el('OsFamily', [['name', f], ['version', '0']]))), ONE_LINE)],
        [
            'SupportData',
            xmlDocument(el('SupportData', [['version', '1.0']], [
                el('SDKVersion', [], [], sdkVersion),
                el('TargetFrameworkVersion', [], [], role.targetFramework),
                el('HasElevatedEntrypoint', [], [], bool(elevatedEntry)),
                el('HasElevatedStartupTaskInCsdef', [], [], bool(elevatedTask)),
                el('Imports', [], role.imports.map((m) => el('Import', [['moduleName', m]]))),
            ]), ONE_LINE),
        ],
    ];
}

;// CONCATENATED MODULE: ./.build/src/package/generated/copy.js

/** An element of the input csdef, as CSPack copies it: same names and attribute order, namespace declarations left to the new root. */
function copyElement(e) {
    const attrs = e.attributes.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:')).map((a) => [a.name, a.value]);
    const text = e.elements.length === 0 && e.text.trim() !== '' ? e.text : undefined;
    return el(e.name, attrs, e.elements.map(copyElement), text);
}
/** Namespace declarations CSPack puts on every root it writes, before the element's own attributes. */
const XSD_XSI = [
    ['xmlns:xsd', 'http://www.w3.org/2001/XMLSchema'],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
];

;// CONCATENATED MODULE: ./.build/src/package/generated/role-model.js





const IIS_CONFIGURATOR = el('Task', [['commandLine', 'IISConfigurator.exe'], ['executionContext', 'elevated'], ['relativePath', 'base\\x64']], [
    el('Environment', [], [
        el('Variable', [['name', '_IISCONFIGURATOR_SETUP_URL_REWRITE_'], ['value', 'true']]),
        el('Variable', [['name', '_IISCONFIGURATOR_CLEAN_SERVER_ONSTARTUP_'], ['value', 'true']]),
        el('Variable', [['name', 'RdModuleName'], ['value', 'IISConfigurator']]),
    ]),
]);
/** A module's task as CSPack merges it: run from the module's folder, told the module and role type. */
function pluginTask(role, module, t) {
    const attrs = t.attributes.filter((a) => !a.name.startsWith('xmlns') && a.name !== 'relativePath').map((a) => [a.name, a.value]);
    const own = t.child('Environment')?.elements.map(copyElement) ?? [];
    return el('Task', [...attrs, ['relativePath', `plugins\\${module.name}`]], [
        el('Environment', [], [
            ...own,
            el('Variable', [['name', 'RdModuleName'], ['value', module.name]]),
            el('Variable', [['name', 'WaRoleType'], ['value', role.kind === 'web' ? 'IISWebRole' : 'WorkerRole']]),
        ]),
    ]);
}
/**
 * Startup tasks in the order the role host runs them. Modules run in import order; a module whose
 * `Startup/@priority` is above the role's own (0 unless given) runs after the role's tasks, the
 * others before them, so agents such as RemoteAccess are up before the role's scripts.
 */
function startupTasks(role) {
    const startup = role.element.child('Startup');
    const own = (startup?.childrenNamed('Task') ?? []).map((t) => {
        const attrs = t.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value]);
        const env = t.child('Environment');
        return el('Task', [...attrs, ['relativePath', taskFolder(role)]], [env ? copyElement(env) : el('Environment')]);
    });
    const rolePriority = Number(startup?.attrValue('priority') ?? '0') || 0;
    const groups = [
        ...role.plugins.map((m) => ({ priority: m.priority, tasks: m.tasks.map((t) => pluginTask(role, m, t)) })),
        { priority: rolePriority, tasks: own },
    ];
    // Array.prototype.sort is stable: equal priorities keep modules before the role's tasks.
    groups.sort((a, b) => a.priority - b.priority);
    return [...(role.kind === 'web' ? [IIS_CONFIGURATOR] : []), ...groups.flatMap((g) => g.tasks)];
}
/**
 * `Runtime`: the csdef's, with `protocolVersion`; the modules' environment variables after the
 * role's own. A role without one that imports a module with runtime variables gets a bare
 * `Runtime` holding them, as CSPack wrote for Visual Studio's IntelliTrace module.
 */
function runtimeNode(role) {
    const runtime = role.element.child('Runtime');
    const moduleVars = role.plugins.flatMap((m) => m.runtimeVariables.map(copyElement));
    if (!runtime)
        return moduleVars.length > 0 ? el('Runtime', [], [el('Environment', [], moduleVars)]) : el('Runtime');
    const attrs = [['protocolVersion', '2011-03-08'], ...runtime.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value])];
    const children = runtime.elements.map(copyElement);
    if (moduleVars.length > 0) {
        const i = children.findIndex((c) => c.name === 'Environment');
        if (i >= 0)
            children[i] = { ...children[i], children: [...children[i].children, ...moduleVars] };
        else
            children.unshift(el('Environment', [], moduleVars));
    }
    return el('Runtime', attrs, children);
}
/** `\RoleModel.xml`: the role's startup tasks, runtime, module settings, properties and sites, moved out of the csdef. */
function roleModelXml(role, kit) {
    const tasks = startupTasks(role);
    // Only the modules' settings, by local name and namespace: the role's own stay in the csdef.
    const moduleSettings = role.plugins.flatMap((m) => m.settings.map((name) => el('Setting', [['name', name], ['nameSpace', m.namespace]])));
    const properties = [
        ['TargetFrameworkVersion', role.targetFramework],
        ['TargetRuntimeVersion', targetRuntimeVersion(role.targetFramework)],
        ...role.properties.filter(([k]) => k !== 'TargetRuntimeVersion'),
    ];
    const sites = role.kind === 'web'
        ? el('Sites', [], role.sites.map((s) => el('Site', [
            ...s.element.attributes.filter((a) => a.name !== 'physicalDirectory' && !a.name.startsWith('xmlns')).map((a) => [a.name, a.value]),
            ['physicalDirectory', s.physicalDirectory],
        ], s.element.elements.map(copyElement))))
        : undefined;
    return xmlDocument(el('RoleModel', [...XSD_XSI, ['name', role.name], ['version', kit.version], ['xmlns', CSDEF_NS]], [
        tasks.length > 0 && el('Startup', [], tasks),
        runtimeNode(role),
        moduleSettings.length > 0 && el('ConfigurationSettings', [], moduleSettings),
        el('Properties', [], properties.map(([k, v]) => el('Property', [['name', k], ['value', v]]))),
        sites,
    ]), INDENTED);
}

;// CONCATENATED MODULE: ./.build/src/package/generated/endpoints.js

/** The role's own elements of a kind, then each imported module's (in import order), module names qualified. */
function declared(role, container, kind, fromModule) {
    return [
        ...(role.element.child(container)?.childrenNamed(kind) ?? []).map((element) => ({ element, name: element.attrValue('name') ?? '' })),
        ...role.plugins.flatMap((module) => fromModule(module)
            .filter((e) => e.local === kind)
            .map((element) => ({ element, name: qualified(module, element.attrValue('name') ?? ''), module }))),
    ];
}
/** Input endpoints of the role, then of its imported modules (RemoteForwarder's RdpInput). */
function inputEndpoints(role) {
    return declared(role, 'Endpoints', 'InputEndpoint', (m) => m.endpoints).map(({ element: e, name }) => {
        const port = e.attrValue('port') ?? '';
        return { name, protocol: e.attrValue('protocol') ?? '', port, localPort: e.attrValue('localPort') ?? port };
    });
}
/** Settings the role declares, then those of its imported modules, named `<namespace>.<name>`. */
function settingNames(role) {
    return [
        ...(role.element.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map((s) => s.attrValue('name') ?? ''),
        ...role.plugins.flatMap((m) => m.settings.map((s) => qualified(m, s))),
    ];
}
function localStores(role) {
    return declared(role, 'LocalResources', 'LocalStorage', (m) => m.localStorage).map(({ element: s, name }) => ({
        name,
        sizeInMB: s.attrValue('sizeInMB') ?? '',
        cleanOnRoleRecycle: s.attrValue('cleanOnRoleRecycle') ?? 'true',
    }));
}
/**
 * Internal endpoints of the role, then of its imported modules. A module's single-port
 * `FixedPortRange` (RemoteAccess's Rdp, 3389) is that fixed port, as in CSPack's .rd.
 */
function internalEndpoints(role) {
    return declared(role, 'Endpoints', 'InternalEndpoint', (m) => m.endpoints).map(({ element: e, name }) => ({
        name,
        protocol: e.attrValue('protocol') ?? '',
        port: e.attrValue('port') ?? e.child('FixedPort')?.attrValue('port') ?? e.child('FixedPortRange')?.attrValue('min') ?? '',
    }));
}
function certificates(role) {
    return declared(role, 'Certificates', 'Certificate', (m) => m.certificates).map(({ element: c, name }) => ({
        name,
        storeLocation: c.attrValue('storeLocation') ?? 'LocalMachine',
        storeName: c.attrValue('storeName') ?? 'My',
        ...(c.attrValue('permissionLevel') ? { permissionLevel: c.attrValue('permissionLevel') } : {}),
    }));
}

;// CONCATENATED MODULE: ./.build/src/package/generated/runtime-setup.js


/** Assemblies CSPack installs into the GAC, in its order; only those the kit has are listed. */
const GAC_CANDIDATES = [
    'base/x64/msshrtmi.dll',
    'base/x86/msshrtmi.dll',
    'base/Microsoft.WindowsAzure.ServiceRuntime.dll',
    'base/policy.1.0.Microsoft.WindowsAzure.ServiceRuntime.dll',
    'base/x64/WindowsAzureTelemetryEvents.dll',
    'base/x64/WindowsAzureEventSource.dll',
    'base/x86/WindowsAzureTelemetryEvents.dll',
    'base/x86/WindowsAzureEventSource.dll',
    'storage/cloud/x64/mswacdmi.dll',
];
const PATH_CANDIDATES = ['base/x64', 'base/x86', 'diagnostics/x64'];
/** `\RuntimeSetup.Manifest`: what the role host installs before the role starts, from the kit's files. */
function runtimeSetupXml(role, kitPaths) {
    const files = new Set(kitPaths.map((p) => p.toLowerCase()));
    const win = (p) => p.replace(/\//g, '\\');
    const gac = GAC_CANDIDATES.filter((p) => files.has(p.toLowerCase()));
    // Every certificate, under its stored-certificate name of the .rd, with the permission level its
    // private key is granted to: CSPack wrote the schema default for a certificate declaring none.
    const permissions = certificates(role).map((c, i) => el('StoredCert', [['name', `Stored${i}${c.name}`], ['permissionLevel', c.permissionLevel ?? 'limitedOrElevated']]));
    const paths = PATH_CANDIDATES.filter((d) => kitPaths.some((p) => p.toLowerCase().startsWith(`${d.toLowerCase()}/`)));
    return xmlDocument(el('RuntimeSetup', [], [
        ...gac.map((p) => el('Operation', [['type', 'Gac'], ['path', win(p)]])),
        ...paths.map((p) => el('Operation', [['type', 'Path'], ['path', win(p)]])),
        role.kind === 'web' &&
            el('AdditionalRoleIdentities', [], [el('Identity', [['username', 'NetworkService'], ['domain', 'NT AUTHORITY']])]),
        permissions.length > 0 && el('PermissionLevels', [], permissions),
    ]), INDENTED);
}

;// CONCATENATED MODULE: ./.build/src/package/generated/service-definition.js




/** Ordinal order, as .NET's string comparison does it for the names CSPack sorts. */
function ordinal(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A declared element copied under its packaged name (a module's names get the module's namespace). */
function renamed(d, extra = []) {
    const copy = copyElement(d.element);
    return { ...copy, attrs: [...copy.attrs.map(([k, v]) => [k, k === 'name' ? d.name : v]), ...extra] };
}
// CSPack groups endpoints by kind (input, internal, instance input) whatever the csdef's order: a
// role with an input endpoint, then instance input endpoints, importing RemoteAccess, came out as
// input, RemoteAccess's internal Rdp, instance inputs.
const ENDPOINT_KINDS = ['InputEndpoint', 'InternalEndpoint', 'InstanceInputEndpoint'];
function endpoints(role) {
    return ENDPOINT_KINDS.flatMap((kind) => declared(role, 'Endpoints', kind, (m) => m.endpoints).map((d) => kind === 'InputEndpoint' && d.element.attrValue('localPort') === undefined ? renamed(d, [['localPort', d.element.attrValue('port')]]) : renamed(d)));
}
/**
 * The packaged `ServiceDefinition.csdef`: each role keeps only what Azure needs outside the role
 * (local storage with CSPack's DiagnosticStore, settings, endpoints with explicit local ports,
 * certificates), with what its imported modules add; tasks, runtime and sites moved to RoleModel.xml.
 */
function packagedCsdefXml(plan) {
    const rootAttrs = plan.root.attributes.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:')).map((a) => [a.name, a.value]);
    return xmlDocument(el('ServiceDefinition', [...XSD_XSI, ...rootAttrs, ['xmlns', CSDEF_NS]], plan.roles.map((role) => {
        const e = role.element;
        const stores = declared(role, 'LocalResources', 'LocalStorage', (m) => m.localStorage).filter((s) => s.name !== 'DiagnosticStore');
        return el(e.local, [['name', role.name], ['vmsize', e.attrValue('vmsize')]], [
            el('LocalResources', [], [
                ...stores.map((s) => renamed(s)),
                el('LocalStorage', [['name', 'DiagnosticStore'], ['sizeInMB', '4096'], ['cleanOnRoleRecycle', 'false']]),
            ]),
            // Sorted: CSPack lists the role's settings and its modules' in one ordinal order.
            el('ConfigurationSettings', [], [...settingNames(role)].sort(ordinal).map((name) => el('Setting', [['name', name]]))),
            el('Endpoints', [], endpoints(role)),
            // A module certificate's permissionLevel goes to RuntimeSetup.Manifest only: CSPack's packaged
            // csdef lists RemoteAccess's PasswordEncryption (elevated) without it.
            el('Certificates', [], declared(role, 'Certificates', 'Certificate', (m) => m.certificates).map((c) => {
                const node = renamed(c);
                return c.module ? { ...node, attrs: node.attrs.filter(([k]) => k !== 'permissionLevel') } : node;
            })),
        ]);
    })), INDENTED);
}

;// CONCATENATED MODULE: ./.build/src/package/generated/service-model.js




const RDSM_NS = 'http://schemas.microsoft.com/dsltools/RDSM';
const CONTRACTS_NS = 'http://schemas.microsoft.com/dsltools/Contracts';
const GFR = [['generation', '1'], ['functional', '0'], ['release', '0']];
/** CSPack's generator lists names in ordinal order (seen in every multi-item .rd). */
function byName(items, name) {
    return [...items].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}
/** `ServiceDefinition.rd`, the RDSM service model Azure's fabric reads. */
function serviceModelXml(plan, ids) {
    const s = plan.name;
    const g = `${s}Group`;
    const moniker = (tail) => `/${s}/${g}/${tail}`;
    const roles = byName(plan.roles, (r) => r.name).map((r) => ({
        plan: r,
        inputs: inputEndpoints(r),
        internals: internalEndpoints(r),
        settings: settingNames(r),
        stores: localStores(r),
        certs: certificates(r),
    }));
    const publicPorts = byName(roles.flatMap((r) => r.inputs.map((e) => ({ role: r.plan.name, ...e, key: `${r.plan.name}:${e.name}` }))), (p) => p.key);
    const switchPorts = byName(roles.flatMap((r) => r.internals.map((e) => ({ role: r.plan.name, ...e, key: `${r.plan.name}:${e.name}` }))), (p) => p.key);
    const modelData = (current) => `<m role="${current}" xmlns="urn:azure:m:v1">` +
        roles
            .map((r) => {
            const names = byName([...r.inputs, ...r.internals].map((e) => e.name), (n) => n);
            return names.length ? `<r name="${r.plan.name}">${names.map((n) => `<e name="${n}" />`).join('')}</r>` : `<r name="${r.plan.name}" />`;
        })
            .join('') +
        '</m>';
    const groupSettings = byName(roles.flatMap((r) => [
        ...r.certs.map((c) => ({ name: `Certificate|${r.plan.name}:${c.name}`, defaultValue: '' })),
        ...r.settings.map((st) => ({ name: `${r.plan.name}:${st}`, defaultValue: '' })),
        { name: `${r.plan.name}Instances`, defaultValue: '[1,1,1]' },
    ]), (x) => x.name);
    const maps = byName(roles.flatMap((r) => [
        ...r.certs.map((c) => ({ name: `MapCertificate|${r.plan.name}:${c.name}`, target: el('certificate', [], [el('certificateMoniker', [['name', moniker(`${r.plan.name}/${c.name}`)]])]) })),
        ...r.settings.map((st) => ({ name: `Map${r.plan.name}:${st}`, target: el('setting', [], [el('aCSMoniker', [['name', moniker(`${r.plan.name}/${st}`)]])]) })),
        { name: `Map${r.plan.name}Instances`, target: el('setting', [], [el('sCSPolicyIDMoniker', [['name', moniker(`${r.plan.name}Instances`)]])]) },
    ]), (x) => x.name);
    const outPorts = switchPorts.map((p) => el('outPort', [['name', p.key], ['protocol', p.protocol]], [el('outToChannel', [], [el('sFSwitchChannelMoniker', [['name', moniker(`SW:${p.key}`)]])])]));
    const group = el('group', [['name', g], ...GFR], [
        el('componentports', [], publicPorts.map((p) => el('inPort', [['name', p.key], ['protocol', p.protocol]], [el('inToChannel', [], [el('lBChannelMoniker', [['name', moniker(`LB:${p.key}`)]])])]))),
        el('settings', [], groupSettings.map((x) => el('aCS', [['name', x.name], ['defaultValue', x.defaultValue]], [el('maps', [], [el('mapMoniker', [['name', moniker(`Map${x.name}`)]])])]))),
        el('channels', [], [
            ...publicPorts.map((p) => el('lBChannel', [['name', `LB:${p.key}`]], [el('toPorts', [], [el('inPortMoniker', [['name', moniker(`${p.role}/${p.name}`)]])])])),
            ...switchPorts.map((p) => el('sFSwitchChannel', [['name', `SW:${p.key}`]], [el('toPorts', [], [el('inPortMoniker', [['name', moniker(`${p.role}/${p.name}`)]])])])),
        ]),
        el('maps', [], maps.map((m) => el('map', [['name', m.name], ['kind', 'Identity']], [m.target]))),
        el('components', [], roles.map((r) => {
            const web = r.plan.kind === 'web';
            // Input endpoints, then internal ones, each in name order: CSPack wrote a role's
            // RemoteForwarder.RdpInput before RemoteAccess.Rdp. A local port of `*` (Azure chooses) has no range.
            const ports = [
                ...byName(r.inputs.map((e) => ({ ...e, range: e.localPort === '*' ? '' : e.localPort })), (e) => e.name),
                ...byName(r.internals.map((e) => ({ ...e, range: e.port })), (e) => e.name),
            ];
            const roleNode = el('role', [
                ['name', r.plan.name],
                ...GFR,
                ['software', ids.software(r.plan.name)],
                ['entryPoint', 'base\\x64\\WaHostBootstrapper.exe'],
                ['parameters', web ? 'base\\x64\\WaIISHost.exe ' : 'base\\x64\\WaWorkerHost.exe '],
                ['memIndex', memIndex(plan.kit.version, r.plan.element.attrValue('vmsize'))],
                ['hostingEnvironment', web ? 'frontendadmin' : 'consoleroleadmin'],
                ['hostingEnvironmentVersion', '2'],
            ], [
                el('componentports', [], [
                    ...ports.map((e) => el('inPort', [['name', e.name], ['protocol', e.protocol], ['portRanges', e.range || undefined]])),
                    ...outPorts,
                ]),
                el('settings', [], [
                    ...byName(r.settings, (x) => x).map((st) => el('aCS', [['name', st], ['defaultValue', '']])),
                    el('aCS', [['name', '__ModelData'], ['defaultValue', modelData(r.plan.name)]]),
                ]),
                el('resourcereferences', [], [
                    el('resourceReference', [['name', 'DiagnosticStore'], ['defaultAmount', '[4096,4096,4096]'], ['defaultSticky', 'true'], ['kind', 'Directory']]),
                    ...r.stores.filter((st) => st.name !== 'DiagnosticStore').map((st) => el('resourceReference', [['name', st.name], ['defaultAmount', `[${st.sizeInMB},${st.sizeInMB},${st.sizeInMB}]`], ['defaultSticky', st.cleanOnRoleRecycle === 'false' ? 'true' : 'false'], ['kind', 'Directory']])),
                    el('resourceReference', [['name', 'EventStore'], ['defaultAmount', '[1000,1000,1000]'], ['defaultSticky', 'false'], ['kind', 'LogStore']]),
                ]),
                r.certs.length > 0 &&
                    el('storedcertificates', [], r.certs.map((c, i) => el('storedCertificate', [['name', `Stored${i}${c.name}`], ['certificateStore', c.storeName], ['certificateLocation', c.storeLocation === 'CurrentUser' ? 'User' : 'System']], [
                        el('certificate', [], [el('certificateMoniker', [['name', moniker(`${r.plan.name}/${c.name}`)]])]),
                    ]))),
                r.certs.length > 0 && el('certificates', [], r.certs.map((c) => el('certificate', [['name', c.name]]))),
            ]);
            return el('groupHascomponents', [], [
                roleNode,
                el('sCSPolicy', [], [
                    el('sCSPolicyIDMoniker', [['name', moniker(`${r.plan.name}Instances`)]]),
                    el('sCSPolicyUpdateDomainMoniker', [['name', moniker(`${r.plan.name}UpgradeDomains`)]]),
                    el('sCSPolicyFaultDomainMoniker', [['name', moniker(`${r.plan.name}FaultDomains`)]]),
                ]),
            ]);
        })),
        el('sCSPolicy', [], [
            ...roles.map((r) => el('sCSPolicyUpdateDomain', [['name', `${r.plan.name}UpgradeDomains`], ['defaultPolicy', '[5,5,5]']])),
            ...roles.map((r) => el('sCSPolicyFaultDomain', [['name', `${r.plan.name}FaultDomains`], ['defaultPolicy', '[2,2,2]']])),
            ...roles.map((r) => el('sCSPolicyID', [['name', `${r.plan.name}Instances`], ['defaultPolicy', '[1,1,1]']])),
        ]),
    ]);
    const implementsNode = el('implements', [], [
        el('implementation', [['Id', ids.implementation], ['ref', `Microsoft.RedDog.Contract\\ServiceContract\\${s}Contract@ServiceDefinition`]], [
            el('interfacereferences', [], publicPorts.map((p) => el('interfaceReference', [['Id', ids.interfaceReference(p.key)], ['ref', `Microsoft.RedDog.Contract\\Interface\\${p.key}@ServiceDefinition`]], [
                el('inPort', [], [el('inPortMoniker', [['name', moniker(p.key)]])]),
            ]))),
        ]),
    ]);
    return xmlDocument(el('serviceModel', [...XSD_XSI, ['name', s], ...GFR, ['Id', ids.model], ['dslVersion', '1.2.0.0'], ['xmlns', RDSM_NS]], [el('groups', [], [group]), implementsNode]), 
    // CSPack writes the .rd without byte-order mark and with an encoding-less declaration.
    { bom: false, declaration: '<?xml version="1.0"?>', indented: true });
}
/** `ServiceDefinition.rdsc`, the service contract: one interface per public endpoint. */
function serviceContractXml(plan) {
    const ports = byName(plan.roles.flatMap((r) => inputEndpoints(r).map((e) => ({ key: `${r.name}:${e.name}`, ...e }))), (p) => p.key);
    return xmlDocument(el('serviceContract', [...XSD_XSI, ['dslVersion', '1.0.0.0'], ['name', `${plan.name}Contract`], ['xmlns', CONTRACTS_NS]], [
        el('elements', [], ports.map((p) => el('interface', [['name', p.key], ['url', `${p.protocol}://*:${p.port}`]]))),
    ]), INDENTED);
}

;// CONCATENATED MODULE: ./.build/src/package/writer.js



















/** Entry times when SOURCE_DATE_EPOCH is not set: fixed, so that builds are reproducible by default. */
const DEFAULT_PACKAGE_TIME = Date.UTC(2000, 0, 1);
/** Time for entries from SOURCE_DATE_EPOCH (seconds), else the fixed default. */
function packageTime(env) {
    const raw = env['SOURCE_DATE_EPOCH'];
    if (raw === undefined || raw === '')
        return DEFAULT_PACKAGE_TIME;
    if (!/^\d+$/.test(raw))
        throw new Error(`SOURCE_DATE_EPOCH="${raw}" is not a whole number of seconds`);
    // ZIP's DOS time cannot go before 1980; clamp rather than write a time readers misread.
    return Math.max(Number(raw) * 1000, Date.UTC(1980, 0, 1, 0, 0, 2));
}
/** A name-based GUID (the shape of RFC 4122 version 5, from SHA-256): same inputs, same GUID. */
function derivedGuid(...parts) {
    const h = (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest();
    h[6] = (h[6] & 0x0f) | 0x50;
    h[8] = (h[8] & 0x3f) | 0x80;
    const x = h.toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
function relationshipId(...parts) {
    return 'R' + (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16);
}
function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** Chunks of a layout entry's bytes: read from disk in blocks, from the kit, or generated. */
async function* sourceChunks(e) {
    switch (e.source.kind) {
        case 'file':
            yield* fileBlocks(e.source.path);
            return;
        case 'kit':
            for await (const c of await e.source.file.open())
                yield c;
            return;
        default:
            yield e.source.data;
    }
}
/** Writes to a new file; on failure the partial file is closed (the caller removes its folder). */
async function writeZipFile(dest, pool, options, fill) {
    const sink = await FileSink.create(dest);
    const z = new ParallelZip(sink, pool, zipOptions(options));
    try {
        await fill(z);
        await z.finish();
        await sink.close();
    }
    catch (e) {
        await z.abort(e);
        await sink.abandon();
        throw e;
    }
    return { sha256: sink.digest(), size: sink.size };
}
function zipOptions(options) {
    return { time: options.time, forceZip64: options.forceZip64 === true, mode: 0o100644 };
}
/**
 * A role package's `[Content_Types].xml`, collected entry by entry in the order written: each
 * extension once, first seen first, with the content type CSPack gives it; every entry without an
 * extension, and the manifest, by name.
 */
class RoleContentTypes {
    manifestName;
    defaults = [];
    overrides = [];
    seen = new Set();
    constructor(manifestName) {
        this.manifestName = manifestName;
    }
    add(name) {
        if (name === this.manifestName) {
            this.overrides.push([partUri(name), 'text/ucmanifest']);
            return;
        }
        const base = name.slice(name.lastIndexOf('/') + 1);
        const dot = base.lastIndexOf('.');
        if (dot < 0 || dot === base.length - 1) {
            this.overrides.push([partUri(name), 'user/user']);
            return;
        }
        const ext = base.slice(dot + 1);
        if (this.seen.has(ext.toLowerCase()))
            return;
        this.seen.add(ext.toLowerCase());
        this.defaults.push([ext, ext.toLowerCase() === 'rels' ? RELS_CONTENT_TYPE : 'user/user']);
    }
    xml() {
        return contentTypesXml(this.defaults, this.overrides);
    }
}
/**
 * Writes one role package (`.cssx`) to `dest`: the layout files streamed, hashed and compressed on
 * the pool, then the role manifest built from those hashes.
 */
async function writeRole(plan, role, dest, pool, options) {
    const kitPaths = role.entries.filter((e) => e.source.kind === 'kit').map((e) => e.path);
    const entries = sortLayout([
        ...role.entries,
        { path: 'RoleModel.xml', source: { kind: 'data', data: roleModelXml(role, plan.kit) } },
        { path: 'RuntimeSetup.Manifest', source: { kind: 'data', data: runtimeSetupXml(role, kitPaths) } },
    ]);
    checkLayout(plan.csdefFile, role, entries);
    collectPhase();
    const manifestName = `${derivedGuid(plan.name, role.name, 'role manifest')}.csman`;
    const rels = relationshipsXml([
        { id: relationshipId(plan.name, role.name, 'uar'), type: UAR_MANIFEST_REL, target: '/Cloud.uar.csman', external: false },
        { id: 'MANIFEST', type: REQUIRED_RESOURCE, target: `/${manifestName}`, external: false },
    ]);
    const stamp = fileTime(options.time);
    let bytes = 0;
    const written = await writeZipFile(dest, pool, options, async (z) => {
        // Both are written as entries go: a role of tens of thousands of files keeps no object per file.
        const manifest = new ManifestWriter(`${dest}.csman`);
        const types = new RoleContentTypes(manifestName);
        for (const [i, e] of entries.entries()) {
            const m = await z.addStream(e.path, sourceChunks(e));
            bytes += m.size;
            types.add(e.path);
            manifest.add({ name: toRolePath(e.path), uri: partUri(e.path), hash: m.sha256.toUpperCase(), created: stamp, modified: stamp });
            // CSPack writes the relationships right after the first file; nothing depends on it.
            if (i === 0) {
                await z.addBuffer('_rels/.rels', rels, false);
                types.add('_rels/.rels');
            }
        }
        if (entries.length === 0) {
            await z.addBuffer('_rels/.rels', rels, false);
            types.add('_rels/.rels');
        }
        await z.addStream(manifestName, manifest.chunks());
        types.add(manifestName);
        await z.addBuffer('[Content_Types].xml', types.xml(), true);
    });
    return { ...written, files: entries.length, bytes };
}
/** A small nested package (service model, description, named streams), built in memory. */
async function writeSmallPackage(kind, parts, rels, contentTypes, manifestExtra, pool, options, 
/** Where CSPack puts `_rels/.rels`: after the first part, or after the manifest (named streams). */
relsAfter = 'first-part') {
    const digest = parts.map((p) => `${p.name}:${sha256(p.data)}`).join('\n');
    const manifestName = `${derivedGuid(kind, 'manifest', digest)}.csman`;
    const sink = new MemorySink();
    const z = new ParallelZip(sink, pool, zipOptions(options));
    const relsXml = relationshipsXml([...rels, { id: 'MANIFEST', type: REQUIRED_RESOURCE, target: `/${manifestName}`, external: false }]);
    try {
        for (const [i, p] of parts.entries()) {
            await z.addBuffer(p.name, p.data, p.compress);
            if (i === 0 && relsAfter === 'first-part')
                await z.addBuffer('_rels/.rels', relsXml, false);
        }
        const manifest = manifestXml({
            items: parts.map((p) => ({ name: p.name, hash: sha256(p.data).toUpperCase(), uri: partUri(p.name) })),
            ...manifestExtra,
        });
        await z.addBuffer(manifestName, manifest, true);
        if (relsAfter === 'manifest')
            await z.addBuffer('_rels/.rels', relsXml, false);
        await z.addBuffer('[Content_Types].xml', contentTypesXml(contentTypes), relsAfter !== 'manifest');
        await z.finish();
    }
    catch (e) {
        await z.abort(e);
        throw e;
    }
    return sink.contents();
}
/**
 * Writes a legacy-format (nested) package, the format CSPack writes by default and the only one
 * Cloud Services (extended support) accepts. Roles are built into temporary files beside `out`;
 * the package is written to a temporary name and renamed, so `out` is either complete or untouched.
 */
async function writeLegacyPackage(plan, out, options) {
    const { path: work, release } = tempDirRemovedOnInterrupt((0,external_node_path_.join)((0,external_node_path_.dirname)(out), `.${(0,external_node_path_.basename)(out)}.`));
    const pool = new DeflatePool(options.threads);
    try {
        const roleParts = [];
        const written = [];
        for (const [i, role] of plan.roles.entries()) {
            const file = (0,external_node_path_.join)(work, `role-${i}.cssx`);
            const r = await writeRole(plan, role, file, pool, options);
            collectAfter(r.files);
            const part = `${role.name}_${derivedGuid(plan.name, role.name, r.sha256)}.cssx`;
            roleParts.push({ role, part, file, sha256: r.sha256, size: r.size });
            written.push({ name: role.name, part, files: r.files, bytes: r.bytes });
        }
        const csdef = packagedCsdefXml(plan);
        const csdefDigest = sha256(csdef);
        const rd = serviceModelXml(plan, {
            model: derivedGuid(plan.name, csdefDigest, 'model'),
            implementation: derivedGuid(plan.name, csdefDigest, 'implementation'),
            interfaceReference: (n) => derivedGuid(plan.name, csdefDigest, 'interface', n),
            software: (name) => roleParts.find((r) => r.role.name === name)?.part ?? '',
        });
        const rdsc = serviceContractXml(plan);
        const instances = plan.roles.map((r) => `${r.name}Instances`);
        const appSettings = plan.roles.flatMap((r) => settingNames(r).map((s) => `${r.name}:${s}`));
        const sm = await writeSmallPackage('SMPackage', [
            { name: 'ServiceDefinition.rd', data: rd, compress: true },
            { name: 'servicedefinition.rdsc', data: rdsc, compress: true },
        ], [{ id: 'SERVICEMODEL', type: REQUIRED_RESOURCE, target: '/ServiceDefinition.rd', external: false }], [['rd', 'text/servicemodel'], ['rels', RELS_CONTENT_TYPE], ['rdsc', 'text/servicecontract'], ['csman', 'text/ucmanifest']], { systemSettings: instances, applicationSettings: appSettings }, pool, options);
        const sd = await writeSmallPackage('SDPackage', [{ name: 'ServiceDefinition.csdef', data: csdef, compress: true }], [{ id: 'SERVICEDESCRIPTION', type: REQUIRED_RESOURCE, target: '/ServiceDefinition.csdef', external: false }], [['csdef', 'text/servicedescription'], ['rels', RELS_CONTENT_TYPE], ['csman', 'text/ucmanifest']], { systemSettings: instances, applicationSettings: appSettings }, pool, options);
        const streamParts = [];
        const streamNames = [];
        for (const role of plan.roles) {
            for (const [kind, data] of namedStreams(role, plan.kit.version)) {
                streamParts.push({ name: `${kind}/${role.name}/1.0`, data, compress: true });
                streamNames.push(`${kind}/${role.name}/1.0`);
            }
        }
        const ns = await writeSmallPackage('NamedStreamPackage', streamParts, [], [['0', 'user/user'], ['csman', 'text/ucmanifest'], ['rels', RELS_CONTENT_TYPE]], {}, pool, options, 'manifest');
        const smName = `SMPackage_${derivedGuid('SMPackage', sha256(sm))}.csmx`;
        const sdName = `SDPackage_${derivedGuid('SDPackage', sha256(sd))}.csdx`;
        const nsName = `NamedStreamPackage_${derivedGuid('NamedStreamPackage', sha256(ns))}.csnsx`;
        const outerItems = [
            ...roleParts.map((r) => ({ name: r.part, hash: r.sha256.toUpperCase(), uri: partUri(r.part) })),
            { name: smName, hash: sha256(sm).toUpperCase(), uri: partUri(smName) },
            { name: sdName, hash: sha256(sd).toUpperCase(), uri: partUri(sdName) },
            { name: nsName, hash: sha256(ns).toUpperCase(), uri: partUri(nsName) },
        ];
        const outerManifestName = `${derivedGuid(plan.name, 'package manifest', ...outerItems.map((i) => i.hash))}.csman`;
        const outerRels = relationshipsXml([
            { id: 'SERVICEMODEL', type: REQUIRED_RESOURCE, target: `/${smName}`, external: false },
            { id: 'SERVICEDESCRIPTION', type: REQUIRED_RESOURCE, target: `/${sdName}`, external: false },
            { id: 'NAMEDSTREAMPACKAGE', type: REQUIRED_RESOURCE, target: `/${nsName}`, external: false },
            { id: 'MANIFEST', type: REQUIRED_RESOURCE, target: `/${outerManifestName}`, external: false },
            {
                id: relationshipId(plan.name, 'product version', plan.kit.version),
                type: PRODUCT_VERSION_REL,
                target: `http://schemas.microsoft.com:80/ServiceHosting/2009/10/UAR/ProductVersion#${plan.kit.version}`,
                external: true,
            },
        ]);
        const outerManifest = manifestXml({ items: outerItems, namedStreams: streamNames });
        const outerTypes = contentTypesXml([
            ['cssx', 'binary/software'],
            ['csmx', 'user/user'],
            ['rels', RELS_CONTENT_TYPE],
            ['csdx', 'user/user'],
            ['csnsx', 'user/user'],
            ['csman', 'text/ucmanifest'],
        ]);
        const tmpOut = (0,external_node_path_.join)(work, 'package.cspkg');
        const result = await writeZipFile(tmpOut, pool, options, async (z) => {
            // Role packages are stored as they are: compressing compressed data again gains nothing.
            for (const r of roleParts)
                z.addCopy(r.part, r.file);
            await z.addBuffer(smName, sm, false);
            await z.addBuffer('_rels/.rels', outerRels, false);
            await z.addBuffer(sdName, sd, false);
            await z.addBuffer(nsName, ns, false);
            await z.addBuffer(outerManifestName, outerManifest, true);
            await z.addBuffer('[Content_Types].xml', outerTypes, true);
        });
        await (0,promises_.rename)(tmpOut, out);
        return { out, ...result, roles: written };
    }
    finally {
        await pool.close();
        await (0,promises_.rm)(work, { recursive: true, force: true });
        release();
    }
}

;// CONCATENATED MODULE: ./.build/src/package/build.js









/** Bad input, told to the user in one line naming the file. */
class BuildError extends Error {
}
/**
 * How `package` reads back what it wrote: in the process, with no worker threads, streaming every
 * entry over 2 MiB rather than inflating it whole, and with a full collection before a large role
 * is hashed (`boundMemory`). The read-back was the peak of a package's
 * memory: the deflate workers' memory stays in the process after they end (glibc keeps a thread's
 * malloc arena), and two more workers added their own isolates and arenas on top. In the process
 * it takes about a second more on the 1 GiB benchmark tree (BENCHMARKS.md). `verify` on its own
 * keeps the workers and 8 MiB, for its throughput.
 */
const READ_BACK = { workers: 0, wholeEntryMax: 2 * 1024 * 1024, boundMemory: true };
const STUB_WARNING = 'NOT DEPLOYABLE: built with --sdk-kit stub; the SDK runtime files are stand-ins. Package again with a real SDK kit (see `cloudservice kit extract`) before deploying.';
/**
 * Builds a legacy-format .cspkg from a service definition, role folders and an SDK kit, reads it
 * back with the verifier, and only then puts it at `out`: a failed build leaves nothing there.
 */
async function buildPackage(options) {
    boundHeapGrowth();
    const cwd = options.cwd ?? process.cwd();
    const abs = (p) => (0,external_node_path_.resolve)(cwd, p);
    const out = abs(options.out);
    const outDir = (0,external_node_path_.dirname)(out);
    const dirStat = await (0,promises_.stat)(outDir).catch(() => undefined);
    if (!dirStat?.isDirectory())
        throw new BuildError(`--out ${options.out}: folder ${outDir} does not exist`);
    let time;
    try {
        time = packageTime(options.env ?? process.env);
    }
    catch (e) {
        throw new BuildError(e.message);
    }
    let kit;
    try {
        kit = await loadKit(options.sdkKit, { cwd, ...(options.sdkVersion ? { sdkVersion: options.sdkVersion } : {}) });
    }
    catch (e) {
        if (e instanceof KitError)
            throw new BuildError(e.message);
        throw e;
    }
    for (const [what, dir] of [...options.roles, ...(options.sites ?? [])]) {
        const rel = (0,external_node_path_.relative)(abs(dir), out);
        if (rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel)) {
            throw new BuildError(`--out ${options.out} is inside the folder of ${what} (${dir}); the package would end up in the next package. Write it elsewhere`);
        }
    }
    const partial = (0,external_node_path_.join)(outDir, `.${(0,external_node_path_.basename)(out)}.${process.pid}.partial`);
    const release = interrupt_removeOnInterrupt(partial);
    try {
        const written = await planAndWrite(options, abs, kit, partial, time);
        // The plan, a record per file, is garbage now; its pages are not yet free.
        collectPhase();
        const report = await verifyPackage(partial, {
            csdef: abs(options.csdef),
            ...(options.configuration ? { cscfg: abs(options.configuration) } : {}),
            hasher: READ_BACK,
        });
        const errors = report.problems.filter((p) => p.severity === 'error' && !(kit.stub && p.code === 'stub-runtime'));
        const inputErrors = errors.filter((p) => p.code.startsWith('cscfg-') || p.code.startsWith('input-'));
        if (inputErrors.length > 0)
            throw new BuildError(`${inputErrors[0]?.part}: ${inputErrors[0]?.message}`);
        if (errors.length > 0) {
            throw new Error(`the package written failed its own verification (${errors.length} error(s)); first: ${errors[0]?.part}: ${errors[0]?.message}`);
        }
        await (0,promises_.rename)(partial, out);
        return {
            out,
            sha256: written.sha256,
            size: written.size,
            sdkVersion: kit.version,
            stub: kit.stub,
            roles: written.roles,
            verify: { ...report, file: out },
        };
    }
    catch (e) {
        await (0,promises_.rm)(partial, { force: true });
        if (e instanceof PackageInputError)
            throw new BuildError(e.message);
        const io = e;
        if (io.code && io.syscall)
            throw new BuildError(`${io.path ?? out}: ${io.code} while trying to ${io.syscall} it`);
        throw e;
    }
    finally {
        release();
        await kit.close();
    }
}
/**
 * Plans the layout and writes it. On its own so that the plan, a record per file, is garbage by the
 * time the package is read back: an async function keeps its locals until it returns.
 */
async function planAndWrite(options, abs, kit, partial, time) {
    const plan = await planService({
        csdef: abs(options.csdef),
        roles: new Map([...options.roles].map(([k, v]) => [k, abs(v)])),
        sites: new Map([...(options.sites ?? [])].map(([k, v]) => [k, abs(v)])),
        roleProperties: new Map([...(options.roleProperties ?? [])].map(([k, v]) => [k, abs(v)])),
        kit,
    });
    return writeLegacyPackage(plan, partial, { time, ...(options.forceZip64 ? { forceZip64: true } : {}) });
}

// EXTERNAL MODULE: ./.build/src/action/core.js
var core = __webpack_require__(55215);
;// CONCATENATED MODULE: ./.build/src/action/package-stage.js






/**
 * A packaging problem the user must fix; the step fails with this one line. When the package was
 * built and verified before the failure (an upload that failed), `built` keeps it for the outputs.
 */
class PackageStageError extends Error {
    built;
    constructor(message, built) {
        super(message);
        this.built = built;
    }
}
/**
 * Package, verify, upload: runs after the lint. A lint over its threshold stops here unless
 * `package-on-findings` says otherwise; a package that fails verification is never uploaded.
 */
async function packageStage(inputs, context) {
    if (!inputs.enabled)
        return { state: 'disabled' };
    if (context.lintFailed && !inputs.packageOnFindings) {
        const reason = 'the lint failed its threshold and package-on-findings is false, so no package was built or uploaded';
        core/* notice */.lm(reason);
        return { state: 'skipped', reason };
    }
    if (!inputs.sdkKit)
        throw new PackageStageError(`input "sdk-kit" is required to package: ${NO_KIT_HELP}`);
    const definition = chooseDefinition(inputs.definition, context.services, context.workspace);
    const csdef = (0,external_node_path_.resolve)(context.workspace, definition);
    const roles = new Map();
    for (const [name, dir] of inputs.roles)
        roles.set(name, (0,external_node_path_.resolve)(context.workspace, dir));
    for (const [name, folder] of (0,role_folders/* roleFoldersFor */.f)(csdef)) {
        if (roles.has(name))
            continue;
        roles.set(name, folder.dir);
        core/* info */.pq(`role ${name}: packaging ${(0,external_node_path_.relative)(context.workspace, folder.dir)} (from ${folder.source}); set "roles" to package build output`);
    }
    const sites = new Map();
    for (const [key, dir] of inputs.sites)
        sites.set(key, (0,external_node_path_.resolve)(context.workspace, dir));
    const serviceName = context.services.find((s) => s.definition?.file === definition)?.definition?.name ?? (0,external_node_path_.basename)(definition, '.csdef');
    const out = inputs.packagePath
        ? (0,external_node_path_.resolve)(context.workspace, inputs.packagePath)
        : (0,external_node_path_.join)(context.env.RUNNER_TEMP || context.workspace, `${safeName(serviceName)}.cspkg`);
    // A workflow names package-path before anything exists there; the CLI, by contrast, refuses a
    // missing folder so that a typo does not scatter output.
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
    let build;
    try {
        build = await core/* group */.Os('Package', () => buildPackage({
            csdef,
            roles,
            sites,
            sdkKit: inputs.sdkKit === 'stub' ? 'stub' : (0,external_node_path_.resolve)(context.workspace, inputs.sdkKit),
            out,
            ...(inputs.configuration ? { configuration: (0,external_node_path_.resolve)(context.workspace, inputs.configuration) } : {}),
            cwd: context.workspace,
            env: context.env,
        }));
    }
    catch (err) {
        if (err instanceof BuildError)
            throw new PackageStageError(err.message);
        throw err;
    }
    for (const r of build.roles)
        core/* info */.pq(`role ${r.name}: ${r.files} files, ${r.bytes} bytes`);
    core/* info */.pq(`wrote ${(0,external_node_path_.relative)(context.workspace, build.out) || build.out} (${build.size} bytes, sha256 ${build.sha256})`);
    // buildPackage read the package back; only a stub kit's stand-ins may remain as errors.
    const errors = build.verify.problems.filter((p) => p.severity === 'error' && !(build.stub && p.code === 'stub-runtime'));
    if (errors.length) {
        throw new PackageStageError(`the package failed verification, so it was not uploaded: ${errors[0].part}: ${errors[0].message}`);
    }
    if (build.stub)
        core/* warning */.$e(STUB_WARNING);
    let artifact;
    if (inputs.uploadArtifact) {
        const name = inputs.artifactName || `${safeName(serviceName)}-${(context.env.GITHUB_SHA ?? 'local').slice(0, 7)}`;
        // @actions/artifact and the Azure storage client it brings are only needed to upload.
        const { ArtifactError, uploadPackageArtifact } = await Promise.all(/* import() */[__webpack_require__.e(942), __webpack_require__.e(150), __webpack_require__.e(622)]).then(__webpack_require__.bind(__webpack_require__, 56622));
        try {
            artifact = await core/* group */.Os('Upload artifact', () => uploadPackageArtifact({ file: build.out, name, ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}), env: context.env }));
        }
        catch (err) {
            if (err instanceof ArtifactError)
                throw new PackageStageError(err.message, { definition, build });
            throw err;
        }
        core/* info */.pq(`uploaded artifact ${artifact.name} (id ${artifact.id}, sha256 ${artifact.digest})`);
        if (artifact.digest !== build.sha256) {
            throw new PackageStageError(`the artifact service recorded sha256 ${artifact.digest}, but the package is ${build.sha256}; the upload is not trustworthy`, {
                definition,
                build,
            });
        }
    }
    return { state: 'built', definition, build, artifact };
}
function chooseDefinition(given, services, workspace) {
    if (given) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, given)))
            throw new PackageStageError(`input "definition": ${given} does not exist`);
        return (0,external_node_path_.relative)(workspace, (0,external_node_path_.resolve)(workspace, given)).split('\\').join('/');
    }
    const defs = services.flatMap((s) => (s.definition && !/(^|\/)(bin|obj)\/|\.csx\/|app\.publish\//i.test(s.definition.file) ? [s.definition.file] : []));
    if (defs.length === 1)
        return defs[0];
    if (defs.length === 0)
        throw new PackageStageError('no service definition (.csdef) was found under "path" to package; set input "definition"');
    throw new PackageStageError(`${defs.length} service definitions were found (${defs.join(', ')}); set input "definition" to the one to package`);
}
/** Artifact and file names: the service name without characters the artifact service refuses. */
function safeName(name) {
    return name.replace(/["':<>|*?\\/\r\n\s]+/g, '-') || 'service';
}


/***/ })

};
