#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3313:
/***/ ((module) => {

module.exports = Pend;

function Pend() {
  this.pending = 0;
  this.max = Infinity;
  this.listeners = [];
  this.waiting = [];
  this.error = null;
}

Pend.prototype.go = function(fn) {
  if (this.pending < this.max) {
    pendGo(this, fn);
  } else {
    this.waiting.push(fn);
  }
};

Pend.prototype.wait = function(cb) {
  if (this.pending === 0) {
    cb(this.error);
  } else {
    this.listeners.push(cb);
  }
};

Pend.prototype.hold = function() {
  return pendHold(this);
};

function pendHold(self) {
  self.pending += 1;
  var called = false;
  return onCb;
  function onCb(err) {
    if (called) throw new Error("callback called twice");
    called = true;
    self.error = self.error || err;
    self.pending -= 1;
    if (self.waiting.length > 0 && self.pending < self.max) {
      pendGo(self, self.waiting.shift());
    } else if (self.pending === 0) {
      var listeners = self.listeners;
      self.listeners = [];
      listeners.forEach(cbListener);
    }
  }
  function cbListener(listener) {
    listener(self.error);
  }
}

function pendGo(self, fn) {
  fn(pendHold(self));
}


/***/ }),

/***/ 9800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(6950);
const ed2 = __nccwpck_require__(4488);
const NSed3 = __nccwpck_require__(5699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 6950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 4488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 5699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 4248:
/***/ ((module) => {

// Adapted from https://github.com/brianloveswords/buffer-crc32/blob/v0.2.13/index.js
const CRC_TABLE = new Int32Array([
  0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3,
  0x0edb8832, 0x79dcb8a4, 0xe0d5e91e, 0x97d2d988, 0x09b64c2b, 0x7eb17cbd, 0xe7b82d07, 0x90bf1d91,
  0x1db71064, 0x6ab020f2, 0xf3b97148, 0x84be41de, 0x1adad47d, 0x6ddde4eb, 0xf4d4b551, 0x83d385c7,
  0x136c9856, 0x646ba8c0, 0xfd62f97a, 0x8a65c9ec, 0x14015c4f, 0x63066cd9, 0xfa0f3d63, 0x8d080df5,
  0x3b6e20c8, 0x4c69105e, 0xd56041e4, 0xa2677172, 0x3c03e4d1, 0x4b04d447, 0xd20d85fd, 0xa50ab56b,
  0x35b5a8fa, 0x42b2986c, 0xdbbbc9d6, 0xacbcf940, 0x32d86ce3, 0x45df5c75, 0xdcd60dcf, 0xabd13d59,
  0x26d930ac, 0x51de003a, 0xc8d75180, 0xbfd06116, 0x21b4f4b5, 0x56b3c423, 0xcfba9599, 0xb8bda50f,
  0x2802b89e, 0x5f058808, 0xc60cd9b2, 0xb10be924, 0x2f6f7c87, 0x58684c11, 0xc1611dab, 0xb6662d3d,
  0x76dc4190, 0x01db7106, 0x98d220bc, 0xefd5102a, 0x71b18589, 0x06b6b51f, 0x9fbfe4a5, 0xe8b8d433,
  0x7807c9a2, 0x0f00f934, 0x9609a88e, 0xe10e9818, 0x7f6a0dbb, 0x086d3d2d, 0x91646c97, 0xe6635c01,
  0x6b6b51f4, 0x1c6c6162, 0x856530d8, 0xf262004e, 0x6c0695ed, 0x1b01a57b, 0x8208f4c1, 0xf50fc457,
  0x65b0d9c6, 0x12b7e950, 0x8bbeb8ea, 0xfcb9887c, 0x62dd1ddf, 0x15da2d49, 0x8cd37cf3, 0xfbd44c65,
  0x4db26158, 0x3ab551ce, 0xa3bc0074, 0xd4bb30e2, 0x4adfa541, 0x3dd895d7, 0xa4d1c46d, 0xd3d6f4fb,
  0x4369e96a, 0x346ed9fc, 0xad678846, 0xda60b8d0, 0x44042d73, 0x33031de5, 0xaa0a4c5f, 0xdd0d7cc9,
  0x5005713c, 0x270241aa, 0xbe0b1010, 0xc90c2086, 0x5768b525, 0x206f85b3, 0xb966d409, 0xce61e49f,
  0x5edef90e, 0x29d9c998, 0xb0d09822, 0xc7d7a8b4, 0x59b33d17, 0x2eb40d81, 0xb7bd5c3b, 0xc0ba6cad,
  0xedb88320, 0x9abfb3b6, 0x03b6e20c, 0x74b1d29a, 0xead54739, 0x9dd277af, 0x04db2615, 0x73dc1683,
  0xe3630b12, 0x94643b84, 0x0d6d6a3e, 0x7a6a5aa8, 0xe40ecf0b, 0x9309ff9d, 0x0a00ae27, 0x7d079eb1,
  0xf00f9344, 0x8708a3d2, 0x1e01f268, 0x6906c2fe, 0xf762575d, 0x806567cb, 0x196c3671, 0x6e6b06e7,
  0xfed41b76, 0x89d32be0, 0x10da7a5a, 0x67dd4acc, 0xf9b9df6f, 0x8ebeeff9, 0x17b7be43, 0x60b08ed5,
  0xd6d6a3e8, 0xa1d1937e, 0x38d8c2c4, 0x4fdff252, 0xd1bb67f1, 0xa6bc5767, 0x3fb506dd, 0x48b2364b,
  0xd80d2bda, 0xaf0a1b4c, 0x36034af6, 0x41047a60, 0xdf60efc3, 0xa867df55, 0x316e8eef, 0x4669be79,
  0xcb61b38c, 0xbc66831a, 0x256fd2a0, 0x5268e236, 0xcc0c7795, 0xbb0b4703, 0x220216b9, 0x5505262f,
  0xc5ba3bbe, 0xb2bd0b28, 0x2bb45a92, 0x5cb36a04, 0xc2d7ffa7, 0xb5d0cf31, 0x2cd99e8b, 0x5bdeae1d,
  0x9b64c2b0, 0xec63f226, 0x756aa39c, 0x026d930a, 0x9c0906a9, 0xeb0e363f, 0x72076785, 0x05005713,
  0x95bf4a82, 0xe2b87a14, 0x7bb12bae, 0x0cb61b38, 0x92d28e9b, 0xe5d5be0d, 0x7cdcefb7, 0x0bdbdf21,
  0x86d3d2d4, 0xf1d4e242, 0x68ddb3f8, 0x1fda836e, 0x81be16cd, 0xf6b9265b, 0x6fb077e1, 0x18b74777,
  0x88085ae6, 0xff0f6a70, 0x66063bca, 0x11010b5c, 0x8f659eff, 0xf862ae69, 0x616bffd3, 0x166ccf45,
  0xa00ae278, 0xd70dd2ee, 0x4e048354, 0x3903b3c2, 0xa7672661, 0xd06016f7, 0x4969474d, 0x3e6e77db,
  0xaed16a4a, 0xd9d65adc, 0x40df0b66, 0x37d83bf0, 0xa9bcae53, 0xdebb9ec5, 0x47b2cf7f, 0x30b5ffe9,
  0xbdbdf21c, 0xcabac28a, 0x53b39330, 0x24b4a3a6, 0xbad03605, 0xcdd70693, 0x54de5729, 0x23d967bf,
  0xb3667a2e, 0xc4614ab8, 0x5d681b02, 0x2a6f2b94, 0xb40bbe37, 0xc30c8ea1, 0x5a05df1b, 0x2d02ef8d,
]);

function crc32(buf) {
  let crc = -1;
  for (let x of buf) {
    crc = CRC_TABLE[(crc ^ x) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ -1) >>> 0;
}

module.exports = crc32;


/***/ }),

/***/ 3502:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

// This was adapted from https://github.com/andrewrk/node-fd-slicer by Andrew Kelley under the MIT License.
var fs = __nccwpck_require__(9896);
var util = __nccwpck_require__(9023);
var stream = __nccwpck_require__(2203);
var Readable = stream.Readable;
var PassThrough = stream.PassThrough;
var Pend = __nccwpck_require__(3313);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);

exports.BufferSlicer = BufferSlicer;
exports.FdSlicer = FdSlicer;

util.inherits(FdSlicer, EventEmitter);
function FdSlicer(fd) {
  EventEmitter.call(this);

  this.fd = fd;
  this.pend = new Pend();
  this.pend.max = 1;
  this.refCount = 0;
}

FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  var self = this;
  self.pend.go(function(cb) {
    fs.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer) {
      cb();
      callback(err, bytesRead, buffer);
    });
  });
};

FdSlicer.prototype.createReadStream = function(options) {
  return new ReadStream(this, options);
};

FdSlicer.prototype.ref = function() {
  this.refCount += 1;
};

FdSlicer.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;
  if (self.refCount < 0) throw new Error("invalid unref");
  if (self.refCount > 0) return;

  fs.close(self.fd, onCloseDone);

  function onCloseDone(err) {
    if (err) {
      self.emit('error', err);
    } else {
      self.emit('close');
    }
  }
};

util.inherits(ReadStream, Readable);
function ReadStream(context, options) {
  options = options || {};
  Readable.call(this, options);

  this.context = context;
  this.context.ref();

  this.start = options.start || 0;
  this.endOffset = options.end;
  this.pos = this.start;
}

ReadStream.prototype._read = function(n) {
  var self = this;

  var toRead = Math.min(self._readableState.highWaterMark, n);
  if (self.endOffset != null) {
    toRead = Math.min(toRead, self.endOffset - self.pos);
  }
  if (toRead <= 0) {
    self.push(null);
    this._cleanup();
    return;
  }
  self.context.pend.go(function(cb) {
    var buffer = Buffer.allocUnsafe(toRead);
    fs.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
      if (err) {
        self.destroy(err);
      } else if (bytesRead === 0) {
        self.push(null);
        self._cleanup();
      } else {
        self.pos += bytesRead;
        self.push(buffer.slice(0, bytesRead));
      }
      cb();
    });
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  // Node 14+ calls this automatically at EOF.
  this._cleanup();
  cb(err);
};

ReadStream.prototype._cleanup = function() {
  if (this.context != null) {
    this.context.unref();
    this.context = null;
  }
};

util.inherits(BufferSlicer, EventEmitter);
function BufferSlicer(buffer) {
  EventEmitter.call(this);

  this.refCount = 0;
  this.buffer = buffer;
}

BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
  if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
  if (position < 0) throw new RangeError("position is negative: " + position);
  if (offset + length > buffer.length) {
    // The caller's buffer can't hold all the bytes they're trying to read.
    // Clamp the length instead of giving an error.
    // The callback will be informed of fewer than expected bytes written.
    length = buffer.length - offset;
  }
  if (position + length > this.buffer.length) {
    // Clamp any attempt to read past the end of the source buffer.
    length = this.buffer.length - position;
  }
  if (length <= 0) {
    // After any clamping, we're fully out of bounds or otherwise have nothing to do.
    // This isn't an error; it's just zero bytes written.
    setImmediate(function() {
      callback(null, 0);
    });
    return;
  }
  this.buffer.copy(buffer, offset, position, position + length);
  setImmediate(function() {
    callback(null, length);
  });
};

BufferSlicer.prototype.createReadStream = function(options) {
  options = options || {};
  var readStream = new PassThrough(options);
  readStream.start = options.start || 0;
  readStream.endOffset = options.end;
  // by the time this function returns, we'll be done.
  readStream.pos = readStream.endOffset || this.buffer.length;

  var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
  // Cut the buffer into smaller slices for better memory usage when streaming into a zlib inflate stream.
  // See https://github.com/thejoshwolfe/yauzl/issues/87
  var maxChunkSize = 0x10000;
  var offset = 0;
  while (true) {
    var nextOffset = offset + maxChunkSize;
    if (nextOffset >= entireSlice.length) {
      // last chunk
      if (offset < entireSlice.length) {
        readStream.write(entireSlice.slice(offset, entireSlice.length));
      }
      break;
    }
    readStream.write(entireSlice.slice(offset, nextOffset));
    offset = nextOffset;
  }

  readStream.end();
  return readStream;
};

BufferSlicer.prototype.ref = function() {
  this.refCount += 1;
};

BufferSlicer.prototype.unref = function() {
  this.refCount -= 1;

  if (this.refCount < 0) {
    throw new Error("invalid unref");
  }
};


/***/ }),

/***/ 663:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var fs = __nccwpck_require__(9896);
var zlib = __nccwpck_require__(3106);
var fd_slicer = __nccwpck_require__(3502);
var util = __nccwpck_require__(9023);
var EventEmitter = (__nccwpck_require__(4434).EventEmitter);
var Transform = (__nccwpck_require__(2203).Transform);
var PassThrough = (__nccwpck_require__(2203).PassThrough);
var Writable = (__nccwpck_require__(2203).Writable);

// Node 20 added zlib.crc32.
const crc32 = typeof zlib.crc32 === "function" ? zlib.crc32 : __nccwpck_require__(4248);

exports.open = open;
exports.fromFd = fromFd;
exports.fromBuffer = fromBuffer;
exports.fromRandomAccessReader = fromRandomAccessReader;
exports.openPromise = openPromise;
exports.fromFdPromise = fromFdPromise;
exports.fromBufferPromise = fromBufferPromise;
exports.fromRandomAccessReaderPromise = fromRandomAccessReaderPromise;

exports.dosDateTimeToDate = dosDateTimeToDate;
exports.getFileNameLowLevel = getFileNameLowLevel;
exports.validateFileName = validateFileName;
exports.parseExtraFields = parseExtraFields;
exports.ZipFile = ZipFile;
exports.Entry = Entry;
exports.LocalFileHeader = LocalFileHeader;
exports.RandomAccessReader = RandomAccessReader;

function openPromise(path, options) {
  return new Promise((resolve, reject) => {
    open(path, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromFdPromise(fd, options) {
  return new Promise((resolve, reject) => {
    fromFd(fd, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromBufferPromise(buffer, options) {
  return new Promise((resolve, reject) => {
    fromBuffer(buffer, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}
function fromRandomAccessReaderPromise(reader, totalSize, options) {
  return new Promise((resolve, reject) => {
    fromRandomAccessReader(reader, totalSize, {...options, lazyEntries: true}, function(err, zipfile) {
      if (err) return reject(err);
      resolve(zipfile);
    });
  });
}

function open(path, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.open(path, "r", function(err, fd) {
    if (err) return callback(err);
    fromFd(fd, options, function(err, zipfile) {
      if (err) fs.close(fd, defaultCallback);
      callback(err, zipfile);
    });
  });
}

function fromFd(fd, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  fs.fstat(fd, function(err, stats) {
    if (err) return callback(err);
    var reader = new fd_slicer.FdSlicer(fd);
    fromRandomAccessReader(reader, stats.size, options, callback);
  });
}

function fromBuffer(buffer, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  options.autoClose = false;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  var reader = new fd_slicer.BufferSlicer(buffer);
  fromRandomAccessReader(reader, buffer.length, options, callback);
}

function fromRandomAccessReader(reader, totalSize, options, callback) {
  if (typeof options === "function") {
    callback = options;
    options = null;
  }
  if (options == null) options = {};
  if (options.autoClose == null) options.autoClose = true;
  if (options.lazyEntries == null) options.lazyEntries = false;
  if (options.decodeStrings == null) options.decodeStrings = true;
  var decodeStrings = !!options.decodeStrings;
  if (options.validateEntrySizes == null) options.validateEntrySizes = true;
  if (options.strictFileNames == null) options.strictFileNames = false;
  if (callback == null) callback = defaultCallback;
  if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
  if (totalSize > Number.MAX_SAFE_INTEGER) {
    throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
  }

  // the matching unref() call is in zipfile.close()
  reader.ref();

  // eocdr means End of Central Directory Record.
  // search backwards for the eocdr signature.
  // the last field of the eocdr is a variable-length comment.
  // the comment size is encoded in a 2-byte field in the eocdr, which we can't find without trudging backwards through the comment to find it.
  // as a consequence of this design decision, it's possible to have ambiguous zip file metadata if a coherent eocdr was in the comment.
  // we search backwards for a eocdr signature, and hope that whoever made the zip file was smart enough to forbid the eocdr signature in the comment.
  var eocdrWithoutCommentSize = 22;
  var zip64EocdlSize = 20; // Zip64 end of central directory locator
  var maxCommentSize = 0xffff; // 2-byte size
  var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
  var buffer = newBuffer(bufferSize);
  var bufferReadStart = totalSize - buffer.length;
  readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
    if (err) return callback(err);
    for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
      if (buffer.readUInt32LE(i) !== 0x06054b50) continue;
      // found eocdr
      var eocdrBuffer = buffer.subarray(i);

      // 0 - End of central directory signature = 0x06054b50
      // 4 - Number of this disk
      var diskNumber = eocdrBuffer.readUInt16LE(4);
      // 6 - Disk where central directory starts
      // 8 - Number of central directory records on this disk
      // 10 - Total number of central directory records
      var entryCount = eocdrBuffer.readUInt16LE(10);
      // 12 - Size of central directory (bytes)
      // 16 - Offset of start of central directory, relative to start of archive
      var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
      // 20 - Comment length
      var commentLength = eocdrBuffer.readUInt16LE(20);
      var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
      if (commentLength !== expectedCommentLength) {
        return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK☺☻` in the comment?"));
      }
      // 22 - Comment
      // the encoding is always cp437.
      var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false)
                                  : eocdrBuffer.subarray(22);

      // Look for a Zip64 end of central directory locator
      if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 0x07064b50) {
        // ZIP64 format
        var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
        // 0 - zip64 end of central dir locator signature = 0x07064b50
        // 4 - number of the disk with the start of the zip64 end of central directory
        // 8 - relative offset of the zip64 end of central directory record
        var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
        // 16 - total number of disks

        // ZIP64 end of central directory record
        var zip64EocdrBuffer = newBuffer(56);
        return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err) {
          if (err) return callback(err);

          // 0 - zip64 end of central dir signature                           4 bytes  (0x06064b50)
          if (zip64EocdrBuffer.readUInt32LE(0) !== 0x06064b50) {
            return callback(new Error("invalid zip64 end of central directory record signature"));
          }
          // 4 - size of zip64 end of central directory record                8 bytes
          // 12 - version made by                                             2 bytes
          // 14 - version needed to extract                                   2 bytes
          // 16 - number of this disk                                         4 bytes
          diskNumber = zip64EocdrBuffer.readUInt32LE(16);
          if (diskNumber !== 0) {
            // Check this only after zip64 overrides. See #118.
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          // 20 - number of the disk with the start of the central directory  4 bytes
          // 24 - total number of entries in the central directory on this disk         8 bytes
          // 32 - total number of entries in the central directory            8 bytes
          entryCount = readUInt64LE(zip64EocdrBuffer, 32);
          // 40 - size of the central directory                               8 bytes
          // 48 - offset of start of central directory with respect to the starting disk number     8 bytes
          centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
          // 56 - zip64 extensible data sector                                (variable size)
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));
        });
      }

      // Not ZIP64 format
      if (diskNumber !== 0) {
        return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
      }
      return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options.autoClose, options.lazyEntries, decodeStrings, options.validateEntrySizes, options.strictFileNames));

    }

    // Not a zip file.
    callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
  });
}

util.inherits(ZipFile, EventEmitter);
function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
  var self = this;
  EventEmitter.call(self);
  self.reader = reader;
  // forward close events
  self.reader.on("error", function(err) {
    // error closing the fd
    emitError(self, err);
  });
  self.reader.once("close", function() {
    self.emit("close");
  });
  self.readEntryCursor = centralDirectoryOffset;
  self.fileSize = fileSize;
  self.entryCount = entryCount;
  self.comment = comment;
  self.entriesRead = 0;
  self.autoClose = !!autoClose;
  self.lazyEntries = !!lazyEntries;
  self.decodeStrings = !!decodeStrings;
  self.validateEntrySizes = !!validateEntrySizes;
  self.strictFileNames = !!strictFileNames;
  self.isOpen = true;
  self.emittedError = false;
  self.hasEachEntryBeenCalled = false;

  if (!self.lazyEntries) self._readEntry();
}
ZipFile.prototype.close = function() {
  if (!this.isOpen) return;
  this.isOpen = false;
  this.reader.unref();
};

function emitErrorAndAutoClose(self, err) {
  if (self.autoClose) self.close();
  emitError(self, err);
}
function emitError(self, err) {
  if (self.emittedError) return;
  self.emittedError = true;
  self.emit("error", err);
}

ZipFile.prototype.readEntry = function() {
  if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
  this._readEntry();
};
ZipFile.prototype._readEntry = function() {
  var self = this;
  if (self.entryCount === self.entriesRead) {
    // done with metadata
    setImmediate(function() {
      if (self.autoClose) self.close();
      if (self.emittedError) return;
      self.emit("end");
    });
    return;
  }
  if (self.emittedError) return;
  var buffer = newBuffer(46);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
    if (err) return emitErrorAndAutoClose(self, err);
    if (self.emittedError) return;
    var entry = new Entry();
    // 0 - Central directory file header signature
    var signature = buffer.readUInt32LE(0);
    if (signature !== 0x02014b50) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
    // 4 - Version made by
    entry.versionMadeBy = buffer.readUInt16LE(4);
    // 6 - Version needed to extract (minimum)
    entry.versionNeededToExtract = buffer.readUInt16LE(6);
    // 8 - General purpose bit flag
    entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
    // 10 - Compression method
    entry.compressionMethod = buffer.readUInt16LE(10);
    // 12 - File last modification time
    entry.lastModFileTime = buffer.readUInt16LE(12);
    // 14 - File last modification date
    entry.lastModFileDate = buffer.readUInt16LE(14);
    // 16 - CRC-32
    entry.crc32 = buffer.readUInt32LE(16);
    // 20 - Compressed size
    entry.compressedSize = buffer.readUInt32LE(20);
    // 24 - Uncompressed size
    entry.uncompressedSize = buffer.readUInt32LE(24);
    // 28 - File name length (n)
    entry.fileNameLength = buffer.readUInt16LE(28);
    // 30 - Extra field length (m)
    entry.extraFieldLength = buffer.readUInt16LE(30);
    // 32 - File comment length (k)
    entry.fileCommentLength = buffer.readUInt16LE(32);
    // 34 - Disk number where file starts
    // 36 - Internal file attributes
    entry.internalFileAttributes = buffer.readUInt16LE(36);
    // 38 - External file attributes
    entry.externalFileAttributes = buffer.readUInt32LE(38);
    // 42 - Relative offset of local file header
    entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);

    if (entry.generalPurposeBitFlag & 0x40) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));

    self.readEntryCursor += 46;

    buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
    readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
      if (err) return emitErrorAndAutoClose(self, err);
      if (self.emittedError) return;
      // 46 - File name
      entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
      // 46+n - Extra field
      var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
      entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
      // 46+n+m - File comment
      entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);

      // Parse the extra fields, which we need for processing other fields.
      try {
        entry.extraFields = parseExtraFields(entry.extraFieldRaw);
      } catch (err) {
        return emitErrorAndAutoClose(self, err);
      }

      // Interpret strings according to bit flags, extra fields, and options.
      if (self.decodeStrings) {
        var isUtf8 = (entry.generalPurposeBitFlag & 0x800) !== 0;
        entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
        entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
        var errorMessage = validateFileName(entry.fileName);
        if (errorMessage != null) return emitErrorAndAutoClose(self, new Error(errorMessage));
      } else {
        entry.fileComment = entry.fileCommentRaw;
        entry.fileName = entry.fileNameRaw;
      }
      // Maintain API compatibility. See https://github.com/thejoshwolfe/yauzl/issues/47
      entry.comment = entry.fileComment;

      self.readEntryCursor += buffer.length;
      self.entriesRead += 1;

      // Check for the Zip64 Extended Information Extra Field.
      for (var i = 0; i < entry.extraFields.length; i++) {
        var extraField = entry.extraFields[i];
        if (extraField.id !== 0x0001) continue;
        // Found it.

        var zip64EiefBuffer = extraField.data;
        var index = 0;
        // 0 - Original Size          8 bytes
        if (entry.uncompressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
          }
          entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 8 - Compressed Size        8 bytes
        if (entry.compressedSize === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
          }
          entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 16 - Relative Header Offset 8 bytes
        if (entry.relativeOffsetOfLocalHeader === 0xffffffff) {
          if (index + 8 > zip64EiefBuffer.length) {
            return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
          }
          entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
          index += 8;
        }
        // 24 - Disk Start Number      4 bytes

        break;
      }

      // validate file size
      if (self.validateEntrySizes && entry.compressionMethod === 0) {
        var expectedCompressedSize = entry.uncompressedSize;
        if (entry.isEncrypted()) {
          // traditional encryption prefixes the file data with a header
          expectedCompressedSize += 12;
        }
        if (entry.compressedSize !== expectedCompressedSize) {
          var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
          return emitErrorAndAutoClose(self, new Error(msg));
        }
      }

      self.emit("entry", entry);

      if (!self.lazyEntries) self._readEntry();
    });
  });
};

ZipFile.prototype.eachEntry = function() {
  const self = this;
  if (!self.lazyEntries) throw new Error("eachEntry() requires lazyEntries: true");
  if (self.hasEachEntryBeenCalled) throw new Error("eachEntry() must only be called once per ZipFile");
  self.hasEachEntryBeenCalled = true;

  let pendingResolveReject = null;
  self.on("entry", onEntry);
  self.on("end", onEnd);
  self.on("error", onError);
  function cleanup() {
    self.removeListener("entry", onEntry);
    self.removeListener("end", onEnd);
    self.removeListener("error", onError);
    if (self.autoClose) self.close();
  }

  function onEntry(entry) {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    resolve({value: entry});
  }
  function onEnd() {
    let {resolve} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    resolve({done: true});
  }
  function onError(err) {
    let {reject} = pendingResolveReject;
    pendingResolveReject = null;
    cleanup();
    reject(err);
  }

  return {
    [Symbol.asyncIterator]() {
      // Called once by `for await...of`.
      return this;
    },
    next() {
      // Called on each iteration in a `for await...of`.
      const promise = new Promise((resolve, reject) => {
        if (pendingResolveReject != null) throw new Error("next() called before previous Promise was resolved.");
        pendingResolveReject = {resolve, reject};
      });
      self.readEntry();
      return promise;
    },
    return(value) {
      // Called when breaking, returning, throwing out of a `for await...of`.
      cleanup();
      return Promise.resolve({done: true, value});
    },
    throw(value) {
      // Almost never called. Something about `yield*` maybe?
      cleanup();
      return Promise.reject(value);
    },
  };
};

ZipFile.prototype.openReadStream = function(entry, options, callback) {
  var self = this;
  // parameter validation
  var relativeStart = 0;
  var relativeEnd = entry.compressedSize;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) {
    options = {};
  } else {
    if (options.decodeFileData === false) {
      // new, simple option
      if (options.decrypt != null) {
        throw new Error("cannot use options.decrypt when options.decodeFileData === false");
      }
      if (options.decompress != null) {
        throw new Error("cannot use options.decompress when options.decodeFileData === false");
      }
      // start and end are allowed
    } else {
      // old, complicated options
      if (options.decrypt != null) {
        if (!entry.isEncrypted()) {
          throw new Error("options.decrypt can only be specified for encrypted entries. See also option decodeFileData.");
        }
        if (options.decrypt !== false) throw new Error("invalid options.decrypt value: " + options.decrypt);
        if (entry.isCompressed()) {
          if (options.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false. See also option decodeFileData.");
        }
      }
      if (options.decompress != null) {
        if (!entry.isCompressed()) {
          throw new Error("options.decompress can only be specified for compressed entries. See also option decodeFileData.");
        }
        if (!(options.decompress === false || options.decompress === true)) {
          throw new Error("invalid options.decompress value: " + options.decompress);
        }
        decompress = options.decompress;
      }
    }
    if (options.start != null) {
      relativeStart = options.start;
      if (relativeStart < 0) throw new Error("options.start < 0");
      if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
    }
    if (options.end != null) {
      relativeEnd = options.end;
      if (relativeEnd < 0) throw new Error("options.end < 0");
      if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
      if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
    }
  }
  var rawMode = (
    options.decodeFileData === false || // Explicitly requested raw.
    (
      (entry.compressionMethod === 0 || // Naturally without compression.
        (entry.compressionMethod === 8 && options.decompress === false) // Deprecated compression bypass option.
      ) &&
      (!entry.isEncrypted() || // Naturally without encryption.
        options.decrypt === false // Deprecated encryption bypass option.
      )
    )
  );
  if (options.start != null || options.end != null) {
    // Ensure slicing deals with raw data.
    if (!rawMode) throw new Error("start/end range require options.decodeFileData === false for non-trivial encoded entries.");
  }

  // any further errors can either be caused by the zipfile,
  // or were introduced in a minor version of yauzl,
  // so should be passed to the client rather than thrown.
  if (!self.isOpen) return callback(new Error("closed"));
  if (entry.isEncrypted() && !rawMode) {
    if (options.decrypt !== false) return callback(new Error("entry is encrypted, and options.decodeFileData !== false"));
  }
  var decompress;
  if (rawMode) {
    decompress = false;
  } else if (entry.compressionMethod === 8) {
    // 8 - The file is Deflated
    decompress = options.decodeFileData !== true;
  } else {
    return callback(new Error("unsupported compression method: " + entry.compressionMethod));
  }

  self.readLocalFileHeader(entry, {minimal: true}, function(err, localFileHeader) {
    if (err) return callback(err);
    self.openReadStreamLowLevel(
      localFileHeader.fileDataStart, entry.compressedSize,
      relativeStart, relativeEnd,
      decompress, entry.uncompressedSize,
      callback);
  });
};

ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
  var self = this;

  var fileDataEnd = fileDataStart + compressedSize;
  var readStream = self.reader.createReadStream({
    start: fileDataStart + relativeStart,
    end: fileDataStart + relativeEnd,
  });
  var endpointStream = readStream;
  if (decompress) {
    var destroyed = false;
    var inflateFilter = zlib.createInflateRaw();
    readStream.on("error", function(err) {
      // setImmediate here because errors can be emitted during the first call to pipe()
      setImmediate(function() {
        if (!destroyed) inflateFilter.emit("error", err);
      });
    });
    readStream.pipe(inflateFilter);

    if (self.validateEntrySizes) {
      endpointStream = new AssertByteCountStream(uncompressedSize);
      inflateFilter.on("error", function(err) {
        // forward zlib errors to the client-visible stream
        setImmediate(function() {
          if (!destroyed) endpointStream.emit("error", err);
        });
      });
      inflateFilter.pipe(endpointStream);
    } else {
      // the zlib filter is the client-visible stream
      endpointStream = inflateFilter;
    }
    // this is part of yauzl's API, so implement this function on the client-visible stream
    installDestroyFn(endpointStream, function() {
      destroyed = true;
      if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
      readStream.unpipe(inflateFilter);
      // TODO: the inflateFilter may cause a memory leak. see Issue #27.
      readStream.destroy();
    });
  }
  callback(null, endpointStream);
};

ZipFile.prototype.readLocalFileHeader = function(entry, options, callback) {
  var self = this;
  if (callback == null) {
    callback = options;
    options = null;
  }
  if (options == null) options = {};

  self.reader.ref();
  var buffer = newBuffer(30);
  readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
    try {
      if (err) return callback(err);
      // 0 - Local file header signature = 0x04034b50
      var signature = buffer.readUInt32LE(0);
      if (signature !== 0x04034b50) {
        return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
      }

      var fileNameLength = buffer.readUInt16LE(26);
      var extraFieldLength = buffer.readUInt16LE(28);
      var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
      // We now have enough information to do this bounds check.
      if (fileDataStart + entry.compressedSize > self.fileSize) {
        return callback(new Error("file data overflows file bounds: " +
            fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
      }

      if (options.minimal) {
        return callback(null, {fileDataStart: fileDataStart});
      }

      var localFileHeader = new LocalFileHeader();
      localFileHeader.fileDataStart = fileDataStart;

      // 4 - Version needed to extract (minimum)
      localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
      // 6 - General purpose bit flag
      localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
      // 8 - Compression method
      localFileHeader.compressionMethod = buffer.readUInt16LE(8);
      // 10 - File last modification time
      localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
      // 12 - File last modification date
      localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
      // 14 - CRC-32
      localFileHeader.crc32 = buffer.readUInt32LE(14);
      // 18 - Compressed size
      localFileHeader.compressedSize = buffer.readUInt32LE(18);
      // 22 - Uncompressed size
      localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
      // 26 - File name length (n)
      localFileHeader.fileNameLength = fileNameLength;
      // 28 - Extra field length (m)
      localFileHeader.extraFieldLength = extraFieldLength;
      // 30 - File name
      // 30+n - Extra field

      buffer = newBuffer(fileNameLength + extraFieldLength);
      self.reader.ref();
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err) {
        try {
          if (err) return callback(err);
          localFileHeader.fileName = buffer.subarray(0, fileNameLength);
          localFileHeader.extraField = buffer.subarray(fileNameLength);
          return callback(null, localFileHeader);
        } finally {
          self.reader.unref();
        }
      });
    } finally {
      self.reader.unref();
    }
  });
};

ZipFile.prototype.openReadStreamPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.openReadStream(entry, options, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.openReadStreamLowLevelPromise = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize) {
  return new Promise((resolve, reject) => {
    this.openReadStream(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, function(err, readStream) {
      if (err) return reject(err);
      resolve(readStream);
    });
  });
};
ZipFile.prototype.readLocalFileHeaderPromise = function(entry, options) {
  return new Promise((resolve, reject) => {
    this.readLocalFileHeader(entry, options, function(err, localFileHeader) {
      if (err) return reject(err);
      resolve(localFileHeader);
    });
  });
};

function Entry() {
}
Entry.prototype.getLastModDate = function(options) {
  if (options == null) options = {};

  if (!options.forceDosFormat) {
    // Check extended fields.
    for (var i = 0; i < this.extraFields.length; i++) {
      var extraField = this.extraFields[i];
      if (extraField.id === 0x5455) {
        // Info-ZIP "universal timestamp" extended field (`0x5455` aka `"UT"`).
        // See the Info-ZIP source code unix/unix.c:set_extra_field() and zipfile.c:ef_scan_ut_time().
        var data = extraField.data;
        if (data.length < 5) continue; // Too short.
        // The flags define which of the three fields are present: mtime, atime, ctime.
        // We only care about mtime.
        // Also, ctime is never included in practice.
        // And also, atime is only included in the local file header for some reason
        // despite the flags lying about its inclusion in the central header.
        var flags = data[0];
        var HAS_MTIME = 1;
        if (!(flags & HAS_MTIME)) continue; // This will realistically never happen.
        // Although the positions of all of the fields shift around depending on the presence of other fields,
        // mtime is always first if present, and that's the only one we care about.
        var posixTimestamp = data.readInt32LE(1);
        return new Date(posixTimestamp * 1000);
      } else if (extraField.id === 0x000a) {
        var data = extraField.data;
        if (data.length !== 32) continue; // The length is always the same.
        // 4 bytes reserved
        // 2 bytes Tag
        if (data.readUInt16LE(4) !== 1) continue; // Tag1 is actually the only defined Tag.
        // 2 bytes Size
        if (data.readUInt16LE(6) !== 24) continue; // Size is always 24.
        // 8 bytes Mtime
        var hundredNanoSecondsSince1601 = data.readUInt32LE(8) + 4294967296 * data.readInt32LE(12);
        // Convert from NTFS to POSIX milliseconds.
        // The big number below is the milliseconds between year 1601 and year 1970
        // (i.e. the negative POSIX timestamp of 1601-01-01 00:00:00Z)
        var millisecondsSince1970 = hundredNanoSecondsSince1601 / 10000 - 11644473600000;
        // Note on numeric precision: JavaScript Number objects lose precision above Number.MAX_SAFE_INTEGER,
        // and NTFS timestamps are typically much bigger than that limit.
        // (MAX_SAFE_INTEGER would represent 1629-07-17T23:58:45.475Z.)
        // However, we're losing precision in the conversion from 100nanosecond units to millisecond units anyway,
        // and the time at which we also lose 1-millisecond precision is year 275760, the JavaScript Date limit (by design).
        // Up through the year 2057, this conversion only drops 4 bits of precision,
        // which is well under the 13-14 bits ratio between the milliseconds and 100nanoseconds.
        return new Date(millisecondsSince1970);
      }
    }
  }

  // Fallback to non-extended encoding.
  return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options.timezone);
};

Entry.prototype.canDecodeFileData = function() {
  return (
    !this.isEncrypted() &&
    (this.compressionMethod === 0 || this.compressionMethod === 8)
  );
};
Entry.prototype.isEncrypted = function() {
  return (this.generalPurposeBitFlag & 0x1) !== 0;
};
Entry.prototype.isCompressed = function() {
  return this.compressionMethod === 8;
};

function LocalFileHeader() {
}

function dosDateTimeToDate(date, time, timezone) {
  var day = date & 0x1f; // 1-31
  var month = (date >> 5 & 0xf) - 1; // 1-12, 0-11
  var year = (date >> 9 & 0x7f) + 1980; // 0-128, 1980-2108

  var millisecond = 0;
  var second = (time & 0x1f) * 2; // 0-29, 0-58 (even numbers)
  var minute = time >> 5 & 0x3f; // 0-59
  var hour = time >> 11 & 0x1f; // 0-23

  if (timezone == null || timezone === "local") {
    return new Date(year, month, day, hour, minute, second, millisecond);
  } else if (timezone === "UTC") {
    return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
  } else {
    throw new Error("unrecognized options.timezone: " + options.timezone);
  }
}

function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
  var fileName = null;

  // check for Info-ZIP Unicode Path Extra Field (0x7075)
  // see https://github.com/thejoshwolfe/yauzl/issues/33
  for (var i = 0; i < extraFields.length; i++) {
    var extraField = extraFields[i];
    if (extraField.id === 0x7075) {
      if (extraField.data.length < 6) {
        // too short to be meaningful
        continue;
      }
      // Version       1 byte      version of this extra field, currently 1
      if (extraField.data.readUInt8(0) !== 1) {
        // > Changes may not be backward compatible so this extra
        // > field should not be used if the version is not recognized.
        continue;
      }
      // NameCRC32     4 bytes     File Name Field CRC32 Checksum
      var oldNameCrc32 = extraField.data.readUInt32LE(1);
      if (crc32(fileNameBuffer) !== oldNameCrc32) {
        // > If the CRC check fails, this UTF-8 Path Extra Field should be
        // > ignored and the File Name field in the header should be used instead.
        continue;
      }
      // UnicodeName   Variable    UTF-8 version of the entry File Name
      fileName = decodeBuffer(extraField.data.subarray(5), true);
      break;
    }
  }

  if (fileName == null) {
    // The typical case.
    var isUtf8 = (generalPurposeBitFlag & 0x800) !== 0;
    fileName = decodeBuffer(fileNameBuffer, isUtf8);
  }

  if (!strictFileNames) {
    // Allow backslash.
    fileName = fileName.replace(/\\/g, "/");
  }
  return fileName;
}

function validateFileName(fileName) {
  if (fileName.indexOf("\\") !== -1) {
    return "invalid characters in fileName: " + fileName;
  }
  if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
    return "absolute path: " + fileName;
  }
  if (fileName.split("/").indexOf("..") !== -1) {
    return "invalid relative path: " + fileName;
  }
  // all good
  return null;
}

function parseExtraFields(extraFieldBuffer) {
  var extraFields = [];
  var i = 0;
  while (i < extraFieldBuffer.length - 3) {
    var headerId = extraFieldBuffer.readUInt16LE(i + 0);
    var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
    var dataStart = i + 4;
    var dataEnd = dataStart + dataSize;
    if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
    var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
    extraFields.push({
      id: headerId,
      data: dataBuffer,
    });
    i = dataEnd;
  }
  return extraFields;
}

function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
  if (length === 0) {
    // fs.read will throw an out-of-bounds error if you try to read 0 bytes from a 0 byte file
    return setImmediate(function() { callback(null, newBuffer(0)); });
  }
  reader.read(buffer, offset, length, position, function(err, bytesRead) {
    if (err) return callback(err);
    if (bytesRead < length) {
      return callback(new Error("unexpected EOF"));
    }
    callback();
  });
}

util.inherits(AssertByteCountStream, Transform);
function AssertByteCountStream(byteCount) {
  Transform.call(this);
  this.actualByteCount = 0;
  this.expectedByteCount = byteCount;
}
AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
  this.actualByteCount += chunk.length;
  if (this.actualByteCount > this.expectedByteCount) {
    var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb(null, chunk);
};
AssertByteCountStream.prototype._flush = function(cb) {
  if (this.actualByteCount < this.expectedByteCount) {
    var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
    return cb(new Error(msg));
  }
  cb();
};

util.inherits(RandomAccessReader, EventEmitter);
function RandomAccessReader() {
  EventEmitter.call(this);
  this.refCount = 0;
}
RandomAccessReader.prototype.ref = function() {
  this.refCount += 1;
};
RandomAccessReader.prototype.unref = function() {
  var self = this;
  self.refCount -= 1;

  if (self.refCount > 0) return;
  if (self.refCount < 0) throw new Error("invalid unref");

  self.close(onCloseDone);

  function onCloseDone(err) {
    if (err) return self.emit('error', err);
    self.emit('close');
  }
};
RandomAccessReader.prototype.createReadStream = function(options) {
  if (options == null) options = {};
  var start = options.start;
  var end = options.end;
  if (start === end) {
    var emptyStream = new PassThrough();
    setImmediate(function() {
      emptyStream.end();
    });
    return emptyStream;
  }
  var stream = this._readStreamForRange(start, end);

  var destroyed = false;
  var refUnrefFilter = new RefUnrefFilter(this);
  stream.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) refUnrefFilter.emit("error", err);
    });
  });
  installDestroyFn(refUnrefFilter, function() {
    stream.unpipe(refUnrefFilter);
    refUnrefFilter.unref();
    stream.destroy();
  });

  var byteCounter = new AssertByteCountStream(end - start);
  refUnrefFilter.on("error", function(err) {
    setImmediate(function() {
      if (!destroyed) byteCounter.emit("error", err);
    });
  });
  installDestroyFn(byteCounter, function() {
    destroyed = true;
    refUnrefFilter.unpipe(byteCounter);
    refUnrefFilter.destroy();
  });

  return stream.pipe(refUnrefFilter).pipe(byteCounter);
};
RandomAccessReader.prototype._readStreamForRange = function(start, end) {
  throw new Error("not implemented");
};
RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
  var readStream = this.createReadStream({start: position, end: position + length});
  var writeStream = new Writable();
  var written = 0;
  writeStream._write = function(chunk, encoding, cb) {
    chunk.copy(buffer, offset + written, 0, chunk.length);
    written += chunk.length;
    cb();
  };
  writeStream.on("finish", callback);
  readStream.on("error", function(error) {
    callback(error);
  });
  readStream.pipe(writeStream);
};
RandomAccessReader.prototype.close = function(callback) {
  setImmediate(callback);
};

util.inherits(RefUnrefFilter, PassThrough);
function RefUnrefFilter(context) {
  PassThrough.call(this);
  this.context = context;
  this.context.ref();
  this.unreffedYet = false;
}
RefUnrefFilter.prototype._flush = function(cb) {
  this.unref();
  cb();
};
RefUnrefFilter.prototype.unref = function(cb) {
  if (this.unreffedYet) return;
  this.unreffedYet = true;
  this.context.unref();
};

var cp437 = '\u0000☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼ !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~⌂ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■ ';
function decodeBuffer(buffer, isUtf8) {
  if (isUtf8) {
    return buffer.toString("utf8");
  } else {
    var result = "";
    for (var i = 0; i < buffer.length; i++) {
      result += cp437[buffer[i]];
    }
    return result;
  }
}

function readUInt64LE(buffer, offset) {
  // There is no native function for this, because we can't actually store 64-bit integers precisely.
  // after 53 bits, JavaScript's Number type (IEEE 754 double) can't store individual integers anymore.
  // but since 53 bits is a whole lot more than 32 bits, we do our best anyway.
  // As of 2020, Node has added support for BigInt, which obviates this whole function,
  // but yauzl hasn't been updated to depend on BigInt (yet?).
  var lower32 = buffer.readUInt32LE(offset);
  var upper32 = buffer.readUInt32LE(offset + 4);
  // we can't use bitshifting here, because JavaScript bitshifting only works on 32-bit integers.
  return upper32 * 0x100000000 + lower32;
  // as long as we're bounds checking the result of this function against the total file size,
  // we'll catch any overflow errors, because we already made sure the total file size was within reason.
}

// Node 10 deprecated new Buffer().
var newBuffer;
if (typeof Buffer.allocUnsafe === "function") {
  newBuffer = function(len) {
    return Buffer.allocUnsafe(len);
  };
} else {
  newBuffer = function(len) {
    return new Buffer(len);
  };
}

// Node 8 introduced a proper destroy() implementation on writable streams.
function installDestroyFn(stream, fn) {
  if (typeof stream.destroy === "function") {
    // New API.
    stream._destroy = function(err, cb) {
      fn();
      if (cb != null) cb(err);
    };
  } else {
    // Old API.
    stream.destroy = fn;
  }
}

function defaultCallback(err) {
  if (err) throw err;
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6466:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 9100:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./.build/src/package/reader.js + 7 modules
var reader = __nccwpck_require__(841);
;// CONCATENATED MODULE: ./.build/src/package/inspect.js

/** Lists each role's files with size and SHA-256, and the service documents, in package order. */
async function inspectPackage(file) {
    const pkg = await (0,reader/* openPackage */.R$)(file);
    try {
        return { ...pkg.view, errors: pkg.problems.filter((p) => p.severity === 'error') };
    }
    finally {
        await pkg.close();
    }
}
function formatInspect(result) {
    const lines = [];
    lines.push(`${result.file}: ${result.format} format${result.productVersion ? `, SDK ${result.productVersion}` : ''}`);
    for (const role of result.roles) {
        const total = role.files.reduce((n, f) => n + f.size, 0);
        lines.push(`role ${role.name} (${role.files.length} files, ${total} bytes) in ${role.part}`);
        for (const f of role.files)
            lines.push(`  ${f.sha256}  ${String(f.size).padStart(10)}  ${f.path}`);
    }
    lines.push('service documents');
    for (const d of result.documents)
        lines.push(`  ${d.sha256}  ${String(d.size).padStart(10)}  ${d.path}`);
    for (const e of result.errors)
        lines.push(`error: ${e.part}: ${e.message}`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __nccwpck_require__(643);
// EXTERNAL MODULE: ./.build/src/cli/commands/verify.js
var verify = __nccwpck_require__(2160);
;// CONCATENATED MODULE: ./.build/src/cli/commands/inspect.js





const USAGE = 'usage: cloudservice inspect PACKAGE.cspkg [--format text|json]';
async function run(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: { format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
        });
    }
    catch (e) {
        throw new cli_io/* UserError */.y(`${e.message}; see --help`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.out(`${USAGE}\nLists each role's files with size and SHA-256, and the service documents.\n`);
        return cli_io/* EXIT */.d.ok;
    }
    if (positionals.length !== 1)
        throw new cli_io/* UserError */.y(`give exactly one package; see --help`);
    if (values.format !== 'text' && values.format !== 'json')
        throw new cli_io/* UserError */.y(`--format must be text or json, not "${values.format}"`);
    const file = (0,external_node_path_.resolve)(io.cwd, positionals[0]);
    await (0,verify.mustBeFile)(file);
    const result = await inspectPackage(file);
    io.out(values.format === 'json' ? JSON.stringify(result, null, 2) + '\n' : formatInspect(result));
    // A listing, not a verdict: it fails only when the file is not a package it can list.
    return result.format === 'unknown' ? cli_io/* EXIT */.d.findings : cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 3222:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var _package_kit_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3460);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(643);
/* harmony import */ var _verify_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2160);





const USAGE = 'usage: cloudservice kit extract PACKAGE.cspkg --out DIR';
async function run(args, io) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub === '--help' || sub === '-h') {
        io.out(`${USAGE}\nHarvests the SDK runtime kit (runtime files, plugins, SDK version) from a package CSPack built, for --sdk-kit.\n`);
        return sub === undefined ? _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.usage : _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    }
    if (sub !== 'extract')
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`unknown subcommand "${sub}"; see --help`);
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({ args: rest, allowPositionals: true, options: { out: { type: 'string' } } });
    }
    catch (e) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`extract: ${e.message}; see --help`);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1 || !values.out)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(`extract: give one package and --out DIR; see --help`);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, positionals[0]);
    await (0,_verify_js__WEBPACK_IMPORTED_MODULE_4__.mustBeFile)(file);
    try {
        const r = await (0,_package_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .extractKit */ .Uu)(file, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, values.out));
        io.out(`extracted SDK ${r.version} kit: ${r.runtimeFiles} runtime files${r.plugins.length ? `, plugins ${r.plugins.join(', ')}` : ''} → ${values.out}\n`);
        if (r.stub)
            io.err('NOT DEPLOYABLE: the package was built with --sdk-kit stub; this kit holds stand-in files, and packages built with it cannot be deployed\n');
        return _io_js__WEBPACK_IMPORTED_MODULE_3__/* .EXIT */ .d.ok;
    }
    catch (e) {
        if (e instanceof _package_kit_js__WEBPACK_IMPORTED_MODULE_2__/* .KitError */ .Fb)
            throw new _io_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .y(e.message);
        throw e;
    }
}


/***/ }),

/***/ 3364:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  LINT_USAGE: () => (/* binding */ LINT_USAGE),
  run: () => (/* binding */ lint_run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./.build/src/lint/baseline.js
var lint_baseline = __nccwpck_require__(5838);
// EXTERNAL MODULE: ./.build/src/lint/run.js + 113 modules
var run = __nccwpck_require__(3004);
;// CONCATENATED MODULE: ./.build/src/lint/threshold.js
function totals(findings) {
    const t = { error: 0, warning: 0, note: 0, suppressed: 0 };
    for (const f of findings) {
        if (f.suppression)
            t.suppressed++;
        else
            t[f.level]++;
    }
    return t;
}
/** True when the open findings reach the threshold: `fail-on` level or above, or too many warnings. */
function failsThreshold(t, failOn, maxWarnings) {
    if (maxWarnings !== undefined && maxWarnings >= 0 && t.warning > maxWarnings)
        return true;
    switch (failOn) {
        case 'none':
            return false;
        case 'error':
            return t.error > 0;
        case 'warning':
            return t.error + t.warning > 0;
        case 'note':
            return t.error + t.warning + t.note > 0;
    }
}
const FAIL_ON_VALUES = ['error', 'warning', 'note', 'none'];

;// CONCATENATED MODULE: ./.build/src/report/json.js
/** Machine-readable output: stable key order, one object per finding, totals. */
function formatJson(findings, extra) {
    const list = extra.includeSuppressed ? findings : findings.filter((f) => !f.suppression);
    return (JSON.stringify({
        totals: extra.totals,
        files: extra.files,
        findings: list.map((f) => ({
            ruleId: f.ruleId,
            level: f.level,
            message: f.message,
            file: f.file,
            line: f.startLine,
            column: f.startColumn,
            endLine: f.endLine,
            endColumn: f.endColumn,
            logicalPath: f.logicalPath,
            ...(f.suppression ? { suppression: f.suppression } : {}),
        })),
    }, null, 2) + '\n');
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: ./.build/src/lint/finding.js
var finding = __nccwpck_require__(3488);
// EXTERNAL MODULE: ./.build/src/lint/project-info.js
var project_info = __nccwpck_require__(205);
;// CONCATENATED MODULE: ./.build/src/report/fingerprints.js


/**
 * `partialFingerprints.primaryLocationLineHash`, computed the way github/codeql-action's
 * upload-sarif computes it. The REST upload endpoint fills in nothing, so a SARIF file sent there
 * without this value gets a new alert for every finding on every run; computing it identically
 * also means uploads through upload-sarif (which keeps an existing value) match direct uploads.
 *
 * The algorithm: a rolling hash (multiplier 37, 64-bit wrap-around) over a 100-character window
 * that starts at each line's first character. Spaces and tabs are skipped, CR, LF and CRLF all
 * count as one LF, the end of the file is marked with 65535 and padded with zeros. The hex value
 * gets a `:n` suffix that counts identical hashes earlier in the same file.
 */
const BLOCK_SIZE = 100;
const MULTIPLIER = 37n;
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EOF = 65535;
const MASK = (1n << 64n) - 1n;
/** 37^100 modulo 2^64: the weight of the character leaving the window. */
const FIRST_MOD = (() => {
    let m = 1n;
    for (let i = 0; i < BLOCK_SIZE; i++)
        m = (m * MULTIPLIER) & MASK;
    return m;
})();
/**
 * One hash per line of `text` (index 0 is line 1). `text` is the file decoded as UTF-8 and the
 * window counts UTF-16 code units, as codeql-action does.
 */
function lineHashes(text) {
    const window = new Array(BLOCK_SIZE).fill(0);
    // The line number that starts at each window slot, or -1.
    const lineAt = new Array(BLOCK_SIZE).fill(-1);
    const seen = new Map();
    const hashes = [];
    let hash = 0n;
    let index = 0;
    let line = 0;
    let lineStart = true;
    let prevCR = false;
    const emit = () => {
        const hex = hash.toString(16);
        const n = (seen.get(hex) ?? 0) + 1;
        seen.set(hex, n);
        hashes[lineAt[index] - 1] = `${hex}:${n}`;
        lineAt[index] = -1;
    };
    const update = (current) => {
        const leaving = window[index];
        window[index] = current;
        // Unsigned arithmetic modulo 2^64 gives the same bits as codeql-action's signed Long.
        hash = (MULTIPLIER * hash + BigInt(current) - FIRST_MOD * BigInt(leaving)) & MASK;
        index = (index + 1) % BLOCK_SIZE;
    };
    const take = (code) => {
        if (code === SPACE || code === TAB || (prevCR && code === LF)) {
            prevCR = false;
            return;
        }
        let current = code;
        if (current === CR) {
            current = LF;
            prevCR = true;
        }
        else {
            prevCR = false;
        }
        if (lineAt[index] !== -1)
            emit();
        if (lineStart) {
            lineStart = false;
            line++;
            lineAt[index] = line;
        }
        if (current === LF)
            lineStart = true;
        update(current);
    };
    for (let i = 0; i < text.length; i++)
        take(text.charCodeAt(i));
    take(EOF);
    for (let i = 0; i < BLOCK_SIZE; i++) {
        if (lineAt[index] !== -1)
            emit();
        update(0);
    }
    return hashes;
}
/**
 * Looks up line hashes for repository-relative files under `root`, reading and hashing each file
 * once. Files that cannot be read get no hash, as in codeql-action.
 */
class LineHashes {
    root;
    cache = new Map();
    constructor(root) {
        this.root = root;
    }
    get(file, line) {
        if (!this.cache.has(file)) {
            let hashes;
            try {
                hashes = lineHashes((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(this.root, file), 'utf8'));
            }
            catch {
                hashes = undefined;
            }
            this.cache.set(file, hashes);
        }
        return this.cache.get(file)?.[line - 1];
    }
}

;// CONCATENATED MODULE: ./.build/src/report/sarif.js






const GITHUB_LIMITS = { maxResults: 25_000, maxTags: 20, maxGzipBytes: 10 * 1024 * 1024 };
/** Code scanning accepts up to 25,000 results per run but shows only the 5,000 most severe. */
const GITHUB_DISPLAYED_RESULTS = 5_000;
const DEFAULT_CATEGORY = 'cloudservice-lint';
/** Key of our own line-independent fingerprint (the baseline's), beside GitHub's line hash. */
const FINGERPRINT_KEY = 'cloudservice-lint/v1';
const DESCRIPTION_MAX = 1024;
/**
 * A SARIF 2.1.0 log with exactly one run, shaped for GitHub code scanning. Deterministic: the
 * same findings, rules and options give the same bytes (no clock, no machine-dependent order).
 */
function buildSarif(options) {
    const limits = { ...GITHUB_LIMITS, ...options.limits };
    const notices = [];
    const category = normaliseCategory(options.category ?? DEFAULT_CATEGORY);
    const kept = [];
    let suppressed = 0;
    let baselined = 0;
    for (const f of options.findings) {
        if (f.suppression && !options.includeSuppressed) {
            if (f.suppression.kind === 'baseline')
                baselined++;
            else
                suppressed++;
        }
        else {
            kept.push(f);
        }
    }
    const byId = new Map();
    for (const r of options.rules)
        byId.set(r.rule.meta.id, r);
    for (const f of kept) {
        if (!byId.has(f.ruleId)) {
            const r = options.ruleFor?.(f.ruleId);
            if (r)
                byId.set(f.ruleId, r);
        }
    }
    const rules = [...byId.values()].sort((a, b) => cmp(a.rule.meta.id, b.rule.meta.id));
    const index = new Map(rules.map((r, i) => [r.rule.meta.id, i]));
    const defaults = new Map(rules.map((r) => [r.rule.meta.id, r.rule.meta.defaultLevel]));
    let cutTags = 0;
    const descriptors = rules.map((r) => {
        const d = describeRule(r, limits.maxTags);
        if (d.cutTags)
            cutTags++;
        return d.descriptor;
    });
    if (cutTags)
        notices.push(`${cutTags} rule${cutTags === 1 ? ' has' : 's have'} more than ${limits.maxTags} tags; only the first ${limits.maxTags} are in the SARIF file.`);
    // Most severe first, so that any cut keeps errors over warnings over notes.
    let ranked = [...kept].sort((a, b) => finding/* LEVEL_RANK */.YT[b.level] - finding/* LEVEL_RANK */.YT[a.level] || total(a, b));
    let overLimit = 0;
    if (ranked.length > limits.maxResults) {
        overLimit = ranked.length - limits.maxResults;
        ranked = ranked.slice(0, limits.maxResults);
        notices.push(`${overLimit} of ${kept.length} results were left out of the SARIF file: code scanning accepts at most ${limits.maxResults} per run (the least severe were dropped).`);
    }
    if (ranked.length > GITHUB_DISPLAYED_RESULTS) {
        notices.push(`The SARIF file has ${ranked.length} results; code scanning shows only the ${GITHUB_DISPLAYED_RESULTS} most severe.`);
    }
    const hashes = options.root ? new LineHashes(options.root) : undefined;
    const toResult = (f) => result(f, index, defaults, hashes, options.includeSuppressed === true);
    const makeLog = (findings, extraNotices) => {
        const sorted = [...findings].sort(total);
        const run = {
            tool: {
                driver: {
                    name: project_info/* TOOL */.j.name,
                    semanticVersion: project_info/* TOOL */.j.version,
                    version: project_info/* TOOL */.j.version,
                    informationUri: project_info/* TOOL */.j.informationUri,
                    rules: descriptors,
                },
            },
            automationDetails: { id: `${category}/` },
            ...(options.provenance
                ? {
                    versionControlProvenance: [
                        {
                            repositoryUri: options.provenance.repositoryUri,
                            ...(options.provenance.revisionId ? { revisionId: options.provenance.revisionId } : {}),
                            ...(options.provenance.branch ? { branch: options.provenance.branch } : {}),
                            mappedTo: { uriBaseId: '%SRCROOT%' },
                        },
                    ],
                }
                : {}),
            originalUriBaseIds: {
                '%SRCROOT%': {
                    ...(options.root ? { uri: directoryUri(options.root) } : {}),
                    description: { text: 'The repository root; result paths are relative to it.' },
                },
            },
            invocations: [
                {
                    executionSuccessful: true,
                    ...(options.root ? { workingDirectory: { uri: directoryUri(options.root) } } : {}),
                    ...(extraNotices.length ? { toolExecutionNotifications: extraNotices.map(notification) } : {}),
                },
            ],
            results: sorted.map(toResult),
            columnKind: 'utf16CodeUnits',
        };
        return { $schema: 'https://json.schemastore.org/sarif-2.1.0.json', version: '2.1.0', runs: [run] };
    };
    let log = makeLog(ranked, notices);
    let text = serializeSarif(log);
    if ((0,external_node_zlib_.gzipSync)(text).length > limits.maxGzipBytes) {
        // Keep the longest most-severe prefix that fits, notice included; results dominate the size.
        const noticeFor = (n) => `${ranked.length - n} of ${kept.length} results were left out of the SARIF file to keep it under code scanning's ${formatMiB(limits.maxGzipBytes)} gzipped limit (the least severe were dropped).`;
        const fits = (n) => (0,external_node_zlib_.gzipSync)(serializeSarif(makeLog(ranked.slice(0, n), [...notices, noticeFor(n)]))).length <= limits.maxGzipBytes;
        let lo = 0;
        let hi = ranked.length;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(mid))
                lo = mid;
            else
                hi = mid - 1;
        }
        overLimit += ranked.length - lo;
        notices.push(noticeFor(lo));
        ranked = ranked.slice(0, lo);
        log = makeLog(ranked, notices);
        text = serializeSarif(log);
    }
    return { log, text, results: ranked.length, omitted: { suppressed, baselined, overLimit }, notices };
}
function serializeSarif(log) {
    return JSON.stringify(log, null, 2) + '\n';
}
/** Everything before the last slash of `automationDetails.id` is the category; we own the slash. */
function normaliseCategory(category) {
    const c = category.trim().replace(/\/+$/, '');
    return c === '' ? DEFAULT_CATEGORY : c;
}
function describeRule(registered, maxTags) {
    const m = registered.rule.meta;
    const docs = m.docsUrl;
    let tags = [...new Set(m.tags)];
    const cutTags = tags.length > maxTags;
    if (cutTags) {
        // `security` decides whether GitHub reads security-severity, so it must survive the cut.
        const head = tags.slice(0, maxTags);
        tags = tags.includes('security') && !head.includes('security') ? [...head.slice(0, maxTags - 1), 'security'] : head;
    }
    const severity = m.securitySeverity;
    const security = tags.includes('security') && typeof severity === 'number' && Number.isFinite(severity) && severity > 0 && severity <= 10;
    const name = ruleName(m.id);
    const markdown = docs && !m.help.includes(docs) ? `${m.help.trimEnd()}\n\n[${m.id} documentation](${docs})` : m.help;
    const descriptor = {
        id: m.id,
        ...(name ? { name } : {}),
        shortDescription: { text: plain(m.shortDescription) },
        fullDescription: { text: plain(m.fullDescription) },
        help: { text: docs ? `${m.fullDescription.trim()}\n\nDocumentation: ${docs}` : m.fullDescription.trim(), markdown },
        ...(docs ? { helpUri: docs } : {}),
        defaultConfiguration: { level: m.defaultLevel },
        properties: {
            tags,
            precision: m.precision,
            'problem.severity': m.defaultLevel === 'note' ? 'recommendation' : m.defaultLevel,
            ...(security ? { 'security-severity': severity.toFixed(1) } : {}),
        },
    };
    return { descriptor, cutTags };
}
/**
 * `XREF-setting-missing` → `setting-missing`: the kebab-case part after the family prefix. SARIF
 * requires a name that differs from the id (SARIF1001); without such a part there is no name.
 */
function ruleName(id) {
    const dash = id.search(/-[a-z0-9]/);
    return dash >= 0 ? id.slice(dash + 1) : undefined;
}
function plain(text) {
    const t = text.replace(/\s+/g, ' ').trim();
    return t.length <= DESCRIPTION_MAX ? t : `${t.slice(0, DESCRIPTION_MAX - 1)}…`;
}
function result(f, index, defaults, hashes, withSuppressions) {
    const startLine = Math.max(1, f.startLine);
    const startColumn = Math.max(1, f.startColumn);
    let endLine = Math.max(startLine, f.endLine);
    let endColumn = Math.max(1, f.endColumn);
    // An empty span would give GitHub nothing to highlight; point at one character instead.
    if (endLine === startLine && endColumn <= startColumn) {
        endLine = startLine;
        endColumn = startColumn + 1;
    }
    const lineHash = hashes?.get(f.file, startLine);
    const ruleIndex = index.get(f.ruleId);
    return {
        ruleId: f.ruleId,
        ...(ruleIndex !== undefined ? { ruleIndex } : {}),
        ...(defaults.get(f.ruleId) === f.level ? {} : { level: f.level }),
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: relativeUri(f.file), uriBaseId: '%SRCROOT%' },
                    region: { startLine, startColumn, endLine, endColumn },
                },
                ...(f.logicalPath ? { logicalLocations: [{ fullyQualifiedName: f.logicalPath, kind: 'element' }] } : {}),
            },
        ],
        partialFingerprints: {
            ...(lineHash ? { primaryLocationLineHash: lineHash } : {}),
            [FINGERPRINT_KEY]: (0,lint_baseline/* fingerprintOf */.ax)(f),
        },
        ...(withSuppressions ? { suppressions: f.suppression ? [suppression(f)] : [] } : {}),
    };
}
function suppression(f) {
    const s = f.suppression;
    return {
        kind: s.kind === 'inline' ? 'inSource' : 'external',
        status: 'accepted',
        ...(s.justification ? { justification: s.justification } : {}),
        ...(s.expires ? { properties: { expires: s.expires } } : {}),
    };
}
/** A repository-relative POSIX path as a relative URI reference: no `./`, no leading `/`. */
function relativeUri(file) {
    const posix = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
    return posix
        .split('/')
        .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function directoryUri(root) {
    const href = (0,external_node_url_.pathToFileURL)(root).href;
    return href.endsWith('/') ? href : `${href}/`;
}
function notification(text) {
    return { level: 'warning', message: { text } };
}
function formatMiB(bytes) {
    return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MB` : `${bytes} bytes`;
}
/** A total order on findings, so the output never depends on the order they came in. */
function total(a, b) {
    return ((0,finding/* compareFindings */.Eg)(a, b) ||
        a.endLine - b.endLine ||
        a.endColumn - b.endColumn ||
        finding/* LEVEL_RANK */.YT[b.level] - finding/* LEVEL_RANK */.YT[a.level] ||
        cmp(a.logicalPath, b.logicalPath) ||
        cmp(a.key, b.key) ||
        cmp(a.suppression?.kind ?? '', b.suppression?.kind ?? '') ||
        cmp(a.suppression?.justification ?? '', b.suppression?.justification ?? ''));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./.build/src/report/stylish.js
const paint = (on, code, s) => (on ? `\u001b[${code}m${s}\u001b[0m` : s);
/** ESLint-style console output: findings grouped by file, then a one-line total. */
function formatStylish(findings, o) {
    const open = findings.filter((f) => !f.suppression);
    const lines = [];
    let file;
    const widthPos = Math.max(0, ...open.map((f) => `${f.startLine}:${f.startColumn}`.length));
    const widthLevel = 7;
    for (const f of open) {
        if (f.file !== file) {
            if (file !== undefined)
                lines.push('');
            file = f.file;
            lines.push(paint(o.color, '4', f.file));
        }
        const pos = `${f.startLine}:${f.startColumn}`.padEnd(widthPos);
        const levelColor = f.level === 'error' ? '31' : f.level === 'warning' ? '33' : '36';
        const level = paint(o.color, levelColor, f.level.padEnd(widthLevel));
        lines.push(`  ${paint(o.color, '2', pos)}  ${level}  ${f.message}  ${paint(o.color, '2', f.ruleId)}`);
    }
    const t = o.totals;
    const problems = t.error + t.warning + t.note;
    if (lines.length)
        lines.push('');
    const summary = problems === 0
        ? `✔ no problems in ${o.fileCount} file${o.fileCount === 1 ? '' : 's'}`
        : `✖ ${problems} problem${problems === 1 ? '' : 's'} (${t.error} error${t.error === 1 ? '' : 's'}, ${t.warning} warning${t.warning === 1 ? '' : 's'}, ${t.note} note${t.note === 1 ? '' : 's'}) in ${o.fileCount} file${o.fileCount === 1 ? '' : 's'}`;
    lines.push(paint(o.color, problems === 0 ? '32' : t.error ? '31;1' : '33;1', summary));
    if (t.suppressed)
        lines.push(`  ${t.suppressed} suppressed (inline comments or baseline)`);
    if (o.staleBaseline)
        lines.push(`  ${o.staleBaseline} baseline entr${o.staleBaseline === 1 ? 'y no longer matches' : 'ies no longer match'}; prune with --update-baseline`);
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./.build/src/cli/commands/lint.js










const LINT_USAGE = `Usage: cloudservice lint [paths...] [options]

Finds every Cloud Services project (.csdef, .cscfg, .ccproj) under the paths (default: .) and
checks it against the rule set.

Options:
  --format stylish|json|sarif   output format (default: stylish)
  --output FILE                 write the report to FILE instead of standard output
  --config FILE                 configuration file (default: .cloudservice.yml/.yaml/.json, searched upwards)
  --fail-on error|warning|note|none
                                lowest level that makes the exit code 1 (default: error)
  --max-warnings N              also exit 1 when there are more than N warnings
  --baseline FILE               accept the findings listed in FILE (default: the configuration's baseline)
  --update-baseline             write the current findings to the baseline file and exit 0
  --include-suppressed          keep suppressed findings in json and sarif output
  --category NAME               SARIF analysis category (automationDetails.id; default: cloudservice-lint)
  --print-config                print the effective configuration and exit
  --color / --no-color          force colours on or off (default: on for a terminal)

Exit codes: 0 below the threshold, 1 findings at or over it, 2 usage or configuration error.`;
async function lint_run(args, io) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        options: {
            format: { type: 'string', default: 'stylish' },
            output: { type: 'string' },
            config: { type: 'string' },
            'fail-on': { type: 'string', default: 'error' },
            'max-warnings': { type: 'string' },
            baseline: { type: 'string' },
            'update-baseline': { type: 'boolean', default: false },
            'include-suppressed': { type: 'boolean', default: false },
            category: { type: 'string', default: DEFAULT_CATEGORY },
            'print-config': { type: 'boolean', default: false },
            color: { type: 'boolean' },
            'no-color': { type: 'boolean' },
            help: { type: 'boolean', short: 'h' },
        },
        allowPositionals: true,
    });
    if (values.help) {
        io.out(LINT_USAGE + '\n');
        return cli_io/* EXIT */.d.ok;
    }
    const format = values.format;
    if (!['stylish', 'json', 'sarif'].includes(format))
        throw new cli_io/* UserError */.y(`--format must be stylish, json or sarif, not "${format}"`);
    const failOn = values['fail-on'];
    if (!FAIL_ON_VALUES.includes(failOn))
        throw new cli_io/* UserError */.y(`--fail-on must be error, warning, note or none, not "${values['fail-on']}"`);
    let maxWarnings;
    if (values['max-warnings'] !== undefined) {
        if (!/^\d+$/.test(values['max-warnings']))
            throw new cli_io/* UserError */.y(`--max-warnings must be a whole number, not "${values['max-warnings']}"`);
        maxWarnings = Number(values['max-warnings']);
    }
    const root = io.cwd;
    if (values['print-config']) {
        const config = await (0,run/* prepareConfig */.Ei)(root, values.config);
        io.out(JSON.stringify(config.toJSON(), null, 2) + '\n');
        return cli_io/* EXIT */.d.ok;
    }
    const update = values['update-baseline'];
    const result = await (0,run/* runLint */.nU)({
        root,
        paths: positionals,
        ...(values.config ? { configFile: values.config } : {}),
        ...(values.baseline ? { baselineFile: values.baseline } : {}),
        ignoreBaseline: update,
    });
    if (update) {
        const path = (0,run/* baselinePathFor */.gr)(result.config, root, values.baseline) ?? (0,external_node_path_.resolve)(root, '.cloudservice-baseline.json');
        const open = result.findings.filter((f) => !f.suppression);
        const baseline = (0,lint_baseline/* buildBaseline */.ET)(open);
        (0,lint_baseline/* writeBaseline */.B9)(path, baseline);
        io.err(`wrote ${baseline.entries.length} baseline entr${baseline.entries.length === 1 ? 'y' : 'ies'} (${open.length} finding${open.length === 1 ? '' : 's'}) to ${path}\n`);
        return cli_io/* EXIT */.d.ok;
    }
    const t = totals(result.findings);
    let text;
    if (format === 'json') {
        text = formatJson(result.findings, { totals: t, files: result.files, includeSuppressed: values['include-suppressed'] });
    }
    else if (format === 'sarif') {
        const rules = result.config.registry.all().filter(({ rule }) => result.config.mayRun(rule.meta.id));
        const sarif = buildSarif({
            findings: result.findings,
            rules,
            ruleFor: (id) => result.config.registry.get(id),
            category: values.category,
            includeSuppressed: values['include-suppressed'],
            root,
        });
        for (const notice of sarif.notices)
            io.err(`${notice}\n`);
        text = sarif.text;
    }
    else {
        const color = values['no-color'] ? false : (values.color ?? (io.isTTY && !values.output && !io.env.NO_COLOR));
        text = formatStylish(result.findings, { color, fileCount: result.files.length, totals: t, staleBaseline: result.staleBaseline.length });
    }
    if (values.output) {
        const out = (0,external_node_path_.resolve)(root, values.output);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(out), { recursive: true });
        (0,external_node_fs_.writeFileSync)(out, text);
    }
    else {
        io.out(text);
    }
    return failsThreshold(t, failOn, maxWarnings) ? cli_io/* EXIT */.d.findings : cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 8760:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./.build/src/package/kit.js + 1 modules
var package_kit = __nccwpck_require__(3460);
// EXTERNAL MODULE: ./.build/src/package/interrupt.js
var interrupt = __nccwpck_require__(7291);
// EXTERNAL MODULE: ./.build/src/package/off-heap-garbage.js + 2 modules
var off_heap_garbage = __nccwpck_require__(4909);
// EXTERNAL MODULE: ./.build/src/xml/index.js + 7 modules
var xml = __nccwpck_require__(3855);
// EXTERNAL MODULE: ./.build/src/model/knowledge/retired.js
var retired = __nccwpck_require__(8343);
// EXTERNAL MODULE: ./.build/src/package/format.js
var format = __nccwpck_require__(8801);
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
    if (root.local !== 'RoleModule' || (root.uri !== format/* CSDEF_NS */.kD && root.uri !== '')) {
        throw new PackageInputError(`${where}: the root element is <${root.name}>, not <RoleModule> in ${format/* CSDEF_NS */.kD}`);
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

// EXTERNAL MODULE: ./.build/src/package/paths.js
var paths = __nccwpck_require__(8488);
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
    if (doc.root.local !== 'ServiceDefinition' || doc.root.uri !== format/* CSDEF_NS */.kD) {
        throw new PackageInputError(`${file}: the root element is <${doc.root.name}>, not <ServiceDefinition> in ${format/* CSDEF_NS */.kD}`);
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
    keyed.sort((a, b) => (0,paths/* compareWindowsPaths */.d)(a.path, b.path));
    for (const [i, k] of keyed.entries())
        entries[i] = k.entry;
    return entries;
}

// EXTERNAL MODULE: ./.build/src/package/verify.js
var verify = __nccwpck_require__(6903);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./.build/src/package/csman.js
var csman = __nccwpck_require__(6986);
// EXTERNAL MODULE: ./.build/src/package/xml-out.js
var xml_out = __nccwpck_require__(604);
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
        ['RequiredFeatures', (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('RequiredFeatures', [['version', '1.0']], [(0,xml_out.el)('Feature', [['name', frameworkFeature(role.targetFramework)], ['version', '0']])]), xml_out/* ONE_LINE */.St)],
        ['SupportedOSes', (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('SupportedOsFamilies', [['version', '1.0']], supportedOsFamilies(sdkVersion).map((f) => (0,xml_out.el)('OsFamily', [['name', f], ['version', '0']]))), xml_out/* ONE_LINE */.St)],
        [
            'SupportData',
            (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('SupportData', [['version', '1.0']], [
                (0,xml_out.el)('SDKVersion', [], [], sdkVersion),
                (0,xml_out.el)('TargetFrameworkVersion', [], [], role.targetFramework),
                (0,xml_out.el)('HasElevatedEntrypoint', [], [], bool(elevatedEntry)),
                (0,xml_out.el)('HasElevatedStartupTaskInCsdef', [], [], bool(elevatedTask)),
                (0,xml_out.el)('Imports', [], role.imports.map((m) => (0,xml_out.el)('Import', [['moduleName', m]]))),
            ]), xml_out/* ONE_LINE */.St),
        ],
    ];
}

;// CONCATENATED MODULE: ./.build/src/package/generated/copy.js

/** An element of the input csdef, as CSPack copies it: same names and attribute order, namespace declarations left to the new root. */
function copyElement(e) {
    const attrs = e.attributes.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:')).map((a) => [a.name, a.value]);
    const text = e.elements.length === 0 && e.text.trim() !== '' ? e.text : undefined;
    return (0,xml_out.el)(e.name, attrs, e.elements.map(copyElement), text);
}
/** Namespace declarations CSPack puts on every root it writes, before the element's own attributes. */
const XSD_XSI = [
    ['xmlns:xsd', 'http://www.w3.org/2001/XMLSchema'],
    ['xmlns:xsi', 'http://www.w3.org/2001/XMLSchema-instance'],
];

;// CONCATENATED MODULE: ./.build/src/package/generated/role-model.js





const IIS_CONFIGURATOR = (0,xml_out.el)('Task', [['commandLine', 'IISConfigurator.exe'], ['executionContext', 'elevated'], ['relativePath', 'base\\x64']], [
    (0,xml_out.el)('Environment', [], [
        (0,xml_out.el)('Variable', [['name', '_IISCONFIGURATOR_SETUP_URL_REWRITE_'], ['value', 'true']]),
        (0,xml_out.el)('Variable', [['name', '_IISCONFIGURATOR_CLEAN_SERVER_ONSTARTUP_'], ['value', 'true']]),
        (0,xml_out.el)('Variable', [['name', 'RdModuleName'], ['value', 'IISConfigurator']]),
    ]),
]);
/** A module's task as CSPack merges it: run from the module's folder, told the module and role type. */
function pluginTask(role, module, t) {
    const attrs = t.attributes.filter((a) => !a.name.startsWith('xmlns') && a.name !== 'relativePath').map((a) => [a.name, a.value]);
    const own = t.child('Environment')?.elements.map(copyElement) ?? [];
    return (0,xml_out.el)('Task', [...attrs, ['relativePath', `plugins\\${module.name}`]], [
        (0,xml_out.el)('Environment', [], [
            ...own,
            (0,xml_out.el)('Variable', [['name', 'RdModuleName'], ['value', module.name]]),
            (0,xml_out.el)('Variable', [['name', 'WaRoleType'], ['value', role.kind === 'web' ? 'IISWebRole' : 'WorkerRole']]),
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
        return (0,xml_out.el)('Task', [...attrs, ['relativePath', taskFolder(role)]], [env ? copyElement(env) : (0,xml_out.el)('Environment')]);
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
        return moduleVars.length > 0 ? (0,xml_out.el)('Runtime', [], [(0,xml_out.el)('Environment', [], moduleVars)]) : (0,xml_out.el)('Runtime');
    const attrs = [['protocolVersion', '2011-03-08'], ...runtime.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value])];
    const children = runtime.elements.map(copyElement);
    if (moduleVars.length > 0) {
        const i = children.findIndex((c) => c.name === 'Environment');
        if (i >= 0)
            children[i] = { ...children[i], children: [...children[i].children, ...moduleVars] };
        else
            children.unshift((0,xml_out.el)('Environment', [], moduleVars));
    }
    return (0,xml_out.el)('Runtime', attrs, children);
}
/** `\RoleModel.xml`: the role's startup tasks, runtime, module settings, properties and sites, moved out of the csdef. */
function roleModelXml(role, kit) {
    const tasks = startupTasks(role);
    // Only the modules' settings, by local name and namespace: the role's own stay in the csdef.
    const moduleSettings = role.plugins.flatMap((m) => m.settings.map((name) => (0,xml_out.el)('Setting', [['name', name], ['nameSpace', m.namespace]])));
    const properties = [
        ['TargetFrameworkVersion', role.targetFramework],
        ['TargetRuntimeVersion', targetRuntimeVersion(role.targetFramework)],
        ...role.properties.filter(([k]) => k !== 'TargetRuntimeVersion'),
    ];
    const sites = role.kind === 'web'
        ? (0,xml_out.el)('Sites', [], role.sites.map((s) => (0,xml_out.el)('Site', [
            ...s.element.attributes.filter((a) => a.name !== 'physicalDirectory' && !a.name.startsWith('xmlns')).map((a) => [a.name, a.value]),
            ['physicalDirectory', s.physicalDirectory],
        ], s.element.elements.map(copyElement))))
        : undefined;
    return (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('RoleModel', [...XSD_XSI, ['name', role.name], ['version', kit.version], ['xmlns', format/* CSDEF_NS */.kD]], [
        tasks.length > 0 && (0,xml_out.el)('Startup', [], tasks),
        runtimeNode(role),
        moduleSettings.length > 0 && (0,xml_out.el)('ConfigurationSettings', [], moduleSettings),
        (0,xml_out.el)('Properties', [], properties.map(([k, v]) => (0,xml_out.el)('Property', [['name', k], ['value', v]]))),
        sites,
    ]), xml_out/* INDENTED */._$);
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
    const permissions = certificates(role).map((c, i) => (0,xml_out.el)('StoredCert', [['name', `Stored${i}${c.name}`], ['permissionLevel', c.permissionLevel ?? 'limitedOrElevated']]));
    const paths = PATH_CANDIDATES.filter((d) => kitPaths.some((p) => p.toLowerCase().startsWith(`${d.toLowerCase()}/`)));
    return (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('RuntimeSetup', [], [
        ...gac.map((p) => (0,xml_out.el)('Operation', [['type', 'Gac'], ['path', win(p)]])),
        ...paths.map((p) => (0,xml_out.el)('Operation', [['type', 'Path'], ['path', win(p)]])),
        role.kind === 'web' &&
            (0,xml_out.el)('AdditionalRoleIdentities', [], [(0,xml_out.el)('Identity', [['username', 'NetworkService'], ['domain', 'NT AUTHORITY']])]),
        permissions.length > 0 && (0,xml_out.el)('PermissionLevels', [], permissions),
    ]), xml_out/* INDENTED */._$);
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
    return (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('ServiceDefinition', [...XSD_XSI, ...rootAttrs, ['xmlns', format/* CSDEF_NS */.kD]], plan.roles.map((role) => {
        const e = role.element;
        const stores = declared(role, 'LocalResources', 'LocalStorage', (m) => m.localStorage).filter((s) => s.name !== 'DiagnosticStore');
        return (0,xml_out.el)(e.local, [['name', role.name], ['vmsize', e.attrValue('vmsize')]], [
            (0,xml_out.el)('LocalResources', [], [
                ...stores.map((s) => renamed(s)),
                (0,xml_out.el)('LocalStorage', [['name', 'DiagnosticStore'], ['sizeInMB', '4096'], ['cleanOnRoleRecycle', 'false']]),
            ]),
            // Sorted: CSPack lists the role's settings and its modules' in one ordinal order.
            (0,xml_out.el)('ConfigurationSettings', [], [...settingNames(role)].sort(ordinal).map((name) => (0,xml_out.el)('Setting', [['name', name]]))),
            (0,xml_out.el)('Endpoints', [], endpoints(role)),
            // A module certificate's permissionLevel goes to RuntimeSetup.Manifest only: CSPack's packaged
            // csdef lists RemoteAccess's PasswordEncryption (elevated) without it.
            (0,xml_out.el)('Certificates', [], declared(role, 'Certificates', 'Certificate', (m) => m.certificates).map((c) => {
                const node = renamed(c);
                return c.module ? { ...node, attrs: node.attrs.filter(([k]) => k !== 'permissionLevel') } : node;
            })),
        ]);
    })), xml_out/* INDENTED */._$);
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
        ...r.certs.map((c) => ({ name: `MapCertificate|${r.plan.name}:${c.name}`, target: (0,xml_out.el)('certificate', [], [(0,xml_out.el)('certificateMoniker', [['name', moniker(`${r.plan.name}/${c.name}`)]])]) })),
        ...r.settings.map((st) => ({ name: `Map${r.plan.name}:${st}`, target: (0,xml_out.el)('setting', [], [(0,xml_out.el)('aCSMoniker', [['name', moniker(`${r.plan.name}/${st}`)]])]) })),
        { name: `Map${r.plan.name}Instances`, target: (0,xml_out.el)('setting', [], [(0,xml_out.el)('sCSPolicyIDMoniker', [['name', moniker(`${r.plan.name}Instances`)]])]) },
    ]), (x) => x.name);
    const outPorts = switchPorts.map((p) => (0,xml_out.el)('outPort', [['name', p.key], ['protocol', p.protocol]], [(0,xml_out.el)('outToChannel', [], [(0,xml_out.el)('sFSwitchChannelMoniker', [['name', moniker(`SW:${p.key}`)]])])]));
    const group = (0,xml_out.el)('group', [['name', g], ...GFR], [
        (0,xml_out.el)('componentports', [], publicPorts.map((p) => (0,xml_out.el)('inPort', [['name', p.key], ['protocol', p.protocol]], [(0,xml_out.el)('inToChannel', [], [(0,xml_out.el)('lBChannelMoniker', [['name', moniker(`LB:${p.key}`)]])])]))),
        (0,xml_out.el)('settings', [], groupSettings.map((x) => (0,xml_out.el)('aCS', [['name', x.name], ['defaultValue', x.defaultValue]], [(0,xml_out.el)('maps', [], [(0,xml_out.el)('mapMoniker', [['name', moniker(`Map${x.name}`)]])])]))),
        (0,xml_out.el)('channels', [], [
            ...publicPorts.map((p) => (0,xml_out.el)('lBChannel', [['name', `LB:${p.key}`]], [(0,xml_out.el)('toPorts', [], [(0,xml_out.el)('inPortMoniker', [['name', moniker(`${p.role}/${p.name}`)]])])])),
            ...switchPorts.map((p) => (0,xml_out.el)('sFSwitchChannel', [['name', `SW:${p.key}`]], [(0,xml_out.el)('toPorts', [], [(0,xml_out.el)('inPortMoniker', [['name', moniker(`${p.role}/${p.name}`)]])])])),
        ]),
        (0,xml_out.el)('maps', [], maps.map((m) => (0,xml_out.el)('map', [['name', m.name], ['kind', 'Identity']], [m.target]))),
        (0,xml_out.el)('components', [], roles.map((r) => {
            const web = r.plan.kind === 'web';
            // Input endpoints, then internal ones, each in name order: CSPack wrote a role's
            // RemoteForwarder.RdpInput before RemoteAccess.Rdp. A local port of `*` (Azure chooses) has no range.
            const ports = [
                ...byName(r.inputs.map((e) => ({ ...e, range: e.localPort === '*' ? '' : e.localPort })), (e) => e.name),
                ...byName(r.internals.map((e) => ({ ...e, range: e.port })), (e) => e.name),
            ];
            const roleNode = (0,xml_out.el)('role', [
                ['name', r.plan.name],
                ...GFR,
                ['software', ids.software(r.plan.name)],
                ['entryPoint', 'base\\x64\\WaHostBootstrapper.exe'],
                ['parameters', web ? 'base\\x64\\WaIISHost.exe ' : 'base\\x64\\WaWorkerHost.exe '],
                ['memIndex', memIndex(plan.kit.version, r.plan.element.attrValue('vmsize'))],
                ['hostingEnvironment', web ? 'frontendadmin' : 'consoleroleadmin'],
                ['hostingEnvironmentVersion', '2'],
            ], [
                (0,xml_out.el)('componentports', [], [
                    ...ports.map((e) => (0,xml_out.el)('inPort', [['name', e.name], ['protocol', e.protocol], ['portRanges', e.range || undefined]])),
                    ...outPorts,
                ]),
                (0,xml_out.el)('settings', [], [
                    ...byName(r.settings, (x) => x).map((st) => (0,xml_out.el)('aCS', [['name', st], ['defaultValue', '']])),
                    (0,xml_out.el)('aCS', [['name', '__ModelData'], ['defaultValue', modelData(r.plan.name)]]),
                ]),
                (0,xml_out.el)('resourcereferences', [], [
                    (0,xml_out.el)('resourceReference', [['name', 'DiagnosticStore'], ['defaultAmount', '[4096,4096,4096]'], ['defaultSticky', 'true'], ['kind', 'Directory']]),
                    ...r.stores.filter((st) => st.name !== 'DiagnosticStore').map((st) => (0,xml_out.el)('resourceReference', [['name', st.name], ['defaultAmount', `[${st.sizeInMB},${st.sizeInMB},${st.sizeInMB}]`], ['defaultSticky', st.cleanOnRoleRecycle === 'false' ? 'true' : 'false'], ['kind', 'Directory']])),
                    (0,xml_out.el)('resourceReference', [['name', 'EventStore'], ['defaultAmount', '[1000,1000,1000]'], ['defaultSticky', 'false'], ['kind', 'LogStore']]),
                ]),
                r.certs.length > 0 &&
                    (0,xml_out.el)('storedcertificates', [], r.certs.map((c, i) => (0,xml_out.el)('storedCertificate', [['name', `Stored${i}${c.name}`], ['certificateStore', c.storeName], ['certificateLocation', c.storeLocation === 'CurrentUser' ? 'User' : 'System']], [
                        (0,xml_out.el)('certificate', [], [(0,xml_out.el)('certificateMoniker', [['name', moniker(`${r.plan.name}/${c.name}`)]])]),
                    ]))),
                r.certs.length > 0 && (0,xml_out.el)('certificates', [], r.certs.map((c) => (0,xml_out.el)('certificate', [['name', c.name]]))),
            ]);
            return (0,xml_out.el)('groupHascomponents', [], [
                roleNode,
                (0,xml_out.el)('sCSPolicy', [], [
                    (0,xml_out.el)('sCSPolicyIDMoniker', [['name', moniker(`${r.plan.name}Instances`)]]),
                    (0,xml_out.el)('sCSPolicyUpdateDomainMoniker', [['name', moniker(`${r.plan.name}UpgradeDomains`)]]),
                    (0,xml_out.el)('sCSPolicyFaultDomainMoniker', [['name', moniker(`${r.plan.name}FaultDomains`)]]),
                ]),
            ]);
        })),
        (0,xml_out.el)('sCSPolicy', [], [
            ...roles.map((r) => (0,xml_out.el)('sCSPolicyUpdateDomain', [['name', `${r.plan.name}UpgradeDomains`], ['defaultPolicy', '[5,5,5]']])),
            ...roles.map((r) => (0,xml_out.el)('sCSPolicyFaultDomain', [['name', `${r.plan.name}FaultDomains`], ['defaultPolicy', '[2,2,2]']])),
            ...roles.map((r) => (0,xml_out.el)('sCSPolicyID', [['name', `${r.plan.name}Instances`], ['defaultPolicy', '[1,1,1]']])),
        ]),
    ]);
    const implementsNode = (0,xml_out.el)('implements', [], [
        (0,xml_out.el)('implementation', [['Id', ids.implementation], ['ref', `Microsoft.RedDog.Contract\\ServiceContract\\${s}Contract@ServiceDefinition`]], [
            (0,xml_out.el)('interfacereferences', [], publicPorts.map((p) => (0,xml_out.el)('interfaceReference', [['Id', ids.interfaceReference(p.key)], ['ref', `Microsoft.RedDog.Contract\\Interface\\${p.key}@ServiceDefinition`]], [
                (0,xml_out.el)('inPort', [], [(0,xml_out.el)('inPortMoniker', [['name', moniker(p.key)]])]),
            ]))),
        ]),
    ]);
    return (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('serviceModel', [...XSD_XSI, ['name', s], ...GFR, ['Id', ids.model], ['dslVersion', '1.2.0.0'], ['xmlns', RDSM_NS]], [(0,xml_out.el)('groups', [], [group]), implementsNode]), 
    // CSPack writes the .rd without byte-order mark and with an encoding-less declaration.
    { bom: false, declaration: '<?xml version="1.0"?>', indented: true });
}
/** `ServiceDefinition.rdsc`, the service contract: one interface per public endpoint. */
function serviceContractXml(plan) {
    const ports = byName(plan.roles.flatMap((r) => inputEndpoints(r).map((e) => ({ key: `${r.name}:${e.name}`, ...e }))), (p) => p.key);
    return (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('serviceContract', [...XSD_XSI, ['dslVersion', '1.0.0.0'], ['name', `${plan.name}Contract`], ['xmlns', CONTRACTS_NS]], [
        (0,xml_out.el)('elements', [], ports.map((p) => (0,xml_out.el)('interface', [['name', p.key], ['url', `${p.protocol}://*:${p.port}`]]))),
    ]), xml_out/* INDENTED */._$);
}

// EXTERNAL MODULE: ./.build/src/package/opc.js
var opc = __nccwpck_require__(7852);
// EXTERNAL MODULE: ./.build/src/package/deflate-pool.js
var deflate_pool = __nccwpck_require__(4890);
// EXTERNAL MODULE: ./.build/src/package/parallel-zip.js
var parallel_zip = __nccwpck_require__(8351);
// EXTERNAL MODULE: ./.build/src/package/zip-write.js
var zip_write = __nccwpck_require__(5941);
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
            yield* (0,parallel_zip/* fileBlocks */["do"])(e.source.path);
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
    const sink = await zip_write/* FileSink */.UP.create(dest);
    const z = new parallel_zip/* ParallelZip */.Hh(sink, pool, zipOptions(options));
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
            this.overrides.push([(0,opc/* partUri */.oc)(name), 'text/ucmanifest']);
            return;
        }
        const base = name.slice(name.lastIndexOf('/') + 1);
        const dot = base.lastIndexOf('.');
        if (dot < 0 || dot === base.length - 1) {
            this.overrides.push([(0,opc/* partUri */.oc)(name), 'user/user']);
            return;
        }
        const ext = base.slice(dot + 1);
        if (this.seen.has(ext.toLowerCase()))
            return;
        this.seen.add(ext.toLowerCase());
        this.defaults.push([ext, ext.toLowerCase() === 'rels' ? opc/* RELS_CONTENT_TYPE */.UF : 'user/user']);
    }
    xml() {
        return (0,opc/* contentTypesXml */.Yb)(this.defaults, this.overrides);
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
    (0,off_heap_garbage/* collectPhase */.iU)();
    const manifestName = `${derivedGuid(plan.name, role.name, 'role manifest')}.csman`;
    const rels = (0,opc/* relationshipsXml */.xI)([
        { id: relationshipId(plan.name, role.name, 'uar'), type: format/* UAR_MANIFEST_REL */.Tr, target: '/Cloud.uar.csman', external: false },
        { id: 'MANIFEST', type: format/* REQUIRED_RESOURCE */.bP, target: `/${manifestName}`, external: false },
    ]);
    const stamp = (0,csman/* fileTime */.IQ)(options.time);
    let bytes = 0;
    const written = await writeZipFile(dest, pool, options, async (z) => {
        // Both are written as entries go: a role of tens of thousands of files keeps no object per file.
        const manifest = new csman/* ManifestWriter */.fU(`${dest}.csman`);
        const types = new RoleContentTypes(manifestName);
        for (const [i, e] of entries.entries()) {
            const m = await z.addStream(e.path, sourceChunks(e));
            bytes += m.size;
            types.add(e.path);
            manifest.add({ name: (0,paths/* toRolePath */.t)(e.path), uri: (0,opc/* partUri */.oc)(e.path), hash: m.sha256.toUpperCase(), created: stamp, modified: stamp });
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
    const sink = new zip_write/* MemorySink */.$h();
    const z = new parallel_zip/* ParallelZip */.Hh(sink, pool, zipOptions(options));
    const relsXml = (0,opc/* relationshipsXml */.xI)([...rels, { id: 'MANIFEST', type: format/* REQUIRED_RESOURCE */.bP, target: `/${manifestName}`, external: false }]);
    try {
        for (const [i, p] of parts.entries()) {
            await z.addBuffer(p.name, p.data, p.compress);
            if (i === 0 && relsAfter === 'first-part')
                await z.addBuffer('_rels/.rels', relsXml, false);
        }
        const manifest = (0,csman/* manifestXml */.Dd)({
            items: parts.map((p) => ({ name: p.name, hash: sha256(p.data).toUpperCase(), uri: (0,opc/* partUri */.oc)(p.name) })),
            ...manifestExtra,
        });
        await z.addBuffer(manifestName, manifest, true);
        if (relsAfter === 'manifest')
            await z.addBuffer('_rels/.rels', relsXml, false);
        await z.addBuffer('[Content_Types].xml', (0,opc/* contentTypesXml */.Yb)(contentTypes), relsAfter !== 'manifest');
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
    const { path: work, release } = (0,interrupt/* tempDirRemovedOnInterrupt */.m)((0,external_node_path_.join)((0,external_node_path_.dirname)(out), `.${(0,external_node_path_.basename)(out)}.`));
    const pool = new deflate_pool/* DeflatePool */.UQ(options.threads);
    try {
        const roleParts = [];
        const written = [];
        for (const [i, role] of plan.roles.entries()) {
            const file = (0,external_node_path_.join)(work, `role-${i}.cssx`);
            const r = await writeRole(plan, role, file, pool, options);
            (0,off_heap_garbage/* collectAfter */.J6)(r.files);
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
        ], [{ id: 'SERVICEMODEL', type: format/* REQUIRED_RESOURCE */.bP, target: '/ServiceDefinition.rd', external: false }], [['rd', 'text/servicemodel'], ['rels', opc/* RELS_CONTENT_TYPE */.UF], ['rdsc', 'text/servicecontract'], ['csman', 'text/ucmanifest']], { systemSettings: instances, applicationSettings: appSettings }, pool, options);
        const sd = await writeSmallPackage('SDPackage', [{ name: 'ServiceDefinition.csdef', data: csdef, compress: true }], [{ id: 'SERVICEDESCRIPTION', type: format/* REQUIRED_RESOURCE */.bP, target: '/ServiceDefinition.csdef', external: false }], [['csdef', 'text/servicedescription'], ['rels', opc/* RELS_CONTENT_TYPE */.UF], ['csman', 'text/ucmanifest']], { systemSettings: instances, applicationSettings: appSettings }, pool, options);
        const streamParts = [];
        const streamNames = [];
        for (const role of plan.roles) {
            for (const [kind, data] of namedStreams(role, plan.kit.version)) {
                streamParts.push({ name: `${kind}/${role.name}/1.0`, data, compress: true });
                streamNames.push(`${kind}/${role.name}/1.0`);
            }
        }
        const ns = await writeSmallPackage('NamedStreamPackage', streamParts, [], [['0', 'user/user'], ['csman', 'text/ucmanifest'], ['rels', opc/* RELS_CONTENT_TYPE */.UF]], {}, pool, options, 'manifest');
        const smName = `SMPackage_${derivedGuid('SMPackage', sha256(sm))}.csmx`;
        const sdName = `SDPackage_${derivedGuid('SDPackage', sha256(sd))}.csdx`;
        const nsName = `NamedStreamPackage_${derivedGuid('NamedStreamPackage', sha256(ns))}.csnsx`;
        const outerItems = [
            ...roleParts.map((r) => ({ name: r.part, hash: r.sha256.toUpperCase(), uri: (0,opc/* partUri */.oc)(r.part) })),
            { name: smName, hash: sha256(sm).toUpperCase(), uri: (0,opc/* partUri */.oc)(smName) },
            { name: sdName, hash: sha256(sd).toUpperCase(), uri: (0,opc/* partUri */.oc)(sdName) },
            { name: nsName, hash: sha256(ns).toUpperCase(), uri: (0,opc/* partUri */.oc)(nsName) },
        ];
        const outerManifestName = `${derivedGuid(plan.name, 'package manifest', ...outerItems.map((i) => i.hash))}.csman`;
        const outerRels = (0,opc/* relationshipsXml */.xI)([
            { id: 'SERVICEMODEL', type: format/* REQUIRED_RESOURCE */.bP, target: `/${smName}`, external: false },
            { id: 'SERVICEDESCRIPTION', type: format/* REQUIRED_RESOURCE */.bP, target: `/${sdName}`, external: false },
            { id: 'NAMEDSTREAMPACKAGE', type: format/* REQUIRED_RESOURCE */.bP, target: `/${nsName}`, external: false },
            { id: 'MANIFEST', type: format/* REQUIRED_RESOURCE */.bP, target: `/${outerManifestName}`, external: false },
            {
                id: relationshipId(plan.name, 'product version', plan.kit.version),
                type: format/* PRODUCT_VERSION_REL */.X4,
                target: `http://schemas.microsoft.com:80/ServiceHosting/2009/10/UAR/ProductVersion#${plan.kit.version}`,
                external: true,
            },
        ]);
        const outerManifest = (0,csman/* manifestXml */.Dd)({ items: outerItems, namedStreams: streamNames });
        const outerTypes = (0,opc/* contentTypesXml */.Yb)([
            ['cssx', 'binary/software'],
            ['csmx', 'user/user'],
            ['rels', opc/* RELS_CONTENT_TYPE */.UF],
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
    (0,off_heap_garbage/* boundHeapGrowth */.C9)();
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
        kit = await (0,package_kit/* loadKit */.Dw)(options.sdkKit, { cwd, ...(options.sdkVersion ? { sdkVersion: options.sdkVersion } : {}) });
    }
    catch (e) {
        if (e instanceof package_kit/* KitError */.Fb)
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
    const release = (0,interrupt/* removeOnInterrupt */.v)(partial);
    try {
        const written = await planAndWrite(options, abs, kit, partial, time);
        // The plan, a record per file, is garbage now; its pages are not yet free.
        (0,off_heap_garbage/* collectPhase */.iU)();
        const report = await (0,verify/* verifyPackage */.s)(partial, {
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

// EXTERNAL MODULE: ./.build/src/model/role-folders.js
var role_folders = __nccwpck_require__(1805);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./.build/src/cli/commands/package.js






const USAGE = 'usage: cloudservice package ServiceDefinition.csdef [--role NAME=DIR …] [--site ROLE/SITE=DIR …]\n' +
    '         [--role-properties NAME=FILE …] --sdk-kit PATH|stub [--sdk-version X.Y.Z.W] --out FILE.cspkg [--configuration FILE.cscfg] [--format text|json]';
function pairs(values, option, keyShape, example) {
    const out = new Map();
    for (const v of values ?? []) {
        const eq = v.indexOf('=');
        const key = eq > 0 ? v.slice(0, eq) : '';
        if (!keyShape.test(key) || eq === v.length - 1)
            throw new cli_io/* UserError */.y(`${option} ${v}: expected ${example}`);
        if (out.has(key))
            throw new cli_io/* UserError */.y(`${option} ${key} is given twice`);
        out.set(key, v.slice(eq + 1));
    }
    return out;
}
async function run(args, io) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                role: { type: 'string', multiple: true },
                site: { type: 'string', multiple: true },
                'role-properties': { type: 'string', multiple: true },
                'sdk-kit': { type: 'string' },
                'sdk-version': { type: 'string' },
                out: { type: 'string' },
                configuration: { type: 'string' },
                format: { type: 'string', default: 'text' },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        throw new cli_io/* UserError */.y(`${e.message}; see --help`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.out(`${USAGE}\nBuilds a legacy-format .cspkg (what CSPack writes by default) and verifies it before writing it to --out.\n`);
        return cli_io/* EXIT */.d.ok;
    }
    if (positionals.length !== 1)
        throw new cli_io/* UserError */.y(`give exactly one service definition; see --help`);
    if (!values.out)
        throw new cli_io/* UserError */.y(`--out FILE.cspkg is required; see --help`);
    if (!values['sdk-kit'])
        throw new cli_io/* UserError */.y(`--sdk-kit is required: ${package_kit/* NO_KIT_HELP */.XP}`);
    if (values.format !== 'text' && values.format !== 'json')
        throw new cli_io/* UserError */.y(`--format must be text or json, not "${values.format}"`);
    const roles = pairs(values.role, '--role', /^[^/=]+$/, 'NAME=DIR');
    // Roles without --role come from the .ccproj beside the definition, or a folder named after them.
    for (const [name, folder] of (0,role_folders/* roleFoldersFor */.f)((0,external_node_path_.resolve)(io.cwd, positionals[0]))) {
        if (roles.has(name))
            continue;
        roles.set(name, folder.dir);
        io.err(`role ${name}: packaging ${(0,external_node_path_.relative)(io.cwd, folder.dir) || '.'} (from ${folder.source}); pass --role ${name}=DIR to package build output instead\n`);
    }
    const sites = pairs(values.site, '--site', /^[^/=]+\/[^/=]+$/, 'ROLE/SITE=DIR');
    const roleProperties = pairs(values['role-properties'], '--role-properties', /^[^/=]+$/, 'NAME=FILE');
    let result;
    try {
        result = await buildPackage({
            csdef: positionals[0],
            roles,
            sites,
            roleProperties,
            sdkKit: values['sdk-kit'],
            ...(values['sdk-version'] ? { sdkVersion: values['sdk-version'] } : {}),
            out: values.out,
            ...(values.configuration ? { configuration: values.configuration } : {}),
            cwd: io.cwd,
            env: io.env,
        });
    }
    catch (e) {
        if (e instanceof BuildError)
            throw new cli_io/* UserError */.y(e.message);
        throw e;
    }
    if (values.format === 'json') {
        io.out(JSON.stringify({ ...result, deployable: !result.stub, ...(result.stub ? { warning: STUB_WARNING } : {}) }, null, 2) + '\n');
    }
    else {
        const lines = [`wrote ${values.out} (${result.size} bytes, SDK ${result.sdkVersion}, sha256 ${result.sha256})`];
        for (const r of result.roles)
            lines.push(`  role ${r.name}: ${r.files} files, ${r.bytes} bytes`);
        lines.push(result.stub ? '  verified: every check passed except the SDK runtime files, which are stand-ins' : '  verified: every package check passed');
        io.out(lines.join('\n') + '\n');
    }
    if (result.stub)
        io.err(`${STUB_WARNING}\n`);
    return cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

// ESM COMPAT FLAG
__nccwpck_require__.r(__webpack_exports__);

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  RULES_USAGE: () => (/* binding */ RULES_USAGE),
  run: () => (/* binding */ rules_run)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./.build/src/lint/run.js + 113 modules
var run = __nccwpck_require__(3004);
;// CONCATENATED MODULE: ./.build/src/report/rules-list.js
/** `cloudservice rules --format json`: every rule with its metadata. */
function rulesJson(rules) {
    return (JSON.stringify(rules.map(({ rule, origin }) => ({ ...rule.meta, defaultOptions: rule.defaultOptions ?? {}, origin })), null, 2) + '\n');
}
function rulesText(rules) {
    const w = Math.max(...rules.map((r) => r.rule.meta.id.length));
    return (rules
        .map(({ rule }) => {
        const m = rule.meta;
        const on = m.recommended ? 'recommended' : 'strict';
        return `${m.id.padEnd(w)}  ${m.defaultLevel.padEnd(7)}  ${on.padEnd(11)}  ${m.shortDescription}`;
    })
        .join('\n') + '\n');
}
/** The rule index page: one table row per rule, linking each doc page. */
function rulesMarkdown(rules) {
    const out = [
        '# Rules',
        '',
        'Generated from the rule metadata by `node scripts/gen-docs.mjs`; the test suite fails when this page is stale.',
        '',
        '`recommended` rules run by default; `strict` adds the rest. Levels can be changed per rule in `.cloudservice.yml`.',
        '',
        '| Rule | Level | Preset | Tags | What it finds |',
        '|---|---|---|---|---|',
    ];
    for (const { rule } of rules) {
        const m = rule.meta;
        out.push(`| [${m.id}](${m.id}.md) | ${m.defaultLevel} | ${m.recommended ? 'recommended' : 'strict'} | ${m.tags.join(', ')} | ${m.shortDescription} |`);
    }
    return out.join('\n') + '\n';
}
/** One rule's doc page. */
function ruleMarkdown({ rule }) {
    const m = rule.meta;
    const out = [
        `# ${m.id}`,
        '',
        `**${m.shortDescription}.**`,
        '',
        `| | |`,
        `|---|---|`,
        `| Default level | ${m.defaultLevel} |`,
        `| Preset | ${m.recommended ? 'recommended (on by default)' : 'strict'} |`,
        `| Tags | ${m.tags.join(', ')} |`,
        `| Precision | ${m.precision} |`,
        ...(m.securitySeverity !== undefined ? [`| Security severity | ${m.securitySeverity.toFixed(1)} |`] : []),
        ...(m.catalog ? [`| Catalog entry | ${m.catalog} |`] : []),
        '',
        m.fullDescription,
        '',
        '## Details',
        '',
        m.help,
        '',
    ];
    if (m.optionsSchema) {
        out.push('## Options', '', '```json', JSON.stringify(m.optionsSchema, null, 2), '```', '', 'Defaults:', '', '```json', JSON.stringify(rule.defaultOptions ?? {}, null, 2), '```', '');
    }
    out.push('## Sources', '', ...m.sources.map((s) => `- ${s}`), '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __nccwpck_require__(643);
;// CONCATENATED MODULE: ./.build/src/cli/commands/rules.js




const RULES_USAGE = `Usage: cloudservice rules [--format text|json|markdown] [--config FILE]

Lists every rule (built-in and from configured rule packs) with its metadata.`;
async function rules_run(args, io) {
    const { values } = (0,external_node_util_.parseArgs)({
        args,
        options: { format: { type: 'string', default: 'text' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: false,
    });
    if (values.help) {
        io.out(RULES_USAGE + '\n');
        return cli_io/* EXIT */.d.ok;
    }
    const config = await (0,run/* prepareConfig */.Ei)(io.cwd, values.config);
    const rules = config.registry.all();
    switch (values.format) {
        case 'json':
            io.out(rulesJson(rules));
            break;
        case 'markdown':
            io.out(rulesMarkdown(rules));
            break;
        case 'text':
            io.out(rulesText(rules));
            break;
        default:
            throw new cli_io/* UserError */.y(`--format must be text, json or markdown, not "${values.format}"`);
    }
    return cli_io/* EXIT */.d.ok;
}


/***/ }),

/***/ 2160:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   mustBeFile: () => (/* binding */ mustBeFile),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6760);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7975);
/* harmony import */ var _package_verify_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6903);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(643);






const USAGE = 'usage: cloudservice verify PACKAGE.cspkg [--csdef FILE] [--cscfg FILE] [--format text|json] [--allow-stub]';
async function run(args, io) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                csdef: { type: 'string' },
                cscfg: { type: 'string' },
                format: { type: 'string', default: 'text' },
                'allow-stub': { type: 'boolean', default: false },
                help: { type: 'boolean', short: 'h' },
            },
        });
    }
    catch (e) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${e.message}; see --help`);
    }
    const { values, positionals } = parsed;
    if (values.help) {
        io.out(`${USAGE}\nRuns every package check on a .cspkg (legacy or CTP format); exit 0 when it passes, 1 when it fails.\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    if (positionals.length !== 1)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`give exactly one package; see --help`);
    if (values.format !== 'text' && values.format !== 'json')
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`--format must be text or json, not "${values.format}"`);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, positionals[0]);
    await mustBeFile(file);
    const report = await (0,_package_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .verifyPackage */ .s)(file, {
        ...(values.csdef ? { csdef: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.csdef) } : {}),
        ...(values.cscfg ? { cscfg: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(io.cwd, values.cscfg) } : {}),
    });
    io.out(values.format === 'json' ? JSON.stringify(report, null, 2) + '\n' : (0,_package_verify_js__WEBPACK_IMPORTED_MODULE_4__/* .formatVerifyReport */ .P)(report));
    if (report.ok)
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    // A trial package built with --sdk-kit stub fails only on its stand-in runtime files; CI that
    // cannot hold a real kit may accept exactly that, and nothing else.
    const others = report.problems.filter((p) => p.severity === 'error' && p.code !== 'stub-runtime');
    if (values['allow-stub'] && others.length === 0) {
        io.err('accepted with --allow-stub: every check passed except the stand-in SDK runtime files; the package is NOT deployable\n');
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.findings;
}
async function mustBeFile(file) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(file).catch(() => undefined);
    if (!s)
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${file}: no such file`);
    if (!s.isFile())
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${file}: not a file`);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.access)(file, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.R_OK);
    }
    catch (e) {
        throw new _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y(`${file}: cannot be read (${e.code ?? 'error'})`);
    }
}


/***/ }),

/***/ 1906:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _package_malloc_settings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8906);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8613);


const argv = process.argv.slice(2);
// Before anything is written: packaging runs under its own malloc settings (malloc-settings.ts).
if (argv[0] === 'package' && !argv.includes('--help') && !argv.includes('-h'))
    (0,_package_malloc_settings_js__WEBPACK_IMPORTED_MODULE_0__/* .reexecForPackaging */ .BF)();
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)(argv, {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
});
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 643:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ EXIT),
/* harmony export */   y: () => (/* binding */ UserError)
/* harmony export */ });
/** Exit codes shared by every command. */
const EXIT = {
    ok: 0,
    /** Findings at or over the threshold, or a package that failed verification. */
    findings: 1,
    /** Wrong usage, a bad configuration, or input that could not be processed. */
    usage: 2,
};
/** An error whose message is meant for the user as it is: printed on one line, no stack trace. */
class UserError extends Error {
    exitCode;
    constructor(message, exitCode = EXIT.usage) {
        super(message);
        this.exitCode = exitCode;
    }
}


/***/ }),

/***/ 8613:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* unused harmony export USAGE */
/* harmony import */ var _lint_baseline_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5838);
/* harmony import */ var _lint_config_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8777);
/* harmony import */ var _lint_project_info_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(205);
/* harmony import */ var _lint_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5093);
/* harmony import */ var _model_discover_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9094);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(643);






// Each command is loaded when it runs: a lint need not load the packager and its ZIP code. A
// bundle keeps them in its one file ("eager": no chunks), where loading them costs little.
const COMMANDS = {
    lint: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 3364))).run,
    rules: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 7249))).run,
    package: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 8760))).run,
    verify: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 2160))).run,
    inspect: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 9100))).run,
    kit: async () => (await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 3222))).run,
};
const USAGE = `Usage: cloudservice <command> [options]

Commands:
  lint [paths...]      check .csdef, .cscfg and .ccproj files against the rule set
  rules                list the rules
  package <csdef>      build a deployable .cspkg on any OS
  verify <package>     check a .cspkg (ours or CSPack's) before it goes to Azure
  inspect <package>    list each role's files with size and SHA-256
  kit extract <pkg>    harvest an SDK runtime kit from an existing package

Run 'cloudservice <command> --help' for a command's options.`;
/** Runs one command line; never throws: every failure becomes a one-line message and exit code. */
async function main(argv, io) {
    const [command, ...rest] = argv;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
        io.out(USAGE + '\n');
        return command ? _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok : _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    if (command === '--version' || command === '-v') {
        io.out(`${_lint_project_info_js__WEBPACK_IMPORTED_MODULE_2__/* .TOOL */ .j.version}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.ok;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) {
        io.err(`cloudservice: unknown command "${command}"\n\n${USAGE}\n`);
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
    try {
        const run = await load();
        return await run(rest, io);
    }
    catch (err) {
        io.err(`cloudservice ${command}: ${describe(err)}\n`);
        if (err instanceof _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y)
            return err.exitCode;
        if (isKnown(err))
            return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
        if (io.env.CLOUDSERVICE_DEBUG && err instanceof Error && err.stack)
            io.err(err.stack + '\n');
        return _io_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT */ .d.usage;
    }
}
function isKnown(err) {
    return (err instanceof _lint_config_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL ||
        err instanceof _lint_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryError */ .g ||
        err instanceof _model_discover_js__WEBPACK_IMPORTED_MODULE_4__/* .DiscoveryError */ .P3 ||
        err instanceof _lint_baseline_js__WEBPACK_IMPORTED_MODULE_0__/* .BaselineError */ .s$ ||
        (err instanceof TypeError && err.code?.startsWith('ERR_PARSE_ARGS') === true));
}
function describe(err) {
    if (err instanceof Error) {
        const code = err.code;
        if (code?.startsWith('ERR_PARSE_ARGS'))
            return `${err.message}; see --help`;
        if (isKnown(err) || err instanceof _io_js__WEBPACK_IMPORTED_MODULE_5__/* .UserError */ .y)
            return err.message;
        return `unexpected error: ${err.message} (set CLOUDSERVICE_DEBUG=1 for details)`;
    }
    return String(err);
}


/***/ }),

/***/ 5838:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ writeBaseline),
/* harmony export */   ET: () => (/* binding */ buildBaseline),
/* harmony export */   Qp: () => (/* binding */ applyBaseline),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   mF: () => (/* binding */ readBaseline),
/* harmony export */   s$: () => (/* binding */ BaselineError)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);


class BaselineError extends Error {
}
function fingerprintOf(f) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update([f.ruleId, f.file, f.logicalPath, f.key].join('\u0000')).digest('hex').slice(0, 32);
}
function readBaseline(path) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))
        throw new BaselineError(`${path}: baseline file not found; create it with --update-baseline`);
    let data;
    try {
        data = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        throw new BaselineError(`${path}: not valid JSON (${err instanceof Error ? err.message : String(err)}); recreate it with --update-baseline`);
    }
    const b = data;
    if (b.version !== 1 || !Array.isArray(b.entries)) {
        throw new BaselineError(`${path}: not a cloudservice-lint baseline (version 1); recreate it with --update-baseline`);
    }
    return b;
}
function buildBaseline(findings) {
    const by = new Map();
    for (const f of findings) {
        const fp = fingerprintOf(f);
        const prev = by.get(fp);
        by.set(fp, prev ? { ...prev, count: prev.count + 1 } : { fingerprint: fp, ruleId: f.ruleId, file: f.file, logicalPath: f.logicalPath, count: 1 });
    }
    const entries = [...by.values()].sort((a, b) => cmp(a.file, b.file) || cmp(a.ruleId, b.ruleId) || cmp(a.logicalPath, b.logicalPath) || cmp(a.fingerprint, b.fingerprint));
    return { version: 1, tool: 'cloudservice-lint', entries };
}
function writeBaseline(path, baseline) {
    const tmp = `${path}.tmp-${process.pid}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(tmp, JSON.stringify(baseline, null, 2) + '\n');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, path);
}
function applyBaseline(findings, baseline) {
    const budget = new Map();
    for (const e of baseline.entries)
        budget.set(e.fingerprint, (budget.get(e.fingerprint) ?? 0) + e.count);
    const used = new Map();
    const matched = new Set();
    for (const f of findings) {
        const fp = fingerprintOf(f);
        const left = (budget.get(fp) ?? 0) - (used.get(fp) ?? 0);
        if (left > 0) {
            matched.add(f);
            used.set(fp, (used.get(fp) ?? 0) + 1);
        }
    }
    const stale = baseline.entries.filter((e) => (used.get(e.fingerprint) ?? 0) === 0);
    return { matched, stale };
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 8777:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xL: () => (/* binding */ ConfigError),
  e: () => (/* binding */ EffectiveConfig),
  u0: () => (/* binding */ findConfig),
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: CONFIG_NAMES

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./.build/src/lint/config-schema.js
/**
 * JSON Schema of `.cloudservice.yml` / `.cloudservice.json`. The file `schema/cloudservice.schema.json`
 * is written from this object (`node scripts/gen-docs.mjs`) for editor completion; a test keeps the
 * two equal.
 */
const level = { enum: ['off', 'note', 'warning', 'error'] };
const ruleEntry = {
    oneOf: [
        level,
        { type: 'array', prefixItems: [level, { type: 'object' }], minItems: 1, maxItems: 2, items: false },
        {
            type: 'object',
            properties: { level, options: { type: 'object' } },
            additionalProperties: false,
        },
    ],
};
const rules = {
    type: 'object',
    description: 'Rule id → level, [level, options] or { level, options }.',
    additionalProperties: ruleEntry,
};
const CONFIG_SCHEMA = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://github.com/cloudservice-lint/cloudservice-lint/blob/main/schema/cloudservice.schema.json',
    title: 'cloudservice-lint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
        $schema: { type: 'string' },
        preset: {
            enum: ['recommended', 'strict'],
            description: 'recommended (default): what breaks a deployment or a role, and secrets. strict: every rule.',
        },
        rules,
        overrides: {
            type: 'array',
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['files'],
                properties: {
                    files: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Globs, relative to the repository root.' },
                    excludedFiles: { type: 'array', items: { type: 'string' } },
                    rules,
                },
            },
        },
        ignore: { type: 'array', items: { type: 'string' }, description: 'Globs of files and folders not to lint.' },
        plugins: {
            type: 'array',
            items: { type: 'string' },
            description: 'Rule packs: npm package names, or paths relative to this file.',
        },
        baseline: { type: 'string', description: 'Baseline file, relative to this file.' },
    },
};

// EXTERNAL MODULE: ./.build/src/lint/lazy-deps.js + 1 modules
var lazy_deps = __nccwpck_require__(944);
;// CONCATENATED MODULE: ./.build/src/lint/config.js




const CONFIG_NAMES = ['.cloudservice.yml', '.cloudservice.yaml', '.cloudservice.json'];
class ConfigError extends Error {
}
/** Looks for a configuration file in `start` and its parents, stopping at a repository root. */
function findConfig(start) {
    for (let dir = (0,external_node_path_.resolve)(start);; dir = (0,external_node_path_.dirname)(dir)) {
        for (const name of CONFIG_NAMES) {
            const p = (0,external_node_path_.join)(dir, name);
            if ((0,external_node_fs_.existsSync)(p))
                return p;
        }
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')) || (0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
function loadConfig(file) {
    if (!file)
        return { file: undefined, input: {}, lineOf: () => undefined };
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new ConfigError(`${file}: cannot read the configuration (${err.code ?? err})`);
    }
    const { LineCounter, parseDocument, visit, isAlias, isCollection } = (0,lazy_deps/* loadYaml */.yv)();
    const lineCounter = new LineCounter();
    // yaml prints some warnings to the console itself; every problem here is a ConfigError instead.
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = lineCounter.linePos(e.pos[0]).line;
        throw new ConfigError(`${file}:${line}: the configuration is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(e.message)}`);
    }
    // A list or mapping used as a key (`? [a, b]`, or an alias of one) would become a key such as
    // "[ a, b ]" and be reported as unknown; saying what it is helps more.
    visit(doc, {
        Pair(_, pair) {
            const key = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
            if (!isCollection(key))
                return;
            const at = pair.key.range?.[0] ?? 0;
            throw new ConfigError(`${file}:${lineCounter.linePos(at).line}: this key is a list or a mapping; a key must be a plain name, such as preset or a rule id`);
        },
    });
    let input;
    try {
        input = doc.toJS({ maxAliasCount: 50 }) ?? {};
    }
    catch (e) {
        // Aliases are resolved only here: an alias bomb or an alias before its anchor throws.
        throw new ConfigError(`${file}: the configuration is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${firstLine(e.message)}`);
    }
    const lineOf = (path) => {
        const node = doc.getIn(path, true);
        return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    };
    validateShape(file, input, lineOf);
    return { file, input: input, lineOf };
}
let shapeValidator;
function validateShape(file, input, lineOf) {
    shapeValidator ??= new ((0,lazy_deps/* loadAjv */.OS)())({ allErrors: false, strict: false }).compile(CONFIG_SCHEMA);
    if (!shapeValidator(input)) {
        const err = pickError(shapeValidator.errors ?? []);
        const path = pointerToPath(err?.instancePath ?? '');
        // An unknown key is best shown on its own line.
        const extra = err?.keyword === 'additionalProperties' ? err.params.additionalProperty : undefined;
        const line = lineOf(extra === undefined ? path : [...path, extra]) ?? lineOf(path);
        throw new ConfigError(`${file}${line ? `:${line}` : ''}: ${describe(err, path)}`);
    }
}
/** With `oneOf`, the most specific error is the deepest one. */
function pickError(errors) {
    return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}
function describe(err, path) {
    if (!err)
        return 'the configuration is not valid';
    const where = path.length ? path.join('.') : 'the configuration';
    if (err.keyword === 'additionalProperties') {
        const key = err.params.additionalProperty;
        return path.length ? `${where}: unknown key "${key}"` : `unknown key "${key}"`;
    }
    if (err.keyword === 'enum')
        return `${where}: must be one of ${err.params.allowedValues.join(', ')}`;
    if (err.keyword === 'oneOf' && path[0] !== undefined && (path[0] === 'rules' || path[0] === 'overrides')) {
        return `${where}: must be off, note, warning or error; [level, options]; or { level, options }`;
    }
    return `${where}: ${err.message ?? 'is not valid'}`;
}
function pointerToPath(pointer) {
    if (!pointer)
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
function firstLine(s) {
    return s.split('\n')[0] ?? s;
}
/** The configuration applied to a registry: the level and options of any rule for any file. */
class EffectiveConfig {
    loaded;
    registry;
    preset;
    ignorePatterns;
    base = new Map();
    overrides = [];
    ignoreMatch;
    cache = new Map();
    constructor(loaded, registry, extraIgnore = []) {
        this.loaded = loaded;
        this.registry = registry;
        const input = loaded.input;
        this.preset = input.preset ?? 'recommended';
        this.ignorePatterns = [...(input.ignore ?? []), ...extraIgnore];
        this.ignoreMatch = this.ignorePatterns.length
            ? (0,lazy_deps/* loadPicomatch */.TH)()(this.ignorePatterns, { dot: true })
            : () => false;
        for (const { rule } of registry.all()) {
            const m = rule.meta;
            const level = this.preset === 'strict' || m.recommended ? m.defaultLevel : 'off';
            this.base.set(m.id, { level, options: { ...(rule.defaultOptions ?? {}) } });
        }
        for (const [id, entry] of Object.entries(input.rules ?? {})) {
            const e = normalise(entry);
            this.requireRule(id, ['rules', id]);
            const prev = this.base.get(id);
            this.base.set(id, { level: e.level ?? prev.level, options: { ...prev.options, ...(e.options ?? {}) } });
        }
        (input.overrides ?? []).forEach((o, i) => {
            const picomatch = (0,lazy_deps/* loadPicomatch */.TH)();
            const include = picomatch(o.files, { dot: true });
            const exclude = o.excludedFiles?.length ? picomatch(o.excludedFiles, { dot: true }) : () => false;
            const rules = new Map();
            for (const [id, entry] of Object.entries(o.rules ?? {})) {
                this.requireRule(id, ['overrides', i, 'rules', id]);
                rules.set(id, normalise(entry));
            }
            this.overrides.push({ match: (f) => include(f) && !exclude(f), rules });
        });
        this.validateOptions();
    }
    requireRule(id, path) {
        if (!this.registry.has(id)) {
            const line = this.loaded.lineOf(path);
            throw new ConfigError(`${this.loaded.file ?? 'configuration'}${line ? `:${line}` : ''}: unknown rule "${id}"; \`cloudservice rules\` lists every rule (rule-pack rules need their pack in "plugins")`);
        }
    }
    validateOptions() {
        let ajv;
        const check = (id, options, path, configured) => {
            const registered = this.registry.get(id);
            const schema = registered?.rule.meta.optionsSchema;
            const hasOptions = Object.keys(options).length > 0;
            if (!schema) {
                const given = this.loaded.input.rules?.[id];
                if (hasOptions && given && typeof given !== 'string') {
                    const line = this.loaded.lineOf(path);
                    throw new ConfigError(`${this.loaded.file ?? 'configuration'}${line ? `:${line}` : ''}: rule ${id} takes no options`);
                }
                return;
            }
            // Built-in defaults are checked against their schemas by the test suite (meta.test), so
            // only options a configuration gives, and rule packs' defaults, need Ajv at run time.
            if (!configured && registered?.origin === 'builtin')
                return;
            ajv ??= new ((0,lazy_deps/* loadAjv */.OS)())({ allErrors: false, strict: false, useDefaults: false });
            const validate = ajv.compile(schema);
            if (!validate(options)) {
                const err = pickError(validate.errors ?? []);
                const line = this.loaded.lineOf(path);
                const where = `${id} options${err?.instancePath ? err.instancePath.replace(/\//g, '.') : ''}`;
                throw new ConfigError(`${this.loaded.file ?? 'configuration'}${line ? `:${line}` : ''}: ${where}: ${err?.keyword === 'additionalProperties' ? `unknown option "${err.params.additionalProperty}"` : (err?.message ?? 'not valid')}`);
            }
        };
        const given = this.loaded.input.rules ?? {};
        for (const [id, s] of this.base) {
            const entry = Object.hasOwn(given, id) ? given[id] : undefined;
            check(id, s.options, ['rules', id], entry !== undefined && normalise(entry).options !== undefined);
        }
        this.overrides.forEach((o, i) => {
            for (const [id, e] of o.rules) {
                if (e.options)
                    check(id, { ...this.base.get(id).options, ...e.options }, ['overrides', i, 'rules', id], true);
            }
        });
    }
    /** True when the file (repository-relative, POSIX) or a folder above it is ignored. */
    isIgnored(relPath) {
        return this.ignoreMatch(relPath);
    }
    /** The rule's level and options for one file; without a file, the top-level setting. */
    settingFor(id, file) {
        const base = this.base.get(id) ?? { level: 'off', options: {} };
        if (file === undefined || this.overrides.length === 0)
            return base;
        const key = `${id}\u0000${file}`;
        const hit = this.cache.get(key);
        if (hit)
            return hit;
        let level = base.level;
        let options = base.options;
        for (const o of this.overrides) {
            const e = o.rules.get(id);
            if (e && o.match(file)) {
                level = e.level ?? level;
                if (e.options)
                    options = { ...options, ...e.options };
            }
        }
        const s = { level, options };
        this.cache.set(key, s);
        return s;
    }
    /** True when the rule is on for at least one file. */
    mayRun(id) {
        if (this.base.get(id)?.level !== 'off')
            return true;
        return this.overrides.some((o) => {
            const e = o.rules.get(id);
            return e?.level !== undefined && e.level !== 'off';
        });
    }
    /** A plain object for `--print-config` and the job summary. */
    toJSON() {
        const rules = {};
        for (const [id, s] of [...this.base].sort(([a], [b]) => (a < b ? -1 : 1))) {
            rules[id] = Object.keys(s.options).length ? [s.level, s.options] : s.level;
        }
        return {
            file: this.loaded.file ?? null,
            preset: this.preset,
            plugins: this.loaded.input.plugins ?? [],
            ignore: this.ignorePatterns,
            baseline: this.loaded.input.baseline ?? null,
            rules,
            overrides: this.loaded.input.overrides ?? [],
        };
    }
}
function normalise(entry) {
    if (typeof entry === 'string')
        return { level: entry };
    if (Array.isArray(entry))
        return entry[1] ? { level: entry[0], options: entry[1] } : { level: entry[0] };
    return entry;
}


/***/ }),

/***/ 3488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ compareFindings),
/* harmony export */   YT: () => (/* binding */ LEVEL_RANK),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* unused harmony export logicalPath */
/* harmony import */ var _xml_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3855);

function locate(at) {
    if (at instanceof _xml_index_js__WEBPACK_IMPORTED_MODULE_0__/* .XmlAttribute */ .Mi) {
        const owner = at.owner ? `${logicalPath(at.owner)}/` : '';
        return { file: at.file, ...fromSpan(at.span), logicalPath: `${owner}@${at.name}` };
    }
    if (at instanceof _xml_index_js__WEBPACK_IMPORTED_MODULE_0__/* .XmlElement */ .WF) {
        return { file: at.file, ...fromSpan(at.span), logicalPath: logicalPath(at) };
    }
    return { file: at.file, ...fromSpan(at.span), logicalPath: '' };
}
function fromSpan(span) {
    return {
        startLine: span.start.line,
        startColumn: span.start.column,
        endLine: span.end.line,
        endColumn: span.end.column,
    };
}
/** `ServiceDefinition/WebRole[@name='Web']/Sites/Site[@name='Web']` */
function logicalPath(el) {
    const parts = [];
    for (let e = el; e; e = e.parent) {
        const name = e.attrValue('name') ?? e.attrValue('moduleName') ?? e.attrValue('roleName');
        parts.push(name === undefined ? e.local : `${e.local}[@name='${name}']`);
    }
    return parts.reverse().join('/');
}
function compareFindings(a, b) {
    return (cmp(a.file, b.file) ||
        a.startLine - b.startLine ||
        a.startColumn - b.startColumn ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.message, b.message));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
const LEVEL_RANK = { error: 3, warning: 2, note: 1 };


/***/ }),

/***/ 944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  OS: () => (/* binding */ loadAjv),
  TH: () => (/* binding */ loadPicomatch),
  yv: () => (/* binding */ loadYaml),
  U2: () => (/* binding */ preloadConfigDeps)
});

;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: ./.build/src/lint/lazy-deps.js
/**
 * Ajv, yaml and picomatch, loaded on first use. Together they are about 160 modules, and a lint
 * without a configuration file needs none of them (built-in rules' default options are checked
 * by the tests; globs come only from `ignore` and `overrides`).
 *
 * `prepareConfig` awaits `preloadConfigDeps()` when there is a configuration file: a dynamic
 * import, which the bundler puts in a chunk of its own, so that a run without a configuration
 * file does not even compile them (they are almost half of the action's bundle, and compiling it
 * is most of its start). The synchronous API (`loadConfig`, `new EffectiveConfig`) may also be called without
 * it; it then falls back to `require`, which works wherever `node_modules` is present.
 */

let ajv;
let yaml;
let picomatch;
async function preloadConfigDeps() {
    const [a, y, p] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 210).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2210, 19)),
        __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)),
        __nccwpck_require__.e(/* import() */ 6).then(__nccwpck_require__.t.bind(__nccwpck_require__, 4006, 19)),
    ]);
    // Node names the CommonJS exports; a bundler's namespace of a module whose exports object is
    // a function (Ajv's is the class) holds only `default`, which carries `Ajv2020` too.
    ajv ??= a.Ajv2020 ?? a.default.Ajv2020;
    yaml ??= y;
    picomatch ??= p.default;
}
/** The draft 2020-12 Ajv class. */
function loadAjv() {
    ajv ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('ajv/dist/2020.js').Ajv2020;
    return ajv;
}
function loadYaml() {
    yaml ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('yaml');
    return yaml;
}
function loadPicomatch() {
    picomatch ??= (0,external_node_module_namespaceObject.createRequire)(import.meta.url)('picomatch');
    return picomatch;
}


/***/ }),

/***/ 205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ ruleDocsUrl),
/* harmony export */   j: () => (/* binding */ TOOL)
/* harmony export */ });
/** Identity of the tool as SARIF and the docs show it. A test keeps `version` equal to package.json. */
const TOOL = {
    /** SARIF driver name: never changes, or code scanning treats the alerts as another tool's. */
    name: 'cloudservice-lint',
    version: '0.1.0',
    informationUri: 'https://github.com/cloudservice-lint/cloudservice-lint',
    docsBase: 'https://github.com/cloudservice-lint/cloudservice-lint/blob/main/docs/rules',
};
function ruleDocsUrl(id) {
    return `${TOOL.docsBase}/${id}.md`;
}


/***/ }),

/***/ 5093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ Registry),
  g: () => (/* binding */ RegistryError)
});

;// CONCATENATED MODULE: ./.build/src/lint/engine-rules.js
/**
 * Rules whose findings come from the engine itself (directives), not from a `check` over the
 * model. They are registered like any rule so they can be configured and documented.
 */
const noCheck = () => { };
const ENGINE_RULES = [
    {
        meta: {
            id: 'LINT-directive-needs-reason',
            shortDescription: 'A suppression comment gives no reason',
            fullDescription: 'Every cloudservice-disable comment must say why the finding is accepted, after " - ". A suppression without a reason still suppresses, but is reported so that reviewers can ask.',
            help: [
                'A suppression without a reason hides a finding without telling reviewers why it is acceptable.',
                '',
                'Failing:',
                '```xml',
                '<!-- cloudservice-disable-next-line CSDEF-legacy-vm-size -->',
                '```',
                'Fixed:',
                '```xml',
                '<!-- cloudservice-disable-next-line CSDEF-legacy-vm-size - resized in the migration sprint -->',
                '```',
            ].join('\n'),
            sources: ['Project convention, after ESLint directive descriptions and PSRule suppression synopses'],
            tags: ['suppression'],
            precision: 'very-high',
            defaultLevel: 'warning',
            recommended: true,
        },
        check: noCheck,
    },
    {
        meta: {
            id: 'LINT-unused-directive',
            shortDescription: 'A suppression comment suppresses nothing',
            fullDescription: 'A cloudservice-disable comment that matches no finding is stale: the problem was fixed or the rule id is wrong. Remove it so it cannot hide a future finding.',
            help: [
                'Stale suppressions hide future problems at the same place.',
                '',
                'Failing (nothing on the next line breaks the rule):',
                '```xml',
                '<!-- cloudservice-disable-next-line CSDEF-duplicate-role-name - legacy -->',
                '<WebRole name="Web" vmsize="Standard_D1_v2">',
                '```',
                'Fixed: delete the comment.',
            ].join('\n'),
            sources: ["Project convention, after ESLint's --report-unused-disable-directives"],
            tags: ['suppression'],
            precision: 'very-high',
            defaultLevel: 'warning',
            recommended: true,
        },
        check: noCheck,
    },
    {
        meta: {
            id: 'LINT-expired-directive',
            shortDescription: 'A suppression comment has expired',
            fullDescription: 'A cloudservice-disable comment with expires=YYYY-MM-DD stops suppressing after that date and is reported, so temporary exceptions do not become permanent.',
            help: [
                'Temporary exceptions should end. After the expiry date the suppressed findings show again and this finding points at the comment.',
                '',
                'Failing (after 2026-01-31):',
                '```xml',
                '<!-- cloudservice-disable-next-line CSES-no-virtual-network - moving in Q1 expires=2026-01-31 -->',
                '```',
                'Fixed: fix the finding and delete the comment, or set a new date with a reason.',
            ].join('\n'),
            sources: ['Project convention, after PSRule suppression groups (expiresOn)'],
            tags: ['suppression'],
            precision: 'very-high',
            defaultLevel: 'warning',
            recommended: true,
        },
        check: noCheck,
    },
    {
        meta: {
            id: 'LINT-unknown-rule-in-directive',
            shortDescription: 'A suppression comment names a rule that does not exist',
            fullDescription: 'A cloudservice-disable comment names a rule id that no loaded rule has. It suppresses nothing; the id is probably misspelt or belongs to a rule pack that is not configured.',
            help: [
                'A misspelt rule id in a suppression suppresses nothing.',
                '',
                'Failing:',
                '```xml',
                '<!-- cloudservice-disable-next-line CSDEF-no-such-rule - reason -->',
                '```',
                'Fixed: use an id from `cloudservice rules`.',
            ].join('\n'),
            sources: ['Project convention'],
            tags: ['suppression'],
            precision: 'very-high',
            defaultLevel: 'error',
            recommended: true,
        },
        check: noCheck,
    },
    {
        meta: {
            id: 'LINT-rule-failed',
            shortDescription: 'A rule failed while checking a service',
            fullDescription: 'A rule threw an exception. Its other findings for this service may be missing. This is a bug in the rule; the message names the rule so it can be reported to its author.',
            help: 'A rule threw while checking this service. Report the message to the rule author (built-in rules: this project). Other rules still ran.',
            sources: ['Project convention'],
            tags: ['internal'],
            precision: 'very-high',
            defaultLevel: 'error',
            recommended: true,
        },
        check: noCheck,
    },
];

// EXTERNAL MODULE: ./.build/src/lint/project-info.js
var project_info = __nccwpck_require__(205);
// EXTERNAL MODULE: ./.build/src/lint/rule-api.js + 1 modules
var rule_api = __nccwpck_require__(4232);
;// CONCATENATED MODULE: ./.build/src/lint/registry.js



const ID = new RegExp(`^(${rule_api/* FAMILIES */.BU.join('|')})-[a-z0-9]+(?:-[a-z0-9]+)*$`);
/** Rule packs use their own family prefix, upper case, so their ids never collide with ours. */
const PACK_ID = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-[a-z0-9]+(?:-[a-z0-9]+)*$/;
class RegistryError extends Error {
}
/** Every rule the engine can run, keyed by id: built-in, engine and rule-pack rules alike. */
class Registry {
    byId = new Map();
    constructor(builtin) {
        for (const r of ENGINE_RULES)
            this.add(r, 'builtin');
        for (const r of builtin)
            this.add(r, 'builtin');
    }
    addPack(pack, origin) {
        if (!pack || !Array.isArray(pack.rules)) {
            throw new RegistryError(`rule pack ${origin} does not export { rules: [...] }`);
        }
        for (const r of pack.rules)
            this.add(r, origin);
    }
    add(rule, origin) {
        const id = rule?.meta?.id;
        if (typeof id !== 'string')
            throw new RegistryError(`a rule from ${origin} has no meta.id`);
        if (origin === 'builtin' ? !ID.test(id) : !PACK_ID.test(id)) {
            throw new RegistryError(`rule id "${id}" from ${origin} is not FAMILY-kebab-name (${origin === 'builtin' ? rule_api/* FAMILIES */.BU.join(', ') : 'an upper-case prefix of its own'})`);
        }
        if (typeof rule.check !== 'function')
            throw new RegistryError(`rule ${id} from ${origin} has no check function`);
        for (const field of ['shortDescription', 'fullDescription', 'help']) {
            if (typeof rule.meta[field] !== 'string' || rule.meta[field].trim() === '') {
                throw new RegistryError(`rule ${id} from ${origin} has no meta.${field}`);
            }
        }
        if (!['error', 'warning', 'note'].includes(rule.meta.defaultLevel)) {
            throw new RegistryError(`rule ${id} from ${origin}: meta.defaultLevel must be error, warning or note`);
        }
        const existing = this.byId.get(id);
        if (existing)
            throw new RegistryError(`rule id ${id} from ${origin} is already defined by ${existing.origin}`);
        const docsUrl = rule.meta.docsUrl ?? (origin === 'builtin' ? (0,project_info/* ruleDocsUrl */.h)(id) : undefined);
        const withDocs = docsUrl === rule.meta.docsUrl ? rule : { ...rule, meta: { ...rule.meta, docsUrl } };
        this.byId.set(id, { rule: withDocs, origin });
    }
    get(id) {
        return this.byId.get(id);
    }
    has(id) {
        return this.byId.has(id);
    }
    /** All rules, sorted by id. */
    all() {
        return [...this.byId.values()].sort((a, b) => (a.rule.meta.id < b.rule.meta.id ? -1 : 1));
    }
}


/***/ }),

/***/ 4232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y6: () => (/* reexport */ model/* DEFAULT_VM_SIZE */.Y6),
  BU: () => (/* binding */ FAMILIES),
  RP: () => (/* reexport */ model/* GUEST_OS_FAMILIES */.RP),
  yJ: () => (/* reexport */ model/* IMPORT_MODULES */.yJ),
  b1: () => (/* reexport */ model/* LIMITS */.b1),
  NS: () => (/* reexport */ model.NS),
  fZ: () => (/* reexport */ model/* OS_VERSION_PATTERN */.fZ),
  nY: () => (/* reexport */ model/* PLUGIN_PREFIX */.nY),
  bi: () => (/* reexport */ model/* ROLE_ELEMENTS */.bi),
  Wx: () => (/* reexport */ model/* SUPPORTED_FAMILIES */.Wx),
  Lv: () => (/* reexport */ model/* VM_SIZES */.Lv),
  Jb: () => (/* reexport */ model/* declaredCertificates */.Jb),
  wE: () => (/* reexport */ model/* declaredSettings */.wE),
  Km: () => (/* binding */ defineRule),
  ek: () => (/* reexport */ model/* findGuestOsFamily */.ek),
  v_: () => (/* reexport */ model/* findImportModule */.v_),
  IY: () => (/* reexport */ model/* findVmSize */.IY),
  y$: () => (/* reexport */ model/* isImpliedBy */.y$),
  eC: () => (/* binding */ isRoleKindName),
  Zv: () => (/* binding */ listNames),
  $l: () => (/* binding */ maskSecret),
  y9: () => (/* binding */ serviceDocuments),
  _s: () => (/* binding */ sharedIndex),
  oh: () => (/* reexport */ thousands),
  Iu: () => (/* reexport */ model/* virtualMachineRoleRetired */.Iu)
});

// UNUSED EXPORTS: SCHEMA_VERSIONS, SOURCES, XmlAttribute, XmlElement

// EXTERNAL MODULE: ./.build/src/xml/index.js + 7 modules
var xml = __nccwpck_require__(3855);
;// CONCATENATED MODULE: ./.build/src/report/thousands.js
/**
 * A number as `toLocaleString('en-US')` writes it (`225,304`). Whole numbers are grouped here:
 * the first `toLocaleString` of a process loads ICU's number formatting, about 30 ms, which was a
 * twentieth of linting the whole corpus for one message.
 */
function thousands(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = '';
    for (let end = digits.length; end > 0; end -= 3)
        out = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + out;
    return n < 0 || Object.is(n, -0) ? `-${out}` : out;
}

// EXTERNAL MODULE: ./.build/src/model/index.js + 6 modules
var model = __nccwpck_require__(4216);
;// CONCATENATED MODULE: ./.build/src/lint/rule-api.js




/** Rule families, by id prefix. */
const FAMILIES = ['XML', 'CSDEF', 'CSCFG', 'XREF', 'PKG', 'SEC', 'CSES', 'LINT'];
/** Identity function that gives a rule object its type; packs written in JS do not need it. */
function defineRule(rule) {
    return rule;
}
/**
 * The service's index built by `build`: shared with every other rule of the run that asks for the
 * same `build` (through `context.index`), or built on the spot when the context has no `index`.
 */
function sharedIndex(service, context, build) {
    return context.index ? context.index(build) : build(service, context.files);
}
/** True for WebRole, WorkerRole and the retired VirtualMachineRole. */
function isRoleKindName(local) {
    return local === 'WebRole' || local === 'WorkerRole' || local === 'VirtualMachineRole';
}
/** Every document of a service: definition, configurations, project, and unreadable files. */
function serviceDocuments(service) {
    const docs = [];
    if (service.definition)
        docs.push(service.definition.doc);
    for (const c of service.configurations)
        docs.push(c.doc);
    if (service.project)
        docs.push(service.project.doc);
    docs.push(...service.unreadable);
    return docs;
}
/** Shows the start of a secret so a reader can recognise it, and hides the rest. */
function maskSecret(value, visible = 4) {
    const v = value.trim();
    if (v.length <= visible * 2)
        return '*'.repeat(Math.max(v.length, 4));
    return `${v.slice(0, visible)}…(${v.length} characters, masked)`;
}
/** `a`, `a and b`, `a, b and c` — for messages that list names. */
function listNames(names, quote = '"') {
    const q = names.map((n) => `${quote}${n}${quote}`);
    if (q.length <= 1)
        return q.join('');
    return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}


/***/ }),

/***/ 3004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gr: () => (/* binding */ baselinePathFor),
  Ei: () => (/* binding */ prepareConfig),
  nU: () => (/* binding */ runLint)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./.build/src/lint/rule-api.js + 1 modules
var rule_api = __nccwpck_require__(4232);
;// CONCATENATED MODULE: ./.build/rules/lib/help.js
/** Builds the markdown help every rule carries: why, a failing and a fixed example, notes. */
function help(parts) {
    const lang = parts.lang ?? 'xml';
    const out = [parts.why.trim(), '', '**Failing**', '', '```' + lang, parts.bad.trim(), '```', '', '**Fixed**', '', '```' + lang, parts.good.trim(), '```'];
    if (parts.notes)
        out.push('', parts.notes.trim());
    return out.join('\n');
}

;// CONCATENATED MODULE: ./.build/rules/lib/xml-problems.js
/** The XML rules report the parser's problems; this finds them in every file of a service. */

function reportXmlProblems(service, ctx, codes, message = (text) => text) {
    for (const doc of (0,rule_api/* serviceDocuments */.y9)(service)) {
        for (const p of doc.problems) {
            if (codes.includes(p.code))
                ctx.report({ at: { file: doc.file, span: { start: p.at, end: p.at } }, message: message(p.message) });
        }
    }
}

;// CONCATENATED MODULE: ./.build/rules/xml/dtd-forbidden.js



/* harmony default export */ const dtd_forbidden = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XML-dtd-forbidden',
        shortDescription: 'The file has a document type declaration',
        fullDescription: 'Service files never need a DOCTYPE. A DTD can declare entities that expand without bound (the "billion laughs" attack) or pull in external files, so the file is refused unread and nothing else in it is checked.',
        help: help({
            why: 'A DTD in a service file is either a mistake or an attack: internal entities can expand exponentially and external entities can read files from the build machine. The linter never expands them; remove the declaration.',
            bad: '<!DOCTYPE ServiceDefinition [ <!ENTITY a "aaaa"> ]>\n<ServiceDefinition name="svc" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition" />',
            good: '<ServiceDefinition name="svc" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition" />',
        }),
        sources: ['OWASP XML External Entity Prevention Cheat Sheet', 'W3C XML 1.0 §2.8 (document type declaration)'],
        tags: ['xml', 'security'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
        securitySeverity: 5.0,
    },
    check(service, ctx) {
        reportXmlProblems(service, ctx, ['dtd-forbidden']);
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xml/encoding-mismatch.js



/* harmony default export */ const encoding_mismatch = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XML-encoding-mismatch',
        shortDescription: 'The XML declaration names another encoding than the file has',
        fullDescription: 'The byte-order mark (or the bytes themselves) say one encoding and the XML declaration another, for instance a UTF-16 file that declares encoding="utf-8". The file is read by its byte-order mark, but strict parsers such as expat refuse it, so other tools in the pipeline may fail on it.',
        help: help({
            why: 'A declaration that contradicts the byte-order mark is a fatal error for strict XML parsers. Visual Studio tolerates it, which is how such files end up committed.',
            bad: '<?xml version="1.0" encoding="utf-8"?>  <!-- saved as UTF-16LE with a byte-order mark -->',
            good: '<?xml version="1.0" encoding="utf-8"?>  <!-- saved as UTF-8 -->',
        }),
        sources: ['W3C XML 1.0 §4.3.3 (character encoding in entities)', 'shared corpus: 2 real .cscfg files (UTF-16LE BOM, encoding="utf-8")'],
        tags: ['xml', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        reportXmlProblems(service, ctx, ['encoding-mismatch']);
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xml/file-too-large.js



/* harmony default export */ const file_too_large = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XML-file-too-large',
        shortDescription: 'The file is too large or too deeply nested to be a service file',
        fullDescription: 'Real service definitions and configurations are a few kilobytes. A file over 4 MiB, with more than 100,000 elements or nested deeper than 64 levels is refused without being read in full, so a generated or hostile file cannot exhaust memory.',
        help: help({
            why: 'Bounded input keeps the linter fast and safe on any repository. A service file this large is almost certainly generated output or not a service file at all.',
            bad: '<!-- a 50 MB ServiceConfiguration.Cloud.cscfg -->',
            good: '<!-- keep generated or bulk data out of .csdef / .cscfg files -->',
        }),
        sources: ['Project limit; see src/xml/parse.ts DEFAULT_LIMITS'],
        tags: ['xml', 'robustness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        reportXmlProblems(service, ctx, ['too-large']);
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xml/well-formed.js



/* harmony default export */ const well_formed = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XML-well-formed',
        shortDescription: 'The file is not well-formed XML',
        fullDescription: 'The file could not be parsed as XML: a misspelt end tag, an unescaped < or & in an attribute value, invalid bytes for its encoding, or a file that cannot be read. Nothing else in the file is checked until it parses, and Azure, CSPack and Visual Studio reject it too.',
        help: help({
            why: 'Every Cloud Services tool parses these files as XML; a file that is not well-formed stops the build or the deployment. A frequent cause is a placeholder such as `<your key>` in an attribute value: `<` must be written `&lt;`.',
            bad: '<Setting name="StorageKey" value="<your key>" />',
            good: '<Setting name="StorageKey" value="&lt;your key&gt;" />',
            notes: 'The finding points at the character where the parser stopped.',
        }),
        sources: ['W3C XML 1.0 (Fifth Edition), well-formedness constraints'],
        tags: ['xml', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        reportXmlProblems(service, ctx, ['not-well-formed', 'encoding', 'unreadable'], (t) => `not well-formed XML: ${t}`);
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/binding-endpoint.js


/* harmony default export */ const binding_endpoint = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-binding-endpoint',
        shortDescription: 'A site binding names an endpoint the role does not have, or a site has no bindings',
        fullDescription: "Each Site needs a Bindings element, and each Binding's endpointName must name an input or internal endpoint of the same role. IIS cannot bind a site to an endpoint that does not exist.",
        help: help({
            why: 'Bindings connect IIS sites to the role\'s endpoints; a dangling name usually comes from renaming an endpoint and forgetting the binding.',
            bad: '<Bindings>\n  <Binding name="b" endpointName="HttpIn2" />\n</Bindings>\n...\n<InputEndpoint name="HttpIn" protocol="http" port="80" />',
            good: '<Bindings>\n  <Binding name="b" endpointName="HttpIn" />\n</Bindings>\n...\n<InputEndpoint name="HttpIn" protocol="http" port="80" />',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Binding endpointName; Site Bindings)'],
        catalog: 'CSDEF-014',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const endpoints = new Set(role.endpoints.filter((e) => e.kind === 'InputEndpoint' || e.kind === 'InternalEndpoint').map((e) => e.name));
            for (const site of role.sites) {
                if (!site.bindingsEl) {
                    ctx.report({
                        at: site.el,
                        message: `site "${site.name ?? '?'}" has no <Bindings>; add one with a <Binding> to an endpoint of role "${role.name ?? '?'}"`,
                    });
                    continue;
                }
                for (const b of site.bindings) {
                    if (b.endpointName !== undefined && !endpoints.has(b.endpointName)) {
                        const names = [...endpoints].filter((n) => n !== undefined);
                        // The role may have the endpoint, but as an instance input endpoint, which a site cannot bind.
                        const other = role.endpoints.find((e) => e.name === b.endpointName);
                        ctx.report({
                            at: b.el.attr('endpointName') ?? b.el,
                            message: other
                                ? `binding "${b.name ?? '?'}" names endpoint "${b.endpointName}", an ${other.kind}, which a site cannot bind; bind an InputEndpoint or InternalEndpoint of role "${role.name ?? '?'}"${names.length ? ` (${names.join(', ')})` : ''}`
                                : `binding "${b.name ?? '?'}" names endpoint "${b.endpointName}", which role "${role.name ?? '?'}" does not have${names.length ? `; its endpoints: ${names.join(', ')}` : ''}`,
                        });
                    }
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/duplicate-endpoint-name.js


/* harmony default export */ const duplicate_endpoint_name = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-duplicate-endpoint-name',
        shortDescription: 'Two endpoints of a role have the same name',
        fullDescription: 'Input, internal and instance-input endpoints share one namespace within a role: each needs its own name. Bindings and the role environment find endpoints by name.',
        help: help({
            why: 'Two endpoints with one name make bindings and RoleEnvironment lookups ambiguous; the SDK tools reject the definition.',
            bad: '<InputEndpoint name="Endpoint1" protocol="http" port="80" />\n<InternalEndpoint name="Endpoint1" protocol="tcp" />',
            good: '<InputEndpoint name="HttpIn" protocol="http" port="80" />\n<InternalEndpoint name="TcpInternal" protocol="tcp" />',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (endpoint name "must be unique")'],
        catalog: 'CSDEF-009',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const seen = new Map();
            // In document order, so the later of two endpoints is the one reported.
            const endpoints = [...role.endpoints].sort((a, b) => a.el.span.start.offset - b.el.span.start.offset);
            for (const e of endpoints) {
                if (!e.name)
                    continue;
                const prev = seen.get(e.name);
                if (prev) {
                    ctx.report({
                        at: e.el.attr('name') ?? e.el,
                        message: `role "${role.name ?? '?'}" already has an endpoint named "${e.name}" (the ${prev.kind} on line ${prev.el.span.start.line}); rename one`,
                        key: `duplicate endpoint ${e.name}`,
                    });
                }
                else
                    seen.set(e.name, e);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/lib/schema.js
/** Attributes the XSD marks required, by element local name. */
const REQUIRED_DEFINITION_ATTRIBUTES = {
    ServiceDefinition: ['name'],
    WebRole: ['name'],
    WorkerRole: ['name'],
    VirtualMachineRole: ['name'],
    Setting: ['name'],
    Certificate: ['name', 'storeLocation', 'storeName'],
    LocalStorage: ['name'],
    InputEndpoint: ['name', 'protocol', 'port'],
    InternalEndpoint: ['name', 'protocol'],
    InstanceInputEndpoint: ['name', 'localPort', 'protocol'],
    FixedPort: ['port'],
    FixedPortRange: ['min', 'max'],
    Site: ['name'],
    VirtualDirectory: ['name'],
    VirtualApplication: ['name'],
    Binding: ['name', 'endpointName'],
    Task: ['commandLine'],
    Variable: ['name'],
    RoleInstanceValue: ['xpath'],
    ProgramEntryPoint: ['commandLine', 'setReadyOnProcessStart'],
    NetFxEntryPoint: ['assemblyName'],
    Content: ['destination'],
    SourceDirectory: ['path'],
    LoadBalancerProbe: ['name', 'protocol'],
    RoleEndpoint: ['roleName', 'endpointName'],
    FromRole: ['roleName'],
    WhenSource: ['matches'],
};
const REQUIRED_CONFIGURATION_ATTRIBUTES = {
    ServiceConfiguration: ['serviceName'],
    Role: ['name'],
    Instances: ['count'],
    Setting: ['name', 'value'],
    Certificate: ['name', 'thumbprint', 'thumbprintAlgorithm'],
    OsImage: ['href'],
    VirtualNetworkSite: ['name'],
    InstanceAddress: ['roleName'],
    Subnet: ['name'],
    PublicIP: ['name'],
    ReservedIP: ['name'],
    DnsServer: ['name', 'IPAddress'],
    AccessControl: ['name'],
    Rule: ['order', 'action', 'remoteSubnet'],
    EndpointAcl: ['role', 'endPoint', 'accessControl'],
    LoadBalancer: ['name'],
    FrontendIPConfiguration: ['type'],
    NetworkSecurityGroupRef: ['roleName'],
    NetworkSecurityGroup: ['name'],
};
/** Enumerated attribute values (case-sensitive, as in the XSD), keyed `Element@attribute`. */
const DEFINITION_ENUMS = {
    'ServiceDefinition@topologyChangeDiscovery': ['UpgradeDomainWalk', 'Blast'],
    'InputEndpoint@protocol': ['http', 'https', 'tcp', 'udp'],
    'InputEndpoint@loadBalancerDistribution': ['sourceIP', 'sourceIPProtocol', 'none'],
    'InternalEndpoint@protocol': ['http', 'tcp', 'udp', 'any'],
    'InstanceInputEndpoint@protocol': ['tcp', 'udp'],
    'Certificate@storeLocation': ['CurrentUser', 'LocalMachine'],
    'Certificate@permissionLevel': ['limitedOrElevated', 'elevated'],
    'Task@executionContext': ['limited', 'elevated'],
    'Task@taskType': ['simple', 'foreground', 'background'],
    'Runtime@executionContext': ['limited', 'elevated'],
    'LoadBalancerProbe@protocol': ['http', 'tcp'],
    'WhenSource@matches': ['AnyRule'],
};
/** Booleans (xs:boolean: true, false, 1, 0), keyed `Element@attribute`. */
const DEFINITION_BOOLEANS = [
    'WebRole@enableNativeCodeExecution',
    'WorkerRole@enableNativeCodeExecution',
    'LocalStorage@cleanOnRoleRecycle',
    'InputEndpoint@ignoreRoleInstanceStatus',
    'ProgramEntryPoint@setReadyOnProcessStart',
];
/** The legacy SDK 1.0 `InputEndpoints` wrapper allowed only web protocols. */
const LEGACY_INPUT_PROTOCOLS = ['http', 'https'];
const LEGACY_INTERNAL_PROTOCOLS = ['http'];
const XS_BOOLEAN = /^(true|false|1|0)$/;
/**
 * NamedElementNameString: starts with a letter or `_`; no `\ / : * ? " < > | ` ' ^`; does not
 * end with `.` or white space.
 */
const NAMED_ELEMENT_NAME = /^[\p{L}_](?:[^\\/:*?"<>|`'^]*[^\\/:*?"<>|`'^.\s])?$/u;
/** Elements that must be in the schema's namespace, with the attribute kinds they use. */
function* walk(el) {
    const stack = [el];
    while (stack.length) {
        const e = stack.pop();
        yield e;
        for (let i = e.elements.length - 1; i >= 0; i--)
            stack.push(e.elements[i]);
    }
}
/**
 * Every element of the service's definition in `walk` order; empty without a definition. A
 * shared index (`sharedIndex(service, ctx, definitionElements)`): five schema rules visit them all.
 */
function definitionElements(service) {
    return service.definition ? [...walk(service.definition.el)] : [];
}
/** An integer written the way xs:int allows (optional sign, digits, surrounding white space). */
function parseXsInt(value) {
    const v = value.trim();
    if (!/^[+-]?\d+$/.test(v))
        return undefined;
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./.build/rules/csdef/duplicate-input-port.js



/* harmony default export */ const duplicate_input_port = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-duplicate-input-port',
        shortDescription: 'Two input endpoints of the service use the same public port',
        fullDescription: "Input endpoint ports are the service's public ports on its load balancer: each may be used once per service, across all roles. The RemoteForwarder plug-in takes port 3389 as well.",
        help: help({
            why: 'The load balancer cannot send one public port to two endpoints; the deployment is rejected.',
            bad: '<WebRole name="Web"> ... <InputEndpoint name="Http" protocol="http" port="80" /> ...\n<WebRole name="Admin"> ... <InputEndpoint name="Http" protocol="http" port="80" /> ...',
            good: '<WebRole name="Web"> ... <InputEndpoint name="Http" protocol="http" port="80" /> ...\n<WebRole name="Admin"> ... <InputEndpoint name="Http" protocol="http" port="8080" /> ...',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (InputEndpoint port "must be unique")', 'Azure SDK RemoteForwarder plug-in (public RDP endpoint on 3389)'],
        catalog: 'CSDEF-010',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const used = new Map();
        for (const role of service.definition?.roles ?? []) {
            const uses = [];
            // Plug-in ports first: their ports are fixed, so a colliding endpoint of the role is what moves.
            for (const i of role.imports) {
                const m = i.moduleName ? (0,rule_api/* findImportModule */.v_)(i.moduleName) : undefined;
                for (const ep of m?.endpoints ?? []) {
                    if (ep.kind === 'InputEndpoint') {
                        uses.push({ port: ep.port, use: { role: role.name ?? '?', what: `the ${m?.name} plug-in`, at: i.el, line: i.el.span.start.line, plugin: m?.name } });
                    }
                }
            }
            for (const e of role.endpoints) {
                if (e.kind !== 'InputEndpoint')
                    continue;
                const port = parseXsInt(e.port ?? '');
                if (port === undefined)
                    continue;
                uses.push({ port, use: { role: role.name ?? '?', what: `input endpoint "${e.name ?? '?'}"`, at: e.el.attr('port') ?? e.el, line: e.el.span.start.line } });
            }
            for (const { port, use } of uses) {
                const prev = used.get(port);
                if (prev) {
                    ctx.report({
                        at: use.at,
                        message: `public port ${port} of ${use.what} in role "${use.role}" is already taken by ${prev.what} in role "${prev.role}" (line ${prev.line}); ${advice(use, prev)}`,
                        key: `port ${port} ${use.role} ${use.what}`,
                    });
                }
                else
                    used.set(port, use);
            }
        }
    },
}));
/** What to change: a plug-in's port is fixed, so the endpoint moves or the plug-in is imported once. */
function advice(use, prev) {
    if (!use.plugin)
        return 'use another port';
    if (prev.plugin === use.plugin)
        return `import ${use.plugin} in one role only`;
    return `give ${prev.what} another port`;
}

;// CONCATENATED MODULE: ./.build/rules/csdef/duplicate-name.js


/* harmony default export */ const duplicate_name = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-duplicate-name',
        shortDescription: 'A role declares the same setting, certificate, local store, site or import twice',
        fullDescription: 'Within a role, configuration setting names, certificate names, local storage names, site names and imported modules must each be unique. A repeated declaration is ambiguous and rejected by the SDK tools.',
        help: help({
            why: 'Settings, certificates and local stores are looked up by name at run time; duplicates usually come from merge conflicts.',
            bad: '<ConfigurationSettings>\n  <Setting name="StorageConnectionString" />\n  <Setting name="StorageConnectionString" />\n</ConfigurationSettings>',
            good: '<ConfigurationSettings>\n  <Setting name="StorageConnectionString" />\n</ConfigurationSettings>',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (unique names of settings, certificates, local stores)'],
        catalog: 'CSDEF-008',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const groups = [
                ['setting', role.settings],
                ['certificate', role.certificates],
                ['local storage', role.localStores],
                ['site', role.sites],
                ['import', role.imports.map((i) => ({ el: i.el, name: i.moduleName }))],
            ];
            for (const [what, items] of groups) {
                const seen = new Map();
                // In document order: legacy and current forms of a list are bound separately.
                for (const item of [...items].sort((a, b) => a.el.span.start.offset - b.el.span.start.offset)) {
                    if (item.name === undefined)
                        continue;
                    const prev = seen.get(item.name);
                    if (prev) {
                        ctx.report({
                            at: item.el,
                            message: `role "${role.name ?? '?'}" already declares ${what} "${item.name}" on line ${prev.span.start.line}; remove one`,
                            key: `duplicate ${what} ${item.name}`,
                        });
                    }
                    else
                        seen.set(item.name, item.el);
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/duplicate-role-name.js


/* harmony default export */ const duplicate_role_name = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-duplicate-role-name',
        shortDescription: 'Two roles of the service have the same name',
        fullDescription: 'Role names must be unique across the web, worker and VM roles of a service. Names are compared without regard to case, because each role becomes a folder in the package and on Windows two names that differ only in case are the same folder.',
        help: help({
            why: 'The configuration, the package layout and the role environment all find a role by its name; two roles with one name cannot both be deployed.',
            bad: '<WebRole name="App">...</WebRole>\n<WorkerRole name="App">...</WorkerRole>',
            good: '<WebRole name="AppWeb">...</WebRole>\n<WorkerRole name="AppWorker">...</WorkerRole>',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md ("The name of the role must be unique")'],
        catalog: 'CSDEF-002',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const first = new Map();
        for (const role of service.definition?.roles ?? []) {
            if (!role.name)
                continue;
            const key = role.name.toLowerCase();
            const prev = first.get(key);
            if (!prev) {
                first.set(key, role);
                continue;
            }
            const same = prev.name === role.name;
            ctx.report({
                at: role.el.attr('name') ?? role.el,
                message: same
                    ? `the role name "${role.name}" is already used by the ${prev.kind} on line ${prev.el.span.start.line}; rename one of them`
                    : `the role name "${role.name}" differs only in case from "${prev.name}" (line ${prev.el.span.start.line}); role folders would collide on Windows; rename one of them`,
                key: `duplicate role ${key}`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/lib/csdef-endpoints.js
/** Endpoint counting shared by the limit rules. Imports nothing but the rule API. */

/** Every endpoint of a kind the role has, the ones its plug-ins add included (pointing at the Import). */
function endpointsOf(role, kind) {
    const out = role.endpoints.filter((e) => e.kind === kind).map((e) => ({ at: e.el, plugin: false }));
    for (const i of role.imports) {
        const m = i.moduleName ? (0,rule_api/* findImportModule */.v_)(i.moduleName) : undefined;
        for (const ep of m?.endpoints ?? [])
            if (ep.kind === kind)
                out.push({ at: i.el, plugin: true });
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/rules/csdef/endpoint-limit.js



const LIMIT = {
    InputEndpoint: rule_api/* LIMITS */.b1.inputEndpointsPerService,
    InternalEndpoint: rule_api/* LIMITS */.b1.internalEndpointsPerService,
    InstanceInputEndpoint: rule_api/* LIMITS */.b1.instanceInputEndpointsPerService,
};
const KINDS = ['InputEndpoint', 'InternalEndpoint', 'InstanceInputEndpoint'];
/* harmony default export */ const endpoint_limit = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-endpoint-limit',
        shortDescription: 'The service has more than 25 input, internal or instance-input endpoints',
        fullDescription: 'A deployment may have at most 25 input endpoints, 25 internal endpoints and 25 instance-input endpoints, counted over all roles. Plug-ins add hidden ones: RemoteForwarder a public input endpoint on 3389, RemoteAccess an internal endpoint in every role that imports it. Azure rejects the deployment only after the package is uploaded.',
        help: help({
            why: 'These are hard limits (the default is the maximum). The build does not check them; the compute emulator and Azure do.',
            bad: '<!-- 26 <InputEndpoint> elements across the roles of one service -->',
            good: '<!-- at most 25; use an InstanceInputEndpoint port range, or split the service -->',
        }),
        sources: [
            'MicrosoftDocs/azure-docs includes/azure-cloud-services-limits.md',
            'avkashchauhan MSDN blog 2011-06-21 (endpoint limits reported only after upload)',
        ],
        catalog: 'CSDEF-012',
        tags: ['correctness', 'limits'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const roles = service.definition?.roles ?? [];
        for (const kind of KINDS) {
            const all = roles.flatMap((r) => endpointsOf(r, kind));
            const limit = LIMIT[kind];
            if (all.length <= limit)
                continue;
            const hidden = all.filter((e) => e.plugin).length;
            ctx.report({
                at: all[limit].at,
                message: `the service has ${all.length} ${kind} elements${hidden ? ` (${hidden} added by plug-ins)` : ''}, over the limit of ${limit}; remove ${all.length - limit} or split the service`,
                key: `${kind} limit`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/https-endpoint-certificate.js


/* harmony default export */ const https_endpoint_certificate = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-https-endpoint-certificate',
        shortDescription: 'An https input endpoint names no certificate, or one the role does not declare',
        fullDescription: 'An input endpoint with protocol="https" must name, in its certificate attribute, a Certificate declared in the same role. Without it the endpoint has no server certificate to bind.',
        help: help({
            why: 'The certificate attribute is how the platform knows which certificate to bind to the HTTPS port; it must match a <Certificate> of the role, whose thumbprint the configuration supplies.',
            bad: '<InputEndpoint name="Https" protocol="https" port="443" />',
            good: '<InputEndpoint name="Https" protocol="https" port="443" certificate="SslCert" />\n...\n<Certificates>\n  <Certificate name="SslCert" storeLocation="LocalMachine" storeName="My" />\n</Certificates>',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (InputEndpoint certificate: "Required for an HTTPS endpoint")'],
        catalog: 'CSDEF-013',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const declared = new Set(role.certificates.map((c) => c.name));
            for (const e of role.endpoints) {
                if (e.kind !== 'InputEndpoint')
                    continue;
                if (e.protocol === 'https' && e.certificate === undefined) {
                    ctx.report({
                        at: e.el,
                        message: `https endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" names no certificate; add certificate="<name of a Certificate of the role>"`,
                    });
                }
                else if (e.certificate !== undefined && !declared.has(e.certificate)) {
                    ctx.report({
                        at: e.el.attr('certificate') ?? e.el,
                        message: `certificate "${e.certificate}" is not declared in role "${role.name ?? '?'}"; add <Certificate name="${e.certificate}" storeLocation="LocalMachine" storeName="My" /> to its <Certificates>`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/ignore-role-instance-status.js


/* harmony default export */ const ignore_role_instance_status = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-ignore-role-instance-status',
        shortDescription: 'An input endpoint sends traffic to instances that are not ready',
        fullDescription: 'ignoreRoleInstanceStatus="true" tells the load balancer to keep sending traffic to an instance whatever its status: busy, starting, recycling. The setting is meant for debugging; in a deployed service users reach instances that cannot answer.',
        help: help({
            why: 'By default the load balancer takes an instance out of rotation while it is not Ready (for example when the role reports Busy). Turning that off hides the instance health the platform relies on during updates.',
            bad: '<InputEndpoint name="Http" protocol="http" port="80" ignoreRoleInstanceStatus="true" />',
            good: '<InputEndpoint name="Http" protocol="http" port="80" />',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (InputEndpoint ignoreRoleInstanceStatus)'],
        catalog: 'CSDEF-020',
        tags: ['reliability'],
        precision: 'very-high',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const e of role.endpoints) {
                const a = e.el.attr('ignoreRoleInstanceStatus');
                // The RemoteForwarder plug-in sets it on its own RDP endpoint, on purpose: RDP must reach a sick instance.
                if (!a || !/^(true|1)$/.test(a.value.trim()) || e.name?.startsWith(rule_api/* PLUGIN_PREFIX */.nY))
                    continue;
                ctx.report({
                    at: a,
                    message: `endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" keeps sending traffic to instances that are not ready; remove ignoreRoleInstanceStatus="${a.value}" outside debugging`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/instance-input-port-range.js


/* harmony default export */ const instance_input_port_range = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-instance-input-port-range',
        shortDescription: 'An instance input endpoint has no public port range',
        fullDescription: 'An InstanceInputEndpoint maps one public port per role instance to its localPort. The public ports come from exactly one <AllocatePublicPortFrom><FixedPortRange min=".." max=".."/></AllocatePublicPortFrom>; without it there is nothing to allocate from.',
        help: help({
            why: 'The schema requires AllocatePublicPortFrom holding one FixedPortRange; the SDK tools reject the definition without it.',
            bad: '<InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp" />',
            good: '<InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">\n  <AllocatePublicPortFrom>\n    <FixedPortRange min="10105" max="10110" />\n  </AllocatePublicPortFrom>\n</InstanceInputEndpoint>',
        }),
        sources: [
            'ServiceDefinitionSchema (SDK 2.4 XSD): InstanceInputEndpoint/AllocatePublicPortFrom/FixedPortRange',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
        ],
        catalog: 'CSDEF-015',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const e of role.endpoints) {
                if (e.kind !== 'InstanceInputEndpoint')
                    continue;
                const allocate = e.el.childrenNamed('AllocatePublicPortFrom');
                const ranges = allocate.flatMap((a) => a.childrenNamed('FixedPortRange'));
                if (allocate.length === 1 && ranges.length === 1)
                    continue;
                ctx.report({
                    at: allocate.length > 1 ? (allocate[1] ?? e.el) : ranges.length > 1 ? (ranges[1] ?? e.el) : e.el,
                    message: ranges.length > 1 || allocate.length > 1
                        ? `instance input endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" must have exactly one <AllocatePublicPortFrom> with one <FixedPortRange>; merge the ranges into one`
                        : `instance input endpoint "${e.name ?? '?'}" of role "${role.name ?? '?'}" has no public port range; add <AllocatePublicPortFrom><FixedPortRange min="…" max="…" /></AllocatePublicPortFrom> with one port per instance`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/internal-endpoints-per-role.js



/* harmony default export */ const internal_endpoints_per_role = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-internal-endpoints-per-role',
        shortDescription: 'A role has more than 5 internal endpoints',
        fullDescription: 'A role may define at most 5 internal endpoints. Importing RemoteAccess adds one more (the RDP endpoint on 3389) that does not appear in the file but counts.',
        help: help({
            why: 'The role-to-role communication doc states the per-role limit; Azure rejects the deployment after upload.',
            bad: '<Endpoints>\n  <InternalEndpoint name="a" protocol="tcp" />\n  <!-- … six in total -->\n</Endpoints>',
            good: '<Endpoints>\n  <!-- at most five, plug-in endpoints included -->\n</Endpoints>',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md (5 internal endpoints per role)'],
        catalog: 'CSDEF-012',
        tags: ['correctness', 'limits'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const eps = endpointsOf(role, 'InternalEndpoint');
            const limit = rule_api/* LIMITS */.b1.internalEndpointsPerRole;
            if (eps.length <= limit)
                continue;
            const hidden = eps.filter((e) => e.plugin).length;
            ctx.report({
                at: eps[limit].at,
                message: `role "${role.name ?? '?'}" has ${eps.length} internal endpoints${hidden ? ` (${hidden} added by the RemoteAccess plug-in)` : ''}, over the limit of ${limit}; remove ${eps.length - limit}`,
                key: `internal endpoints of ${role.name ?? '?'}`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/invalid-enum-value.js



/* harmony default export */ const invalid_enum_value = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-invalid-enum-value',
        shortDescription: 'An attribute has a value its schema does not allow',
        fullDescription: 'Protocols, execution contexts, task types, certificate store locations, permission levels and booleans take a fixed set of values, compared case-sensitively: "HTTP" is not "http". A wrong value fails schema validation or is read as something else.',
        help: help({
            why: 'The schema enumerations are case-sensitive. The docs tables write HTTP and TCP in upper case, which is a common source of this mistake.',
            bad: '<InputEndpoint name="Http" protocol="HTTP" port="80" />\n<Task commandLine="setup.cmd" executionContext="admin" />',
            good: '<InputEndpoint name="Http" protocol="http" port="80" />\n<Task commandLine="setup.cmd" executionContext="elevated" />',
        }),
        sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): simple types Protocol, InternalProtocol, TransportProtocol, ExecutionContext, TaskType, StoreLocation, PermissionLevel'],
        catalog: 'CSDEF-001',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const el of (0,rule_api/* sharedIndex */._s)(service, ctx, definitionElements)) {
            for (const a of el.attributes) {
                const key = `${el.local}@${a.name}`;
                let allowed = DEFINITION_ENUMS[key];
                if (a.name === 'protocol' && el.parent?.local === 'InputEndpoints')
                    allowed = LEGACY_INPUT_PROTOCOLS;
                if (a.name === 'protocol' && el.local === 'InternalEndpoint' && el.parent && el.parent.local !== 'Endpoints') {
                    allowed = LEGACY_INTERNAL_PROTOCOLS;
                }
                if (allowed && !allowed.includes(a.value)) {
                    const hint = allowed.find((v) => v.toLowerCase() === a.value.trim().toLowerCase());
                    ctx.report({
                        at: a,
                        message: hint
                            ? `${a.name}="${a.value}" must be written "${hint}" (values are case-sensitive)`
                            : `${a.name}="${a.value}" is not one of ${allowed.join(', ')}`,
                    });
                }
                if (DEFINITION_BOOLEANS.includes(key) && !XS_BOOLEAN.test(a.value)) {
                    ctx.report({ at: a, message: `${a.name}="${a.value}" must be true or false` });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/invalid-name.js



/** Attributes typed NamedElementNameString in the schema. */
const NAMED = {
    ServiceDefinition: ['name'],
    WebRole: ['name'],
    WorkerRole: ['name'],
    VirtualMachineRole: ['name'],
    Setting: ['name'],
    Certificate: ['name'],
    LocalStorage: ['name'],
    Import: ['moduleName'],
    InputEndpoint: ['name', 'certificate', 'loadBalancerProbe', 'loadBalancer'],
    InternalEndpoint: ['name'],
    InstanceInputEndpoint: ['name'],
};
/* harmony default export */ const invalid_name = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-invalid-name',
        shortDescription: 'A name in the service definition breaks the schema naming rule',
        fullDescription: 'Names of the service, roles, settings, certificates, local stores, imports and endpoints must start with a letter or underscore, must not contain \\ / : * ? " < > | ` \' ^, and must not end with a period or white space. An empty name, common in templates, fails too.',
        help: help({
            why: 'These names become folder names, environment entries and API keys on the role instance; the schema restricts them so that they are valid everywhere.',
            bad: '<ServiceDefinition name="" ...>\n<WebRole name="1Web">',
            good: '<ServiceDefinition name="shop" ...>\n<WebRole name="Web1">',
        }),
        sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): simple type NamedElementNameString'],
        catalog: 'CSDEF-002',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const el of (0,rule_api/* sharedIndex */._s)(service, ctx, definitionElements)) {
            for (const name of NAMED[el.local] ?? []) {
                const a = el.attr(name);
                if (a && !NAMED_ELEMENT_NAME.test(a.value)) {
                    ctx.report({
                        at: a,
                        message: a.value === ''
                            ? `${name} is empty; give <${el.local}> a name that starts with a letter or _`
                            : `${name}="${a.value}" is not a valid name: start with a letter or _, avoid \\ / : * ? " < > | \` ' ^, and do not end with . or a space`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/invalid-number.js



/** `Element@attribute` → smallest allowed value (schema PositiveInt, LBProbeInterval, LBProbeTimeout). */
const MINIMUMS = {
    'ServiceDefinition@upgradeDomainCount': 1,
    'LocalStorage@sizeInMB': 1,
    'InputEndpoint@idleTimeoutInMinutes': 1,
    'InstanceInputEndpoint@idleTimeoutInMinutes': 1,
    'LoadBalancerProbe@intervalInSeconds': 5,
    'LoadBalancerProbe@timeoutInSeconds': 11,
};
/* harmony default export */ const invalid_number = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-invalid-number',
        shortDescription: 'A numeric attribute is not an integer or is below its minimum',
        fullDescription: 'upgradeDomainCount, LocalStorage sizeInMB and idle timeouts must be positive integers; a load balancer probe interval must be at least 5 seconds and its timeout at least 11.',
        help: help({
            why: 'The schema types these attributes as bounded integers; anything else fails validation when the package is built.',
            bad: '<LocalStorage name="cache" sizeInMB="0" />',
            good: '<LocalStorage name="cache" sizeInMB="1024" />',
        }),
        sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): PositiveInt, LBProbeInterval, LBProbeTimeout'],
        catalog: 'CSDEF-008',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const el of (0,rule_api/* sharedIndex */._s)(service, ctx, definitionElements)) {
            for (const a of el.attributes) {
                const min = MINIMUMS[`${el.local}@${a.name}`];
                if (min === undefined)
                    continue;
                const n = parseXsInt(a.value);
                if (n === undefined)
                    ctx.report({ at: a, message: `${a.name}="${a.value}" is not an integer; write a whole number of at least ${min}` });
                else if (n < min)
                    ctx.report({ at: a, message: `${a.name}="${a.value}" must be at least ${min}` });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/invalid-port.js



/** Attributes holding a port, and whether `*` (dynamic allocation) is allowed there. */
const PORTS = {
    InputEndpoint: { port: false, localPort: true },
    InternalEndpoint: { port: true },
    InstanceInputEndpoint: { localPort: false },
    FixedPort: { port: false },
    FixedPortRange: { min: false, max: false },
    LoadBalancerProbe: { port: false },
};
/* harmony default export */ const invalid_port = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-invalid-port',
        shortDescription: 'A port is not a number from 1 to 65535, or a port range is reversed',
        fullDescription: 'Endpoint ports, local ports, fixed ports and fixed port ranges must be integers from 1 to 65535. Only an input endpoint\'s localPort and an internal endpoint\'s port may be "*" (dynamically allocated). A FixedPortRange whose min is greater than its max opens no port.',
        help: help({
            why: 'Invalid ports fail schema validation in the SDK tools; a reversed range is schema-valid but allocates nothing, so instance-input endpoints cannot start. A Microsoft docs sample once shipped with min > max.',
            bad: '<InputEndpoint name="Http" protocol="http" port="80000" />\n<FixedPortRange min="10109" max="10105" />',
            good: '<InputEndpoint name="Http" protocol="http" port="8080" />\n<FixedPortRange min="10105" max="10109" />',
        }),
        sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): PortInteger, PortSpecifier', 'MicrosoftDocs/azure-docs pull request 4252 (sample with min > max)'],
        catalog: 'CSDEF-011',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const el of (0,rule_api/* sharedIndex */._s)(service, ctx, definitionElements)) {
            const spec = PORTS[el.local];
            if (!spec)
                continue;
            for (const [name, starAllowed] of Object.entries(spec)) {
                const a = el.attr(name);
                if (!a)
                    continue;
                if (a.value.trim() === '*') {
                    if (!starAllowed)
                        ctx.report({ at: a, message: `${name}="*" is not allowed on <${el.local}>; give a port from 1 to 65535` });
                    continue;
                }
                checkPort(a, name, ctx.report);
            }
            if (el.local === 'FixedPortRange') {
                const min = parseXsInt(el.attrValue('min') ?? '');
                const max = parseXsInt(el.attrValue('max') ?? '');
                if (min !== undefined && max !== undefined && min > max) {
                    ctx.report({ at: el, message: `the range min="${min}" max="${max}" is reversed; min must not exceed max` });
                }
            }
        }
    },
}));
function checkPort(a, name, report) {
    const n = parseXsInt(a.value);
    if (n === undefined)
        report({ at: a, message: `${name}="${a.value}" is not a port number; use an integer from 1 to 65535` });
    else if (n < 1 || n > 65535)
        report({ at: a, message: `${name}="${a.value}" is outside 1–65535` });
}

;// CONCATENATED MODULE: ./.build/rules/csdef/load-balancer-probe-reference.js


/* harmony default export */ const load_balancer_probe_reference = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-load-balancer-probe-reference',
        shortDescription: 'An input endpoint names a load balancer probe the service does not define',
        fullDescription: 'InputEndpoint/@loadBalancerProbe must name a <LoadBalancerProbe> in the definition\'s <LoadBalancerProbes> block (which comes before the roles). A dangling name leaves the endpoint without the health probe it relies on and the deployment is rejected.',
        help: help({
            why: 'The XSD has no key/keyref for this link, so only the tools that build and deploy the package notice.',
            bad: '<InputEndpoint name="Http" protocol="http" port="80" loadBalancerProbe="Health" />',
            good: '<LoadBalancerProbes>\n  <LoadBalancerProbe name="Health" protocol="http" path="/health" />\n</LoadBalancerProbes>\n...\n<InputEndpoint name="Http" protocol="http" port="80" loadBalancerProbe="Health" />',
            notes: 'The catalog marks this as inference from the schema semantics; the docs page for LoadBalancerProbe says the endpoint refers to a probe by name, so a name that does not resolve is reported as an error.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-loadbalancerprobe.md'],
        catalog: 'CSDEF-016',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        const probes = def.loadBalancerProbes.map((p) => p.name).filter((n) => n !== undefined);
        for (const role of def.roles) {
            for (const e of role.endpoints) {
                const a = e.el.attr('loadBalancerProbe');
                if (e.kind !== 'InputEndpoint' || !a || probes.includes(a.value))
                    continue;
                ctx.report({
                    at: a,
                    message: probes.length
                        ? `loadBalancerProbe="${a.value}" of endpoint "${e.name ?? '?'}" is not defined; use one of ${(0,rule_api/* listNames */.Zv)(probes)} or add <LoadBalancerProbe name="${a.value}" …/> to <LoadBalancerProbes>`
                        : `loadBalancerProbe="${a.value}" of endpoint "${e.name ?? '?'}" is not defined; add <LoadBalancerProbes><LoadBalancerProbe name="${a.value}" protocol="http" path="/" /></LoadBalancerProbes> before the roles`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/lib/csdef-sizes.js
/** Size-name helpers for the vmsize rules. Imports nothing but the rule API. */

/**
 * ARM size ids of the families the extended-support "available sizes" page lists, in the shape
 * Azure writes them. The size table cannot list every member (the SKU API is the authority).
 */
const ARM_FAMILIES = [
    /^Standard_A\d+m?_v2$/,
    /^Standard_D\d+(_v2|_v3|s_v3|_v4|s_v4|a_v4|as_v4)?$/,
    /^Standard_E\d+(_v3|s_v3|_v4|s_v4|a_v4|as_v4)$/,
    /^Standard_G\d+$/,
    /^Standard_H\d+(m|r|mr)?$/,
];
function isArmSizeName(v) {
    const t = v.trim();
    return ARM_FAMILIES.some((re) => re.test(t));
}
/** The known size whose id or alias is closest in edit distance, when it is close (≤ 2). */
function nearestVmSize(value, sizes) {
    const v = value.trim().toLowerCase();
    let best;
    for (const s of sizes) {
        for (const name of [s.id, ...s.aliases]) {
            const d = distance(v, name.toLowerCase());
            if (!best || d < best.d)
                best = { id: s.id, d };
        }
    }
    return best && best.d <= 2 ? best.id : undefined;
}
function distance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = prev[j];
            prev[j] = Math.min(up + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return prev[b.length];
}
/** The Diagnostics plug-in adds this store when the role does not declare it (seen in CSPack output). */
const DIAGNOSTIC_STORE_MB = 4096;
/**
 * Total LocalStorage a role asks for, in MB: declared stores (the schema default when sizeInMB is
 * omitted) plus the Diagnostics plug-in's DiagnosticStore when the role imports it without
 * declaring one. `implicitDiagnostics` says whether that store was added.
 */
function localStorageMB(role) {
    const implicitDiagnostics = role.imports.some((i) => i.moduleName === 'Diagnostics') && !role.localStores.some((s) => s.name === 'DiagnosticStore');
    let total = implicitDiagnostics ? DIAGNOSTIC_STORE_MB : 0;
    for (const s of role.localStores) {
        if (s.sizeInMB === undefined) {
            total += rule_api/* LIMITS */.b1.defaultLocalStoreMB;
            continue;
        }
        const v = s.sizeInMB.trim();
        const n = /^[+]?\d+$/.test(v) ? Number(v) : undefined;
        if (n !== undefined && n >= 1)
            total += n;
    }
    return { total, implicitDiagnostics };
}

;// CONCATENATED MODULE: ./.build/rules/csdef/local-storage-exceeds-disk.js




/* harmony default export */ const local_storage_exceeds_disk = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-local-storage-exceeds-disk',
        shortDescription: "A role's LocalStorage resources do not fit on its size's local disk",
        fullDescription: "All LocalStorage resources of a role (DiagnosticStore included; a store without sizeInMB counts as 1000 MB, the schema default) are carved out of the local resource disk of the role's vmsize. When their sum exceeds it, writes fail with out-of-disk errors at run time; the platform may not reject the deployment up front, so this check is the only early signal.",
        help: help({
            why: 'MSDN notes that the total size of local storage resources must not exceed the local resource size of the VM size, and that exceeding it is not always rejected at deployment time.',
            bad: '<WorkerRole name="Worker" vmsize="Standard_A1_v2">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
            good: '<WorkerRole name="Worker" vmsize="Standard_A4_v2">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
            notes: 'When the role imports Diagnostics and declares no DiagnosticStore, the plug-in\'s own 4096 MB DiagnosticStore (the value CSPack writes into the built definition) is counted. Local resource sizes come from the 2015 "Sizes for Cloud Services" page for classic and D sizes; for newer sizes they are derived from the documented temp disk (temp disk GiB × 1024 − 5096, which holds exactly for every size the 2015 page lists). Sizes this linter does not know are skipped.',
        }),
        sources: [
            'MSDN "Configure Local Storage Resources" (ee758708)',
            'Microsoft Docs "Sizes for Cloud Services" (2015 revision, local resource MB)',
        ],
        catalog: 'CSDEF-007',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const { total, implicitDiagnostics } = localStorageMB(role);
            if (total === 0)
                continue;
            const size = (0,rule_api/* findVmSize */.IY)(role.vmsize ?? rule_api/* DEFAULT_VM_SIZE */.Y6);
            if (!size || total <= size.localResourceMB)
                continue;
            const biggest = [...role.localStores].sort((a, b) => (parseXsInt(b.sizeInMB ?? '') ?? 0) - (parseXsInt(a.sizeInMB ?? '') ?? 0))[0];
            ctx.report({
                at: biggest?.el.attr('sizeInMB') ?? biggest?.el.attr('sizeInMb') ?? role.el,
                message: `LocalStorage of role "${role.name ?? '?'}" totals ${(0,rule_api/* thousands */.oh)(total)} MB${implicitDiagnostics ? ` (with the ${DIAGNOSTIC_STORE_MB} MB DiagnosticStore of the Diagnostics plug-in)` : ''} but ${size.id} has ${(0,rule_api/* thousands */.oh)(size.localResourceMB)} MB of local resource disk; shrink the stores or choose a larger vmsize`,
                key: `local storage of ${role.name ?? '?'} exceeds ${size.id}`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/local-storage-exceeds-successor-size.js



/**
 * The smallest current size that holds `mb` and has at least `cores`: first in the series of `to`
 * (A_v2, Am_v2), then among every current ARM size.
 */
function sizeThatFits(to, mb, cores) {
    const series = to.id.replace(/\d+/, '#');
    // The F-series is missing from extended support's family list, so it is never suggested.
    const candidates = rule_api/* VM_SIZES */.Lv.filter((s) => s.status === 'current' && s.extendedSupportName === s.id && !s.id.startsWith('Standard_F') && s.localResourceMB >= mb && s.cores >= cores);
    const order = (a, b) => a.localResourceMB - b.localResourceMB || a.cores - b.cores;
    return candidates.filter((s) => s.id.replace(/\d+/, '#') === series).sort(order)[0] ?? candidates.sort(order)[0];
}
/* harmony default export */ const local_storage_exceeds_successor_size = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-local-storage-exceeds-successor-size',
        shortDescription: "The extended-support size a classic role must move to cannot hold the role's LocalStorage",
        fullDescription: 'Extended support does not accept classic sizes, and Microsoft maps each one to an Av2 size (Small → Standard_A1_v2, Medium → Standard_A2_v2…). Those have far smaller local disks: Small had 225,304 MB of local resource disk, Standard_A1_v2 has 5,144. A role whose LocalStorage fit on its classic size may not fit on the mapped one, and the stores then run out of space at run time. The message names the smallest size of the same series that fits, or else the smallest current size that does.',
        help: help({
            why: 'Following the size mapping mechanically trades a deployment error for out-of-disk errors later; LocalStorage quotas are carved from the local resource disk, and the Diagnostics plug-in alone takes 4096 MB of it.',
            bad: '<WorkerRole name="Worker" vmsize="Small">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
            good: '<WorkerRole name="Worker" vmsize="Standard_A4_v2">\n  <LocalResources>\n    <LocalStorage name="Cache" sizeInMB="20000" />\n  </LocalResources>\n</WorkerRole>',
            notes: 'The size change itself is reported by CSES-legacy-vm-size; this rule only adds what the mapping hides. Local resource sizes of the Av2 sizes are derived from their documented temp disk (temp disk GiB × 1024 − 5096, exact for every size the 2015 sizes page lists). A role that imports Diagnostics without declaring a DiagnosticStore is counted with the plug-in\'s own 4096 MB store.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (current revision: classic size → ARM size)',
            'Microsoft Docs "Sizes for Cloud Services" (2015 revision, local resource MB) and cloud-services-sizes-specs.md (2017 revision, temp disk)',
            'MSDN "Configure Local Storage Resources" (ee758708)',
        ],
        catalog: 'CSDEF-007',
        tags: ['extended-support', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            if (role.kind === 'VirtualMachineRole')
                continue;
            const size = (0,rule_api/* findVmSize */.IY)(role.vmsize ?? rule_api/* DEFAULT_VM_SIZE */.Y6);
            const to = size?.extendedSupportName && size.status !== 'current' ? (0,rule_api/* findVmSize */.IY)(size.extendedSupportName) : undefined;
            if (!size || !to)
                continue;
            const { total, implicitDiagnostics } = localStorageMB(role);
            if (total <= to.localResourceMB)
                continue;
            const fit = sizeThatFits(to, total, to.cores);
            ctx.report({
                at: role.el.attr('vmsize') ?? role.el,
                message: `role "${role.name ?? '?'}" needs ${(0,rule_api/* thousands */.oh)(total)} MB of LocalStorage${implicitDiagnostics ? ` (with the ${DIAGNOSTIC_STORE_MB} MB DiagnosticStore of the Diagnostics plug-in)` : ''}, more than the ${(0,rule_api/* thousands */.oh)(to.localResourceMB)} MB local disk of ${to.id}, the extended-support size for ${role.vmsize ?? `the default ${size.id}`}; ${fit ? `use vmsize="${fit.id}" (${(0,rule_api/* thousands */.oh)(fit.localResourceMB)} MB)` : 'choose a larger ARM size'} or shrink the stores`,
                key: `successor size of ${role.name ?? '?'}`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/network-traffic-rule-reference.js



/* harmony default export */ const network_traffic_rule_reference = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-network-traffic-rule-reference',
        shortDescription: 'A network traffic rule names an unknown role or a non-internal endpoint',
        fullDescription: 'In <NetworkTrafficRules>, each RoleEndpoint must name a role of the service and one of that role\'s internal endpoints, and each FromRole must name a role of the service. Traffic rules only restrict role-to-role traffic on internal endpoints.',
        help: help({
            why: 'A rule with a dangling name either fails the deployment or silently protects nothing.',
            bad: '<RoleEndpoint endpointName="Tcp9" roleName="Nope" />',
            good: '<RoleEndpoint endpointName="Tcp9" roleName="Worker" />',
            notes: 'Decision on an inference rule: the NetworkTrafficRules page says the rules apply to internal endpoints, so a RoleEndpoint naming an input endpoint is reported too. Plug-in endpoints (Microsoft.WindowsAzure.Plugins.*) are accepted without being declared.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-networktrafficrules.md',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
        ],
        catalog: 'CSDEF-016',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def?.networkTrafficRules)
            return;
        const roles = new Map(def.roles.filter((r) => r.name !== undefined).map((r) => [r.name, r]));
        for (const el of walk(def.networkTrafficRules)) {
            if (el.local !== 'RoleEndpoint' && el.local !== 'FromRole')
                continue;
            const roleAttr = el.attr('roleName');
            if (!roleAttr)
                continue;
            const role = roles.get(roleAttr.value);
            if (!role) {
                ctx.report({ at: roleAttr, message: `roleName="${roleAttr.value}" is not a role of the service; use one of ${[...roles.keys()].map((r) => `"${r}"`).join(', ') || 'its roles'}` });
                continue;
            }
            if (el.local !== 'RoleEndpoint')
                continue;
            const epAttr = el.attr('endpointName');
            if (!epAttr || epAttr.value.startsWith('Microsoft.WindowsAzure.Plugins.'))
                continue;
            const ep = role.endpoints.find((e) => e.name === epAttr.value);
            if (!ep) {
                ctx.report({ at: epAttr, message: `endpointName="${epAttr.value}" is not an endpoint of role "${role.name}"; name one of its internal endpoints` });
            }
            else if (ep.kind !== 'InternalEndpoint') {
                ctx.report({ at: epAttr, message: `endpoint "${epAttr.value}" of role "${role.name}" is an ${ep.kind}; network traffic rules apply to internal endpoints only` });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/public-port-range-overlap.js



const range = (c) => (c.min === c.max ? `port ${c.min}` : `ports ${c.min}-${c.max}`);
/* harmony default export */ const public_port_range_overlap = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-public-port-range-overlap',
        shortDescription: "An instance input endpoint's public port range overlaps another public port of the service",
        fullDescription: 'The public ports of a service live on one load balancer: input endpoint ports, every port of each instance input endpoint\'s AllocatePublicPortFrom range, and port 3389 of the RemoteForwarder plug-in. An instance input range that contains an input endpoint\'s port, or overlaps another instance input range, asks the load balancer to send one public port to two places.',
        help: help({
            why: 'Duplicate input endpoint ports are reported by CSDEF-duplicate-input-port; this rule adds the port ranges of instance input endpoints, which take one public port per instance and are easy to overlap when roles are added.',
            bad: '<InputEndpoint name="Admin" protocol="tcp" port="10106" />\n...\n<InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">\n  <AllocatePublicPortFrom>\n    <FixedPortRange min="10105" max="10110" />\n  </AllocatePublicPortFrom>\n</InstanceInputEndpoint>',
            good: '<InputEndpoint name="Admin" protocol="tcp" port="10200" />\n...\n<FixedPortRange min="10105" max="10110" />',
            notes: 'Decision on an inference rule: the schema docs say input ports must be unique within the service; that the same holds for the ports of instance input ranges follows from how the load balancer maps them and is reported as an error. Reversed ranges (min > max) are left to CSDEF-invalid-port.',
        }),
        sources: [
            'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (InputEndpoint port must be unique; InstanceInputEndpoint)',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
        ],
        catalog: 'CSDEF-010',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const claims = [];
        const ranges = [];
        for (const role of service.definition?.roles ?? []) {
            const r = role.name ?? '?';
            for (const e of role.endpoints) {
                if (e.kind === 'InputEndpoint') {
                    const p = parseXsInt(e.port ?? '');
                    if (p !== undefined)
                        claims.push({ min: p, max: p, what: `input endpoint "${e.name ?? '?'}" of role "${r}"`, at: e.el.attr('port') ?? e.el });
                }
                else if (e.kind === 'InstanceInputEndpoint') {
                    for (const fr of e.fixedPortRanges) {
                        const min = parseXsInt(fr.min ?? '');
                        const max = parseXsInt(fr.max ?? '');
                        if (min === undefined || max === undefined || min > max)
                            continue;
                        ranges.push({ min, max, what: `instance input endpoint "${e.name ?? '?'}" of role "${r}"`, at: fr.el });
                    }
                }
            }
            for (const i of role.imports) {
                const m = i.moduleName ? (0,rule_api/* findImportModule */.v_)(i.moduleName) : undefined;
                for (const ep of m?.endpoints ?? []) {
                    if (ep.kind === 'InputEndpoint')
                        claims.push({ min: ep.port, max: ep.port, what: `the ${m?.name} plug-in in role "${r}"`, at: i.el });
                }
            }
        }
        ranges.forEach((range1, i) => {
            for (const c of claims) {
                if (c.min < range1.min || c.min > range1.max)
                    continue;
                ctx.report({
                    at: range1.at,
                    message: `public ${range(range1)} of ${range1.what} include port ${c.min}, which ${c.what} already uses; move the range or the port`,
                    key: `${range1.what} overlaps ${c.what}`,
                });
            }
            for (const other of ranges.slice(0, i)) {
                if (range1.max < other.min || range1.min > other.max)
                    continue;
                ctx.report({
                    at: range1.at,
                    message: `public ${range(range1)} of ${range1.what} overlap ${range(other)} of ${other.what}; give each instance input endpoint its own range`,
                    key: `${range1.what} overlaps ${other.what}`,
                });
            }
        });
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/remote-forwarder.js


/* harmony default export */ const remote_forwarder = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-remote-forwarder',
        shortDescription: 'RemoteAccess is imported without a RemoteForwarder, or the other way round',
        fullDescription: 'The classic Remote Desktop plug-in comes in two parts: RemoteAccess in every role you want to reach, and RemoteForwarder in exactly one role, which owns the public port 3389 and forwards to the instances. One without the other gives no working Remote Desktop.',
        help: help({
            why: 'Visual Studio adds both imports together; hand edits that remove one leave an RDP setup that cannot connect (or a public 3389 endpoint that forwards to nothing).',
            bad: '<WebRole name="Web">\n  <Imports>\n    <Import moduleName="RemoteAccess" />\n  </Imports>\n</WebRole>',
            good: '<WebRole name="Web">\n  <Imports>\n    <Import moduleName="RemoteAccess" />\n    <Import moduleName="RemoteForwarder" />\n  </Imports>\n</WebRole>',
            notes: 'Decision on an inference rule: the pairing comes from how the plug-ins work (the forwarder owns the public endpoint), not from an error text. Two forwarders are left to CSDEF-duplicate-input-port, since both claim port 3389. Extended support drops both plug-ins in favour of the Remote Desktop extension, so the lasting fix is to remove both imports (see the CSES rules).',
        }),
        sources: ['avkashchauhan MSDN blog (RemoteForwarder lives in one role and owns the public 3389 endpoint)', 'MicrosoftDocs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md'],
        catalog: 'CSDEF-018',
        tags: ['correctness'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        const roles = service.definition?.roles ?? [];
        const imports = (m) => roles.flatMap((r) => r.imports.filter((i) => i.moduleName === m));
        const access = imports('RemoteAccess');
        const forwarders = imports('RemoteForwarder');
        if (access.length && !forwarders.length) {
            const first = access[0];
            ctx.report({
                at: first.el,
                message: 'RemoteAccess is imported but no role imports RemoteForwarder, so Remote Desktop cannot connect; add <Import moduleName="RemoteForwarder" /> to one role, or remove the RDP plug-in',
            });
        }
        if (forwarders.length && !access.length) {
            const first = forwarders[0];
            ctx.report({
                at: first.el,
                message: 'RemoteForwarder opens public port 3389 but no role imports RemoteAccess; remove the RemoteForwarder Import',
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/required-attribute.js



/* harmony default export */ const required_attribute = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-required-attribute',
        shortDescription: 'An element of the service definition lacks a required attribute',
        fullDescription: 'The service definition schema requires some attributes: a name on every role, setting, certificate, endpoint, site and binding; protocol and port on input endpoints; storeLocation and storeName on certificates; commandLine on startup tasks, and so on. A missing one fails schema validation in CSPack and Visual Studio.',
        help: help({
            why: 'Required attributes carry what the platform cannot guess, such as which port to open or which certificate store to use.',
            bad: '<InputEndpoint name="Http" protocol="http" />',
            good: '<InputEndpoint name="Http" protocol="http" port="80" />',
        }),
        sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): use="required" attributes', 'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md'],
        catalog: 'CSDEF-001',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const el of (0,rule_api/* sharedIndex */._s)(service, ctx, definitionElements)) {
            for (const name of REQUIRED_DEFINITION_ATTRIBUTES[el.local] ?? []) {
                if (el.attr(name) === undefined) {
                    ctx.report({ at: el, message: `<${el.local}> needs the attribute ${name}` });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/retired-import.js


const FIX = {
    Caching: 'move the cache to Azure Cache for Redis and remove the Import and its Microsoft.WindowsAzure.Plugins.Caching.* settings',
    Connect: 'remove the Import and its settings; use a virtual network (required by extended support) instead',
};
/* harmony default export */ const retired_import = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-retired-import',
        shortDescription: 'A role imports a retired plug-in (In-Role Cache or Azure Connect)',
        fullDescription: 'The Caching plug-in (In-Role Cache) and the Connect plug-in (Azure Connect) belong to retired services. Current SDKs and the schema docs no longer list them, so the role either fails to package or depends on a feature that no longer works.',
        help: help({
            why: 'In-Role Cache was retired and Microsoft points its users to Azure Cache for Redis; Azure Connect was replaced by virtual networks long ago but still appears in old documentation samples.',
            bad: '<Imports>\n  <Import moduleName="Caching" />\n</Imports>',
            good: '<Imports>\n  <Import moduleName="Diagnostics" />\n</Imports>\n<!-- cache: Azure Cache for Redis, connection string in a Setting -->',
        }),
        sources: [
            'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Import element lists only RemoteAccess, RemoteForwarder, Diagnostics)',
            'MSDN In-Role Cache FAQ (hh914142, archived)',
        ],
        catalog: 'CSDEF-017',
        tags: ['retired', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'warning',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const i of role.imports) {
                const m = i.moduleName ? (0,rule_api/* findImportModule */.v_)(i.moduleName) : undefined;
                if (!m || m.status !== 'retired')
                    continue;
                ctx.report({
                    at: i.el.attr('moduleName') ?? i.el,
                    message: `role "${role.name ?? '?'}" imports the retired ${m.name} plug-in${m.note ? ` (${m.note})` : ''}; ${FIX[m.name] ?? 'remove the Import'}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/role-count.js


/* harmony default export */ const role_count = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-role-count',
        shortDescription: 'The service defines no role, or more than 25 roles',
        fullDescription: 'A cloud service holds between 1 and 25 web and worker roles. The XSD accepts a definition without roles, but Azure has nothing to deploy (extended support refuses empty cloud services), and more than 25 roles exceeds a hard platform limit that the compute emulator enforces as well.',
        help: help({
            why: 'The 25-role limit is a hard limit (the default equals the maximum); the deployment is rejected after the package is uploaded. An empty definition is usually a template or a stub that was never filled in.',
            bad: '<ServiceDefinition name="svc">\n  <!-- 26 <WorkerRole> elements -->\n</ServiceDefinition>',
            good: '<ServiceDefinition name="svc">\n  <!-- at most 25 roles; split the rest into a second cloud service -->\n</ServiceDefinition>',
        }),
        sources: [
            'MicrosoftDocs/azure-docs includes/azure-cloud-services-limits.md (25 web/worker roles per deployment)',
            'MicrosoftDocs articles/cloud-services/schema-csdef-file.md (a service holds one or more roles)',
            'MicrosoftDocs articles/cloud-services-extended-support/in-place-migration-technical-details.md (no empty cloud services)',
        ],
        catalog: 'CSDEF-003',
        tags: ['correctness', 'limits'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        const n = def.roles.length;
        if (n === 0) {
            ctx.report({ at: def.el, message: `service "${def.name ?? '?'}" defines no role; add a <WebRole> or <WorkerRole>, or delete the unused definition` });
        }
        else if (n > rule_api/* LIMITS */.b1.rolesPerService) {
            const first = def.roles[rule_api/* LIMITS */.b1.rolesPerService];
            ctx.report({
                at: first ? first.el : def.el,
                message: `service "${def.name ?? '?'}" defines ${n} roles, over the limit of ${rule_api/* LIMITS */.b1.rolesPerService}; move ${n - rule_api/* LIMITS */.b1.rolesPerService} role(s) into another cloud service`,
                key: 'too many roles',
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/root-element.js


/* harmony default export */ const root_element = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-root-element',
        shortDescription: 'The service definition root is not ServiceDefinition in its namespace',
        fullDescription: 'A .csdef file must have the root element ServiceDefinition in the namespace http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition. Without the namespace no element matches the schema, and CSPack and Visual Studio reject the file.',
        help: help({
            why: 'The schema is namespace-qualified (elementFormDefault="qualified"): every element must be in the service definition namespace, which the root declares as the default namespace.',
            bad: '<ServiceDefinition name="shop">',
            good: '<ServiceDefinition name="shop" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition">',
        }),
        sources: ['ServiceDefinitionSchema (SDK 2.4 XSD): targetNamespace and elementFormDefault', 'MicrosoftDocs articles/cloud-services/schema-csdef-file.md'],
        catalog: 'CSDEF-001',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (def && def.el.uri !== rule_api.NS.definition) {
            ctx.report({
                at: def.el,
                message: def.el.uri
                    ? `the root element is in namespace "${def.el.uri}"; use xmlns="${rule_api.NS.definition}"`
                    : `the root element has no namespace; add xmlns="${rule_api.NS.definition}"`,
            });
        }
        for (const doc of service.unreadable) {
            if (doc.root && /\.csdef$/i.test(doc.file)) {
                ctx.report({
                    at: doc.root,
                    message: `the root element is <${doc.root.name}>; a service definition's root is <ServiceDefinition xmlns="${rule_api.NS.definition}">`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/startup-task-path.js


/** The program part of a command line: a quoted string, or everything up to the first space. */
function programOf(commandLine) {
    const t = commandLine.trim();
    if (t.startsWith('"')) {
        const end = t.indexOf('"', 1);
        return end < 0 ? t.slice(1) : t.slice(1, end);
    }
    return t.split(/\s+/)[0] ?? '';
}
/* harmony default export */ const startup_task_path = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-startup-task-path',
        shortDescription: 'A startup task program is given with an environment variable or an absolute path',
        fullDescription: 'The program of a startup Task/@commandLine is looked up relative to the role\'s approot\\bin folder (sitesroot for some web role setups), and environment variables in that program path are not expanded. %ROLEROOT%\\… or C:\\… therefore does not find the file and the task fails, which keeps the role from starting.',
        help: help({
            why: 'The "Run startup tasks" doc describes commandLine paths as relative to the role\'s bin folder. Put the script in the role project with Copy to Output Directory set, and refer to it by its relative path; use environment variables inside the script, or as arguments.',
            bad: '<Task commandLine="%ROLEROOT%\\approot\\bin\\startup.cmd" executionContext="elevated" />',
            good: '<Task commandLine="startup.cmd" executionContext="elevated" />',
            notes: 'Only the program part is checked: arguments may use variables, and programs on the system PATH such as cmd or powershell are fine.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md'],
        catalog: 'CSDEF-019',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const task of role.startupTasks) {
                const cl = task.commandLine;
                if (cl === undefined)
                    continue;
                const program = programOf(cl);
                let problem;
                if (/%[^%\s]+%/.test(program))
                    problem = 'uses an environment variable, which is not expanded in the program path';
                else if (/^[A-Za-z]:[\\/]/.test(program) || program.startsWith('\\') || program.startsWith('/')) {
                    problem = 'is an absolute path; programs are found relative to the role\'s approot\\bin folder';
                }
                if (!problem)
                    continue;
                const file = program.split(/[\\/]/).pop() || program;
                const t = cl.trim();
                const rest = t.slice(t.startsWith('"') ? program.length + 2 : program.length);
                ctx.report({
                    at: task.el.attr('commandLine') ?? task.el,
                    message: `startup task program "${program}" of role "${role.name ?? '?'}" ${problem}; copy ${file} into the role's output (approot\\bin) and write commandLine="${file}${rest}"`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/unexpected-element.js


const ROOT_CHILDREN = ['LoadBalancerProbes', 'WebRole', 'WorkerRole', 'VirtualMachineRole', 'NetworkTrafficRules'];
/* harmony default export */ const unexpected_element = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-unexpected-element',
        shortDescription: 'An element is not allowed where it stands in the service definition',
        fullDescription: 'Each role kind has its own set of child elements, each allowed at most once: a WorkerRole cannot hold Sites, a role cannot have two Startup blocks, and every element must be in the service definition namespace. The VirtualMachineRole is checked against its own 2012 schema.',
        help: help({
            why: 'Role children form an xs:all group: any order, each at most once. Elements outside the set, or repeated, fail schema validation; a second block is silently not what the author meant.',
            bad: '<WorkerRole name="w">\n  <Startup>...</Startup>\n  <Startup>...</Startup>\n  <Sites>...</Sites>\n</WorkerRole>',
            good: '<WorkerRole name="w">\n  <Startup>...all tasks...</Startup>\n</WorkerRole>',
            notes: 'A WebRole without Sites is accepted: the SDK 2.4 XSD marks Sites required, but Microsoft\'s docs describe a web role without Sites (legacy Hosted Web Core mode), and so do real files. This rule follows the docs.',
        }),
        sources: [
            'ServiceDefinitionSchema (SDK 2.4 XSD): WebRole and WorkerRole xs:all groups',
            'MSDN "VirtualMachineRole Schema" (June 2012)',
            'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Sites optional)',
        ],
        catalog: 'CSDEF-001',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def || def.el.uri !== rule_api.NS.definition)
            return;
        checkChildren(def.el, ROOT_CHILDREN, false, ctx.report);
        for (const role of def.el.elements) {
            if (!(0,rule_api/* isRoleKindName */.eC)(role.local))
                continue;
            checkChildren(role, rule_api/* ROLE_ELEMENTS */.bi[role.local], true, ctx.report);
        }
    },
}));
function checkChildren(parent, allowed, once, report) {
    const seen = new Set();
    for (const child of parent.elements) {
        if (child.uri !== rule_api.NS.definition) {
            report({ at: child, message: `<${child.name}> is not in the service definition namespace; remove its prefix or namespace` });
            continue;
        }
        if (!allowed.includes(child.local)) {
            report({
                at: child,
                message: `<${child.local}> is not allowed in <${parent.local}>; allowed here: ${allowed.join(', ')}`,
            });
            continue;
        }
        if (once && seen.has(child.local)) {
            report({ at: child, message: `<${parent.local}> may hold only one <${child.local}>; merge this one into the first` });
        }
        seen.add(child.local);
    }
}

;// CONCATENATED MODULE: ./.build/rules/csdef/unknown-import.js


/* harmony default export */ const unknown_import = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-unknown-import',
        shortDescription: 'An Import names a module no Azure SDK ships',
        fullDescription: 'Import/@moduleName must name an SDK plug-in: RemoteAccess, RemoteForwarder or Diagnostics (the documented ones), or one of the older Caching, Connect, WebDeploy and RemoteDebugger plug-ins. Any other name, including a wrong letter case, makes packaging fail because no plug-in of that name exists.',
        help: help({
            why: 'The XSD types moduleName as a plain name with no enumeration, so a typo passes schema validation and fails when the package is built.',
            bad: '<Import moduleName="Diagnostic" />',
            good: '<Import moduleName="Diagnostics" />',
            notes: 'Decision: the name is compared case-sensitively, as plug-in folder lookups on the build machine are not guaranteed to be case-insensitive in every tool; a case-only difference is reported with the right spelling.',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Import element: RemoteAccess, RemoteForwarder, Diagnostics)'],
        catalog: 'CSDEF-017',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const i of role.imports) {
                const name = i.moduleName;
                if (name === undefined || (0,rule_api/* findImportModule */.v_)(name))
                    continue;
                const hint = rule_api/* IMPORT_MODULES */.yJ.find((m) => m.name.toLowerCase() === name.trim().toLowerCase() || m.name.toLowerCase() === name.trim().toLowerCase().replace(/s?$/, 's'));
                ctx.report({
                    at: i.el.attr('moduleName') ?? i.el,
                    message: hint
                        ? `moduleName="${name}" is not a plug-in name; write "${hint.name}"`
                        : `moduleName="${name}" is not a plug-in the SDK ships; use RemoteAccess, RemoteForwarder or Diagnostics, or remove the Import`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/unknown-vm-size.js



/* harmony default export */ const unknown_vm_size = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-unknown-vm-size',
        shortDescription: 'A role vmsize is not a Cloud Services size',
        fullDescription: 'vmsize must name a size Cloud Services offers: a classic name (ExtraSmall…ExtraLarge, A5–A11) or an ARM size id of a family available to web and worker roles (Standard_A1_v2, Standard_D2_v2…). A typo, or a virtual-machine-only family, fails the deployment.',
        help: help({
            why: 'The 2.4 schema types vmsize as a free string, so the typo survives packaging and the deployment fails once the package is uploaded.',
            bad: '<WorkerRole name="Worker" vmsize="Smal">',
            good: '<WorkerRole name="Worker" vmsize="Standard_A1_v2">',
            notes: 'Decision (the catalog marks part of this as inference): the list of valid sizes is what the Resource SKUs API returns for PaaS and changes over time, so a well-formed `Standard_…` id of a family that extended support lists (Av2, D, Dv2, Dv3, Dav4, Dv4, Eav4, Ev3, Ev4, G, H) is accepted even when this linter\'s size table lacks it. Everything else that is not in the table is reported, with the closest known size as a suggestion.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-sizes-specs.md (size ids)',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/available-sizes.md (families)',
        ],
        catalog: 'CSDEF-004',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const v = role.vmsize;
            if (v === undefined || v.trim() === '' || (0,rule_api/* findVmSize */.IY)(v) || isArmSizeName(v))
                continue;
            const near = nearestVmSize(v, rule_api/* VM_SIZES */.Lv);
            ctx.report({
                at: role.el.attr('vmsize') ?? role.el,
                message: near
                    ? `vmsize="${v}" of role "${role.name ?? '?'}" is not a Cloud Services size; did you mean "${near}"?`
                    : `vmsize="${v}" of role "${role.name ?? '?'}" is not a Cloud Services size; use an ARM size such as "Standard_A1_v2" or "Standard_D2_v2"`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/virtual-machine-role.js


/* harmony default export */ const virtual_machine_role = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-virtual-machine-role',
        shortDescription: 'The service uses the retired VirtualMachineRole',
        fullDescription: 'VirtualMachineRole was the 2011–2012 preview "VM role" (SDK 1.3 and later) that ran a custom uploaded image. It was retired before Cloud Services (extended support) existed; only WebRole and WorkerRole can be deployed, and the packager refuses the role.',
        help: help({
            why: 'No current Azure offering deploys a VirtualMachineRole, and the current service definition schema no longer has it. Move what the image installed into startup tasks of a WorkerRole, or move the workload to Virtual Machine Scale Sets.',
            bad: '<VirtualMachineRole name="Legacy" vmsize="Small">\n  <Imports><Import moduleName="Diagnostics" /></Imports>\n</VirtualMachineRole>',
            good: '<WorkerRole name="Legacy" vmsize="Standard_A1_v2">\n  <Startup>\n    <Task commandLine="install.cmd" executionContext="elevated" />\n  </Startup>\n</WorkerRole>',
        }),
        sources: ['MSDN "VirtualMachineRole Schema" (June 2012, preliminary)', 'ServiceDefinitionSchema (SDK 2.4 XSD), which no longer defines VirtualMachineRole'],
        tags: ['retired', 'extended-support', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            if (role.kind !== 'VirtualMachineRole')
                continue;
            ctx.report({
                at: role.el,
                message: (0,rule_api/* virtualMachineRoleRetired */.Iu)(role.name),
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/csdef/web-role-without-http-endpoint.js


/* harmony default export */ const web_role_without_http_endpoint = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSDEF-web-role-without-http-endpoint',
        shortDescription: 'A web role with sites has no HTTP or HTTPS input endpoint',
        fullDescription: 'A web role hosts its Sites in IIS behind the load balancer; the docs say a web role needs at least one HTTP or HTTPS input endpoint for that. With only internal or TCP endpoints the sites are unreachable from outside, which is sometimes intended (an internal-only front end) but usually a leftover.',
        help: help({
            why: 'Bindings of the sites can only point at endpoints of the role; without an http(s) input endpoint nothing reaches IIS from the internet.',
            bad: '<WebRole name="Web">\n  <Sites>\n    <Site name="Web">\n      <Bindings>\n        <Binding name="Internal" endpointName="Internal" />\n      </Bindings>\n    </Site>\n  </Sites>\n  <Endpoints>\n    <InternalEndpoint name="Internal" protocol="http" />\n  </Endpoints>\n</WebRole>',
            good: '<Endpoints>\n  <InputEndpoint name="Http" protocol="http" port="80" />\n</Endpoints>',
            notes: 'A note, not a warning: the catalog records the doc claim as not verified in practice, and internal-only web roles are a legitimate design.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md'],
        catalog: 'CSDEF-021',
        tags: ['correctness'],
        precision: 'medium',
        defaultLevel: 'note',
        recommended: false,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            if (role.kind !== 'WebRole' || role.sites.length === 0)
                continue;
            const web = role.endpoints.some((e) => e.kind === 'InputEndpoint' && (e.protocol === 'http' || e.protocol === 'https'));
            if (web)
                continue;
            ctx.report({
                at: role.el,
                message: `web role "${role.name ?? '?'}" has sites but no http or https input endpoint, so they are unreachable from outside; add <InputEndpoint name="Endpoint1" protocol="http" port="80" /> (or https) and bind the site to it`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/duplicate-name.js


/* harmony default export */ const cscfg_duplicate_name = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-duplicate-name',
        shortDescription: 'The configuration repeats a role, a setting or a certificate',
        fullDescription: 'A service configuration lists each role once, and within a role each setting and certificate once. With repeats, which value applies is undefined; Azure rejects the configuration.',
        help: help({
            why: 'Duplicates are usually merge leftovers; the value you see first may not be the one deployed.',
            bad: '<Setting name="Mode" value="live" />\n<Setting name="Mode" value="test" />',
            good: '<Setting name="Mode" value="live" />',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md', 'Catalog CSCFG-001 (duplicates: inference)'],
        catalog: 'CSCFG-001',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            dupes(cfg.roles, 'role', undefined, ctx.report);
            for (const role of cfg.roles) {
                dupes(role.settings, 'setting', role.name, ctx.report);
                dupes(role.certificates, 'certificate', role.name, ctx.report);
            }
        }
    },
}));
function dupes(items, what, role, report) {
    const seen = new Map();
    for (const item of items) {
        if (item.name === undefined)
            continue;
        const prev = seen.get(item.name);
        if (prev) {
            report({
                at: item.el,
                message: `${what} "${item.name}"${role ? ` of role "${role}"` : ''} is already given on line ${prev.span.start.line}; keep one`,
                key: `duplicate ${what} ${item.name}`,
            });
        }
        else
            seen.set(item.name, item.el);
    }
}

;// CONCATENATED MODULE: ./.build/rules/lib/sec-values.js
/** The storage emulator's account key: published by Microsoft for devstoreaccount1, not a secret. */
const EMULATOR_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/**
 * Splits `k1=v1;k2=v2` connection strings. Values may themselves hold `=` (base64 padding), so
 * only the first `=` of each part separates. Returns an empty list for values that are not one.
 */
function connectionParts(value) {
    if (!value.includes('='))
        return [];
    const parts = [];
    for (const raw of value.split(';')) {
        const eq = raw.indexOf('=');
        if (eq <= 0)
            continue;
        parts.push({ key: raw.slice(0, eq).trim(), value: raw.slice(eq + 1).trim() });
    }
    return parts;
}
function partValue(parts, ...keys) {
    const wanted = keys.map((k) => k.toLowerCase());
    return parts.find((p) => wanted.includes(p.key.toLowerCase()))?.value;
}
/**
 * Release-pipeline tokens (`$(Name)`, `__Name__`, `#{Name}#`, `{{Name}}`, `%Name%`): replaced by the
 * deployment tooling, so the committed file holds no value and nothing to report.
 */
function isPipelineToken(value) {
    const v = value.trim();
    return (/^\$\([^)]+\)$/.test(v) ||
        /^__[\w.-]+__$/.test(v) ||
        /^#\{[^}]+\}#?$/.test(v) ||
        /^\{\{[^}]+\}\}$/.test(v) ||
        /^%[\w.-]+%$/.test(v) ||
        /^\$\{[^}]+\}$/.test(v));
}
/**
 * Hand-edited placeholders that someone must replace before deploying (`$storageKey$`,
 * `[your key]`, `<key>`, `YOUR_ACCOUNT_KEY`, `xxxx`). Unlike pipeline tokens nothing fills these in.
 */
function isManualPlaceholder(value) {
    const v = value.trim();
    if (v === '')
        return false;
    return (/^\$[\w.-]+\$$/.test(v) ||
        /^\$todo\b/i.test(v) ||
        /^\[[^\]]*\]$/.test(v) ||
        /^<[^>]*>?$/.test(v) ||
        /^\{[^}]*\}$/.test(v) ||
        /^(x{3,}|\*{3,}|\.{3,}|-{3,}|\?{3,}|0{8,})$/i.test(v) ||
        /\b(your|todo|tbd|placeholder|here)\b/i.test(v) ||
        // Anchored at the start, so that a real password that merely contains "addkey" is still a secret.
        /^[\W_]*(your|enter|insert|replace|put|add)[\s_-]*(your|with|own|the)?[\s_-]*(own|storage|account|access|api|client|sql|db|secret|key|password|pwd|token|name|here)/i.test(v) ||
        /^my[\w-]*(key|password|secret|token)\d*$/i.test(v) ||
        /^(changeme|change[\s_-]?me|placeholder|secret|password|passw0rd|pass|pwd|key|accountkey|storagekey|sharedkey|token|none|null|undefined|test|dummy|sample|example)$/i.test(v));
}
/** True when the value holds nothing that could be a real secret. */
function isNotASecret(value) {
    const v = value.trim();
    if (v === '' || isPipelineToken(v) || isManualPlaceholder(v))
        return true;
    // A short value built around a pipeline token (`$(Key)==`, `prefix-#{Key}`) is still a token.
    return v.length < 60 && /\$\([^)]+\)|#\{[^}]+\}|__[A-Za-z][\w.-]*__/.test(v);
}
/** Base64 as account keys are written: 64 random bytes give 88 characters ending in `==`. */
function looksLikeBase64Key(value) {
    const v = value.trim();
    return v.length >= 40 && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v) && /[0-9+/]/.test(v);
}
/** Storage emulator references: `UseDevelopmentStorage=true`, `devstoreaccount1`, or 127.0.0.1:1000x. */
function emulatorReference(value) {
    if (/UseDevelopmentStorage\s*=\s*true/i.test(value))
        return 'UseDevelopmentStorage=true';
    if (/devstoreaccount1/i.test(value))
        return 'the devstoreaccount1 emulator account';
    const m = /(?:127\.0\.0\.1|localhost):1000[0-2]/i.exec(value);
    if (m)
        return `the emulator endpoint ${m[0]}`;
    return undefined;
}
/** Setting names whose value is a credential. */
const SECRET_NAME = /(password|passwd|pwd|secret|api[._-]?key|access[._-]?key|shared[._-]?key|private[._-]?key|license[._-]?key|auth[._-]?token|authorization[._-]?token|access[._-]?token|bearer[._-]?token|sas[._-]?token|signing[._-]?key|encryption[._-]?key|account[._-]?key|storage[._-]?key)$/i;
/** Names that end like a secret but hold public or non-secret data. */
const NOT_SECRET_NAME = /(instrumentation[._-]?key|public[._-]?key|partition[._-]?key|row[._-]?key|key[._-]?name|key[._-]?vault|thumbprint|client[._-]?id|user[._-]?name|\.enabled|expiration|url|uri|endpoint|path|file)$/i;
const STORAGE_KEY_NAME = /(account|storage)[\w.-]*key$/i;
const RDP_PASSWORD = 'Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountEncryptedPassword';
/**
 * The values of a configuration setting that hold, or should hold, a credential: connection-string
 * parts (AccountKey, Password, SharedAccessKey, sig) and whole values of settings named like one.
 */
function secretCandidates(name, value) {
    const out = [];
    if (name === RDP_PASSWORD)
        return [{ kind: 'rdp-password', what: 'the encrypted Remote Desktop password', value }];
    const parts = connectionParts(value);
    for (const p of parts) {
        const k = p.key.toLowerCase();
        if (k === 'accountkey')
            out.push({ kind: 'storage-key', what: 'AccountKey', value: p.value });
        else if (k === 'password' || k === 'pwd')
            out.push({ kind: 'password', what: p.key, value: p.value });
        else if (k === 'sharedaccesskey' || k === 'sharedsecretvalue')
            out.push({ kind: 'shared-access-key', what: p.key, value: p.value });
        else if (k === 'sig')
            out.push({ kind: 'sas-signature', what: 'SAS signature (sig=)', value: p.value });
    }
    if (out.length === 0 && name !== undefined && SECRET_NAME.test(name) && !NOT_SECRET_NAME.test(name)) {
        const kind = STORAGE_KEY_NAME.test(name) && looksLikeBase64Key(value) ? 'storage-key' : 'named';
        out.push({ kind, what: `setting ${name}`, value });
    }
    // SAS query strings in URLs: ...?sv=...&sig=<signature>
    const sig = /[?&]sig=([^&;"\s]+)/i.exec(value);
    if (sig && !out.some((c) => c.kind === 'sas-signature'))
        out.push({ kind: 'sas-signature', what: 'SAS signature (sig=)', value: decodeURIComponentSafe(sig[1]) });
    return out;
}
function decodeURIComponentSafe(v) {
    try {
        return decodeURIComponent(v);
    }
    catch {
        return v;
    }
}
/**
 * Every setting of every configuration with its `secretCandidates`, in file order. A shared index
 * (`sharedIndex(service, ctx, settingSecrets)`): the three SEC rules that read secrets walk the
 * same settings and would otherwise take each value apart three times.
 */
function settingSecrets(service) {
    const out = [];
    for (const configuration of service.configurations) {
        for (const role of configuration.roles) {
            for (const setting of role.settings) {
                if (setting.value === undefined)
                    continue;
                out.push({ configuration, role, setting: setting, candidates: secretCandidates(setting.name, setting.value) });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/rules/cscfg/emulator-storage.js



/* harmony default export */ const emulator_storage = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-emulator-storage',
        shortDescription: 'A deployed configuration points a setting at the local storage emulator',
        fullDescription: 'UseDevelopmentStorage=true, the devstoreaccount1 account and 127.0.0.1:10000–10002 only exist on a developer machine. In any configuration that is deployed (every profile but Local/Emulator/Dev) the storage calls fail; for the Diagnostics plug-in\'s connection string the agent fails and the role recycles. Azure Tools packaging reports this as WAT170.',
        help: help({
            why: 'Visual Studio templates start every configuration with UseDevelopmentStorage=true, and the Cloud file is easily forgotten. The roles-recycle troubleshooting page lists an emulator diagnostics connection string as a cause of recycling roles.',
            bad: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="UseDevelopmentStorage=true" />',
            good: '<!-- ServiceConfiguration.Cloud.cscfg: filled in by the release pipeline -->\n<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="$(DiagnosticsConnectionString)" />',
            notes: 'Which files count as deployed is decided from the file name: ServiceConfiguration.<Profile>.cscfg with a profile such as Local, Emulator, Dev or Development is local; every other file, including a plain ServiceConfiguration.cscfg, is treated as deployed. That includes a configuration kept only so that the package builds (such as a ServiceConfiguration.Build.cscfg that no deployment uses), which is why the precision is high rather than very high. Suppress the rule for a file that is only ever used with the emulator or for building.',
        }),
        sources: [
            'philliphoff MSDN blog 2012-06-27 (WAT170: setting points at the storage emulator)',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md',
        ],
        catalog: 'CSCFG-011',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            for (const role of cfg.roles) {
                for (const s of role.settings) {
                    if (s.value === undefined)
                        continue;
                    const ref = emulatorReference(s.value);
                    if (!ref)
                        continue;
                    ctx.report({
                        at: s.valueAttr ?? s.el,
                        message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" uses ${ref}, which exists only on a developer machine; give a real storage connection string (DefaultEndpointsProtocol=https;AccountName=…) or a release-pipeline token`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/instances.js



/* harmony default export */ const instances = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-instances',
        shortDescription: 'A role has no Instances element, or its count is not a positive integer',
        fullDescription: 'Every Role in a service configuration needs exactly one <Instances count="N"/> with N a whole number of at least 1: it is how many virtual machines run the role.',
        help: help({
            why: 'Instances is required by the schema, and a count below 1 cannot be deployed.',
            bad: '<Role name="Web">\n  <ConfigurationSettings />\n</Role>',
            good: '<Role name="Web">\n  <Instances count="2" />\n  <ConfigurationSettings />\n</Role>',
        }),
        sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): Role/Instances minOccurs=1', 'MicrosoftDocs articles/cloud-services/schema-cscfg-role.md ("count ... Required")'],
        catalog: 'CSCFG-006',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            for (const role of cfg.roles) {
                const all = role.el.childrenNamed('Instances');
                if (all.length === 0) {
                    ctx.report({ at: role.el, message: `role "${role.name ?? '?'}" has no <Instances count="..."/>; add one` });
                    continue;
                }
                for (const extra of all.slice(1)) {
                    ctx.report({ at: extra, message: `role "${role.name ?? '?'}" has more than one <Instances>; keep one` });
                }
                const count = role.instances?.count;
                if (count === undefined)
                    continue;
                const n = parseXsInt(count);
                if (n === undefined || n < 1) {
                    ctx.report({
                        at: role.instances?.el.attr('count') ?? role.el,
                        message: `count="${count}" must be a whole number of at least 1`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/invalid-os-family.js



/* harmony default export */ const invalid_os_family = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-invalid-os-family',
        shortDescription: 'osFamily is not a Guest OS family number',
        fullDescription: 'osFamily must be a whole number naming a Guest OS family: 1 to 7 exist (1–4 retired, 5 = Windows Server 2016, 6 = 2019, 7 = 2022). Any other value is rejected when the configuration is deployed.',
        help: help({
            why: 'The schema types osFamily as a string, so "2022" or "7.0" passes validation and fails only at deployment.',
            bad: '<ServiceConfiguration serviceName="svc" osFamily="2022" osVersion="*">',
            good: '<ServiceConfiguration serviceName="svc" osFamily="7" osVersion="*">',
            notes: 'Release-pipeline tokens such as $(OsFamily) or #{OsFamily}# are left alone.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md', 'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-file.md'],
        catalog: 'CSCFG-004',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const range = `${rule_api/* GUEST_OS_FAMILIES */.RP[0]?.family ?? 1}–${rule_api/* GUEST_OS_FAMILIES */.RP[rule_api/* GUEST_OS_FAMILIES */.RP.length - 1]?.family ?? 7}`;
        for (const cfg of service.configurations) {
            const a = cfg.el.attr('osFamily');
            if (!a || isPipelineToken(a.value) || (0,rule_api/* findGuestOsFamily */.ek)(a.value))
                continue;
            const ws = /^(?:Windows\s*Server\s*)?(2016|2019|2022)$/i.exec(a.value.trim())?.[1];
            const hint = ws ? rule_api/* GUEST_OS_FAMILIES */.RP.find((f) => f.windows.endsWith(ws)) : undefined;
            ctx.report({
                at: a,
                message: hint
                    ? `osFamily="${a.value}" is not a family number; Windows Server ${ws} is osFamily="${hint.family}"`
                    : `osFamily="${a.value}" is not a Guest OS family; use a number from ${range} (5, 6 or 7 are supported)`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/invalid-os-version.js



/* harmony default export */ const invalid_os_version = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-invalid-os-version',
        shortDescription: 'osVersion is neither "*" nor a Guest OS configuration string of the chosen family',
        fullDescription: 'osVersion is "*" (follow the newest Guest OS of the family, the default) or a configuration string WA-GUEST-OS-<family>.<version>_<yyyymm>-<nn>. A string whose family differs from osFamily asks for two different operating systems at once.',
        help: help({
            why: 'A malformed osVersion is rejected when deploying. A family mismatch is at best confusing: which of the two wins is not documented.',
            bad: '<ServiceConfiguration serviceName="svc" osFamily="6" osVersion="WA-GUEST-OS-5.99_202409-01">',
            good: '<ServiceConfiguration serviceName="svc" osFamily="6" osVersion="*">',
            notes: 'Decision on the inference part (family equality): reported as an error, since no source says which attribute wins and the fix is trivial.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md (configuration strings)', 'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-file.md'],
        catalog: 'CSCFG-004',
        tags: ['correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            const a = cfg.el.attr('osVersion');
            if (!a)
                continue;
            const v = a.value.trim();
            if (v === '*' || isPipelineToken(v))
                continue;
            const m = rule_api/* OS_VERSION_PATTERN */.fZ.exec(v);
            if (!m) {
                ctx.report({ at: a, message: `osVersion="${a.value}" is not "*" or a WA-GUEST-OS-<family>.<version>_<yyyymm>-<nn> string; use osVersion="*"` });
                continue;
            }
            const fam = cfg.osFamily?.trim();
            if (fam !== undefined && /^\d+$/.test(fam) && Number(fam) !== Number(m[1])) {
                ctx.report({ at: a, message: `osVersion="${v}" is a family ${m[1]} image but osFamily="${fam}"; make them agree, or use osVersion="*"` });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/invalid-thumbprint.js



/* harmony default export */ const invalid_thumbprint = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-invalid-thumbprint',
        shortDescription: 'A certificate thumbprint is not 40 hexadecimal digits',
        fullDescription: 'Certificate/@thumbprint is the SHA-1 hash of the certificate: exactly 40 hexadecimal digits, with no spaces. A thumbprint copied from the Windows certificate dialog often carries spaces or an invisible left-to-right mark at the start; an empty or truncated one matches no certificate and the deployment fails with "The certificate with thumbprint … was not found".',
        help: help({
            why: 'Azure looks the certificate up by thumbprint among those uploaded to the service (or, for extended support, in the Key Vault); any stray character makes the lookup fail.',
            bad: '<Certificate name="Ssl" thumbprint="‎94 27 be fa 18 …" thumbprintAlgorithm="sha1" />',
            good: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha1" />',
            notes: 'Release-pipeline tokens ($(SslThumbprint), #{SslThumbprint}#, __SslThumbprint__) are left alone. Lower-case digits are reported by CSCFG-lowercase-thumbprint.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-role.md (thumbprint: hexadecimal, no spaces, upper case)',
            'microsoft/azure-pipelines-tasks issues 2269 and 6418 (certificate with thumbprint not found)',
        ],
        catalog: 'CSCFG-008',
        tags: ['correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            for (const role of cfg.roles) {
                for (const c of role.certificates) {
                    const a = c.el.attr('thumbprint');
                    if (!a || isPipelineToken(a.value))
                        continue;
                    const v = a.value;
                    if (/^[0-9A-Fa-f]{40}$/.test(v))
                        continue;
                    const hex = v.replace(/[^0-9A-Fa-f]/g, '');
                    let problem;
                    if (v.trim() === '')
                        problem = 'is empty';
                    else if (isManualPlaceholder(v) || hex.length < 8)
                        problem = 'is a placeholder, not a thumbprint';
                    else if (/[\u200e\u200f\u202a-\u202e\ufeff\u00a0]/.test(v))
                        problem = 'contains invisible characters (pasted from the certificate dialog)';
                    else if (/\s/.test(v))
                        problem = 'contains white space';
                    else if (hex.length !== v.length)
                        problem = 'contains characters that are not hexadecimal digits';
                    else
                        problem = `has ${v.length} digits instead of 40`;
                    const fix = hex.length === 40 ? `write thumbprint="${hex.toUpperCase()}"` : 'paste the 40-digit SHA-1 thumbprint of the certificate';
                    ctx.report({ at: a, message: `thumbprint of certificate "${c.name ?? '?'}" in role "${role.name ?? '?'}" ${problem}; ${fix}` });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/invalid-vm-name.js


const VM_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
/* harmony default export */ const invalid_vm_name = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-invalid-vm-name',
        shortDescription: 'Role vmName is longer than 10 characters or uses characters other than letters, digits and hyphens',
        fullDescription: 'Role/@vmName sets the computer name prefix of the role instances. It may have 1 to 10 letters, digits and hyphens, and may not start or end with a hyphen; anything else fails schema validation and the deployment.',
        help: help({
            why: 'The instance number is appended to the prefix, and Windows computer names are short, which is why the schema caps the prefix at 10 characters.',
            bad: '<Role name="Web" vmName="frontendweb01">',
            good: '<Role name="Web" vmName="frontend">',
        }),
        sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): VmNameString', 'MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-role.md'],
        catalog: 'CSCFG-010',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            for (const role of cfg.roles) {
                const a = role.el.attr('vmName');
                if (!a)
                    continue;
                const v = a.value;
                const tooLong = v.length > rule_api/* LIMITS */.b1.vmNameLength;
                if (!tooLong && VM_NAME.test(v))
                    continue;
                const cleaned = v.replace(/[^A-Za-z0-9-]/g, '').replace(/^-+|-+$/g, '').slice(0, rule_api/* LIMITS */.b1.vmNameLength).replace(/-+$/, '');
                ctx.report({
                    at: a,
                    message: `vmName="${v}" of role "${role.name ?? '?'}" ${tooLong ? `has ${v.length} characters; at most ${rule_api/* LIMITS */.b1.vmNameLength} are allowed` : 'may hold only letters, digits and inner hyphens'}${cleaned ? `; for example vmName="${cleaned}"` : ''}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/lowercase-thumbprint.js


/* harmony default export */ const lowercase_thumbprint = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-lowercase-thumbprint',
        shortDescription: 'A certificate thumbprint is written in lower case',
        fullDescription: 'The configuration schema page asks for thumbprints in upper-case hexadecimal. The XSD accepts lower case and some tools compare case-insensitively, but others (scripts that match the thumbprint against the portal or Key Vault, and comparisons in older tooling) do not.',
        help: help({
            why: 'Writing thumbprints the way the docs and the portal do avoids a class of "certificate not found" surprises for no cost.',
            bad: '<Certificate name="Ssl" thumbprint="9427befa18c7d1c2a2b3c4d5e6f708192a3b4c5d" thumbprintAlgorithm="sha1" />',
            good: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha1" />',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-role.md (thumbprint: upper-case hexadecimal)'],
        catalog: 'CSCFG-008',
        tags: ['style'],
        precision: 'very-high',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            for (const role of cfg.roles) {
                for (const c of role.certificates) {
                    const a = c.el.attr('thumbprint');
                    if (!a || !/^[0-9A-Fa-f]{40}$/.test(a.value) || !/[a-f]/.test(a.value))
                        continue;
                    ctx.report({
                        at: a,
                        message: `thumbprint of certificate "${c.name ?? '?'}" in role "${role.name ?? '?'}" is in lower case; write thumbprint="${a.value.toUpperCase()}"`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/pinned-os-version.js


/* harmony default export */ const pinned_os_version = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-pinned-os-version',
        shortDescription: 'osVersion pins one Guest OS release instead of following the family',
        fullDescription: 'Only the latest two Guest OS versions of a family are supported. A pinned version is soon disabled (it can no longer be selected, so a redeploy fails) and later expires, when the service is force-upgraded or stopped. osVersion="*" keeps the role on the newest patched image.',
        help: help({
            why: 'Pinning trades security patches for stability for a few weeks at most; after that the pinned configuration is a deployment failure waiting for the next release.',
            bad: '<ServiceConfiguration serviceName="svc" osFamily="7" osVersion="WA-GUEST-OS-7.40_202404-01">',
            good: '<ServiceConfiguration serviceName="svc" osFamily="7" osVersion="*">',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md ("only the latest 2 versions"; release, disabled and expiration dates)'],
        catalog: 'CSCFG-005',
        tags: ['reliability'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            const a = cfg.el.attr('osVersion');
            if (!a)
                continue;
            const m = rule_api/* OS_VERSION_PATTERN */.fZ.exec(a.value.trim());
            if (!m)
                continue;
            const ym = m[3];
            ctx.report({
                at: a,
                message: `osVersion pins the ${ym.slice(0, 4)}-${ym.slice(4)} Guest OS release; only the latest two releases are supported, so use osVersion="*"`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/remote-access-expiration.js



const SETTING = `${rule_api/* PLUGIN_PREFIX */.nY}RemoteAccess.AccountExpiration`;
const ENABLED = `${rule_api/* PLUGIN_PREFIX */.nY}RemoteAccess.Enabled`;
/** Parses the plug-in's format, 2019-01-01T23:59:59.0000000-08:00 (seven fractional digits). */
function parseExpiration(value) {
    const v = value.trim().replace(/(\.\d{3})\d+/, '$1');
    if (!/^\d{4}-\d{2}-\d{2}/.test(v))
        return undefined;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : new Date(t);
}
/* harmony default export */ const remote_access_expiration = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-remote-access-expiration',
        shortDescription: 'The Remote Desktop account expiration is in the past or unreadable',
        fullDescription: 'Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountExpiration is when the Remote Desktop account created by the classic plug-in stops working. A date in the past means Remote Desktop is silently unusable and the settings are stale; a value that is not a date is rejected by the plug-in.',
        help: help({
            why: 'Visual Studio writes the expiration once, when Remote Desktop is enabled; months later nobody can sign in and nobody knows why.',
            bad: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountExpiration" value="2019-01-01T00:00:00.0000000-08:00" />',
            good: '<!-- remove the RemoteAccess plug-in and enable the Remote Desktop extension when needed -->',
            notes: 'Decision on an inference rule: a hygiene warning in the strict preset. The lasting fix for extended support is to drop the RDP plug-in altogether. Only roles whose RemoteAccess.Enabled is true are checked (a disabled plug-in creates no account), and Local configurations are skipped (the emulator does not run the plug-in); empty values and release-pipeline tokens are skipped. The option `today` (YYYY-MM-DD) fixes the comparison date for reproducible runs.',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md'],
        catalog: 'CSCFG-013',
        tags: ['hygiene'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: false,
        optionsSchema: {
            type: 'object',
            properties: { today: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } },
            additionalProperties: false,
        },
    },
    check(service, ctx) {
        const today = ctx.options.today ? new Date(`${ctx.options.today}T00:00:00Z`) : new Date();
        for (const cfg of service.configurations) {
            // The emulator does not run the plug-in: a Local configuration's account is never created.
            if (cfg.isLocal)
                continue;
            for (const role of cfg.roles) {
                // A disabled plug-in creates no account, so its expiration means nothing.
                const enabled = role.settings.find((x) => x.name === ENABLED)?.value?.trim().toLowerCase();
                if (enabled !== 'true' && enabled !== '1')
                    continue;
                for (const s of role.settings) {
                    if (s.name !== SETTING || s.value === undefined)
                        continue;
                    const v = s.value.trim();
                    if (v === '' || isPipelineToken(v))
                        continue;
                    const at = s.valueAttr ?? s.el;
                    const d = parseExpiration(v);
                    if (!d) {
                        ctx.report({ at, message: `RemoteAccess.AccountExpiration "${v}" of role "${role.name ?? '?'}" is not a date; write one such as 2026-12-31T23:59:59.0000000+00:00, or remove the RDP plug-in` });
                    }
                    else if (d.getTime() < today.getTime()) {
                        ctx.report({
                            at,
                            message: `the Remote Desktop account of role "${role.name ?? '?'}" expired on ${d.toISOString().slice(0, 10)}; remove the RDP plug-in settings (extended support uses the Remote Desktop extension) or set a new date`,
                            key: `RemoteAccess expired ${role.name ?? '?'}`,
                        });
                    }
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/required-attribute.js



/* harmony default export */ const cscfg_required_attribute = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-required-attribute',
        shortDescription: 'An element of the service configuration lacks a required attribute',
        fullDescription: 'The configuration schema requires serviceName on the root, name on roles, name and value on settings (the value may be empty), name, thumbprint and thumbprintAlgorithm on certificates, and the names that tie network configuration to the definition.',
        help: help({
            why: 'A setting without value, or a certificate without thumbprint, cannot be applied; Azure rejects the configuration.',
            bad: '<Setting name="StorageConnectionString" />\n<Certificate name="SslCert" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" />',
            good: '<Setting name="StorageConnectionString" value="" />\n<Certificate name="SslCert" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />',
        }),
        sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): use="required" attributes', 'MicrosoftDocs articles/cloud-services/schema-cscfg-role.md'],
        catalog: 'CSCFG-001',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            for (const el of walk(cfg.el)) {
                for (const name of REQUIRED_CONFIGURATION_ATTRIBUTES[el.local] ?? []) {
                    if (el.attr(name) === undefined)
                        ctx.report({ at: el, message: `<${el.local}> needs the attribute ${name}` });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/root-element.js


/* harmony default export */ const cscfg_root_element = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-root-element',
        shortDescription: 'The service configuration root is not ServiceConfiguration in its namespace',
        fullDescription: 'A .cscfg file must have the root element ServiceConfiguration in the namespace http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration, or Azure and the SDK tools reject it.',
        help: help({
            why: 'The configuration schema is namespace-qualified; a missing or wrong namespace means no element matches the schema.',
            bad: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">',
            good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*" xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">',
        }),
        sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): targetNamespace', 'MicrosoftDocs articles/cloud-services/schema-cscfg-file.md'],
        catalog: 'CSCFG-001',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.el.uri !== rule_api.NS.configuration) {
                ctx.report({
                    at: cfg.el,
                    message: cfg.el.uri
                        ? `the root element is in namespace "${cfg.el.uri}"; use xmlns="${rule_api.NS.configuration}"`
                        : `the root element has no namespace; add xmlns="${rule_api.NS.configuration}"`,
                });
            }
        }
        for (const doc of service.unreadable) {
            if (doc.root && /\.cscfg$/i.test(doc.file)) {
                ctx.report({
                    at: doc.root,
                    message: `the root element is <${doc.root.name}>; a service configuration's root is <ServiceConfiguration xmlns="${rule_api.NS.configuration}">`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/single-instance.js



/* harmony default export */ const single_instance = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-single-instance',
        shortDescription: 'A role runs a single instance in a deployed configuration',
        fullDescription: 'With one instance a role has no SLA and goes down whenever that instance is rebooted: every Guest OS update, host update, role recycle and, during an in-place migration to extended support, the commit step restarts it. Two or more instances in different update domains keep the role up.',
        help: help({
            why: 'The compute SLA requires two or more instances. Local (emulator) configurations are not checked.',
            bad: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Role name="Web">\n  <Instances count="1" />\n</Role>',
            good: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Role name="Web">\n  <Instances count="2" />\n</Role>',
            notes: 'Decision on the inference part: only configurations whose profile is not a local one (Local, Emulator, Dev…) are checked, and the rule is a hygiene warning in the strict preset because single-instance test deployments are common and deliberate.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md (single-instance roles restart)',
            'Azure Cloud Services SLA (two or more instances)',
        ],
        catalog: 'CSCFG-007',
        tags: ['reliability'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            for (const role of cfg.roles) {
                const a = role.instances?.el.attr('count');
                if (!a || parseXsInt(a.value) !== 1)
                    continue;
                ctx.report({
                    at: a,
                    message: `role "${role.name ?? '?'}" runs one instance, which has no SLA and goes down on every update; set count="2" or more`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/storage-http.js



/* harmony default export */ const storage_http = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-storage-http',
        shortDescription: 'A storage connection string uses plain HTTP',
        fullDescription: 'DefaultEndpointsProtocol=http sends storage requests, and the signed requests that carry the account key, over an unencrypted connection. The roles-recycle troubleshooting page requires HTTPS for the Diagnostics connection string, and storage accounts that require secure transfer (the default for new accounts) refuse HTTP altogether.',
        help: help({
            why: 'With "secure transfer required" on the account, every HTTP request fails; for the Diagnostics plug-in that means a recycling role.',
            bad: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=http;AccountName=contoso;AccountKey=$(StorageKey)" />',
            good: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(StorageKey)" />',
            notes: 'Local configurations are not checked: the storage emulator speaks HTTP only.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md (diagnostics connection string must use HTTPS)'],
        catalog: 'CSCFG-012',
        tags: ['correctness', 'security'],
        precision: 'very-high',
        defaultLevel: 'warning',
        recommended: true,
        securitySeverity: 5.0,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            for (const role of cfg.roles) {
                for (const s of role.settings) {
                    if (s.value === undefined || emulatorReference(s.value))
                        continue;
                    const protocol = partValue(connectionParts(s.value), 'DefaultEndpointsProtocol');
                    if (protocol?.toLowerCase() !== 'http')
                        continue;
                    ctx.report({
                        at: s.valueAttr ?? s.el,
                        message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" connects to storage over plain HTTP; write DefaultEndpointsProtocol=https`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cscfg/thumbprint-algorithm.js


/* harmony default export */ const thumbprint_algorithm = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSCFG-thumbprint-algorithm',
        shortDescription: 'thumbprintAlgorithm is not "sha1"',
        fullDescription: 'thumbprintAlgorithm names the hash the thumbprint was computed with, and the schema allows one value: sha1 (lower case). It is how certificates are identified, not how they are signed, so sha1 here is not a weakness; "SHA1", "sha256" and the like fail validation.',
        help: help({
            why: 'The ThumbprintAlgorithmTypes enumeration in the schema has the single value sha1, and every Microsoft example uses it.',
            bad: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha256" />',
            good: '<Certificate name="Ssl" thumbprint="9427BEFA18C7D1C2A2B3C4D5E6F708192A3B4C5D" thumbprintAlgorithm="sha1" />',
            notes: 'A missing thumbprintAlgorithm is reported by CSCFG-required-attribute. No security finding is raised for sha1: the thumbprint only names the certificate.',
        }),
        sources: ['ServiceConfigurationSchema (SDK 2.4 XSD): ThumbprintAlgorithmTypes', 'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/certificates-and-key-vault.md'],
        catalog: 'CSCFG-009',
        tags: ['schema', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            for (const role of cfg.roles) {
                for (const c of role.certificates) {
                    const a = c.el.attr('thumbprintAlgorithm');
                    if (!a || a.value === 'sha1')
                        continue;
                    ctx.report({
                        at: a,
                        message: `thumbprintAlgorithm="${a.value}" of certificate "${c.name ?? '?'}" is not allowed; write thumbprintAlgorithm="sha1" (the thumbprint must then be the certificate's SHA-1 hash)`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/lib/paired-roles.js
/**
 * Every configuration Role that names a role of the definition, with that role. Roles that match
 * nothing are left to the rules that report unknown or missing roles.
 */
function* pairedRoles(service) {
    const def = service.definition;
    if (!def)
        return;
    for (const cfg of service.configurations) {
        for (const cfgRole of cfg.roles) {
            const role = def.roles.find((r) => r.name === cfgRole.name);
            if (!role)
                continue;
            const modules = role.imports.map((i) => i.moduleName).filter((m) => m !== undefined);
            yield { def, cfg, cfgRole, role, modules };
        }
    }
}

;// CONCATENATED MODULE: ./.build/rules/xref/certificate-missing.js



/* harmony default export */ const certificate_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-certificate-missing',
        shortDescription: 'A declared certificate has no thumbprint in a configuration',
        fullDescription: 'Each certificate a role declares in its Certificates needs a <Certificate name="..." thumbprint="..." thumbprintAlgorithm="sha1"/> in the role of every service configuration. Without it the certificate cannot be installed and an HTTPS endpoint cannot bind. Plug-in certificates are checked by XREF-plugin-setting-missing.',
        help: help({
            why: 'The definition names the certificate; only the configuration says which one, by thumbprint. The LightSwitch HTTPS template is a common source of this gap.',
            bad: '<!-- .csdef --> <Certificate name="SSLCertificate" storeLocation="LocalMachine" storeName="My" />\n<!-- .cscfg --> <Certificates />',
            good: '<Certificates>\n  <Certificate name="SSLCertificate" thumbprint="0123456789ABCDEF0123456789ABCDEF01234567" thumbprintAlgorithm="sha1" />\n</Certificates>',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md', 'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Certificate)'],
        catalog: 'XREF-007',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const { def, cfgRole, role } of pairedRoles(service)) {
            const given = new Set(cfgRole.certificates.map((c) => c.name));
            const at = cfgRole.el.child('Certificates') ?? cfgRole.el;
            for (const d of role.certificates) {
                if (d.name === undefined || given.has(d.name))
                    continue;
                ctx.report({
                    at,
                    message: `role "${role.name}" gives no thumbprint for certificate "${d.name}" declared in ${def.file}; add <Certificate name="${d.name}" thumbprint="..." thumbprintAlgorithm="sha1" />`,
                    key: `missing certificate ${d.name}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/certificate-not-declared.js



/* harmony default export */ const certificate_not_declared = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-certificate-not-declared',
        shortDescription: 'A configuration certificate is not declared in the service definition',
        fullDescription: "Every Certificate in a configuration role must be declared in that role's Certificates in the definition, or come from an imported plug-in (RemoteAccess declares Microsoft.WindowsAzure.Plugins.RemoteAccess.PasswordEncryption).",
        help: help({
            why: 'The definition says where each certificate is installed (store and location); a certificate only in the configuration has nowhere to go and is rejected.',
            bad: '<!-- .cscfg --> <Certificate name="Ssl2" thumbprint="..." thumbprintAlgorithm="sha1" />\n<!-- .csdef: no Certificate "Ssl2" -->',
            good: '<!-- .csdef -->\n<Certificates>\n  <Certificate name="Ssl2" storeLocation="LocalMachine" storeName="My" />\n</Certificates>',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md (Certificates)', 'Azure SDK RemoteAccess plug-in (PasswordEncryption certificate)'],
        catalog: 'XREF-006',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const { def, cfgRole, role, modules } of pairedRoles(service)) {
            const declared = new Set(role.certificates.map((c) => c.name));
            for (const c of cfgRole.certificates) {
                if (c.name === undefined || declared.has(c.name) || (0,rule_api/* isImpliedBy */.y$)(c.name, modules))
                    continue;
                const plugin = /^Microsoft\.WindowsAzure\.Plugins\.([^.]+)\./.exec(c.name)?.[1];
                ctx.report({
                    at: c.el.attr('name') ?? c.el,
                    message: plugin
                        ? `certificate "${c.name}" of role "${role.name}" belongs to the ${plugin} plug-in, which the role does not import in ${def.file}; add <Import moduleName="${plugin}" /> or remove the certificate`
                        : `certificate "${c.name}" of role "${role.name}" is not declared in ${def.file}; add <Certificate name="${c.name}" storeLocation="LocalMachine" storeName="My" /> to the role's <Certificates> or remove it here`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/configuration-variants-differ.js


/* harmony default export */ const configuration_variants_differ = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-configuration-variants-differ',
        shortDescription: 'Configuration variants of one service disagree on roles or settings',
        fullDescription: 'Every configuration of a service (Local, Cloud, Staging…) fills in the same definition, so all of them must name the same roles and the same settings. When the definition can be read, the XREF role and setting rules already say which file lacks what; this rule compares the variants with each other when the definition is missing or unreadable, so the disagreement is still found.',
        help: help({
            why: 'A setting added to the Local file only, or a role renamed in one variant, is found at the first deployment of the other variant, usually in a pipeline.',
            bad: '<!-- ServiceConfiguration.Local.cscfg -->\n<Role name="Worker">\n  <ConfigurationSettings>\n    <Setting name="Queue" value="jobs" />\n  </ConfigurationSettings>\n</Role>\n<!-- ServiceConfiguration.Cloud.cscfg: no "Queue" -->',
            good: '<!-- both files -->\n<Setting name="Queue" value="jobs" />',
            notes: 'Decision (the catalog marks this rule as inference): with a readable definition the comparison would only repeat XREF-role-missing-in-configuration, XREF-setting-missing and XREF-setting-not-declared, so the rule stays silent then. Each file is told what it lacks compared with the union of the others.',
        }),
        sources: ['MicrosoftDocs/visualstudio-docs "Configuring your Azure project using multiple service configurations" (every configuration fills the same definition)'],
        catalog: 'XREF-008',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        if (service.definition || service.configurations.length < 2)
            return;
        const cfgs = service.configurations;
        const roleNames = new Set(cfgs.flatMap((c) => c.roles.map((r) => r.name)).filter((n) => n !== undefined));
        for (const cfg of cfgs) {
            const others = cfgs.filter((c) => c !== cfg);
            const missingRoles = [...roleNames].filter((n) => !cfg.roles.some((r) => r.name === n));
            if (missingRoles.length) {
                const where = others.filter((o) => o.roles.some((r) => missingRoles.includes(r.name ?? ''))).map((o) => o.file);
                ctx.report({
                    at: cfg.el,
                    message: `${cfg.file} has no <Role> for ${(0,rule_api/* listNames */.Zv)(missingRoles)}, which ${(0,rule_api/* listNames */.Zv)(where, '')} configure${where.length === 1 ? 's' : ''}; every variant must configure the same roles`,
                });
            }
            for (const role of cfg.roles) {
                if (role.name === undefined)
                    continue;
                const own = new Set(role.settings.map((s) => s.name));
                const elsewhere = new Map();
                for (const o of others) {
                    const r = o.roles.find((x) => x.name === role.name);
                    for (const s of r?.settings ?? []) {
                        if (s.name === undefined || own.has(s.name))
                            continue;
                        elsewhere.set(s.name, [...(elsewhere.get(s.name) ?? []), o.file]);
                    }
                }
                if (!elsewhere.size)
                    continue;
                const files = [...new Set([...elsewhere.values()].flat())];
                ctx.report({
                    at: role.el.attr('name') ?? role.el,
                    message: `role "${role.name}" in ${cfg.file} lacks setting${elsewhere.size === 1 ? '' : 's'} ${(0,rule_api/* listNames */.Zv)([...elsewhere.keys()])} that ${(0,rule_api/* listNames */.Zv)(files, '')} give${files.length === 1 ? 's' : ''}; add ${elsewhere.size === 1 ? 'it' : 'them'} here or remove ${elsewhere.size === 1 ? 'it' : 'them'} there`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/diagnostics-connection-string-empty.js


const diagnostics_connection_string_empty_SETTING = `${rule_api/* PLUGIN_PREFIX */.nY}Diagnostics.ConnectionString`;
/* harmony default export */ const diagnostics_connection_string_empty = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-diagnostics-connection-string-empty',
        shortDescription: 'A role imports Diagnostics but a deployed configuration leaves its connection string empty',
        fullDescription: 'The Diagnostics plug-in writes to the storage account named by Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString. A role that imports the plug-in but gets an empty connection string in a deployed configuration has a diagnostics agent with nowhere to write; Microsoft lists a wrong diagnostics connection string among the common causes of roles that recycle.',
        help: help({
            why: 'The agent starts with the role; without a usable storage account it fails, and the role can end in a recycle loop or lose every log it was meant to keep.',
            bad: '<!-- role imports Diagnostics -->\n<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="" />',
            good: '<Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" value="DefaultEndpointsProtocol=https;AccountName=shopdiag;AccountKey=…" />\n<!-- or remove the Import and use the Azure Diagnostics extension -->',
            notes: 'Decision: this rule reports the empty value only. A storage-emulator value in a deployed configuration and an http connection string are reported by the CSCFG rules, and a missing setting by XREF-plugin-setting-missing, so each problem has one finding. Visual Studio can fill the value when it publishes, but a pipeline that packages the committed file does not; suppress the finding with a reason when your pipeline sets it. Local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md',
            'blogs.msdn.com philliphoff "Ignore validation warnings when packaging a Windows Azure application" (WAT170)',
        ],
        catalog: 'XREF-013',
        tags: ['cross-file', 'correctness'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const role of def.roles) {
            if (!role.imports.some((i) => i.moduleName === 'Diagnostics'))
                continue;
            for (const cfg of service.configurations) {
                if (cfg.isLocal)
                    continue;
                const s = cfg.roles.find((r) => r.name === role.name)?.settings.find((x) => x.name === diagnostics_connection_string_empty_SETTING);
                if (!s || s.value === undefined || s.value.trim() !== '')
                    continue;
                ctx.report({
                    at: s.valueAttr ?? s.el,
                    message: `role "${role.name ?? ''}" imports the Diagnostics plug-in but its Diagnostics.ConnectionString is empty in ${cfg.file}; give an https storage connection string, or remove the Import and configure the Azure Diagnostics extension`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/framework-newer-than-guest-os.js


/** `v4.7.2` → [4, 7, 2]; undefined for anything else (.NET Core monikers, variables). */
function version(v) {
    const m = /^\s*v?(\d+(?:\.\d+){1,3})\s*$/i.exec(v ?? '');
    return m ? m[1].split('.').map(Number) : undefined;
}
function newer(a, b) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return false;
}
/** A startup task that looks like it installs the .NET Framework (the documented workaround). */
const INSTALLER = /(ndp|dotnet|netfx|framework|install-?net)/i;
function targetFramework(service, role) {
    const netfx = role.runtime?.entryPoint?.child('NetFxEntryPoint');
    const v = netfx?.attrValue('targetFrameworkVersion');
    if (netfx && v)
        return { value: v, from: 'its NetFxEntryPoint', at: netfx.attr('targetFrameworkVersion') ?? netfx };
    const ref = service.project?.roles.find((r) => r.roleName === role.name);
    const tfv = ref?.project?.targetFrameworkVersion;
    if (ref?.project && tfv)
        return { value: tfv, from: ref.project.file, at: role.el.attr('name') ?? role.el };
    return undefined;
}
/* harmony default export */ const framework_newer_than_guest_os = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-framework-newer-than-guest-os',
        shortDescription: 'A role targets a .NET Framework newer than its Guest OS family provides',
        fullDescription: 'Each Guest OS family comes with a fixed .NET Framework: up to 4.6.2 on families 2–5, 4.7.2 on family 6 and 4.8 on family 7. A role whose NetFxEntryPoint or role project targets a newer framework does not start unless a startup task installs that framework first. The rule compares the role\'s target with the osFamily of every deployed configuration.',
        help: help({
            why: 'The role host loads the role assembly with the framework the VM has; a newer target fails at start, and the role recycles.',
            bad: '<!-- .csdef -->\n<NetFxEntryPoint assemblyName="Worker.dll" targetFrameworkVersion="v4.8" />\n<!-- .cscfg -->\n<ServiceConfiguration serviceName="shop" osFamily="5" osVersion="*">',
            good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">',
            notes: 'Warning, not error: "Install .NET on Azure Cloud Services roles" documents a startup task that installs a newer framework, and the rule stays silent for a role whose startup tasks look like such an installer (a command line naming NDP, dotnet, netfx or framework). The target comes from NetFxEntryPoint/@targetFrameworkVersion, else from the TargetFrameworkVersion of the role project the .ccproj references. Unknown or retired families are left to CSES-retired-os-family; local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md (.NET per family)',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-dotnet-install-dotnet.md',
            'MSDN "Managing Operating System and Framework Versions" (jj573576)',
        ],
        catalog: 'XREF-009',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const role of def.roles) {
            const target = targetFramework(service, role);
            const wanted = version(target?.value);
            if (!target || !wanted)
                continue;
            if (role.startupTasks.some((t) => INSTALLER.test(t.commandLine ?? '')))
                continue;
            for (const cfg of service.configurations) {
                if (cfg.isLocal || !cfg.roles.some((r) => r.name === role.name))
                    continue;
                const family = (0,rule_api/* findGuestOsFamily */.ek)(cfg.osFamily ?? '');
                const max = version(family?.maxNetFramework);
                if (!family || !max || !newer(wanted, max))
                    continue;
                const fits = [5, 6, 7]
                    .map((n) => (0,rule_api/* findGuestOsFamily */.ek)(String(n)))
                    .find((f) => f && f.status === 'supported' && !newer(wanted, version(f.maxNetFramework) ?? [0]));
                ctx.report({
                    at: target.at,
                    message: `role "${role.name ?? ''}" targets .NET Framework ${target.value} (${target.from}) but osFamily="${family.family}" in ${cfg.file} provides ${family.maxNetFramework}; ${fits ? `set osFamily="${fits.family}" or higher` : 'install the framework with a startup task'}${fits ? ', or install the framework with a startup task' : ''}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/instance-input-range-too-small.js



/* harmony default export */ const instance_input_range_too_small = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-instance-input-range-too-small',
        shortDescription: 'An instance input endpoint has fewer public ports than the role has instances',
        fullDescription: 'An InstanceInputEndpoint gives every role instance its own public port, taken from AllocatePublicPortFrom/FixedPortRange. When a configuration asks for more instances than the range holds, the extra instances get no port and the deployment or scale-out fails.',
        help: help({
            why: 'Each instance is mapped to one port of the range, so the range must be at least as large as the instance count of every configuration (and of any planned scale-out).',
            bad: '<!-- .csdef -->\n<InstanceInputEndpoint name="Rdp" localPort="3389" protocol="tcp">\n  <AllocatePublicPortFrom>\n    <FixedPortRange min="10105" max="10106" />\n  </AllocatePublicPortFrom>\n</InstanceInputEndpoint>\n<!-- .cscfg -->\n<Instances count="3" />',
            good: '<FixedPortRange min="10105" max="10109" />',
            notes: 'Decision (inference in the catalog): the schema states one public port per instance from the range; the rule reports the Instances count that does not fit, naming the range to widen. Ranges that are not valid numbers are left to CSDEF-invalid-port.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (InstanceInputEndpoint, AllocatePublicPortFrom)',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
        ],
        catalog: 'XREF-010',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const role of def.roles) {
            for (const ep of role.endpoints) {
                if (ep.kind !== 'InstanceInputEndpoint' || !ep.fixedPortRanges.length)
                    continue;
                let ports = 0;
                let valid = true;
                for (const r of ep.fixedPortRanges) {
                    const min = parseXsInt(r.min ?? '');
                    const max = parseXsInt(r.max ?? '');
                    if (min === undefined || max === undefined || max < min)
                        valid = false;
                    else
                        ports += max - min + 1;
                }
                if (!valid)
                    continue;
                for (const cfg of service.configurations) {
                    const cfgRole = cfg.roles.find((r) => r.name === role.name);
                    const count = parseXsInt(cfgRole?.instances?.count ?? '');
                    if (!cfgRole?.instances || count === undefined || count <= ports)
                        continue;
                    const range = ep.fixedPortRanges.map((r) => `${r.min}-${r.max}`).join(', ');
                    ctx.report({
                        at: cfgRole.instances.el.attr('count') ?? cfgRole.instances.el,
                        message: `role "${role.name ?? ''}" runs ${count} instances but instance input endpoint "${ep.name ?? ''}" in ${def.file} has ${ports} public port${ports === 1 ? '' : 's'} (${range}); widen the FixedPortRange to at least ${count} ports or lower the count`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/network-reference-unresolved.js


/* harmony default export */ const network_reference_unresolved = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-network-reference-unresolved',
        shortDescription: 'A NetworkConfiguration reference names no role, endpoint, access control or load balancer',
        fullDescription: 'Names in a configuration\'s NetworkConfiguration point into the definition and into the configuration itself: InstanceAddress/@roleName and NetworkSecurityGroupRef/@roleName name roles, EndpointAcl names a role, one of its input endpoints and an AccessControl, and an InputEndpoint/@loadBalancer in the definition names a LoadBalancer of each configuration. The schema does not check any of these links.',
        help: help({
            why: 'A dangling name is found only when Azure validates the deployment, and an ACL on a misspelt endpoint silently protects nothing if it is ever accepted.',
            bad: '<AccessControls>\n  <AccessControl name="office">…</AccessControl>\n</AccessControls>\n<EndpointAcls>\n  <EndpointAcl role="Web" endPoint="Http9" accessControl="ofice" />\n</EndpointAcls>',
            good: '<EndpointAcls>\n  <EndpointAcl role="Web" endPoint="HttpIn" accessControl="office" />\n</EndpointAcls>',
            notes: 'Decision (inference in the catalog): role names are matched exactly, as the other cross-file rules do. EndpointAcl endpoints must be input or instance input endpoints, since ACLs apply to public endpoints. The attribute is written endPoint in the XSD and endpoint in the docs; both are read.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-networkconfiguration.md'],
        catalog: 'XREF-011',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        const at = (el, attr) => el.attr(attr) ?? el;
        for (const cfg of service.configurations) {
            const roleNames = def ? def.roles.map((r) => r.name) : cfg.roles.map((r) => r.name);
            const known = new Set(roleNames.filter((n) => n !== undefined));
            const where = def ? def.file : cfg.file;
            const net = cfg.network;
            const unknownRole = (el, attr, name, what) => {
                if (name === undefined || known.has(name))
                    return false;
                ctx.report({
                    at: at(el, attr),
                    message: `${what} names role "${name}", which ${where} does not define; use one of ${(0,rule_api/* listNames */.Zv)([...known])}`,
                });
                return true;
            };
            for (const ia of net?.instanceAddresses ?? [])
                unknownRole(ia.el, 'roleName', ia.roleName, '<InstanceAddress>');
            for (const ref of net?.networkSecurityGroupRefs ?? [])
                unknownRole(ref.el, 'roleName', ref.roleName, '<NetworkSecurityGroupRef>');
            const acls = new Set((net?.accessControls ?? []).map((a) => a.name));
            for (const acl of net?.endpointAcls ?? []) {
                if (unknownRole(acl.el, 'role', acl.role, '<EndpointAcl>'))
                    continue;
                const role = def?.roles.find((r) => r.name === acl.role);
                if (role && acl.endpoint !== undefined) {
                    const eps = role.endpoints.filter((e) => e.kind !== 'InternalEndpoint').map((e) => e.name);
                    if (!eps.includes(acl.endpoint)) {
                        const attr = acl.el.attr('endPoint') ? 'endPoint' : 'endpoint';
                        ctx.report({
                            at: at(acl.el, attr),
                            message: `<EndpointAcl> names endpoint "${acl.endpoint}", which role "${role.name ?? ''}" does not have as an input endpoint in ${where}; ${eps.length ? `use one of ${(0,rule_api/* listNames */.Zv)(eps.filter((e) => e !== undefined))}` : 'ACLs apply to input endpoints only'}`,
                        });
                    }
                }
                if (acl.accessControl !== undefined && !acls.has(acl.accessControl)) {
                    const names = [...acls].filter((n) => n !== undefined);
                    ctx.report({
                        at: at(acl.el, 'accessControl'),
                        message: `<EndpointAcl> names access control "${acl.accessControl}", which ${cfg.file} does not define; ${names.length ? `use one of ${(0,rule_api/* listNames */.Zv)(names)}` : 'add it under <AccessControls>'}`,
                    });
                }
            }
            if (!def)
                continue;
            const lbs = new Set((net?.loadBalancers ?? []).map((l) => l.name));
            for (const role of def.roles) {
                for (const ep of role.endpoints) {
                    const lb = ep.el.attrValue('loadBalancer');
                    if (ep.kind !== 'InputEndpoint' || lb === undefined || lbs.has(lb))
                        continue;
                    ctx.report({
                        at: at(ep.el, 'loadBalancer'),
                        message: `input endpoint "${ep.name ?? ''}" of role "${role.name ?? ''}" uses load balancer "${lb}", which ${cfg.file} does not define; add <LoadBalancer name="${lb}"> under its <NetworkConfiguration><LoadBalancers>`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/plugin-setting-missing.js



/* harmony default export */ const plugin_setting_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-plugin-setting-missing',
        shortDescription: 'A setting or certificate an imported plug-in declares has no value in a configuration',
        fullDescription: 'An <Import moduleName="..."/> declares the plug-in\'s settings and certificates implicitly (Diagnostics: ConnectionString; RemoteAccess: Enabled, AccountUsername, AccountEncryptedPassword, AccountExpiration and the PasswordEncryption certificate; RemoteForwarder: Enabled; Caching: its four settings). Each configuration should give them, or the plug-in starts half-configured.',
        help: help({
            why: 'Visual Studio writes every plug-in setting into every configuration when a plug-in is enabled; a configuration that lacks some was usually edited by hand, and the plug-in then runs with defaults or not at all. This is a warning rather than an error because the platform\'s handling of a missing plug-in setting is not documented.',
            bad: '<!-- .csdef --> <Import moduleName="RemoteAccess" />\n<!-- .cscfg: Enabled given, AccountEncryptedPassword missing -->\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />',
            good: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountUsername" value="ops" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountEncryptedPassword" value="MIIB..." />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountExpiration" value="2027-03-31T00:00:00Z" />',
            notes: 'For extended support, remove the plug-ins instead (CSES rules): the Remote Desktop and Azure Diagnostics extensions replace them.',
        }),
        sources: ['Azure SDK RoleModule plug-ins (*.csplugin) and the settings Visual Studio writes for them', 'shared/docs/service-model.md X5'],
        catalog: 'XREF-005',
        tags: ['cross-file', 'correctness'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: true,
    },
    check(service, ctx) {
        for (const { cfgRole, role } of pairedRoles(service)) {
            const settings = new Set(cfgRole.settings.map((s) => s.name));
            const certificates = new Set(cfgRole.certificates.map((c) => c.name));
            for (const d of (0,rule_api/* declaredSettings */.wE)(role)) {
                if (!d.module || settings.has(d.name))
                    continue;
                ctx.report({
                    at: cfgRole.el.child('ConfigurationSettings') ?? cfgRole.el,
                    message: `role "${role.name}" gives no value for "${d.name}", which <Import moduleName="${d.module}" /> declares; add <Setting name="${d.name}" value="..." /> or remove the import`,
                    key: `missing plugin setting ${d.name}`,
                });
            }
            for (const d of (0,rule_api/* declaredCertificates */.Jb)(role)) {
                if (!d.module || certificates.has(d.name))
                    continue;
                ctx.report({
                    at: cfgRole.el.child('Certificates') ?? cfgRole.el,
                    message: `role "${role.name}" gives no thumbprint for "${d.name}", which <Import moduleName="${d.module}" /> declares; add <Certificate name="${d.name}" thumbprint="..." thumbprintAlgorithm="sha1" /> or remove the import`,
                    key: `missing plugin certificate ${d.name}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/remote-desktop-incomplete.js


const RA = `${rule_api/* PLUGIN_PREFIX */.nY}RemoteAccess.`;
const RF = `${rule_api/* PLUGIN_PREFIX */.nY}RemoteForwarder.`;
const value = (role, name) => role.settings.find((s) => s.name === name)?.value;
const isTrue = (v) => /^\s*true\s*$/i.test(v ?? '');
/* harmony default export */ const remote_desktop_incomplete = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-remote-desktop-incomplete',
        shortDescription: 'Remote Desktop is enabled but its account, password certificate or forwarder is not set up',
        fullDescription: 'With the RemoteAccess plug-in enabled (RemoteAccess.Enabled = true) a role needs an account name, a password encrypted with the PasswordEncryption certificate, that certificate\'s thumbprint, and one role importing RemoteForwarder with RemoteForwarder.Enabled = true to carry the public 3389 endpoint. An empty value in any of these leaves Remote Desktop unusable, and an empty thumbprint makes the deployment ask for a certificate that does not exist.',
        help: help({
            why: 'Visual Studio encrypts the password with a certificate from the developer\'s store; a teammate without it, or a configuration edited by hand, ends with "Certificate with thumbprint … doesn\'t exist" or an RDP account that cannot log on.',
            bad: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountUsername" value="" />',
            good: '<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="false" />\n<!-- or, better: remove the plug-in and use the RDP extension -->',
            notes: 'Decision (the catalog marks part of this as inference): the rule checks only configurations where Remote Desktop is switched on, and only empty values; missing settings are XREF-plugin-setting-missing and settings without an Import are XREF-setting-not-declared. Whether the encrypted password matches the certificate cannot be checked without the private key. It is a warning in the strict preset because the plug-in itself has to go for extended support (CSES-rdp-plugin). Local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md',
            'Azure SDK RoleModule plug-ins RemoteAccess and RemoteForwarder (their settings and certificate)',
        ],
        catalog: 'XREF-012',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            const enabledRoles = cfg.roles.filter((r) => isTrue(value(r, `${RA}Enabled`)));
            if (!enabledRoles.length)
                continue;
            for (const role of enabledRoles) {
                const empty = ['AccountUsername', 'AccountEncryptedPassword'].filter((n) => {
                    const v = value(role, `${RA}${n}`);
                    return v !== undefined && v.trim() === '';
                });
                const cert = role.certificates.find((c) => c.name === `${RA}PasswordEncryption`);
                const at = role.settings.find((s) => s.name === `${RA}Enabled`)?.el ?? role.el;
                if (empty.length) {
                    ctx.report({
                        at,
                        message: `Remote Desktop is enabled for role "${role.name ?? ''}" in ${cfg.file} but ${empty.map((n) => `RemoteAccess.${n}`).join(' and ')} ${empty.length === 1 ? 'is' : 'are'} empty; set ${empty.length === 1 ? 'it' : 'them'}, or set RemoteAccess.Enabled to false`,
                    });
                }
                if (cert && (cert.thumbprint ?? '').trim() === '') {
                    ctx.report({
                        at: cert.el.attr('thumbprint') ?? cert.el,
                        message: `Remote Desktop is enabled for role "${role.name ?? ''}" in ${cfg.file} but the PasswordEncryption certificate has no thumbprint; give the thumbprint of the certificate the password was encrypted with`,
                    });
                }
            }
            const forwarders = cfg.roles.filter((r) => value(r, `${RF}Enabled`) !== undefined);
            if (forwarders.length && !forwarders.some((r) => isTrue(value(r, `${RF}Enabled`)))) {
                const f = forwarders[0];
                ctx.report({
                    at: f.settings.find((s) => s.name === `${RF}Enabled`)?.valueAttr ?? f.el,
                    message: `Remote Desktop is enabled in ${cfg.file} but RemoteForwarder.Enabled is not true in role "${f.name ?? ''}", which carries the public RDP endpoint; set it to true, or disable RemoteAccess`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/role-missing-in-configuration.js


/* harmony default export */ const role_missing_in_configuration = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-role-missing-in-configuration',
        shortDescription: 'A role of the definition has no Role in a configuration',
        fullDescription: 'Every role of the service definition needs a <Role> in each service configuration, with its instance count, settings and certificates. A configuration that omits a role cannot be deployed with the package.',
        help: help({
            why: 'The configuration supplies the instance count of every role; without it the role cannot start.',
            bad: '<!-- .csdef --> <WorkerRole name="Worker"> ...\n<!-- .cscfg: no <Role name="Worker"> -->',
            good: '<Role name="Worker">\n  <Instances count="2" />\n</Role>',
            notes: 'Precision is high, not very high: a configuration is checked against the definition it is paired with, and when no definition sits in its folder or a folder above, that is the only definition in the tree, which can be unrelated (a namespace-less ServiceConfiguration template in a class-library folder was reported this way on the public-repository corpus). Suppress the rule for such a file, or add it to the ignore list.',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md', 'MicrosoftDocs articles/cloud-services-extended-support/deploy-template.md (the same roles)'],
        catalog: 'XREF-002',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const cfg of service.configurations) {
            const names = new Set(cfg.roles.map((r) => r.name));
            for (const role of def.roles) {
                if (role.name !== undefined && !names.has(role.name)) {
                    ctx.report({
                        at: cfg.el,
                        message: `${role.kind} "${role.name}" of ${def.file} has no <Role name="${role.name}"> here; add it with <Instances count="..."/>`,
                        key: `missing role ${role.name}`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/role-not-in-definition.js


/* harmony default export */ const role_not_in_definition = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-role-not-in-definition',
        shortDescription: 'A configuration Role is not defined in the service definition',
        fullDescription: 'Every <Role name="..."> of a configuration must name a role of the service definition. Usually a role was renamed in one file and not the other, or the definition is a stub.',
        help: help({
            why: 'Azure validates the configuration against the package; an unknown role fails the deployment.',
            bad: '<!-- .csdef --> <WorkerRole name="WorkerRole1"> ...\n<!-- .cscfg --> <Role name="Worker"> ...',
            good: '<Role name="WorkerRole1"> ...',
            notes: 'Precision is high, not very high: a configuration is checked against the definition it is paired with, and when no definition sits in its folder or a folder above, that is the only definition in the tree, which can be unrelated (a namespace-less ServiceConfiguration template in a class-library folder was reported this way on the public-repository corpus). Suppress the rule for such a file, or add it to the ignore list.',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-cscfg-role.md ("must match the name provided for the role in the service definition file")'],
        catalog: 'XREF-003',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        const defined = def.roles.map((r) => r.name).filter((n) => n !== undefined);
        for (const cfg of service.configurations) {
            for (const role of cfg.roles) {
                if (role.name === undefined || defined.includes(role.name))
                    continue;
                const near = defined.find((n) => n.toLowerCase() === role.name?.toLowerCase());
                ctx.report({
                    at: role.el.attr('name') ?? role.el,
                    message: near
                        ? `role "${role.name}" is not defined in ${def.file}; names are case-sensitive: did you mean "${near}"?`
                        : `role "${role.name}" is not defined in ${def.file}${defined.length ? ` (its roles: ${defined.join(', ')})` : ', which has no roles'}; rename or remove it`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/service-name-mismatch.js


/* harmony default export */ const service_name_mismatch = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-service-name-mismatch',
        shortDescription: 'The configuration serviceName differs from the definition name',
        fullDescription: "ServiceConfiguration/@serviceName must equal ServiceDefinition/@name. Cloud Services (extended support) rejects a mismatch (XrpPaaSMigrationCscfgCsdefValidationMismatch), and classic tooling documented the same rule.",
        help: help({
            why: 'The configuration is validated against the definition it belongs to; the names tie them together.',
            bad: '<!-- ServiceDefinition.csdef -->\n<ServiceDefinition name="demo" ...>\n<!-- ServiceConfiguration.Cloud.cscfg -->\n<ServiceConfiguration serviceName="azuresb" ...>',
            good: '<ServiceDefinition name="demo" ...>\n<ServiceConfiguration serviceName="demo" ...>',
            notes: 'Precision is high, not very high: a configuration is checked against the definition it is paired with, and when no definition sits in its folder or a folder above, that is the only definition in the tree, which can be unrelated (a namespace-less ServiceConfiguration template in a class-library folder was reported this way on the public-repository corpus). Suppress the rule for such a file, or add it to the ignore list.',
        }),
        sources: [
            'MicrosoftDocs articles/cloud-services/schema-cscfg-file.md (serviceName "must match the name specified in the service definition file")',
            'MicrosoftDocs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
        ],
        catalog: 'XREF-001',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def || def.name === undefined)
            return;
        for (const cfg of service.configurations) {
            if (cfg.serviceName !== undefined && cfg.serviceName !== def.name) {
                ctx.report({
                    at: cfg.el.attr('serviceName') ?? cfg.el,
                    message: `serviceName="${cfg.serviceName}" differs from the definition name "${def.name}" in ${def.file}; set serviceName="${def.name}"`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/setting-missing.js



/* harmony default export */ const setting_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-setting-missing',
        shortDescription: 'A declared setting has no value in a configuration',
        fullDescription: 'Each setting a role declares in its ConfigurationSettings needs a <Setting name="..." value="..."/> in the role of every service configuration. The value may be empty, but the element must be there. Settings that imported plug-ins declare are checked by XREF-plugin-setting-missing.',
        help: help({
            why: 'The definition declares, each configuration supplies. Visual Studio and the emulator refuse a configuration that lacks a declared setting, and the role sees no value at run time.',
            bad: '<!-- .csdef --> <Setting name="QueueName" />\n<!-- .cscfg: role has no QueueName -->',
            good: '<!-- .cscfg -->\n<Setting name="QueueName" value="jobs" />',
        }),
        sources: [
            'MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (ConfigurationSettings: "value is set in the service configuration file")',
            'Visual Studio / csrun error "setting ... declared in the service definition file ... not present in the service configuration"',
        ],
        catalog: 'XREF-005',
        tags: ['cross-file', 'correctness'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const { def, cfgRole, role } of pairedRoles(service)) {
            const given = new Set(cfgRole.settings.map((s) => s.name));
            const at = cfgRole.el.child('ConfigurationSettings') ?? cfgRole.el;
            for (const d of role.settings) {
                if (d.name === undefined || given.has(d.name))
                    continue;
                ctx.report({
                    at,
                    message: `role "${role.name}" gives no value for setting "${d.name}" declared in ${def.file}; add <Setting name="${d.name}" value="..." />`,
                    key: `missing setting ${d.name}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/xref/setting-not-declared.js



/* harmony default export */ const setting_not_declared = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'XREF-setting-not-declared',
        shortDescription: 'A configuration setting is not declared in the service definition',
        fullDescription: "Every Setting in a configuration role must be declared in that role's ConfigurationSettings in the definition, or belong to a plug-in the role imports (Microsoft.WindowsAzure.Plugins.<Module>.*). Azure rejects the deployment: \"Setting 'X' for role 'Y' specified in the service configuration file is not declared in the service definition file.\"",
        help: help({
            why: 'Azure validates the configuration against the definition inside the package. Plug-in settings are declared by the Import, which is why this rule reads the role\'s Imports before deciding.',
            bad: '<!-- .csdef: no Setting "QueueName" in role Worker -->\n<Setting name="QueueName" value="jobs" />',
            good: '<!-- .csdef -->\n<ConfigurationSettings>\n  <Setting name="QueueName" />\n</ConfigurationSettings>',
        }),
        sources: [
            'Azure/azure-sdk-for-node issue 841 (Azure error text)',
            'NuGet/NuGetGallery issue 2006 (deployment failed on an undeclared setting)',
            'Azure SDK RoleModule plug-ins (implicit Microsoft.WindowsAzure.Plugins.<Module>.* settings)',
        ],
        catalog: 'XREF-004',
        tags: ['cross-file', 'correctness'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const { def, cfgRole, role, modules } of pairedRoles(service)) {
            const declared = new Set(role.settings.map((s) => s.name));
            for (const s of cfgRole.settings) {
                if (s.name === undefined || declared.has(s.name) || (0,rule_api/* isImpliedBy */.y$)(s.name, modules))
                    continue;
                const plugin = /^Microsoft\.WindowsAzure\.Plugins\.([^.]+)\./.exec(s.name)?.[1];
                ctx.report({
                    at: s.el.attr('name') ?? s.el,
                    message: plugin
                        ? `setting "${s.name}" of role "${role.name}" belongs to the ${plugin} plug-in, which the role does not import in ${def.file}; add <Import moduleName="${plugin}" /> or remove the setting`
                        : `setting "${s.name}" of role "${role.name}" is not declared in ${def.file}; add <Setting name="${s.name}" /> to the role's <ConfigurationSettings> or remove it here`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/assembly-not-copied.js


/** Assemblies the role VM has (the framework, and the Azure runtime the package's base folder brings). */
const ON_THE_VM = /^(mscorlib|System|System\..+|Microsoft\.CSharp|Microsoft\.VisualBasic|WindowsBase|PresentationCore|PresentationFramework|Microsoft\.WindowsAzure\.ServiceRuntime|Microsoft\.Web\.Infrastructure|Microsoft\.Build\..+|netstandard|Accessibility|UIAutomation.*)$/i;
/* harmony default export */ const assembly_not_copied = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-assembly-not-copied',
        shortDescription: 'A role project references an assembly that will not be in the package',
        fullDescription: 'A referenced assembly reaches the role only when the build copies it to the output folder (Copy Local, <Private>True</Private>). A reference to a third-party or SDK assembly with Copy Local off, typically one found in the developer\'s GAC, is not packaged, and the role fails to load it in Azure. Azure Tools reports this at packaging as WAT150.',
        help: help({
            why: 'The developer\'s machine has the assembly in the GAC, so everything works locally; the role VM does not, so the role recycles with a FileNotFoundException.',
            bad: '<Reference Include="Contoso.Payments">\n  <HintPath>..\\lib\\Contoso.Payments.dll</HintPath>\n  <Private>False</Private>\n</Reference>',
            good: '<Reference Include="Contoso.Payments">\n  <HintPath>..\\lib\\Contoso.Payments.dll</HintPath>\n  <Private>True</Private>\n</Reference>',
            notes: 'Framework assemblies (System.*, mscorlib, Microsoft.CSharp…) and Microsoft.WindowsAzure.ServiceRuntime, which the role VM provides, are not reported. The rule reads role projects the .ccproj references.',
        }),
        sources: [
            'manski.net "Azure WAT150: This assembly is not in the package" (2014)',
            'blogs.msdn.com philliphoff "Ignore validation warnings when packaging a Windows Azure application" (Azure Tools package validation)',
        ],
        catalog: 'PKG-011',
        tags: ['packaging'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const ref of service.project?.roles ?? []) {
            const project = ref.project;
            if (!project)
                continue;
            for (const asm of project.references) {
                if (!/^\s*false\s*$/i.test(asm.private ?? ''))
                    continue;
                const name = (asm.include.split(',')[0] ?? '').trim();
                if (ON_THE_VM.test(name))
                    continue;
                ctx.report({
                    at: asm.el.attr('Include') ?? asm.el,
                    message: `role "${ref.roleName ?? ref.include}" references assembly "${name}" with Copy Local off, so it is not packaged and the role VM does not have it; set <Private>True</Private> on the reference`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/lib/files.js
/** Joins POSIX path parts and resolves `.` and `..` without leaving the first part's root. */
function joinPath(...parts) {
    const out = [];
    for (const part of parts) {
        for (const seg of part.replace(/\\/g, '/').split('/')) {
            if (seg === '' || seg === '.')
                continue;
            if (seg === '..') {
                if (out.length && out[out.length - 1] !== '..')
                    out.pop();
                else
                    out.push('..');
            }
            else
                out.push(seg);
        }
    }
    return out.join('/') || '.';
}
/** A Windows or UNC absolute path (`C:\…`, `\\server\…`, `\…`): it only exists on one machine. */
function isAbsoluteWindowsPath(p) {
    return /^[A-Za-z]:[\\/]/.test(p) || /^[\\/]/.test(p);
}
/**
 * Folder segments that hold build output rather than authored files. Corpus file names flatten
 * folders with `__`, so both separators count.
 */
function generatedSegment(file) {
    const segs = file.split(/\/|__/).slice(0, -1);
    return segs.find((s) => /^(bin|obj|rcf|app\.publish)$/i.test(s) || /\.csx$/i.test(s) || /^csx$/i.test(s));
}
/**
 * The folder a role's project or content lives in: the one the `.ccproj` names, else a folder
 * named after the role beside the definition (the layout Visual Studio creates).
 */
function roleFolder(service, role, files) {
    if (role.name === undefined)
        return undefined;
    const named = service.roleFolders.get(role.name);
    if (named !== undefined)
        return files.isDirectory(named) ? named : undefined;
    const beside = joinPath(service.dir, role.name);
    return files.isDirectory(beside) ? beside : undefined;
}
/** Programs that come with Windows: a startup task may name them without shipping them. */
const SYSTEM_PROGRAMS = /^(cmd|powershell|pwsh|msiexec|netsh|icacls|reg|sc|net|appcmd|schtasks|wscript|cscript|start|rundll32|certutil|tzutil|bcdedit|setx|dism|takeown|robocopy|xcopy)(\.exe)?$/i;
/**
 * The files a startup command line runs that must ship with the role: the program itself, or the
 * script handed to `cmd /c` or `powershell -File`. Paths with `%VAR%` or a drive are left out:
 * they are not inside the package.
 */
function startupTaskFiles(commandLine) {
    const tokens = tokenize(commandLine);
    const first = tokens[0];
    if (first === undefined)
        return [];
    const out = [];
    const program = first.replace(/^\.[\\/]/, '');
    const base = program.split(/[\\/]/).pop() ?? program;
    if (SYSTEM_PROGRAMS.test(base)) {
        if (/^(cmd)(\.exe)?$/i.test(base)) {
            const i = tokens.findIndex((t, n) => n > 0 && /^\/[ck]$/i.test(t));
            const script = i > 0 ? tokens[i + 1] : undefined;
            if (script && /\.(cmd|bat)$/i.test(script))
                out.push(script);
        }
        else if (/^(powershell|pwsh)(\.exe)?$/i.test(base)) {
            const i = tokens.findIndex((t, n) => n > 0 && /^-f(ile)?$/i.test(t));
            const script = i > 0 ? tokens[i + 1] : tokens.slice(1).find((t) => /\.ps1$/i.test(t));
            if (script && /\.ps1$/i.test(script))
                out.push(script);
        }
    }
    else if (/\.(cmd|bat|ps1)$/i.test(program) || (/\.exe$/i.test(program) && /[\\/]/.test(program))) {
        out.push(program);
    }
    return out.filter((f) => !f.includes('%') && !f.includes('$') && !isAbsoluteWindowsPath(f)).map((f) => f.replace(/^\.[\\/]/, ''));
}
function tokenize(s) {
    const out = [];
    const re = /"([^"]*)"|(\S+)/g;
    for (let m = re.exec(s); m; m = re.exec(s))
        out.push((m[1] ?? m[2]));
    return out;
}
/**
 * Where a startup task's file should be found in the role's source folder: the project folder
 * (copied to the output by `CopyToOutputDirectory`) or its `bin` folder (already built).
 */
function taskFileCandidates(folder, file) {
    return [joinPath(folder, file), joinPath(folder, 'bin', file)];
}
/** A case-insensitive lookup through `list()`, since the role drive is case-insensitive. */
function findCaseInsensitive(files, path) {
    if (files.exists(path))
        return path;
    const parts = path.split('/');
    let cur = '';
    for (const part of parts) {
        const dir = cur === '' ? '.' : cur;
        const hit = part === '..' ? part : files.list(dir).find((n) => n.toLowerCase() === part.toLowerCase());
        if (hit === undefined)
            return undefined;
        cur = cur === '' ? hit : `${cur}/${hit}`;
    }
    return files.exists(cur) ? cur : undefined;
}
/**
 * The folder of the service's definition (`service.dir`), which relative paths in it are checked
 * against: none without a definition, or for a generated copy (bin/, csx/ …), whose relative paths
 * point from the wrong folder.
 */
function authoredDefinitionFolder(service) {
    if (!service.definition || generatedSegment(service.definition.file) !== undefined)
        return undefined;
    return service.dir;
}
/**
 * A folder named relative to `base`: its path in the linted tree and whether a folder is there
 * (in any case, as on Windows). Undefined for what cannot be checked here: an absolute path, one
 * with a variable (`$(…)`, `%…%`), or one that leaves the tree.
 */
function relativeFolder(files, base, dir) {
    if (isAbsoluteWindowsPath(dir) || dir.includes('$(') || dir.includes('%'))
        return undefined;
    const path = joinPath(base, dir);
    if (path.startsWith('..'))
        return undefined;
    const found = findCaseInsensitive(files, path);
    return { path, isFolder: found !== undefined && files.isDirectory(found) };
}
/** Simple tasks block the role until they end; only they need an explicit zero exit. */
function isSimpleTask(task) {
    return task.taskType === undefined || task.taskType === 'simple';
}
/** A span at the start of a file that is not XML (a script), for findings about the whole file. */
function fileStart(file) {
    const p = { line: 1, column: 1, offset: 0 };
    return { file, span: { start: p, end: p } };
}
/** Every file the startup tasks of a service run, where the role's folder is known. */
function startupTaskFilesOf(service, files) {
    const out = [];
    // A generated copy (bin/, csx/) sits away from the role projects; its authored source is checked.
    if (!service.definition || generatedSegment(service.definition.file) !== undefined)
        return out;
    for (const role of service.definition.roles) {
        const folder = roleFolder(service, role, files);
        if (folder === undefined)
            continue;
        for (const task of role.startupTasks) {
            for (const written of startupTaskFiles(task.commandLine ?? '')) {
                const found = taskFileCandidates(folder, written)
                    .map((c) => findCaseInsensitive(files, c))
                    .find((c) => c !== undefined);
                out.push({ role, task, written, folder, found });
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/rules/pkg/generated-copy.js



/* harmony default export */ const generated_copy = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-generated-copy',
        shortDescription: 'A service file is a generated copy under bin, obj, csx, rcf or app.publish',
        fullDescription: 'Visual Studio and CSPack write copies of the service files into build folders: bin\\<Configuration>\\app.publish\\, <project>.csx\\, csx\\<Configuration>\\, obj\\ and rcf\\. Committed, they go stale, often carry the real storage keys of a publish, and make every finding appear twice. The copy is reported once as a note so it can be deleted and ignored (for example with a .gitignore entry and the linter\'s ignore setting).',
        help: help({
            why: 'Findings in a generated copy are fixed by editing the authored file and rebuilding; the copy itself should not be in the repository.',
            bad: 'WindowsAzure1/bin/Release/app.publish/ServiceConfiguration.Cloud.cscfg',
            good: 'WindowsAzure1/ServiceConfiguration.Cloud.cscfg   (and bin/, obj/, csx/ in .gitignore)',
            lang: 'text',
            notes: 'A note in the strict preset. Other rules still check the copy, since it may be the only place a leaked secret lives; ignore the folder in the configuration to silence them.',
        }),
        sources: ['cspkg format notes §9 (CSPack /copyOnly writes <out>.csx); public-repository sample in the rule catalog §6'],
        catalog: 'PKG-010',
        tags: ['packaging', 'hygiene'],
        precision: 'very-high',
        defaultLevel: 'note',
        recommended: false,
    },
    check(service, ctx) {
        for (const doc of (0,rule_api/* serviceDocuments */.y9)(service)) {
            const seg = generatedSegment(doc.file);
            if (seg === undefined)
                continue;
            ctx.report({
                at: doc.root ?? { file: doc.file, span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
                message: `this file is a generated copy (under ${seg}/); delete it from the repository, fix the authored file instead, and add the folder to .gitignore and the linter's ignore list`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/no-cloud-configuration.js


/* harmony default export */ const no_cloud_configuration = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-no-cloud-configuration',
        shortDescription: 'The cloud project has only local (emulator) configurations',
        fullDescription: 'The Azure build targets package ServiceConfiguration.$(TargetProfile).cscfg. When a .ccproj lists only local configurations, a pipeline that builds it with or without /p:TargetProfile ships the emulator configuration (storage emulator strings, single instances) or fails to find the profile.',
        help: help({
            why: 'Microsoft\'s own pages disagree on the default TargetProfile (Cloud in one, Local in the command-line build doc), so a project should carry an explicit deployment configuration and the pipeline should name it.',
            bad: '<ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />',
            good: '<ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />\n<ServiceConfiguration Include="ServiceConfiguration.Cloud.cscfg" />',
            notes: 'A configuration counts as local when its profile name is Local, Emulator, Dev or similar; a plain ServiceConfiguration.cscfg counts as a deployment configuration.',
        }),
        sources: [
            'MicrosoftDocs/visualstudio-docs docs/azure/vs-azure-tools-command-line-build.md (TargetProfile)',
            'startbigthinksmall.wordpress.com/tag/azure (what the targets do with the cscfg)',
        ],
        catalog: 'PKG-003',
        tags: ['packaging'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        const project = service.project;
        if (!project || !project.configurations.length)
            return;
        // The model's reading of profile names; repeated here because the project may name files
        // that were never scanned (and so have no bound configuration to ask).
        const LOCAL = /^(local|emulator|dev|development|devfabric|localhost)$/i;
        const isLocal = (path) => {
            const stem = (path.split('/').pop() ?? path).replace(/\.cscfg$/i, '');
            const dot = stem.indexOf('.');
            return dot >= 0 && stem.slice(dot + 1).split('.').some((p) => LOCAL.test(p));
        };
        if (project.configurations.some((c) => !isLocal(c.path)))
            return;
        const first = project.configurations[0];
        if (!first)
            return;
        ctx.report({
            at: first.el,
            message: `${project.file} lists only local configurations (${project.configurations.map((c) => c.include).join(', ')}); add a ServiceConfiguration.Cloud.cscfg for deployments and build with /p:TargetProfile=Cloud`,
        });
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/path-too-long.js



/** Folders that never reach the package (build intermediates, tooling, version control). */
const SKIP_DIRS = /^(obj|\.git|\.vs|\.svn|\.hg|testresults)$/i;
/** Source files the build compiles rather than copies. */
const SKIP_FILES = /\.(cs|vb|fs|csproj|vbproj|fsproj|user|suo)$/i;
const MAX_ENTRIES = 20_000;
const MAX_DEPTH = 40;
/** The role drive on the VM (E: or F:); its length is what matters. */
const DRIVE = 'E:\\';
/* harmony default export */ const path_too_long = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-path-too-long',
        shortDescription: 'A role file would exceed the Windows path limit on the role VM',
        fullDescription: 'A role\'s files are extracted to the role drive: project output under E:\\approot\\, web content under E:\\sitesroot\\<n>\\. Windows tools used by CSPack and the role host fail on a file path of 260 characters or more and on a folder path of 248 or more ("The specified path, file name, or both are too long"). The rule projects every file of the role\'s folder onto the role drive and reports the longest one over the limit.',
        help: help({
            why: 'Deep package folders (node_modules, NuGet content, nested sites) pass on a developer\'s machine and fail at packaging or at deployment, where the prefix differs.',
            bad: 'WebRole1\\node_modules\\a\\node_modules\\b\\…\\very-long-file-name.js   → E:\\sitesroot\\0\\node_modules\\… (273 characters)',
            good: 'flatten the folder tree, shorten names, or leave build-only folders out of the role',
            lang: 'text',
            notes: 'Web role files are projected under E:\\sitesroot\\<n>\\ (the site\'s folder, the longer of the two copies), worker role files under E:\\approot\\ with a leading bin\\<Configuration>\\ removed. When the .ccproj references a role project, only what it ships is projected: the bin folder, and for web roles the Content items; a role folder without a project (Node, PHP) is projected whole. obj folders and source files (.cs, .vb, project files) are always skipped. The build-side copy under <project>\\bin\\<Configuration>\\<service>.csx\\roles\\<role>\\approot\\ adds the checkout folder of the build machine, which this rule cannot know; keep a margin. At most 20,000 entries per role are read.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs issue 19716 (path-length error in Microsoft.WindowsAzure.targets)',
            'microsoft/WindowsAzureToolkitForEclipseWithJava issue 15 (cspack path too long)',
            'cspkg format notes: role files under approot\\ and sitesroot\\<n>\\ on the role drive',
        ],
        catalog: 'PKG-009',
        tags: ['packaging'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const folder = roleFolder(service, role, ctx.files);
            if (folder === undefined)
                continue;
            const web = role.kind === 'WebRole';
            // A .NET role project ships its build output, plus (web roles) its Content items; a folder
            // without one (Node, PHP, hand-made) ships as it is.
            const project = service.project?.roles.find((r) => r.roleName === role.name)?.project;
            const content = new Set((project?.items ?? [])
                .filter((i) => i.kind === 'Content' && i.path.toLowerCase().startsWith(`${folder.toLowerCase()}/`))
                .map((i) => i.path.slice(folder.length + 1).toLowerCase()));
            const shipped = (rel, isDir) => {
                if (!project)
                    return true;
                const lower = rel.toLowerCase();
                if (lower === 'bin' || lower.startsWith('bin/'))
                    return true;
                if (!web)
                    return false;
                return isDir ? [...content].some((c) => c.startsWith(`${lower}/`)) : content.has(lower);
            };
            let longest;
            let over = 0;
            path_too_long_walk(ctx.files, folder, (rel, isDir) => {
                if (!shipped(rel, isDir))
                    return;
                let inRole = rel;
                if (!web)
                    inRole = rel.replace(/^bin\/[^/]+\/(?=.)/i, '').replace(/^bin\/(?=.)/i, '');
                const prefix = web && role.sites.length ? `${DRIVE}sitesroot\\0\\` : `${DRIVE}approot\\`;
                const projected = prefix + inRole.split('/').join('\\');
                const limit = isDir ? rule_api/* LIMITS */.b1.maxDirPath : rule_api/* LIMITS */.b1.maxPath;
                if (projected.length < limit)
                    return;
                over++;
                if (!longest || projected.length > longest.projected.length)
                    longest = { projected, source: `${folder}/${rel}`, isDir };
            });
            if (!longest)
                continue;
            const kind = longest.isDir ? 'folder' : 'file';
            const limit = longest.isDir ? rule_api/* LIMITS */.b1.maxDirPath : rule_api/* LIMITS */.b1.maxPath;
            ctx.report({
                at: role.el.attr('name') ?? role.el,
                message: `role "${role.name ?? ''}" has ${over} path${over === 1 ? '' : 's'} over the Windows limit on the role VM; the longest, ${longest.source}, becomes a ${longest.projected.length}-character ${kind} path where Windows allows at most ${limit - 1}; shorten folder or file names`,
                key: `role ${role.name ?? ''} paths too long`,
            });
        }
    },
}));
function path_too_long_walk(files, root, visit) {
    let seen = 0;
    const stack = [{ rel: '', depth: 0 }];
    while (stack.length && seen < MAX_ENTRIES) {
        const { rel, depth } = stack.pop();
        for (const name of files.list(rel ? `${root}/${rel}` : root)) {
            if (++seen > MAX_ENTRIES)
                return;
            const child = rel ? `${rel}/${name}` : name;
            if (files.isDirectory(`${root}/${child}`)) {
                if (SKIP_DIRS.test(name))
                    continue;
                visit(child, true);
                if (depth < MAX_DEPTH)
                    stack.push({ rel: child, depth: depth + 1 });
            }
            else if (!SKIP_FILES.test(name)) {
                visit(child, false);
            }
        }
    }
}

;// CONCATENATED MODULE: ./.build/rules/pkg/physical-directory-missing.js



/* harmony default export */ const physical_directory_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-physical-directory-missing',
        shortDescription: 'A site, virtual application or virtual directory points at a folder that does not exist',
        fullDescription: 'Site, VirtualApplication and VirtualDirectory take their content from physicalDirectory, a path relative to the folder of the .csdef. CSPack stops with "Cannot find the physical directory … for virtual path …" when it is missing, and some path forms make it silently produce no sitesroot at all.',
        help: help({
            why: 'The web role is packaged from this folder; a wrong relative path (a renamed project, a moved solution) breaks packaging or deploys an empty site.',
            bad: '<Site name="Web" physicalDirectory="..\\ShopWeb">',
            good: '<Site name="Web" physicalDirectory="..\\Shop.Web">',
            notes: 'Absolute paths are reported by PKG-source-directory-absolute instead. The lookup ignores case, as Windows does. Visual Studio passes the web project folder to CSPack itself, so a Site without physicalDirectory is fine. Definitions under build folders (bin, csx, app.publish) are skipped: their relative paths point from the copy\'s folder.',
        }),
        sources: [
            'blogs.msdn.microsoft.com/davidhardin 2013-01-18 "Building and packaging virtual applications within Azure projects" (CSPack error text)',
            'MSDN forum "Azure SDK 1.6 - cspack command line tool" (no sitesroot produced)',
            'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (physicalDirectory relative to the .csdef)',
        ],
        catalog: 'PKG-007',
        tags: ['packaging'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        const base = authoredDefinitionFolder(service);
        if (!def || base === undefined)
            return;
        const visit = (p, role) => {
            const dir = p.physicalDirectory?.trim();
            const folder = dir ? relativeFolder(ctx.files, base, dir) : undefined;
            if (folder && !folder.isFolder) {
                ctx.report({
                    at: p.el.attr('physicalDirectory') ?? p.el,
                    message: `${p.kind} "${p.name ?? ''}" of role "${role}" points at physicalDirectory "${dir}", but ${folder.path} is not a folder; fix the path (it is relative to ${def.file}) or add the folder`,
                });
            }
            for (const c of p.children)
                visit(c, role);
        };
        for (const role of def.roles)
            for (const site of role.sites)
                visit(site, role.name ?? '');
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/project-file-missing.js



/* harmony default export */ const project_file_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-project-file-missing',
        shortDescription: 'The cloud project names a service definition or configuration that does not exist',
        fullDescription: 'A .ccproj lists its service definition and configurations as ServiceDefinition and ServiceConfiguration items. When an Include points at a file that is not in the repository, the Azure build targets fail (or, for a configuration, the profile cannot be packaged).',
        help: help({
            why: 'Renaming or deleting a .cscfg in the file system without editing the project, or committing a project whose configuration was never added, breaks every build of the cloud project.',
            bad: '<ItemGroup>\n  <ServiceDefinition Include="ServiceDefinition.csdef" />\n  <ServiceConfiguration Include="ServiceConfiguration.Cloud.cscfg" /> <!-- file not committed -->\n</ItemGroup>',
            good: '<ItemGroup>\n  <ServiceDefinition Include="ServiceDefinition.csdef" />\n  <ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />\n</ItemGroup>',
            notes: 'Decision (the catalog marks this rule as inference): names are compared case-insensitively, as on Windows, and Includes with MSBuild properties ($(…)) are skipped.',
        }),
        sources: ['Visual Studio Azure cloud project format (.ccproj ServiceDefinition/ServiceConfiguration items)'],
        catalog: 'PKG-001',
        tags: ['packaging'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const project = service.project;
        if (!project)
            return;
        for (const item of [...project.definitions, ...project.configurations]) {
            if (item.include.includes('$(') || item.include.includes('*'))
                continue;
            if (findCaseInsensitive(ctx.files, item.path) !== undefined)
                continue;
            ctx.report({
                at: item.el.attr('Include') ?? item.el,
                message: `${project.file} names ${item.el.local} "${item.include}", but ${item.path} does not exist; add the file or remove the item`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/role-32-bit.js


/** Configurations that only apply when the project is built for 32 bits anyway, or for debugging. */
const NOT_FOR_RELEASE = /\bdebug\b|\|\s*x86\b/i;
/* harmony default export */ const role_32_bit = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-role-32-bit',
        shortDescription: 'A role project builds for 32-bit (x86 or Prefer32Bit)',
        fullDescription: 'Role hosts on Cloud Services VMs are 64-bit processes. A role assembly built for x86, or an AnyCPU executable with Prefer32Bit, cannot be loaded by the 64-bit host (BadImageFormatException) or runs a worker entry program as a 32-bit process, and the role recycles. Build role projects as AnyCPU (without Prefer32Bit) or x64.',
        help: help({
            why: 'Microsoft lists a 32-bit role assembly among the causes of roles that recycle.',
            bad: '<PropertyGroup Condition="\'$(Configuration)|$(Platform)\' == \'Release|AnyCPU\'">\n  <PlatformTarget>x86</PlatformTarget>\n</PropertyGroup>',
            good: '<PropertyGroup Condition="\'$(Configuration)|$(Platform)\' == \'Release|AnyCPU\'">\n  <PlatformTarget>AnyCPU</PlatformTarget>\n  <Prefer32Bit>false</Prefer32Bit>\n</PropertyGroup>',
            notes: 'Debug-only and x86-platform property groups are skipped: they are not what a release package is built from. The rule reads role projects the .ccproj references.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md (64-bit)'],
        catalog: 'PKG-011',
        tags: ['packaging'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        for (const ref of service.project?.roles ?? []) {
            const project = ref.project;
            if (!project)
                continue;
            const applies = (p) => !NOT_FOR_RELEASE.test(p.condition ?? '');
            const x86 = project.platformTargets.find((p) => applies(p) && /^x86$/i.test(p.value));
            const prefer = project.prefer32Bit.find((p) => applies(p) && /^true$/i.test(p.value));
            const hit = x86 ?? prefer;
            if (!hit)
                continue;
            ctx.report({
                at: hit.el,
                message: x86
                    ? `role "${ref.roleName ?? ref.include}" is built for x86 in ${project.file}; role hosts are 64-bit: use <PlatformTarget>AnyCPU</PlatformTarget> or x64`
                    : `role "${ref.roleName ?? ref.include}" sets Prefer32Bit in ${project.file}, so it runs as a 32-bit process; set <Prefer32Bit>false</Prefer32Bit>`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/role-reference-unknown.js


/* harmony default export */ const role_reference_unknown = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-role-reference-unknown',
        shortDescription: 'A role project reference of the cloud project names no role of the definition',
        fullDescription: 'Each role project a .ccproj references carries a RoleName that must be the name of a role in the service definition. When they disagree (a role renamed in one place only), the Azure build targets stop with "The role … was not found in the service definition".',
        help: help({
            why: 'Packaging maps each referenced project to the csdef role of that name; a name with no role cannot be packaged.',
            bad: '<ProjectReference Include="WebRole\\WebRole.csproj">\n  <RoleName>WebRole</RoleName>\n</ProjectReference>\n<!-- .csdef: <WebRole name="WebRole1"> -->',
            good: '<ProjectReference Include="WebRole\\WebRole.csproj">\n  <RoleName>WebRole1</RoleName>\n</ProjectReference>',
        }),
        sources: ['Microsoft.WindowsAzure.targets error "The role ... was not found in the service definition" (TFS build note quoted in the catalog)'],
        catalog: 'PKG-002',
        tags: ['packaging'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const project = service.project;
        const def = service.definition;
        if (!project || !def)
            return;
        const names = def.roles.map((r) => r.name).filter((n) => n !== undefined);
        for (const ref of project.roles) {
            if (ref.roleName === undefined || names.includes(ref.roleName))
                continue;
            const at = ref.el.child('RoleName') ?? ref.el;
            ctx.report({
                at,
                message: `${project.file} references role project "${ref.include}" as role "${ref.roleName}", which ${def.file} does not define; ${names.length ? `use one of ${(0,rule_api/* listNames */.Zv)(names)}` : 'add the role to the definition'} (the build fails with "The role ... was not found in the service definition")`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/role-without-project.js


/* harmony default export */ const role_without_project = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-role-without-project',
        shortDescription: 'A role of the definition has no role project in the cloud project',
        fullDescription: 'When a .ccproj builds the service, every csdef role needs a ProjectReference whose RoleName is that role; otherwise the package gets no code for it. Roles packaged by hand with CSPack (/role:) do not need one, which is why this is a warning in the strict preset.',
        help: help({
            why: 'A role added to the csdef by hand, or whose project reference was removed, is packaged empty or stops the build.',
            bad: '<!-- .csdef: <WorkerRole name="Indexer"> ; .ccproj: no ProjectReference with <RoleName>Indexer</RoleName> -->',
            good: '<ProjectReference Include="Indexer\\Indexer.csproj">\n  <Name>Indexer</Name>\n  <RoleType>Worker</RoleType>\n  <RoleName>Indexer</RoleName>\n</ProjectReference>',
        }),
        sources: ['Visual Studio Azure cloud project format (.ccproj ProjectReference RoleName/RoleType)'],
        catalog: 'PKG-002',
        tags: ['packaging'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        const project = service.project;
        const def = service.definition;
        if (!project || !def)
            return;
        for (const role of def.roles) {
            if (role.name === undefined || role.kind === 'VirtualMachineRole')
                continue;
            if (project.roles.some((r) => r.roleName === role.name))
                continue;
            ctx.report({
                at: role.el.attr('name') ?? role.el,
                message: `role "${role.name}" has no role project in ${project.file}; add a <ProjectReference> with <RoleName>${role.name}</RoleName>, or remove the role`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/source-directory-absolute.js



/* harmony default export */ const source_directory_absolute = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-source-directory-absolute',
        shortDescription: 'A content or site folder is an absolute path from one developer\'s machine',
        fullDescription: 'SourceDirectory/@path and physicalDirectory should be relative to the .csdef. An absolute path such as C:\\Users\\me\\repo\\rcf\\WebRole1Content\\ exists only on the machine that wrote it, so every other build (a teammate, a pipeline agent) fails to package the role or packages stale content.',
        help: help({
            why: 'Visual Studio sometimes writes its generated role-content folder (rcf) into the .csdef with the full local path; committed, it breaks the build elsewhere and leaks the author\'s user name.',
            bad: '<SourceDirectory path="C:\\Users\\me\\source\\repos\\Shop\\Shop\\rcf\\Release\\WebRole1Content\\" />',
            good: '<SourceDirectory path="rcf\\Release\\WebRole1Content\\" />\n<!-- or remove the Contents block Visual Studio regenerates -->',
            notes: 'Warning: the path may happen to exist on the build machine (a fixed agent), but the file is then tied to that machine. Definitions under build folders (bin, obj, csx, app.publish) are skipped: Visual Studio writes absolute paths into those copies on purpose, and PKG-generated-copy reports the copies themselves.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (SourceDirectory path relative to the .csdef)',
            'Azure-Samples/sample-cloud-service-extended-support--azure-devops ServiceDefinition.csdef (commits such a path)',
        ],
        catalog: 'PKG-008',
        tags: ['packaging'],
        precision: 'very-high',
        defaultLevel: 'warning',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        // Build output (bin/, csx/) carries the absolute rcf paths Visual Studio writes on purpose;
        // that copy is PKG-generated-copy's to report.
        if (!def || generatedSegment(def.file) !== undefined)
            return;
        for (const role of def.roles) {
            for (const content of role.contents) {
                const attr = content.sourceDirectory?.attr('path');
                if (!attr || !isAbsoluteWindowsPath(attr.value.trim()))
                    continue;
                ctx.report({
                    at: attr,
                    message: `content "${content.destination ?? ''}" of role "${role.name ?? ''}" copies from the absolute path "${attr.value.trim()}", which exists only on one machine; make it relative to the .csdef`,
                });
            }
            const sites = [...role.sites];
            while (sites.length) {
                const p = sites.shift();
                if (!p)
                    break;
                sites.push(...p.children);
                const attr = p.el.attr('physicalDirectory');
                if (!attr || !isAbsoluteWindowsPath(attr.value.trim()))
                    continue;
                ctx.report({
                    at: attr,
                    message: `${p.kind} "${p.name ?? ''}" of role "${role.name ?? ''}" uses the absolute physicalDirectory "${attr.value.trim()}", which exists only on one machine; make it relative to the .csdef`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/source-directory-missing.js



/** Folders the build writes (role content folders, obj): they do not exist in a clean checkout. */
const GENERATED = /(^|[\\/])(obj|bin|rcf|[^\\/]*\.csx)([\\/]|$)/i;
/* harmony default export */ const source_directory_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-source-directory-missing',
        shortDescription: 'A Contents/Content SourceDirectory is missing or points at a folder that does not exist',
        fullDescription: 'Each Content element copies a folder into the role (destination under approot) from SourceDirectory/@path, relative to the .csdef. The schema requires exactly one SourceDirectory with a path; a missing one, or a path that does not exist, makes CSPack fail.',
        help: help({
            why: 'Content folders are how non-project files (tools, runtimes) get into a role; a broken path stops packaging.',
            bad: '<Content destination="tools">\n  <SourceDirectory path="..\\Tools" /> <!-- no Tools folder -->\n</Content>',
            good: '<Content destination="tools">\n  <SourceDirectory path="..\\RoleTools" />\n</Content>',
            notes: 'Paths into folders the build creates (obj, bin, rcf, *.csx) are skipped: Visual Studio writes them during the build. Absolute paths are reported by PKG-source-directory-absolute, and definitions under build folders are skipped.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (Contents, SourceDirectory)'],
        catalog: 'PKG-008',
        tags: ['packaging'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        const base = authoredDefinitionFolder(service);
        if (!def || base === undefined)
            return;
        for (const role of def.roles) {
            for (const content of role.contents) {
                const src = content.sourceDirectory;
                const path = src?.attrValue('path')?.trim();
                if (!src || !path) {
                    ctx.report({
                        at: src ?? content.el,
                        message: `content "${content.destination ?? ''}" of role "${role.name ?? ''}" has no SourceDirectory path; add <SourceDirectory path="<folder relative to ${def.file}>" />`,
                    });
                    continue;
                }
                const folder = GENERATED.test(path) ? undefined : relativeFolder(ctx.files, base, path);
                if (!folder || folder.isFolder)
                    continue;
                ctx.report({
                    at: src.attr('path') ?? src,
                    message: `content "${content.destination ?? ''}" of role "${role.name ?? ''}" copies from "${path}", but ${folder.path} is not a folder; fix the path (it is relative to ${def.file}) or add the folder`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/startup-script-byte-order-mark.js



/* harmony default export */ const startup_script_byte_order_mark = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-startup-script-byte-order-mark',
        shortDescription: 'A startup .cmd or .bat file starts with a byte-order mark or is UTF-16',
        fullDescription: 'cmd.exe reads batch files as ANSI text. A UTF-8 byte-order mark turns the first line into garbage (the first command is not recognised) and a UTF-16 file does not run at all. Microsoft\'s startup task documentation asks for batch files saved as ANSI without a byte-order mark; Visual Studio saves new files as UTF-8 with one, which is how it happens.',
        help: help({
            why: 'The first command of the script fails ("\'ï»¿@echo\' is not recognized…"), and with it often the whole startup task and the role.',
            bad: 'EF BB BF 40 65 63 68 6F 20 6F 66 66   (UTF-8 BOM, then "@echo off")',
            good: '40 65 63 68 6F 20 6F 66 66   ("@echo off", no BOM)',
            lang: 'text',
            notes: 'Save the file as "Western European (Windows) - Codepage 1252" or "UTF-8 without signature". Only .cmd and .bat files a startup task runs are checked; PowerShell reads a BOM fine.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (Task commandLine: ANSI batch files, no byte-order mark)',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md',
        ],
        catalog: 'PKG-005',
        tags: ['packaging'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const seen = new Set();
        for (const t of (0,rule_api/* sharedIndex */._s)(service, ctx, startupTaskFilesOf)) {
            if (!t.found || seen.has(t.found) || !/\.(cmd|bat)$/i.test(t.found))
                continue;
            seen.add(t.found);
            const head = ctx.files.head(t.found, 3);
            if (!head)
                continue;
            const kind = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
                ? 'UTF-8 with a byte-order mark'
                : (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
                    ? 'UTF-16'
                    : undefined;
            if (!kind)
                continue;
            ctx.report({
                at: fileStart(t.found),
                message: `${t.found}, run by a startup task of role "${t.role.name ?? ''}", is saved as ${kind}; cmd.exe needs ANSI text without a byte-order mark: save it as ANSI (code page 1252) or UTF-8 without signature`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/startup-script-exit-code.js



/** A line that ends the script with an explicit exit code (`exit /b 0`, `EXIT 0`, `exit /b %errorlevel%`). */
const EXIT = /^\s*@?exit(\s+\/b)?\s+(\S+)\s*$/i;
/** Lines that do nothing: blank, comments, labels, echo off. */
const INERT = /^\s*(@?rem\b.*|::.*|:[^:].*|@?echo\s+off\s*|)$/i;
/* harmony default export */ const startup_script_exit_code = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-startup-script-exit-code',
        shortDescription: 'A simple startup script does not end with an explicit exit code',
        fullDescription: 'A simple startup task must finish with errorlevel 0 before the role starts; a non-zero exit keeps the role from starting. A batch file ends with the errorlevel of its last command, which is often not 0 even when everything went well (a find that matched nothing, an already-installed feature). Microsoft\'s startup-task guidance is to end the script with EXIT /B 0 (or an explicit, deliberate code).',
        help: help({
            why: 'A script that ends with, say, `reg query …` or `msiexec /i x.msi /qn` passes its errorlevel on, and a harmless non-zero value blocks the role.',
            bad: '@echo off\nmsiexec /i tools.msi /qn',
            good: '@echo off\nmsiexec /i tools.msi /qn\nexit /b 0',
            lang: 'bat',
            notes: 'Any explicit exit on the last meaningful line counts (exit /b %errorlevel% is a deliberate choice). Only simple tasks are checked (background and foreground tasks do not block the role) and only .cmd/.bat files up to 64 KiB.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md (EXIT /B 0)'],
        catalog: 'PKG-006',
        tags: ['packaging'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: false,
    },
    check(service, ctx) {
        const seen = new Set();
        for (const t of (0,rule_api/* sharedIndex */._s)(service, ctx, startupTaskFilesOf)) {
            if (!t.found || seen.has(t.found) || !isSimpleTask(t.task) || !/\.(cmd|bat)$/i.test(t.found))
                continue;
            seen.add(t.found);
            const limit = 64 * 1024;
            const bytes = ctx.files.head(t.found, limit);
            if (!bytes || bytes.length >= limit)
                continue;
            if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
                continue;
            const lines = new TextDecoder('latin1').decode(bytes).replace(/^\u00ef\u00bb\u00bf/, '').split(/\r\n|\r|\n/);
            let last = lines.length - 1;
            while (last >= 0 && INERT.test(lines[last]))
                last--;
            if (last < 0 || EXIT.test(lines[last]))
                continue;
            const line = last + 1;
            ctx.report({
                at: { file: t.found, span: { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } } },
                message: `${t.found} (simple startup task of role "${t.role.name ?? ''}") ends without an explicit exit, so its last command's errorlevel decides whether the role starts; end it with "exit /b 0" (or a deliberate exit code)`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/startup-task-file-missing.js



/* harmony default export */ const startup_task_file_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-startup-task-file-missing',
        shortDescription: 'A startup task runs a file that is not in the role\'s folder',
        fullDescription: 'A startup Task runs its command line from the role\'s approot\\bin (web roles) or approot (worker roles) folder. The script or program it names must be part of the role project so the build copies it there; when the role folder has no such file (neither in the project nor in its bin folder), the task fails and the role never starts.',
        help: help({
            why: 'A simple startup task that cannot start its file fails, and a failing simple task keeps the role from ever reaching Ready.',
            bad: '<Task commandLine="setup.cmd" executionContext="elevated" />\n<!-- no setup.cmd in the WebRole1 project folder -->',
            good: '<!-- WebRole1/setup.cmd committed, with Copy to Output Directory = Copy always -->\n<Task commandLine="setup.cmd" executionContext="elevated" />',
            notes: 'The role folder is the one the .ccproj reference points to, else a folder named after the role beside the .csdef; roles whose folder cannot be found are skipped. Files are looked up relative to that folder and to its bin folder, ignoring case. Scripts passed to cmd /c or powershell -File are checked; system programs and paths with %VARIABLES% or drive letters are not. Definitions under build folders (bin, csx, app.publish) are skipped.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md (copy the file to the output; tasks run from approot\\bin)'],
        catalog: 'PKG-004',
        tags: ['packaging'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const t of (0,rule_api/* sharedIndex */._s)(service, ctx, startupTaskFilesOf)) {
            if (t.found)
                continue;
            ctx.report({
                at: t.task.el.attr('commandLine') ?? t.task.el,
                message: `startup task of role "${t.role.name ?? ''}" runs "${t.written}", which is not in ${t.folder} (or its bin folder); add the file to the role project with Copy to Output Directory set, or fix the command line`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/pkg/startup-task-file-not-copied.js



/* harmony default export */ const startup_task_file_not_copied = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'PKG-startup-task-file-not-copied',
        shortDescription: 'A startup task file is in the role project but not copied to the output folder',
        fullDescription: 'The role project must copy a startup script to its output folder (CopyToOutputDirectory = Always or PreserveNewest), because tasks run from approot\\bin; a file that is only part of the project (or not listed in it at all) is left out of that folder and the task fails.',
        help: help({
            why: 'This is the usual mistake behind a startup task that works in the emulator from a hand-copied file and fails in Azure.',
            bad: '<None Include="startup.cmd" />',
            good: '<Content Include="startup.cmd">\n  <CopyToOutputDirectory>Always</CopyToOutputDirectory>\n</Content>',
            notes: 'Only role projects the .ccproj references and the repository contains are read. A project with no explicit Compile, Content or None items (SDK-style projects, which include files by wildcard) is skipped when the file is not listed, and so is a project with a wildcard item.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md ("Copy always")'],
        catalog: 'PKG-004',
        tags: ['packaging'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const t of (0,rule_api/* sharedIndex */._s)(service, ctx, startupTaskFilesOf)) {
            if (!t.found)
                continue;
            const project = service.project?.roles.find((r) => r.roleName === t.role.name)?.project;
            if (!project)
                continue;
            const projectDir = project.file.includes('/') ? project.file.slice(0, project.file.lastIndexOf('/')) : '.';
            const lower = t.found.toLowerCase();
            // A file already in the project's bin folder is build output; nothing to say about items.
            if (lower.startsWith(`${joinPath(projectDir, 'bin').toLowerCase()}/`))
                continue;
            const item = project.items.find((i) => i.path.toLowerCase() === lower);
            const copy = item?.copyToOutputDirectory?.trim();
            if (item && copy && !/^never$/i.test(copy))
                continue;
            if (!item && !explicitItems(project))
                continue;
            ctx.report({
                at: t.task.el.attr('commandLine') ?? t.task.el,
                message: item
                    ? `startup task of role "${t.role.name ?? ''}" runs "${t.written}", but ${project.file} does not copy it to the output folder (${item.el.local} without CopyToOutputDirectory${copy ? `="${copy}"` : ''}); set <CopyToOutputDirectory>Always</CopyToOutputDirectory> on the item`
                    : `startup task of role "${t.role.name ?? ''}" runs "${t.written}", which ${project.file} does not include; add <Content Include="${t.written}"> with <CopyToOutputDirectory>Always</CopyToOutputDirectory>`,
            });
        }
    },
}));
/** Old-style projects list every file; SDK-style ones and wildcard items include files implicitly. */
function explicitItems(project) {
    if (project.items.some((i) => i.include.includes('*')))
        return false;
    return project.items.some((i) => i.kind === 'Compile' || i.kind === 'Content');
}

;// CONCATENATED MODULE: ./.build/rules/sec/certificate-private-key-access.js


/** Built-in stores that hold other parties' public certificates, never the role's private keys. */
const PUBLIC_STORES = ['Root', 'CA', 'Trust', 'Disallowed', 'TrustedPeople', 'TrustedPublisher', 'AuthRoot', 'AddressBook'];
/* harmony default export */ const certificate_private_key_access = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-certificate-private-key-access',
        shortDescription: "Every process of the role can read a certificate's private key",
        fullDescription: 'A Certificate without permissionLevel="elevated" is installed with the default limitedOrElevated: every process of the role, the application included, can read its private key. With elevated, only elevated processes (IIS configuration, elevated startup tasks) can.',
        help: help({
            why: 'An SSL certificate\'s private key is only needed by IIS to bind HTTPS. If the application never signs or decrypts with it, restrict it, so that a compromised application cannot export the key.',
            bad: '<Certificate name="SslCert" storeLocation="LocalMachine" storeName="My" />',
            good: '<Certificate name="SslCert" storeLocation="LocalMachine" storeName="My" permissionLevel="elevated" />',
            notes: 'Only certificates that an endpoint binds (certificate="…") are reported: a certificate no endpoint uses is there for the application itself (client authentication, token signing, Key Vault access), which needs to read its key. Certificates in stores that hold only public certificates (Root, CA, TrustedPeople…) are not reported either. Keep limitedOrElevated when the application itself also uses the key of an endpoint certificate.',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Certificate permissionLevel)'],
        catalog: 'SEC-007',
        tags: ['security'],
        precision: 'medium',
        defaultLevel: 'note',
        recommended: false,
        securitySeverity: 2.0,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            // Only an endpoint's certificate is known to need no more than IIS; others are the application's.
            const bound = new Set(role.endpoints.map((e) => e.certificate).filter((n) => n !== undefined));
            for (const c of role.certificates) {
                // Plug-in certificates (RemoteAccess.PasswordEncryption in build copies) are managed by the plug-in.
                if (c.permissionLevel === 'elevated' || c.name?.startsWith(rule_api/* PLUGIN_PREFIX */.nY))
                    continue;
                if (c.name === undefined || !bound.has(c.name))
                    continue;
                if (c.storeName !== undefined && PUBLIC_STORES.includes(c.storeName))
                    continue;
                ctx.report({
                    at: c.el.attr('permissionLevel') ?? c.el,
                    message: `every process of role "${role.name ?? '?'}" can read the private key of certificate "${c.name ?? '?'}"; add permissionLevel="elevated" unless the application itself uses the key`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/sec/elevated-runtime.js


/* harmony default export */ const elevated_runtime = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-elevated-runtime',
        shortDescription: 'The role process itself runs with administrator rights',
        fullDescription: '<Runtime executionContext="elevated"> runs the role entry point (RoleEntryPoint, the worker process host or ProgramEntryPoint) as an administrator for its whole life. A vulnerability in the application then gives full control of the instance.',
        help: help({
            why: 'What needs administrator rights (installing, configuring IIS, opening ports) belongs in an elevated startup task that runs once; the long-running process should stay limited.',
            bad: '<Runtime executionContext="elevated" />',
            good: '<Startup>\n  <Task commandLine="configure.cmd" executionContext="elevated" />\n</Startup>\n<Runtime executionContext="limited" />',
        }),
        sources: ['MicrosoftDocs articles/cloud-services/schema-csdef-webrole.md (Runtime executionContext)'],
        catalog: 'SEC-005',
        tags: ['security'],
        precision: 'very-high',
        defaultLevel: 'warning',
        recommended: false,
        securitySeverity: 5.0,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            const a = role.runtime?.el.attr('executionContext');
            if (!a || a.value !== 'elevated')
                continue;
            ctx.report({
                at: a,
                message: `role "${role.name ?? '?'}" runs its process as administrator; move the privileged work into an elevated startup task and set executionContext="limited"`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/sec/elevated-startup-task.js


const DOWNLOAD = /https?:\/\/|Invoke-WebRequest|\biwr\b|DownloadFile|DownloadString|\bcurl\b|\bwget\b|bitsadmin|Start-BitsTransfer/i;
/* harmony default export */ const elevated_startup_task = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-elevated-startup-task',
        shortDescription: 'A startup task runs with administrator rights',
        fullDescription: 'executionContext="elevated" runs the task as an administrator on every start and recycle of every instance. That is needed for installing software or changing IIS and registry settings, but everything the script does, and everything it downloads, runs with full control of the VM.',
        help: help({
            why: 'Least privilege: keep elevated tasks short and auditable, never download and run remote content from them without pinning and verifying it, and run everything else limited.',
            bad: '<Task commandLine="install.cmd" executionContext="elevated" taskType="simple" />',
            good: '<Task commandLine="configure-app.cmd" executionContext="limited" taskType="simple" />',
            notes: 'A note, not a warning: most elevated tasks are legitimate. The message says so when the command line itself downloads something.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md'],
        catalog: 'SEC-004',
        tags: ['security'],
        precision: 'high',
        defaultLevel: 'note',
        recommended: false,
        securitySeverity: 3.0,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const task of role.startupTasks) {
                const a = task.el.attr('executionContext');
                if (!a || a.value !== 'elevated')
                    continue;
                const downloads = DOWNLOAD.test(task.commandLine ?? '');
                ctx.report({
                    at: a,
                    message: `startup task "${task.commandLine ?? '?'}" of role "${role.name ?? '?'}" runs as administrator${downloads ? ' and downloads remote content' : ''}; use executionContext="limited" unless it must install or reconfigure the machine`,
                    key: `elevated task ${role.name ?? '?'} ${task.commandLine ?? '?'}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/sec/http-only-web-role.js


/* harmony default export */ const http_only_web_role = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-http-only-web-role',
        shortDescription: 'A web role serves HTTP and has no HTTPS endpoint',
        fullDescription: 'A web role whose only web input endpoints are protocol="http" serves everything, sign-in pages and cookies included, unencrypted over the internet. Add an https input endpoint with a certificate, and redirect HTTP to it.',
        help: help({
            why: 'Without an https endpoint there is no way to serve the site securely; adding one requires a certificate in the definition and its thumbprint in every configuration, so it is worth deciding early.',
            bad: '<Endpoints>\n  <InputEndpoint name="Http" protocol="http" port="80" />\n</Endpoints>',
            good: '<Endpoints>\n  <InputEndpoint name="Http" protocol="http" port="80" />\n  <InputEndpoint name="Https" protocol="https" port="443" certificate="SslCert" />\n</Endpoints>',
            notes: 'Decision on an inference rule: only web roles are checked, and an http endpoint next to an https one is fine (it usually redirects). TLS terminated in front of the service (Front Door, Application Gateway) is a legitimate reason to suppress the finding.',
        }),
        sources: ['Corpus survey: 114 public repositories with HTTP-only web roles'],
        catalog: 'SEC-006',
        tags: ['security'],
        precision: 'medium',
        defaultLevel: 'warning',
        recommended: false,
        securitySeverity: 4.0,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            if (role.kind !== 'WebRole')
                continue;
            const inputs = role.endpoints.filter((e) => e.kind === 'InputEndpoint');
            const http = inputs.find((e) => e.protocol === 'http');
            if (!http || inputs.some((e) => e.protocol === 'https'))
                continue;
            ctx.report({
                at: http.el.attr('protocol') ?? http.el,
                message: `web role "${role.name ?? '?'}" serves HTTP on endpoint "${http.name ?? '?'}" and has no https endpoint; add <InputEndpoint protocol="https" port="443" certificate="…" /> and redirect HTTP to it`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/sec/open-admin-port.js



/** Remote administration ports: SSH, Telnet, Remote Desktop, WinRM. */
const ADMIN_PORTS = { 22: 'SSH', 23: 'Telnet', 3389: 'Remote Desktop', 5985: 'WinRM', 5986: 'WinRM' };
const ANYWHERE = /^(0\.0\.0\.0\/0|\*|any|internet)$/i;
/* harmony default export */ const open_admin_port = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-open-admin-port',
        shortDescription: 'A remote administration port is open to the whole internet',
        fullDescription: 'Input endpoints on Remote Desktop (3389, also opened by the RemoteForwarder plug-in), SSH, Telnet or WinRM ports, and instance input endpoints (one public port straight to each instance), are reachable from any address unless an EndpointAcl in the deployed configuration restricts them. An ACL whose permit rule covers 0.0.0.0/0 restricts nothing.',
        help: help({
            why: 'Internet-wide scanners find open RDP and WinRM ports within minutes and start guessing passwords. Restrict them to the addresses administrators connect from.',
            bad: '<!-- .csdef --> <InputEndpoint name="Rdp" protocol="tcp" port="3389" />\n<!-- .cscfg: no EndpointAcls -->',
            good: '<NetworkConfiguration>\n  <AccessControls>\n    <AccessControl name="admins">\n      <Rule action="permit" order="100" remoteSubnet="203.0.113.0/24" description="office" />\n    </AccessControl>\n  </AccessControls>\n  <EndpointAcls>\n    <EndpointAcl role="Web" endPoint="Rdp" accessControl="admins" />\n  </EndpointAcls>\n</NetworkConfiguration>',
            notes: 'Decision on an inference rule: a note in the strict preset. Only deployed configurations (not Local ones) are read for ACLs; a network security group outside these files may already restrict the port, in which case suppress the finding with that reason.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-networkconfiguration.md (AccessControls, EndpointAcls)'],
        catalog: 'SEC-008',
        tags: ['security'],
        precision: 'medium',
        defaultLevel: 'note',
        recommended: false,
        securitySeverity: 5.0,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        const deployed = service.configurations.filter((c) => !c.isLocal);
        if (service.configurations.length > 0 && deployed.length === 0)
            return;
        const exposures = [];
        for (const role of def.roles) {
            const roleName = role.name ?? '?';
            for (const e of role.endpoints) {
                if (e.kind === 'InstanceInputEndpoint') {
                    exposures.push({ role: roleName, endpoint: e.name ?? '?', what: 'instance input endpoint', at: e.el });
                }
                else if (e.kind === 'InputEndpoint') {
                    const port = [parseXsInt(e.port ?? ''), parseXsInt(e.localPort ?? '')].find((p) => p !== undefined && ADMIN_PORTS[p]);
                    if (port !== undefined)
                        exposures.push({ role: roleName, endpoint: e.name ?? '?', what: `${ADMIN_PORTS[port]} endpoint (port ${port})`, at: e.el });
                }
            }
            for (const i of role.imports) {
                const m = i.moduleName ? (0,rule_api/* findImportModule */.v_)(i.moduleName) : undefined;
                for (const ep of m?.endpoints ?? []) {
                    if (ep.kind === 'InputEndpoint' && ADMIN_PORTS[ep.port]) {
                        exposures.push({ role: roleName, endpoint: ep.name, what: `${ADMIN_PORTS[ep.port]} endpoint of the ${m?.name} plug-in (port ${ep.port})`, at: i.el });
                    }
                }
            }
        }
        for (const x of exposures) {
            const found = deployed.map((cfg) => aclFor(cfg, x));
            if (!found.some((f) => f.restricted)) {
                ctx.report({
                    at: x.at,
                    message: `${x.what} "${x.endpoint}" of role "${x.role}" is open to the whole internet; add an EndpointAcl in the deployed configuration that permits only your administrators' addresses`,
                    key: `open ${x.role} ${x.endpoint}`,
                });
                continue;
            }
            for (const rule of found.flatMap((f) => f.permitAll)) {
                ctx.report({
                    at: rule.attr('remoteSubnet') ?? rule,
                    message: `the access control for ${x.what} "${x.endpoint}" of role "${x.role}" permits ${rule.attrValue('remoteSubnet') ?? '?'}, that is everyone; narrow remoteSubnet to your administrators' addresses`,
                    key: `open acl ${x.role} ${x.endpoint}`,
                });
            }
        }
    },
}));
/** Whether the configuration puts an ACL on the endpoint, and its rules that permit every address. */
function aclFor(cfg, x) {
    const net = cfg.network;
    const acls = net?.endpointAcls.filter((a) => a.role === x.role && a.endpoint === x.endpoint) ?? [];
    const permitAll = [];
    for (const acl of acls) {
        const ac = net?.accessControls.find((c) => c.name === acl.accessControl);
        for (const rule of ac?.el.childrenNamed('Rule') ?? []) {
            if (rule.attrValue('action') === 'permit' && ANYWHERE.test(rule.attrValue('remoteSubnet')?.trim() ?? ''))
                permitAll.push(rule);
        }
    }
    return { restricted: acls.length > 0, permitAll };
}

;// CONCATENATED MODULE: ./.build/rules/sec/placeholder-secret.js



/* harmony default export */ const placeholder_secret = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-placeholder-secret',
        shortDescription: 'A deployed configuration still holds a placeholder where a key or password belongs',
        fullDescription: 'Values such as AccountKey=[your key], $storageKey$, <password> or YOUR_API_KEY in a deployed configuration are placeholders nobody replaced. The deployment fails, or the role starts and fails on its first call to the service. Release-pipeline tokens ($(Key), #{Key}#, __Key__) are filled in automatically and are not reported.',
        help: help({
            why: 'Placeholders look like configuration, so they survive reviews; the failure shows up only at run time, often as a recycling role.',
            bad: '<Setting name="Storage" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=[your key]" />',
            good: '<Setting name="Storage" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(StorageAccountKey)" />',
            notes: 'Only deployed configurations are checked (not Local ones), and only where a credential belongs: AccountKey, Password, SharedAccessKey, sig, the encrypted Remote Desktop password, and settings named like a secret.',
        }),
        sources: ['microsoftgraph/microsoft-graph-comms-samples issue 687 ($storageKey$ placeholders in an extended-support configuration)'],
        catalog: 'SEC-009',
        tags: ['security', 'correctness'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: true,
        securitySeverity: 2.0,
    },
    check(service, ctx) {
        for (const { configuration, role, setting: s, candidates } of (0,rule_api/* sharedIndex */._s)(service, ctx, settingSecrets)) {
            if (configuration.isLocal)
                continue;
            const c = candidates.find((x) => isManualPlaceholder(x.value));
            if (!c)
                continue;
            const shown = c.value.trim().length > 40 ? `${c.value.trim().slice(0, 40)}…` : c.value.trim();
            ctx.report({
                at: s.valueAttr ?? s.el,
                message: `${c.what.startsWith('setting ') ? 'the value' : c.what} of setting "${s.name ?? '?'}" in role "${role.name ?? '?'}" is the placeholder "${shown}"; supply the real value at deployment (a release-pipeline token such as $(${tokenName(s.name)})) or remove the setting`,
            });
        }
    },
}));
function tokenName(name) {
    const last = (name ?? 'Secret').split('.').pop() ?? 'Secret';
    return last.replace(/[^A-Za-z0-9]/g, '') || 'Secret';
}

;// CONCATENATED MODULE: ./.build/rules/sec/plaintext-secret.js



/* harmony default export */ const plaintext_secret = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-plaintext-secret',
        shortDescription: 'A password, access key or token is committed in a service configuration',
        fullDescription: 'Setting values that hold credentials in clear text: Password=/Pwd= in SQL connection strings, SharedAccessKey= for Service Bus and Event Hubs, sig= signatures of SAS URLs, and settings whose name says they hold a password, secret, API key, access key or token. Anyone who can read the repository can use them. Storage account keys are reported by SEC-storage-account-key.',
        help: help({
            why: 'Configuration files are committed and travel with every clone and fork. Keep secrets in the release pipeline\'s secret store or in Key Vault and insert them at deployment time.',
            bad: '<Setting name="Db" value="Server=tcp:contoso.database.windows.net;User ID=app;Password=hunter2" />',
            good: '<Setting name="Db" value="Server=tcp:contoso.database.windows.net;User ID=app;Password=$(DbPassword)" />',
            notes: 'Decision on an inference rule: names are matched on their ending (…Password, …Secret, …ApiKey, …AccessKey, …Token) and names that only look similar are skipped (InstrumentationKey, PublicKey, PartitionKey, KeyVaultName, …Thumbprint, …ClientId, …Url). Empty values, release-pipeline tokens and obvious placeholders are not secrets (placeholders in deployed files are SEC-placeholder-secret). The encrypted Remote Desktop password is covered by SEC-rdp-plugin-enabled. Messages show only the first characters of a value.',
        }),
        sources: ['Corpus survey of public Cloud Services repositories (SQL passwords and Service Bus keys in .cscfg files)'],
        catalog: 'SEC-002',
        tags: ['security', 'secrets'],
        precision: 'medium',
        defaultLevel: 'error',
        recommended: true,
        securitySeverity: 8.0,
    },
    check(service, ctx) {
        for (const { role, setting: s, candidates } of (0,rule_api/* sharedIndex */._s)(service, ctx, settingSecrets)) {
            for (const c of candidates) {
                if (c.kind === 'storage-key' || c.kind === 'rdp-password' || isNotASecret(c.value))
                    continue;
                if (c.kind === 'named' && !looksSecretValue(c.value))
                    continue;
                ctx.report({
                    at: s.valueAttr ?? s.el,
                    message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" holds a clear-text ${c.what.startsWith('setting ') ? 'secret' : c.what} (${(0,rule_api/* maskSecret */.$l)(c.value)}); remove it from the file, rotate it, and have the release pipeline insert it`,
                    key: `${c.kind} ${role.name ?? '?'} ${s.name ?? '?'}`,
                });
            }
        }
    },
}));
/** Whole-value secrets: not a URL, boolean, number or file path, and long enough to be one. */
function looksSecretValue(value) {
    const v = value.trim();
    if (v.length < 6)
        return false;
    if (/^(true|false)$/i.test(v) || /^\d+$/.test(v))
        return false;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v) && !/[?&](sig|code|key|token)=/i.test(v))
        return false;
    if (/^[A-Za-z]:\\|^\\\\|^\.{0,2}\//.test(v))
        return false;
    return true;
}

;// CONCATENATED MODULE: ./.build/rules/sec/rdp-plugin-enabled.js


const rdp_plugin_enabled_ENABLED = `${rule_api/* PLUGIN_PREFIX */.nY}RemoteAccess.Enabled`;
/* harmony default export */ const rdp_plugin_enabled = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-rdp-plugin-enabled',
        shortDescription: 'A deployed configuration enables the legacy Remote Desktop plug-in with committed credentials',
        fullDescription: 'RemoteAccess.Enabled=true in a deployed configuration creates an administrator account on every instance, with its user name and encrypted password committed in the file, and opens Remote Desktop through the RemoteForwarder\'s public port 3389. The account stays until its expiration date. Cloud Services (extended support) does not support the plug-in at all; enable the Remote Desktop extension when needed instead, with credentials supplied at that moment.',
        help: help({
            why: 'The encrypted password can only be read with the PasswordEncryption certificate, but the account name, the fact that RDP is open and the attack surface are in every clone of the repository, and the account lives as long as the deployment.',
            bad: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.Enabled" value="true" />\n<Setting name="Microsoft.WindowsAzure.Plugins.RemoteAccess.AccountUsername" value="admin" />',
            good: '<!-- no RemoteAccess / RemoteForwarder plug-in; use the RDP extension on demand -->',
            notes: 'Local configurations are not checked. Plug-in presence itself (a blocker for extended support) is the business of the CSES rules; this rule is about the enabled account and its committed credentials.',
        }),
        sources: [
            'MicrosoftDocs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (remove the RDP plug-in settings)',
        ],
        catalog: 'SEC-003',
        tags: ['security'],
        precision: 'very-high',
        defaultLevel: 'warning',
        recommended: true,
        securitySeverity: 6.0,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            for (const role of cfg.roles) {
                const s = role.settings.find((x) => x.name === rdp_plugin_enabled_ENABLED);
                if (!s || !/^(true|1)$/i.test(s.value?.trim() ?? ''))
                    continue;
                const committed = ['AccountUsername', 'AccountEncryptedPassword'].filter((n) => role.settings.some((x) => x.name === `${rule_api/* PLUGIN_PREFIX */.nY}RemoteAccess.${n}` && (x.value ?? '').trim() !== ''));
                ctx.report({
                    at: s.valueAttr ?? s.el,
                    message: `role "${role.name ?? '?'}" enables the Remote Desktop plug-in${committed.length ? ` with its ${committed.map((c) => (c === 'AccountUsername' ? 'user name' : 'encrypted password')).join(' and ')} committed` : ''}; set the value to false and remove the plug-in, then use the Remote Desktop extension when access is needed`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/sec/storage-account-key.js



/* harmony default export */ const storage_account_key = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'SEC-storage-account-key',
        shortDescription: 'A storage account key is committed in a service configuration',
        fullDescription: 'A connection string with AccountKey=<key> gives full control of the storage account (read, write, delete every blob, queue and table) to anyone who can read the repository, and stays valid until the key is rotated. The storage emulator\'s published key is not reported.',
        help: help({
            why: 'Service configuration files are committed next to the code; repositories get forked, mirrored and made public. Microsoft\'s own tooling docs now call connection strings inherently insecure and recommend managed identities; at the least, keep the key out of the file and let the release pipeline insert it.',
            bad: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=Zm9v…==" />',
            good: '<Setting name="DataConnectionString" value="DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=$(StorageAccountKey)" />',
            notes: 'Every configuration is checked, Local ones included: a real key in ServiceConfiguration.Local.cscfg leaks just the same. Rotate the key after removing it; the old value remains in the history. Messages show only the first characters of the key.',
        }),
        sources: ['MicrosoftDocs/visualstudio-docs docs/azure/vs-azure-tools-command-line-build.md (security banner: connection strings are insecure)'],
        catalog: 'SEC-001',
        tags: ['security', 'secrets'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
        securitySeverity: 8.5,
    },
    check(service, ctx) {
        for (const { role, setting: s, candidates } of (0,rule_api/* sharedIndex */._s)(service, ctx, settingSecrets)) {
            for (const c of candidates) {
                if (c.kind !== 'storage-key')
                    continue;
                const key = c.value.trim();
                if (key === EMULATOR_ACCOUNT_KEY || isNotASecret(key) || !looksLikeBase64Key(key))
                    continue;
                const account = partValue(connectionParts(s.value), 'AccountName');
                ctx.report({
                    at: s.valueAttr ?? s.el,
                    message: `setting "${s.name ?? '?'}" of role "${role.name ?? '?'}" holds ${account ? `the key of storage account "${account}"` : 'a storage account key'} (${(0,rule_api/* maskSecret */.$l)(key)}); rotate the key, and put a release-pipeline token or a managed identity in its place`,
                    key: `account key ${role.name ?? '?'} ${s.name ?? '?'}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/lib/json.js
/**
 * A small JSON reader that keeps where each value starts, for rules that check ARM templates found
 * beside a service. Strict JSON plus the comments ARM tooling accepts; returns undefined on error.
 */
const json_MAX_DEPTH = 64;
function parseJson(text) {
    let i = 0;
    let line = 1;
    let lineStart = 0;
    const pos = () => ({ line, column: i - lineStart + 1, offset: i });
    const fail = () => {
        throw new SyntaxError('json');
    };
    const skip = () => {
        for (;;) {
            const c = text[i];
            if (c === '\n') {
                i++;
                line++;
                lineStart = i;
            }
            else if (c === ' ' || c === '\t' || c === '\r' || c === '\ufeff')
                i++;
            else if (c === '/' && text[i + 1] === '/') {
                while (i < text.length && text[i] !== '\n')
                    i++;
            }
            else if (c === '/' && text[i + 1] === '*') {
                const end = text.indexOf('*/', i + 2);
                if (end < 0)
                    fail();
                for (; i < end + 2; i++) {
                    if (text[i] === '\n') {
                        line++;
                        lineStart = i + 1;
                    }
                }
            }
            else
                return;
        }
    };
    const str = () => {
        let out = '';
        i++;
        for (;;) {
            const c = text[i];
            if (c === undefined || c === '\n')
                fail();
            if (c === '"') {
                i++;
                return out;
            }
            if (c === '\\') {
                const e = text[i + 1];
                const map = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
                if (e === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail();
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else if (e !== undefined && map[e] !== undefined) {
                    out += map[e];
                    i += 2;
                }
                else
                    fail();
            }
            else {
                out += c;
                i++;
            }
        }
    };
    const value = (depth) => {
        if (depth > json_MAX_DEPTH)
            fail();
        skip();
        const at = pos();
        const c = text[i];
        if (c === '{') {
            i++;
            const entries = [];
            skip();
            if (text[i] === '}') {
                i++;
                return { kind: 'object', at, entries };
            }
            for (;;) {
                skip();
                if (text[i] !== '"')
                    fail();
                const key = str();
                skip();
                if (text[i] !== ':')
                    fail();
                i++;
                entries.push([key, value(depth + 1)]);
                skip();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return { kind: 'object', at, entries };
                }
                fail();
            }
        }
        if (c === '[') {
            i++;
            const items = [];
            skip();
            if (text[i] === ']') {
                i++;
                return { kind: 'array', at, items };
            }
            for (;;) {
                items.push(value(depth + 1));
                skip();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return { kind: 'array', at, items };
                }
                fail();
            }
        }
        if (c === '"')
            return { kind: 'string', at, value: str() };
        const m = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
        if (m) {
            i += m[0].length;
            return { kind: 'number', at, value: Number(m[0]) };
        }
        for (const [word, v] of [['true', true], ['false', false], ['null', null]]) {
            if (text.startsWith(word, i)) {
                i += word.length;
                return { kind: 'literal', at, value: v };
            }
        }
        return fail();
    };
    try {
        const v = value(0);
        skip();
        return i === text.length ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** The member `key` of an object node (ARM property names are case-insensitive). */
function member(node, key) {
    if (node?.kind !== 'object')
        return undefined;
    const k = key.toLowerCase();
    return node.entries.find(([name]) => name.toLowerCase() === k)?.[1];
}
function items(node) {
    return node?.kind === 'array' ? node.items : [];
}

;// CONCATENATED MODULE: ./.build/rules/cses/arm-template-mismatch.js




const HEAD = 64 * 1024;
/** Folders beside a service where deployment templates usually live. */
const TEMPLATE_DIRS = /^(arm|templates?|deploy(ment)?s?|infra(structure)?|azure|iac)$/i;
/** Which file each parsed node came from. */
const FILE_OF = new WeakMap();
function register(n, file) {
    FILE_OF.set(n, file);
    if (n.kind === 'object')
        for (const [, v] of n.entries)
            register(v, file);
    else if (n.kind === 'array')
        for (const v of n.items)
            register(v, file);
}
/* harmony default export */ const arm_template_mismatch = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-arm-template-mismatch',
        shortDescription: 'An ARM template for the cloud service disagrees with the service files',
        fullDescription: 'An extended-support deployment is an ARM resource (Microsoft.Compute/cloudServices) next to the package and configuration. Its roleProfile must list the same roles as the definition, each role\'s sku.name must be the vmsize of that role and sku.capacity its Instances count, and every extension\'s rolesAppliedTo must name real roles. Azure rejects a deployment whose template and package disagree, for example "The role name … in the extension configuration is invalid". The rule reads JSON templates in the service folder, its parent, and arm/templates/deploy/infra folders beside them.',
        help: help({
            why: 'The template is usually written once and then drifts: a role renamed or resized in the .csdef, an instance count changed in the .cscfg.',
            bad: '"roleProfile": { "roles": [ { "name": "WebRole1", "sku": { "name": "Standard_D1_v2", "tier": "Standard", "capacity": 2 } } ] }\n// .csdef: <WebRole name="WebRole1" vmsize="Standard_D2_v2">',
            good: '"roleProfile": { "roles": [ { "name": "WebRole1", "sku": { "name": "Standard_D2_v2", "tier": "Standard", "capacity": 2 } } ] }',
            lang: 'jsonc',
            notes: 'Decision: only values the rule can read are compared: literals, [parameters(\'x\')] resolved from a parameters file in the same folder or the parameter\'s defaultValue, and [variables(\'x\')] holding a literal. Anything computed is skipped. Capacity is compared only when every deployed configuration gives the role the same count. Templates larger than 64 KiB are not read.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-template.md (roleProfile, sku, extensions rolesAppliedTo)',
            'microsoft/azure-pipelines-tasks issue 3278 ("The role name ... in the extension configuration is invalid")',
        ],
        catalog: 'CSES-010',
        tags: ['extended-support', 'arm'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        const roleNames = def.roles.map((r) => r.name).filter((n) => n !== undefined);
        for (const t of templates(service, ctx.files)) {
            // A value may come from a parameters file: point at it there, where it is fixed.
            const at = (n) => ({
                file: FILE_OF.get(n) ?? t.file,
                span: { start: n.at, end: n.at },
            });
            const resolve = (n) => resolveValue(n, t);
            for (const res of items(member(t.root, 'resources'))) {
                const type = member(res, 'type');
                if (type?.kind !== 'string' || type.value.toLowerCase() !== 'microsoft.compute/cloudservices')
                    continue;
                const props = member(res, 'properties');
                const rolesNode = resolve(member(member(props, 'roleProfile'), 'roles'));
                const listed = [];
                let complete = rolesNode?.kind === 'array';
                for (const r of items(rolesNode)) {
                    const nameNode = resolve(member(r, 'name'));
                    if (nameNode?.kind !== 'string') {
                        complete = false;
                        continue;
                    }
                    listed.push(nameNode.value);
                    const role = def.roles.find((x) => x.name === nameNode.value);
                    if (!role) {
                        ctx.report({
                            at: at(nameNode),
                            message: `the template's roleProfile lists role "${nameNode.value}", which ${def.file} does not define; use one of ${(0,rule_api/* listNames */.Zv)(roleNames)}`,
                        });
                        continue;
                    }
                    const sku = resolve(member(r, 'sku'));
                    const skuName = resolve(member(sku, 'name'));
                    if (skuName?.kind === 'string' && role.vmsize && skuName.value.toLowerCase() !== role.vmsize.trim().toLowerCase()) {
                        ctx.report({
                            at: at(skuName),
                            message: `role "${nameNode.value}" has sku.name "${skuName.value}" in the template but vmsize="${role.vmsize}" in ${def.file}; make them the same (the package decides the size)`,
                        });
                    }
                    const cap = resolve(member(sku, 'capacity'));
                    const counts = new Set(service.configurations
                        .filter((c) => !c.isLocal)
                        .map((c) => c.roles.find((x) => x.name === role.name)?.instances?.count?.trim())
                        .filter((v) => v !== undefined));
                    const count = counts.size === 1 ? Number([...counts][0]) : NaN;
                    if (cap?.kind === 'number' && Number.isInteger(count) && cap.value !== count) {
                        ctx.report({
                            at: at(cap),
                            message: `role "${nameNode.value}" has sku.capacity ${cap.value} in the template but <Instances count="${count}"> in the deployed configuration; make them the same`,
                        });
                    }
                }
                if (complete && rolesNode) {
                    const missing = roleNames.filter((n) => !listed.includes(n));
                    if (missing.length) {
                        ctx.report({
                            at: at(rolesNode),
                            message: `the template's roleProfile has no entry for ${(0,rule_api/* listNames */.Zv)(missing)} of ${def.file}; add each role with its sku (name = vmsize, capacity = instance count)`,
                        });
                    }
                }
                for (const ext of items(resolve(member(member(props, 'extensionProfile'), 'extensions')))) {
                    const applied = resolve(member(member(ext, 'properties'), 'rolesAppliedTo'));
                    for (const r of items(applied)) {
                        const v = resolve(r);
                        if (v?.kind !== 'string' || v.value === '*' || roleNames.includes(v.value))
                            continue;
                        const extName = resolve(member(ext, 'name'));
                        ctx.report({
                            at: at(v),
                            message: `extension ${extName?.kind === 'string' ? `"${extName.value}" ` : ''}is applied to role "${v.value}", which ${def.file} does not define; use one of ${(0,rule_api/* listNames */.Zv)(roleNames)} or "*" (Azure: "The role name ... in the extension configuration is invalid")`,
                        });
                    }
                }
            }
        }
    },
}));
function resolveValue(n, t, depth = 0) {
    if (n?.kind !== 'string' || depth > 4)
        return n;
    const p = /^\[\s*parameters\(\s*'([^']+)'\s*\)\s*\]$/i.exec(n.value);
    if (p) {
        const name = p[1].toLowerCase();
        const given = t.parameters.get(name);
        const value = given ?? member(member(member(t.root, 'parameters'), p[1]), 'defaultValue');
        return resolveValue(value, t, depth + 1);
    }
    const v = /^\[\s*variables\(\s*'([^']+)'\s*\)\s*\]$/i.exec(n.value);
    if (v)
        return resolveValue(member(member(t.root, 'variables'), v[1]), t, depth + 1);
    // Any other expression is computed at deployment: not comparable.
    return n.value.startsWith('[') && !n.value.startsWith('[[') ? undefined : n;
}
function templates(service, files) {
    const dirs = new Set();
    const base = [service.dir, joinPath(service.dir, '..')].filter((d) => !d.startsWith('..'));
    for (const d of base) {
        dirs.add(d);
        for (const sub of perRun(files, 'folders', d, () => templateFolders(files, d)))
            dirs.add(sub);
    }
    return [...dirs].flatMap((dir) => perRun(files, 'templates', dir, () => templatesIn(files, dir)));
}
/**
 * What was read from a folder, kept for the run (a run has one FileFacts): services side by side
 * share their parent folder, and reading and parsing it once per service made this rule the
 * slowest of all on a repository of many services. Callers do not change what is kept.
 */
const PER_RUN = new WeakMap();
function perRun(files, what, dir, read) {
    let kept = PER_RUN.get(files);
    if (!kept)
        PER_RUN.set(files, (kept = new Map()));
    const key = `${what}\u0000${dir}`;
    if (!kept.has(key))
        kept.set(key, read());
    return kept.get(key);
}
function templateFolders(files, dir) {
    return files.list(dir).filter((name) => TEMPLATE_DIRS.test(name) && files.isDirectory(joinPath(dir, name))).map((name) => joinPath(dir, name));
}
function templatesIn(files, dir) {
    const out = [];
    const docs = [];
    for (const name of files.list(dir)) {
        if (!/\.json$/i.test(name))
            continue;
        const file = joinPath(dir, name);
        const bytes = files.head(file, HEAD);
        if (!bytes || bytes.length >= HEAD)
            continue;
        const root = parseJson(new TextDecoder('utf-8').decode(bytes));
        if (!root)
            continue;
        register(root, file);
        docs.push({ file, root });
    }
    const parameters = new Map();
    for (const d of docs) {
        const schema = member(d.root, '$schema');
        if (schema?.kind !== 'string' || !/deploymentParameters/i.test(schema.value))
            continue;
        const params = member(d.root, 'parameters');
        if (params?.kind !== 'object')
            continue;
        for (const [k, v] of params.entries) {
            const value = member(v, 'value');
            if (value && !parameters.has(k.toLowerCase()))
                parameters.set(k.toLowerCase(), value);
        }
    }
    for (const d of docs) {
        const schema = member(d.root, '$schema');
        if (schema?.kind === 'string' && /deploymentTemplate/i.test(schema.value))
            out.push({ file: d.file, root: d.root, parameters });
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/rules/cses/certificates-key-vault.js


/* harmony default export */ const certificates_key_vault = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-certificates-key-vault',
        shortDescription: 'Certificates must come from a Key Vault for extended support',
        fullDescription: 'Extended support does not take certificates uploaded to the cloud service: each thumbprint in a deployed configuration must belong to a certificate in a Key Vault in the same region and subscription, referenced in the deployment (ARM osProfile.secrets), and the vault must allow "Azure Virtual Machines for deployment". This note is a checklist item, reported once per configuration.',
        help: help({
            why: 'A thumbprint that is not in the vault named by the deployment fails it; a vault in another region or subscription is only reachable through the Key Vault VM extension.',
            bad: '<Certificates>\n  <Certificate name="Ssl" thumbprint="0F3A…" thumbprintAlgorithm="sha1" />\n</Certificates>\n<!-- and no Key Vault secret in the deployment -->',
            good: '<!-- the same Certificate element, plus in the ARM template: -->\n"osProfile": { "secrets": [ { "sourceVault": { "id": "<vault id>" },\n  "vaultCertificates": [ { "certificateUrl": "https://<vault>.vault.azure.net/secrets/ssl/<version>" } ] } ] }',
            lang: 'text',
            notes: 'The rule cannot see the Key Vault, so it is a note in the strict preset. Suppress it with a reason once the certificates are in the vault. Certificates of plug-ins (Microsoft.WindowsAzure.Plugins.*, such as the Remote Desktop PasswordEncryption certificate) are not counted: they go away with the plug-in (CSES-rdp-plugin). Local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/certificates-and-key-vault.md',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-template.md (osProfile.secrets)',
        ],
        catalog: 'CSES-011',
        tags: ['extended-support', 'cscfg'],
        precision: 'medium',
        defaultLevel: 'note',
        recommended: false,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            // Plug-in certificates (the RDP password key) leave with the plug-in, not into a vault.
            const certs = cfg.roles.flatMap((r) => r.certificates).filter((c) => !c.name?.startsWith(rule_api/* PLUGIN_PREFIX */.nY));
            const first = certs[0];
            if (!first)
                continue;
            const names = [...new Set(certs.map((c) => c.name).filter((n) => n !== undefined))];
            ctx.report({
                at: first.el,
                message: `${cfg.file} references ${certs.length} certificate${certs.length === 1 ? '' : 's'} (${names.join(', ')}); for extended support put each in a Key Vault in the service's region and subscription, enabled for "Azure Virtual Machines for deployment", and reference it in the deployment's osProfile.secrets`,
                key: `certificates in ${cfg.file}`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/classic-vnet-name.js


/* harmony default export */ const classic_vnet_name = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-classic-vnet-name',
        shortDescription: 'The virtual network is named in the classic "Group <rg> <vnet>" form',
        fullDescription: 'Classic virtual networks created in the portal are referenced as "Group <resource group> <network>". Extended support needs the network name (same resource group) or its full ARM resource id; the classic form fails validation.',
        help: help({
            why: 'The classic form names a classic network, which no longer exists once it is migrated (it becomes a normal ARM network, named "group-<rg>-<vnet>" when it was portal-created).',
            bad: '<VirtualNetworkSite name="Group shop-rg shop-vnet" />',
            good: '<VirtualNetworkSite name="shop-vnet" />\n<!-- or, for a network in another resource group -->\n<VirtualNetworkSite name="/subscriptions/<sub>/resourceGroups/net-rg/providers/Microsoft.Network/virtualNetworks/shop-vnet" />',
            notes: 'Local configurations are skipped.',
        }),
        sources: ['MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-overview.md'],
        catalog: 'CSES-003',
        tags: ['extended-support', 'cscfg'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            const site = cfg.network?.virtualNetworkSite;
            if (cfg.isLocal || !site?.name)
                continue;
            const m = /^\s*Group\s+(\S+)\s+(.+?)\s*$/i.exec(site.name);
            if (!m)
                continue;
            ctx.report({
                at: site.el.attr('name') ?? site.el,
                message: `virtual network "${site.name}" uses the classic "Group <resource group> <network>" form; extended support needs the network name or its ARM id: write name="${m[2]}" (network in the same resource group) or the full /subscriptions/…/virtualNetworks/${m[2]} id`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/diagnostics-plugin.js


/* harmony default export */ const diagnostics_plugin = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-diagnostics-plugin',
        shortDescription: 'The legacy Diagnostics plug-in is imported',
        fullDescription: 'The Diagnostics plug-in (Import moduleName="Diagnostics" and its Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString setting) is the classic diagnostics agent. For extended support the prerequisites ask to remove the per-role connection string and configure diagnostics with the Azure Diagnostics (PaaSDiagnostics) extension, applied per role at deployment.',
        help: help({
            why: 'The newer revision of the extended-support prerequisites lists the Diagnostics connection-string removal among the required configuration changes; the WAD extension replaces the plug-in and is configured outside the package.',
            bad: '<Imports>\n  <Import moduleName="Diagnostics" />\n</Imports>',
            good: '<Imports />\n<!-- diagnostics: the Microsoft.Azure.Diagnostics PaaSDiagnostics extension, rolesAppliedTo the role -->',
            notes: 'Decision: warning rather than error. Only the newer revision of the prerequisites page asks for the removal, and the migration overview lists plug-ins among what is migrated, so a deployment with the plug-in is not shown to be refused. The Import is reported once per role; remove the matching setting from every configuration at the same time.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (newer revision: remove the Diagnostics setting)',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/extensions.md (Azure Diagnostics extension)',
        ],
        catalog: 'CSES-007',
        tags: ['extended-support', 'csdef'],
        precision: 'high',
        defaultLevel: 'warning',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const imp of role.imports) {
                if (imp.moduleName !== 'Diagnostics')
                    continue;
                ctx.report({
                    at: imp.el,
                    message: `role "${role.name ?? ''}" imports the Diagnostics plug-in; for extended support remove the Import and the Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString settings, and configure the Azure Diagnostics (PaaSDiagnostics) extension instead`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/legacy-vm-size.js



/* harmony default export */ const legacy_vm_size = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-legacy-vm-size',
        shortDescription: 'A role uses a classic or deprecated size that extended support does not accept',
        fullDescription: 'Extended support takes ARM size names. The classic names (ExtraSmall, Small, Medium, Large, ExtraLarge, A5–A7), the retired Basic/Standard A-series and the deprecated A8–A11, MSODSG5 and H-series sizes must be changed before deploying; a role without vmsize gets Small, which is one of them. The message names the size the current Microsoft mapping suggests.',
        help: help({
            why: 'Classic sizes are deprecated in ARM and the Basic/Standard A-series was retired on 2024-08-31. The extended-support prerequisites ask to move each role to an ARM size and rebuild the package (vmsize lives in the .csdef, so it takes a new .cspkg).',
            bad: '<WorkerRole name="Worker" vmsize="Medium">',
            good: '<WorkerRole name="Worker" vmsize="Standard_A2_v2">',
            notes: 'Mapping (current revision of the prerequisites page): ExtraSmall and Small → Standard_A1_v2, Medium → Standard_A2_v2, Large → Standard_A4_v2, ExtraLarge → Standard_A8_v2, A5/A6/A7 → Standard_A2m_v2/A4m_v2/A8m_v2. A8–A11 and MSODSG5 are deprecated with no direct successor: pick a current size that fits. An older revision of the page mapped to Standard_A0–A4, which are themselves retired, so the current column is used. Sizes the linter does not know are left to CSDEF rules.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (classic size → ARM size)',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/available-sizes.md',
            'Azure/HDInsight release notes 2024-01-10 (Basic/Standard A-series retirement 2024-08-31)',
        ],
        catalog: 'CSES-004',
        tags: ['extended-support', 'csdef'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        if (!def)
            return;
        for (const role of def.roles) {
            if (role.kind === 'VirtualMachineRole')
                continue;
            const written = role.vmsize?.trim();
            // CSPack's csx copies drop vmsize when rewriting the definition; the authored file is
            // checked on its own, and PKG-generated-copy reports the copy.
            if (!written && generatedSegment(def.file))
                continue;
            const size = (0,rule_api/* findVmSize */.IY)(written || rule_api/* DEFAULT_VM_SIZE */.Y6);
            if (!size || size.status === 'current')
                continue;
            const fix = size.extendedSupportName
                ? `use vmsize="${size.extendedSupportName}"`
                : `choose a current ARM size (for example Standard_D${size.cores >= 16 ? '5' : size.cores >= 8 ? '4' : '2'}_v2 for ${size.cores} cores)`;
            const what = size.status === 'deprecated' ? 'is deprecated for extended support' : 'is a classic size extended support does not accept';
            if (written) {
                ctx.report({
                    at: role.el.attr('vmsize') ?? role.el,
                    message: `role "${role.name ?? ''}" size "${written}" ${what}; ${fix}`,
                });
            }
            else {
                ctx.report({
                    at: role.el,
                    message: `role "${role.name ?? ''}" has no vmsize, so it gets the classic size ${rule_api/* DEFAULT_VM_SIZE */.Y6}, which extended support does not accept; ${fix}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/lifecycle.js


/* harmony default export */ const lifecycle = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-lifecycle',
        shortDescription: 'Cloud Services (extended support) retires on 2027-03-31',
        fullDescription: 'Cloud Services (classic) was retired on 2024-08-31 and its deployments were stopped from October 2024. Cloud Services (extended support) was deprecated on 2025-03-31 and is fully retired on 2027-03-31, the same day Visual Studio\'s Cloud Services tooling ends. This note is reported once per service so the retirement shows up in reports; plan the move to App Service, Container Apps, AKS or Virtual Machine Scale Sets.',
        help: help({
            why: 'Every page of the extended-support documentation carries the retirement banner. A linter run is a good place to keep the date in sight.',
            bad: '<ServiceDefinition name="shop">…</ServiceDefinition>',
            good: '<!-- nothing to fix in the file: suppress the note with a reason once a migration plan exists -->',
            notes: 'A note in the strict preset only; reported on the definition (or the first configuration when there is none).',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support (retirement banner, aka.ms/cses-retirement-march-2025)',
            'MicrosoftDocs/visualstudio-docs docs/azure/vs-azure-tools-command-line-build.md (tooling support banner)',
        ],
        catalog: 'CSES-012',
        tags: ['extended-support', 'lifecycle'],
        precision: 'very-high',
        defaultLevel: 'note',
        recommended: false,
    },
    check(service, ctx) {
        const at = service.definition?.el ?? service.configurations[0]?.el;
        if (!at)
            return;
        ctx.report({
            at,
            message: 'Cloud Services (classic) is retired and Cloud Services (extended support) is fully retired on 2027-03-31; plan the move of this service to another compute platform (App Service, Container Apps, AKS or Virtual Machine Scale Sets)',
        });
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/rdp-plugin.js


const RDP_MODULES = ['RemoteAccess', 'RemoteForwarder'];
const isRdpName = (name) => name !== undefined && RDP_MODULES.some((m) => name.startsWith(`${rule_api/* PLUGIN_PREFIX */.nY}${m}.`));
/* harmony default export */ const rdp_plugin = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-rdp-plugin',
        shortDescription: 'The legacy Remote Desktop plug-in is used',
        fullDescription: 'Extended support does not take the classic Remote Desktop plug-in: the RemoteAccess and RemoteForwarder Imports in the definition, their Microsoft.WindowsAzure.Plugins.RemoteAccess.* / RemoteForwarder.* settings and the PasswordEncryption certificate in deployed configurations must go. Remote Desktop is then enabled at deployment time with the RDP extension. Deployments with both the plug-in and the extension cannot be migrated.',
        help: help({
            why: 'The prerequisites for extended support list the removal of the RDP plug-in from both files. Enabling the RDP extension when needed also avoids committing an account name and an encrypted password.',
            bad: '<Imports>\n  <Import moduleName="RemoteAccess" />\n  <Import moduleName="RemoteForwarder" />\n</Imports>',
            good: '<Imports>\n  <!-- Remote Desktop comes from the RDP extension, enabled at deployment -->\n</Imports>',
            notes: 'The definition\'s Imports are reported once each; in a deployed configuration, one finding per role names the plug-in settings and certificate to delete. Local configurations are skipped. Removing the Import without the settings makes them undeclared (XREF-setting-not-declared), so remove both together.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (remove the RDP plug-in)',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-technical-details.md (RDP plug-in and extension together)',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/enable-rdp.md',
        ],
        catalog: 'CSES-006',
        tags: ['extended-support', 'both'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const role of service.definition?.roles ?? []) {
            for (const imp of role.imports) {
                if (!imp.moduleName || !RDP_MODULES.includes(imp.moduleName))
                    continue;
                ctx.report({
                    at: imp.el,
                    message: `role "${role.name ?? ''}" imports the ${imp.moduleName} plug-in, which extended support does not take; remove the Import (and its settings from every configuration) and enable Remote Desktop with the RDP extension`,
                });
            }
        }
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            for (const role of cfg.roles) {
                const settings = role.settings.filter((s) => isRdpName(s.name));
                const certs = role.certificates.filter((c) => isRdpName(c.name));
                const first = [...settings, ...certs].sort((a, b) => a.el.span.start.offset - b.el.span.start.offset)[0];
                if (!first)
                    continue;
                const what = [
                    settings.length ? `${settings.length} setting${settings.length === 1 ? '' : 's'}` : '',
                    certs.length ? 'the PasswordEncryption certificate' : '',
                ]
                    .filter(Boolean)
                    .join(' and ');
                ctx.report({
                    at: first.el,
                    message: `role "${role.name ?? ''}" in ${cfg.file} carries Remote Desktop plug-in configuration (${what}); extended support does not take the plug-in: delete the Microsoft.WindowsAzure.Plugins.RemoteAccess.* and RemoteForwarder.* entries and use the RDP extension`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/reserved-ip.js


/* harmony default export */ const reserved_ip = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-reserved-ip',
        shortDescription: 'A reserved IP is unnamed or the service has no input endpoint to put on it',
        fullDescription: 'Extended support validates reserved IPs: a ReservedIP must carry a name (the reserved public IP resource in the same region) and the service must have at least one input endpoint, since the reserved address is the front end of the load balancer. Reserved IPs also cannot be added, removed or changed by an update, so they must be right in the first deployment.',
        help: help({
            why: 'The extended-support common-errors page lists "a reserved IP must have a name" and "at least one endpoint" among the validation failures.',
            bad: '<AddressAssignments>\n  <ReservedIPs>\n    <ReservedIP name="" />\n  </ReservedIPs>\n</AddressAssignments>',
            good: '<AddressAssignments>\n  <ReservedIPs>\n    <ReservedIP name="shop-ip" />\n  </ReservedIPs>\n</AddressAssignments>',
            notes: 'A ReservedIP without the name attribute at all is a schema error reported by the CSCFG rules; this rule reports an empty name. Portal-created reserved IPs are renamed group-<rg>-<name> by the migration: use the new name. Local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-technical-details.md (reserved IP naming)',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/faq.yml (reserved IPs cannot change on update)',
        ],
        catalog: 'CSES-009',
        tags: ['extended-support', 'cscfg'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        const hasInput = def ? def.roles.some((r) => r.endpoints.some((e) => e.kind === 'InputEndpoint')) : true;
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            for (const ip of cfg.network?.reservedIPs ?? []) {
                if (ip.name !== undefined && ip.name.trim() === '') {
                    ctx.report({
                        at: ip.el.attr('name') ?? ip.el,
                        message: `the reserved IP in ${cfg.file} has an empty name; extended support needs the name of the reserved public IP resource: set name="<reserved ip>"`,
                    });
                }
                if (!hasInput && def) {
                    ctx.report({
                        at: ip.el,
                        message: `${cfg.file} assigns a reserved IP, but no role of ${def.file} has an <InputEndpoint>; extended support needs at least one endpoint on a reserved IP: add an input endpoint or remove the <ReservedIPs>`,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/retired-os-family.js


const supported = () => rule_api/* SUPPORTED_FAMILIES */.Wx.join(', ');
const newest = () => Math.max(...rule_api/* SUPPORTED_FAMILIES */.Wx);
/* harmony default export */ const retired_os_family = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-retired-os-family',
        shortDescription: 'The Guest OS family is retired or not set',
        fullDescription: 'Guest OS families 1 to 4 (Windows Server 2008 to 2012 R2) are retired; extended support runs only families 5, 6 and 7 (Windows Server 2016, 2019, 2022). A configuration without osFamily gets the schema default, family 1. A pinned osVersion (WA-GUEST-OS-<family>.<n>_<yyyymm>-<nn>) names its family too and is read when osFamily is absent.',
        help: help({
            why: 'Deployments on a retired family are refused or force-upgraded. Family 7 (Windows Server 2022, .NET Framework 4.8) is the recommended one.',
            bad: '<ServiceConfiguration serviceName="shop" osFamily="4" osVersion="*">',
            good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">',
            notes: 'Decision on the missing attribute: the classic schema page and the family 1 retirement notice say the default is family 1, a 2025 notice says 5. Either way the default is not a choice one should leave implicit, so a missing osFamily is reported with the family-1 reading. Family 6 disables TLS 1.0/1.1 and family 5 requires RDP passwords of 10+ characters: test the role before moving. Local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-family-2-3-4-retirement.md',
            'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-guestos-family1-retirement.md',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md',
        ],
        catalog: 'CSES-005',
        tags: ['extended-support', 'cscfg'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal)
                continue;
            const written = cfg.osFamily?.trim();
            if (written) {
                const family = (0,rule_api/* findGuestOsFamily */.ek)(written);
                if (!family || family.status !== 'retired')
                    continue;
                ctx.report({
                    at: cfg.el.attr('osFamily') ?? cfg.el,
                    message: `osFamily="${written}" (${family.windows}) is retired${family.retired ? ` since ${family.retired}` : ''}; extended support runs families ${supported()}: set osFamily="${newest()}" (and osVersion="*")`,
                });
                continue;
            }
            const pinned = rule_api/* OS_VERSION_PATTERN */.fZ.exec(cfg.osVersion?.trim() ?? '');
            if (pinned) {
                const family = (0,rule_api/* findGuestOsFamily */.ek)(pinned[1]);
                if (!family || family.status !== 'retired')
                    continue;
                ctx.report({
                    at: cfg.el.attr('osVersion') ?? cfg.el,
                    message: `osVersion="${cfg.osVersion?.trim() ?? ''}" pins Guest OS family ${family.family} (${family.windows}), which is retired; extended support runs families ${supported()}: set osFamily="${newest()}" osVersion="*"`,
                });
                continue;
            }
            ctx.report({
                at: cfg.el,
                message: `${cfg.file} sets no osFamily, so the schema default (family 1, retired) applies; extended support runs families ${supported()}: add osFamily="${newest()}" osVersion="*"`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/role-subnet-missing.js


/* harmony default export */ const role_subnet_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-role-subnet-missing',
        shortDescription: 'A role is not assigned to a subnet of the virtual network',
        fullDescription: 'When a configuration declares a virtual network, every role must have an AddressAssignments/InstanceAddress with at least one Subnet. Extended support refuses roles in a network without an explicit subnet ("no subnets associated with the role").',
        help: help({
            why: 'Extended support places each role in a subnet; a role without one makes the deployment (or the in-place migration) fail validation.',
            bad: '<NetworkConfiguration>\n  <VirtualNetworkSite name="shop-vnet" />\n  <AddressAssignments>\n    <InstanceAddress roleName="Web">\n      <Subnets><Subnet name="web" /></Subnets>\n    </InstanceAddress>\n    <!-- nothing for role "Worker" -->\n  </AddressAssignments>\n</NetworkConfiguration>',
            good: '<AddressAssignments>\n  <InstanceAddress roleName="Web">\n    <Subnets><Subnet name="web" /></Subnets>\n  </InstanceAddress>\n  <InstanceAddress roleName="Worker">\n    <Subnets><Subnet name="worker" /></Subnets>\n  </InstanceAddress>\n</AddressAssignments>',
            notes: 'A configuration with no virtual network at all is reported by CSES-virtual-network-missing instead. Local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-technical-details.md (roles in a VNet without an explicit subnet)',
        ],
        catalog: 'CSES-002',
        tags: ['extended-support', 'cscfg'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            const net = cfg.network;
            if (cfg.isLocal || !net?.virtualNetworkSite)
                continue;
            for (const role of cfg.roles) {
                if (role.name === undefined)
                    continue;
                const subnetted = net.instanceAddresses.some((ia) => ia.roleName === role.name && ia.subnets.some((s) => s.name));
                if (subnetted)
                    continue;
                const has = net.instanceAddresses.some((ia) => ia.roleName === role.name);
                ctx.report({
                    at: role.el.attr('name') ?? role.el,
                    message: has
                        ? `role "${role.name}" has an <InstanceAddress> without a <Subnet> in ${cfg.file}; extended support needs every role in a subnet: add <Subnets><Subnet name="<subnet>" /></Subnets>`
                        : `role "${role.name}" is not assigned to a subnet of virtual network "${net.virtualNetworkSite.name ?? ''}" in ${cfg.file}; add <InstanceAddress roleName="${role.name}"><Subnets><Subnet name="<subnet>" /></Subnets></InstanceAddress> under <AddressAssignments>`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/service-name-equals-role.js


/* harmony default export */ const service_name_equals_role = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-service-name-equals-role',
        shortDescription: 'The service name is the same as a role name',
        fullDescription: 'Classic Cloud Services accepted a service named like one of its roles; extended support fails the deployment with NetworkingInternalOperationError. Rename the service (ServiceDefinition/@name and every ServiceConfiguration/@serviceName) or the role.',
        help: help({
            why: 'Extended support derives network resource names from the service and role names; equal names collide.',
            bad: '<ServiceDefinition name="Worker">\n  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />\n</ServiceDefinition>',
            good: '<ServiceDefinition name="OrderService">\n  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />\n</ServiceDefinition>',
            notes: 'Names are compared ignoring case (Azure resource names are case-insensitive). The definition is reported when it has the clash; a configuration only when its serviceName differs from the definition name (otherwise the fix is the same). Local configurations are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs issue 75495',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
        ],
        catalog: 'CSES-008',
        tags: ['extended-support', 'both'],
        precision: 'high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        const def = service.definition;
        const same = (a, b) => a !== undefined && b !== undefined && a.trim() !== '' && a.trim().toLowerCase() === b.trim().toLowerCase();
        if (def) {
            const clash = def.roles.find((r) => same(r.name, def.name));
            if (clash) {
                ctx.report({
                    at: def.el.attr('name') ?? def.el,
                    message: `service name "${def.name ?? ''}" is also the name of role "${clash.name ?? ''}"; extended support fails with NetworkingInternalOperationError: rename the service (here and in every configuration's serviceName) or the role`,
                });
            }
        }
        for (const cfg of service.configurations) {
            if (cfg.isLocal || (def && same(cfg.serviceName, def.name)))
                continue;
            const names = [...(def?.roles ?? []).map((r) => r.name), ...cfg.roles.map((r) => r.name)];
            const clash = names.find((n) => same(n, cfg.serviceName));
            if (!clash)
                continue;
            ctx.report({
                at: cfg.el.attr('serviceName') ?? cfg.el,
                message: `serviceName "${cfg.serviceName ?? ''}" is also the name of role "${clash}"; extended support fails with NetworkingInternalOperationError: choose a service name no role uses`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/cses/virtual-network-missing.js


/* harmony default export */ const virtual_network_missing = ((0,rule_api/* defineRule */.Km)({
    meta: {
        id: 'CSES-virtual-network-missing',
        shortDescription: 'A deployed configuration declares no virtual network',
        fullDescription: 'Cloud Services (extended support) deploys every cloud service into a virtual network: the configuration must hold NetworkConfiguration/VirtualNetworkSite naming it (the name when the network is in the same resource group, its full ARM id otherwise). Classic deployments could live outside any network; extended support rejects them. Local (emulator) configurations are not checked.',
        help: help({
            why: 'Classic Cloud Services no longer runs, so every deployment goes to extended support, which requires a virtual network. The network cannot be changed after the cloud service is created, so it has to be right in the first deployment.',
            bad: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">\n  <Role name="Web">\n    <Instances count="2" />\n  </Role>\n</ServiceConfiguration>',
            good: '<ServiceConfiguration serviceName="shop" osFamily="7" osVersion="*">\n  <Role name="Web">\n    <Instances count="2" />\n  </Role>\n  <NetworkConfiguration>\n    <VirtualNetworkSite name="shop-vnet" />\n    <AddressAssignments>\n      <InstanceAddress roleName="Web">\n        <Subnets>\n          <Subnet name="web" />\n        </Subnets>\n      </InstanceAddress>\n    </AddressAssignments>\n  </NetworkConfiguration>\n</ServiceConfiguration>',
            notes: 'Configurations whose name marks them as local (ServiceConfiguration.Local.cscfg and the like) run in the emulator and are skipped.',
        }),
        sources: [
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (virtual network required)',
            'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/faq.yml (the network cannot be changed later)',
        ],
        catalog: 'CSES-001',
        tags: ['extended-support', 'cscfg'],
        precision: 'very-high',
        defaultLevel: 'error',
        recommended: true,
    },
    check(service, ctx) {
        for (const cfg of service.configurations) {
            if (cfg.isLocal || cfg.network?.virtualNetworkSite)
                continue;
            const where = cfg.network ? 'its <NetworkConfiguration> has no <VirtualNetworkSite>' : 'it has no <NetworkConfiguration>';
            ctx.report({
                at: cfg.network?.el ?? cfg.el,
                message: `${cfg.file} declares no virtual network (${where}); extended support deploys only into one: add <NetworkConfiguration><VirtualNetworkSite name="<vnet>" /> with a subnet for every role`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./.build/rules/index.js



































































































const BUILTIN_RULES = [
    dtd_forbidden,
    encoding_mismatch,
    file_too_large,
    well_formed,
    binding_endpoint,
    duplicate_endpoint_name,
    duplicate_input_port,
    duplicate_name,
    duplicate_role_name,
    endpoint_limit,
    https_endpoint_certificate,
    ignore_role_instance_status,
    instance_input_port_range,
    internal_endpoints_per_role,
    invalid_enum_value,
    invalid_name,
    invalid_number,
    invalid_port,
    load_balancer_probe_reference,
    local_storage_exceeds_disk,
    local_storage_exceeds_successor_size,
    network_traffic_rule_reference,
    public_port_range_overlap,
    remote_forwarder,
    required_attribute,
    retired_import,
    role_count,
    root_element,
    startup_task_path,
    unexpected_element,
    unknown_import,
    unknown_vm_size,
    virtual_machine_role,
    web_role_without_http_endpoint,
    cscfg_duplicate_name,
    emulator_storage,
    instances,
    invalid_os_family,
    invalid_os_version,
    invalid_thumbprint,
    invalid_vm_name,
    lowercase_thumbprint,
    pinned_os_version,
    remote_access_expiration,
    cscfg_required_attribute,
    cscfg_root_element,
    single_instance,
    storage_http,
    thumbprint_algorithm,
    certificate_missing,
    certificate_not_declared,
    configuration_variants_differ,
    diagnostics_connection_string_empty,
    framework_newer_than_guest_os,
    instance_input_range_too_small,
    network_reference_unresolved,
    plugin_setting_missing,
    remote_desktop_incomplete,
    role_missing_in_configuration,
    role_not_in_definition,
    service_name_mismatch,
    setting_missing,
    setting_not_declared,
    assembly_not_copied,
    generated_copy,
    no_cloud_configuration,
    path_too_long,
    physical_directory_missing,
    project_file_missing,
    role_32_bit,
    role_reference_unknown,
    role_without_project,
    source_directory_absolute,
    source_directory_missing,
    startup_script_byte_order_mark,
    startup_script_exit_code,
    startup_task_file_missing,
    startup_task_file_not_copied,
    certificate_private_key_access,
    elevated_runtime,
    elevated_startup_task,
    http_only_web_role,
    open_admin_port,
    placeholder_secret,
    plaintext_secret,
    rdp_plugin_enabled,
    storage_account_key,
    arm_template_mismatch,
    certificates_key_vault,
    classic_vnet_name,
    diagnostics_plugin,
    legacy_vm_size,
    lifecycle,
    rdp_plugin,
    reserved_ip,
    retired_os_family,
    role_subnet_missing,
    service_name_equals_role,
    virtual_network_missing,
];

// EXTERNAL MODULE: ./.build/src/lint/baseline.js
var lint_baseline = __nccwpck_require__(5838);
// EXTERNAL MODULE: ./.build/src/lint/config.js + 1 modules
var config = __nccwpck_require__(8777);
// EXTERNAL MODULE: ./.build/src/model/folders.js
var model_folders = __nccwpck_require__(6080);
// EXTERNAL MODULE: ./.build/src/model/index.js + 6 modules
var model = __nccwpck_require__(4216);
;// CONCATENATED MODULE: ./.build/src/lint/directives.js
const PREFIX = /^\s*cloudservice-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;
/**
 * Reads suppression comments, in the style of ESLint and markdownlint:
 * `<!-- cloudservice-disable-next-line RULE[, RULE] - reason [expires=YYYY-MM-DD] -->`.
 * The reason follows a single hyphen: ESLint's ` -- ` is not allowed inside an XML comment
 * (XML 1.0 §2.5), and Visual Studio, CSPack and Azure would refuse the file.
 * `disable` without a later `enable` for the same rules runs to the end of the file.
 */
function readDirectives(doc) {
    const raw = [];
    const beforeRoot = doc.root ? doc.root.span.start.offset : Infinity;
    const early = new Set();
    for (const c of doc.comments) {
        const m = PREFIX.exec(c.text);
        if (!m)
            continue;
        const kind = m[1];
        const rest = m[2] ?? '';
        // Rule ids contain hyphens but never spaces, so " - " (or an en/em dash) starts the reason.
        const sep = /\s[-\u2013\u2014]\s|\s[-\u2013\u2014]$/.exec(rest);
        const ruleText = sep ? rest.slice(0, sep.index) : rest;
        let reasonText = sep ? rest.slice(sep.index + sep[0].length) : '';
        let expires;
        reasonText = reasonText.replace(/\bexpires=(\d{4}-\d{2}-\d{2})\b/, (_, d) => {
            expires = d;
            return '';
        });
        const reason = reasonText.trim() || undefined;
        const rules = ruleText
            .split(/[\s,]+/)
            .map((r) => r.trim())
            .filter((r) => r !== '');
        if (c.span.start.offset < beforeRoot)
            early.add(raw.length);
        raw.push({
            kind,
            rules,
            reason,
            expires,
            file: doc.file,
            line: c.span.start.line,
            column: c.span.start.column,
            endLine: c.span.end.line,
            endColumn: c.span.end.column,
        });
    }
    const out = [];
    const last = doc.lines.lineCount;
    raw.forEach((d, i) => {
        if (d.kind === 'disable-next-line')
            out.push({ ...d, from: d.endLine + 1, to: d.endLine + 1, fileLevel: false });
        else if (d.kind === 'disable-line')
            out.push({ ...d, from: d.line, to: d.endLine, fileLevel: false });
        else if (d.kind === 'enable')
            out.push({ ...d, from: d.line, to: d.line, fileLevel: false });
        else {
            // A block runs to the first later `enable` that names one of its rules, or names none.
            const end = raw.slice(i + 1).find((e) => e.kind === 'enable' && (e.rules.length === 0 || d.rules.length === 0 || e.rules.some((r) => d.rules.includes(r))));
            out.push({ ...d, from: d.line, to: end ? end.line : last, fileLevel: early.has(i) || !end });
        }
    });
    return out;
}
function directiveCovers(d, ruleId, line) {
    if (d.kind === 'enable')
        return false;
    if (d.rules.length > 0 && !d.rules.includes(ruleId))
        return false;
    return line >= d.from && line <= d.to;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./.build/src/lint/file-facts.js



/**
 * File facts for rules, confined to the repository root and to the paths linted (a file stands
 * for its folder): nothing else is ever read. A path the user names outside the root, as in
 * `cloudservice lint ../other-service` from one repository, is read around like the root itself;
 * confined to the root alone, every file its project names looked missing. Stats and listings go
 * through `folders`, shared with discovery, so each folder is read once per run however many
 * services and rules ask about it.
 */
function fileFacts(root, folders = new model_folders/* FolderCache */.x(), linted = []) {
    const roots = [root];
    for (const p of linted) {
        const abs = (0,external_node_path_.resolve)(root, p);
        const dir = folders.stat(abs)?.isDirectory() ? abs : (0,external_node_path_.dirname)(abs);
        if (!within(root, dir))
            roots.push(dir);
    }
    // Rules ask about the same few paths again and again (once per rule and service).
    const resolved = new Map();
    const inside = (p) => {
        if (resolved.has(p))
            return resolved.get(p);
        const abs = (0,external_node_path_.resolve)(root, p);
        const answer = roots.some((r) => within(r, abs)) ? abs : undefined;
        resolved.set(p, answer);
        return answer;
    };
    const stat = (p) => {
        const abs = inside(p);
        return abs === undefined ? undefined : folders.stat(abs);
    };
    return {
        exists: (p) => stat(p) !== undefined,
        isDirectory: (p) => stat(p)?.isDirectory() ?? false,
        head(p, bytes) {
            const abs = inside(p);
            if (!abs)
                return undefined;
            const n = Math.max(0, Math.min(bytes, 64 * 1024));
            let fd;
            try {
                fd = (0,external_node_fs_.openSync)(abs, 'r');
                const buf = Buffer.alloc(n);
                const read = (0,external_node_fs_.readSync)(fd, buf, 0, n, 0);
                return new Uint8Array(buf.subarray(0, read));
            }
            catch {
                return undefined;
            }
            finally {
                if (fd !== undefined)
                    (0,external_node_fs_.closeSync)(fd);
            }
        },
        list(p) {
            const abs = inside(p);
            // A copy: the caller owns the array, the cache keeps its own.
            return abs === undefined ? [] : [...folders.names(abs)];
        },
    };
}
function within(folder, abs) {
    const rel = (0,external_node_path_.relative)(folder, abs);
    return !(rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel));
}

// EXTERNAL MODULE: ./.build/src/lint/finding.js
var finding = __nccwpck_require__(3488);
;// CONCATENATED MODULE: ./.build/src/lint/engine.js







/** Discovers, checks and suppresses: the whole lint job over a set of paths. */
function lint(options) {
    const { config } = options;
    // One set of listings for the whole run: discovery's walk and every rule's file facts.
    const folders = new model_folders/* FolderCache */.x();
    const discovery = (0,model/* discoverServices */.Um)(options.paths, {
        root: options.root,
        ignore: (p) => config.isIgnored(p),
        folders,
    });
    const facts = fileFacts(options.root, folders, options.paths);
    const raw = [];
    const seen = new Set();
    const push = (ruleId, at, message, key) => {
        const loc = (0,finding/* locate */.x5)(at);
        const level = config.settingFor(ruleId, loc.file).level;
        if (level === 'off')
            return;
        const f = { ruleId, level, message, ...loc, key: key ?? message };
        const id = `${ruleId}\u0000${f.file}\u0000${f.startLine}:${f.startColumn}\u0000${message}`;
        if (seen.has(id))
            return;
        seen.add(id);
        raw.push(f);
    };
    const rules = config.registry
        .all()
        .map(({ rule }) => rule)
        .filter((rule) => config.mayRun(rule.meta.id));
    for (const service of discovery.services) {
        const primary = (0,rule_api/* serviceDocuments */.y9)(service)[0]?.file;
        // Indexes the rules share for this service (RuleContext.index), keyed by their build function.
        // A build that throws is not kept: the next rule that asks fails the same way, as it would alone.
        const indexes = new Map();
        const index = (build) => {
            if (!indexes.has(build))
                indexes.set(build, build(service, facts));
            return indexes.get(build);
        };
        for (const rule of rules) {
            const id = rule.meta.id;
            const options = config.settingFor(id, primary).options;
            try {
                rule.check(service, {
                    options,
                    files: facts,
                    report: (r) => push(id, r.at, r.message, r.key),
                    index,
                });
            }
            catch (err) {
                const where = primary ? { file: primary, span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } } : undefined;
                if (where) {
                    push('LINT-rule-failed', where, `rule ${id} failed on this service: ${err instanceof Error ? err.message : String(err)}`, `rule ${id} failed`);
                }
            }
        }
    }
    const findings = suppressInline(raw, discovery.documents, config, options.now ?? new Date(), push);
    let stale = [];
    let result = findings;
    if (options.baseline) {
        const open = findings.filter((f) => !f.suppression);
        const match = (0,lint_baseline/* applyBaseline */.Qp)(open, options.baseline);
        stale = match.stale;
        result = findings.map((f) => match.matched.has(f) ? { ...f, suppression: { kind: 'baseline', justification: 'accepted in the baseline' } } : f);
    }
    return {
        findings: result.sort(finding/* compareFindings */.Eg),
        files: discovery.documents.map((d) => d.file),
        services: discovery.services,
        staleBaseline: stale,
    };
}
function suppressInline(raw, documents, config, now, push) {
    const today = now.toISOString().slice(0, 10);
    const byFile = new Map();
    for (const doc of documents) {
        const ds = readDirectives(doc);
        if (ds.length)
            byFile.set(doc.file, ds);
    }
    const used = new Set();
    const out = [];
    for (const f of raw) {
        const ds = byFile.get(f.file);
        const d = ds?.find((x) => directiveCovers(x, f.ruleId, f.startLine) && !(x.expires && x.expires < today));
        if (d) {
            used.add(d);
            const suppression = d.expires
                ? { kind: 'inline', justification: d.reason ?? '', expires: d.expires }
                : { kind: 'inline', justification: d.reason ?? '' };
            out.push({ ...f, suppression });
        }
        else {
            out.push(f);
        }
    }
    const before = raw.length;
    for (const [file, ds] of byFile) {
        for (const d of ds) {
            if (d.kind === 'enable')
                continue;
            const at = { file, span: { start: { line: d.line, column: d.column, offset: 0 }, end: { line: d.endLine, column: d.endColumn, offset: 0 } } };
            const what = d.rules.length ? d.rules.join(', ') : 'all rules';
            const unknown = d.rules.filter((r) => !config.registry.has(r));
            if (unknown.length) {
                push('LINT-unknown-rule-in-directive', at, `cloudservice-${d.kind} names ${unknown.map((u) => `"${u}"`).join(', ')}, which no loaded rule has; check the id with \`cloudservice rules\``);
            }
            if (!d.reason) {
                push('LINT-directive-needs-reason', at, `cloudservice-${d.kind} ${what} gives no reason; add one after " - "`);
            }
            if (d.expires && d.expires < today) {
                push('LINT-expired-directive', at, `the suppression of ${what} expired on ${d.expires}; fix the findings or renew it with a reason`, `expired ${d.expires}`);
            }
            else if (!used.has(d) && unknown.length < d.rules.length + (d.rules.length === 0 ? 1 : 0)) {
                push('LINT-unused-directive', at, `cloudservice-${d.kind} ${what} suppresses nothing; remove it`);
            }
        }
    }
    // Directive findings were appended to `raw` by push; they are never themselves suppressed.
    return [...out, ...raw.slice(before)];
}

// EXTERNAL MODULE: ./.build/src/lint/lazy-deps.js + 1 modules
var lazy_deps = __nccwpck_require__(944);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./.build/src/lint/plugins.js




/**
 * Loads rule packs named in the configuration: a path (relative to the configuration file) or an
 * npm package name, resolved from `node_modules` folders above the configuration file, so a
 * repository's own dependencies are found whether the tool runs bundled or installed.
 */
async function loadPacks(specs, configDir) {
    const out = [];
    for (const spec of specs) {
        const file = isPathSpec(spec) ? (0,external_node_path_.resolve)(configDir, spec) : resolvePackage(spec, configDir);
        if (!(0,external_node_fs_.existsSync)(file)) {
            throw new config/* ConfigError */.xL(`rule pack "${spec}": ${file} does not exist`);
        }
        let mod;
        try {
            // A real import at run time: a bundler would otherwise turn it into a lookup among the
            // modules it bundled, where a user's pack never is.
            mod = (await import(/* webpackIgnore: true */ (0,external_node_url_.pathToFileURL)(file).href));
        }
        catch (err) {
            throw new config/* ConfigError */.xL(`rule pack "${spec}" could not be loaded: ${err instanceof Error ? err.message : String(err)}`);
        }
        const pack = (isPack(mod.default) ? mod.default : isPack(mod) ? mod : undefined);
        if (!pack)
            throw new config/* ConfigError */.xL(`rule pack "${spec}" must export { rules: [...] } (as default or named export)`);
        out.push({ spec, pack });
    }
    return out;
}
function isPathSpec(spec) {
    return spec.startsWith('.') || (0,external_node_path_.isAbsolute)(spec);
}
function isPack(x) {
    return typeof x === 'object' && x !== null && Array.isArray(x.rules);
}
function resolvePackage(name, from) {
    for (let dir = (0,external_node_path_.resolve)(from);; dir = (0,external_node_path_.dirname)(dir)) {
        const pkgDir = (0,external_node_path_.join)(dir, 'node_modules', ...name.split('/'));
        const manifest = (0,external_node_path_.join)(pkgDir, 'package.json');
        if ((0,external_node_fs_.existsSync)(manifest)) {
            const pkg = JSON.parse((0,external_node_fs_.readFileSync)(manifest, 'utf8'));
            const entry = exportEntry(pkg.exports) ?? pkg.module ?? pkg.main ?? 'index.js';
            return (0,external_node_path_.join)(pkgDir, entry);
        }
        if ((0,external_node_path_.dirname)(dir) === dir) {
            throw new config/* ConfigError */.xL(`rule pack "${name}" is not installed: no node_modules/${name} above ${from}; run npm install ${name}`);
        }
    }
}
function exportEntry(exp) {
    if (typeof exp === 'string')
        return exp;
    if (typeof exp !== 'object' || exp === null)
        return undefined;
    const root = exp['.'] ?? exp;
    if (typeof root === 'string')
        return root;
    if (typeof root === 'object' && root !== null) {
        const r = root;
        for (const cond of ['import', 'node', 'default']) {
            const v = r[cond];
            if (typeof v === 'string')
                return v;
            const nested = exportEntry(v);
            if (nested)
                return nested;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./.build/src/lint/registry.js + 1 modules
var lint_registry = __nccwpck_require__(5093);
;// CONCATENATED MODULE: ./.build/src/lint/run.js








/** Loads configuration and rule packs and runs the lint: what the CLI and the action share. */
async function prepareConfig(root, configFile) {
    const file = configFile ? (0,external_node_path_.resolve)(root, configFile) : (0,config/* findConfig */.u0)(root);
    // Without a configuration file there is nothing to parse or validate: skip loading yaml and Ajv.
    if (file)
        await (0,lazy_deps/* preloadConfigDeps */.U2)();
    const loaded = (0,config/* loadConfig */.Z9)(file);
    const registry = new lint_registry/* Registry */.O(BUILTIN_RULES);
    const packs = await loadPacks(loaded.input.plugins ?? [], file ? (0,external_node_path_.dirname)(file) : root);
    for (const p of packs)
        registry.addPack(p.pack, p.spec);
    return new config/* EffectiveConfig */.e(loaded, registry);
}
function baselinePathFor(config, root, explicit) {
    if (explicit)
        return (0,external_node_path_.resolve)(root, explicit);
    const fromConfig = config.loaded.input.baseline;
    if (fromConfig && config.loaded.file)
        return (0,external_node_path_.resolve)((0,external_node_path_.dirname)(config.loaded.file), fromConfig);
    return undefined;
}
async function runLint(options) {
    const config = await prepareConfig(options.root, options.configFile);
    const baselinePath = options.ignoreBaseline ? undefined : baselinePathFor(config, options.root, options.baselineFile);
    const baseline = baselinePath ? (0,lint_baseline/* readBaseline */.mF)(baselinePath) : undefined;
    const result = lint({
        root: options.root,
        paths: options.paths,
        config,
        ...(baseline ? { baseline } : {}),
        ...(options.now ? { now: options.now } : {}),
    });
    return { ...result, config, baselinePath };
}


/***/ }),

/***/ 8945:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ bindConfiguration)
/* harmony export */ });
/* unused harmony export profileOf */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var _bind_definition_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5926);


/** Profiles that mean "the local emulator": emulator settings are right there and nowhere else. */
const LOCAL_PROFILES = /^(local|emulator|dev|development|devfabric|localhost)$/i;
function bindConfiguration(doc, root) {
    const profile = profileOf(doc.file);
    return {
        el: root,
        file: doc.file,
        doc,
        serviceName: root.attrValue('serviceName'),
        osFamily: root.attrValue('osFamily'),
        osVersion: root.attrValue('osVersion'),
        schemaVersion: root.attrValue('schemaVersion'),
        roles: root.childrenNamed('Role').map(bindRole),
        network: bindNetwork(root.child('NetworkConfiguration')),
        profile,
        isLocal: profile !== undefined && profile.split('.').some((p) => LOCAL_PROFILES.test(p)),
    };
}
/**
 * `ServiceConfiguration.Cloud.cscfg` → `Cloud`; `MyService.Local.Sample.cscfg` → `Local.Sample`.
 * Corpus file names flatten folders with `__`, so only the last path segment counts.
 */
function profileOf(file) {
    const name = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(file.replace(/\\/g, '/')).replace(/^.*__/, '');
    const stem = name.replace(/\.cscfg$/i, '');
    const dot = stem.indexOf('.');
    if (dot < 0)
        return undefined;
    return stem.slice(dot + 1) || undefined;
}
function bindRole(el) {
    const instances = el.child('Instances');
    return {
        el,
        name: el.attrValue('name'),
        vmName: el.attrValue('vmName'),
        instances: instances ? { el: instances, count: instances.attrValue('count') } : undefined,
        settings: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(el, 'ConfigurationSettings', 'Setting').map((s) => ({
            el: s,
            name: s.attrValue('name'),
            value: s.attrValue('value'),
            valueAttr: s.attr('value'),
        })),
        certificates: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(el, 'Certificates', 'Certificate').map((c) => ({
            el: c,
            name: c.attrValue('name'),
            thumbprint: c.attrValue('thumbprint'),
            thumbprintAlgorithm: c.attrValue('thumbprintAlgorithm'),
        })),
    };
}
function bindNetwork(el) {
    if (!el)
        return undefined;
    const vnet = el.child('VirtualNetworkSite');
    const assignments = el.childrenNamed('AddressAssignments');
    return {
        el,
        virtualNetworkSite: vnet ? { el: vnet, name: vnet.attrValue('name') } : undefined,
        instanceAddresses: assignments
            .flatMap((a) => a.childrenNamed('InstanceAddress'))
            .map((ia) => ({
            el: ia,
            roleName: ia.attrValue('roleName'),
            subnets: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(ia, 'Subnets', 'Subnet').map((s) => ({ el: s, name: s.attrValue('name') })),
        })),
        reservedIPs: assignments
            .flatMap((a) => (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(a, 'ReservedIPs', 'ReservedIP'))
            .map((r) => ({ el: r, name: r.attrValue('name') })),
        accessControls: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(el, 'AccessControls', 'AccessControl').map((a) => ({ el: a, name: a.attrValue('name') })),
        endpointAcls: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(el, 'EndpointAcls', 'EndpointAcl').map((a) => ({
            el: a,
            role: a.attrValue('role'),
            // The XSD spells it endPoint; the docs write endpoint. Accept both.
            endpoint: a.attrValue('endPoint') ?? a.attrValue('endpoint'),
            accessControl: a.attrValue('accessControl'),
        })),
        loadBalancers: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(el, 'LoadBalancers', 'LoadBalancer').map((l) => ({ el: l, name: l.attrValue('name') })),
        networkSecurityGroupRefs: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_1__/* .all */ .Q7)(el, 'NetworkSecurityGroupRefs', 'NetworkSecurityGroupRef').map((n) => ({
            el: n,
            roleName: n.attrValue('roleName'),
        })),
    };
}


/***/ }),

/***/ 5926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BV: () => (/* binding */ isRoleKind),
/* harmony export */   Bh: () => (/* binding */ bindDefinition),
/* harmony export */   Q7: () => (/* binding */ all)
/* harmony export */ });
const ROLE_KINDS = ['WebRole', 'WorkerRole', 'VirtualMachineRole'];
function isRoleKind(local) {
    return ROLE_KINDS.includes(local);
}
/**
 * Binds a parsed `.csdef` into the typed model. Binding is lenient: wrong or missing parts are left
 * for rules to report, so every child of a known container is bound wherever it appears.
 */
function bindDefinition(doc, root) {
    const roles = root.elements.filter((e) => isRoleKind(e.local)).map(bindRole);
    return {
        el: root,
        file: doc.file,
        doc,
        name: root.attrValue('name'),
        schemaVersion: root.attrValue('schemaVersion'),
        roles,
        loadBalancerProbes: all(root, 'LoadBalancerProbes', 'LoadBalancerProbe').map((el) => ({
            el,
            name: el.attrValue('name'),
            protocol: el.attrValue('protocol'),
            port: el.attrValue('port'),
            path: el.attrValue('path'),
        })),
        networkTrafficRules: root.child('NetworkTrafficRules'),
    };
}
function bindRole(el) {
    const kind = el.local;
    const localStores = [
        ...el.childrenNamed('LocalStorage').map((s) => bindStore(s, true)),
        ...all(el, 'LocalResources', 'LocalStorage').map((s) => bindStore(s, false)),
    ];
    const endpoints = [];
    for (const wrapper of el.childrenNamed('Endpoints')) {
        for (const e of wrapper.elements) {
            if (e.local === 'InputEndpoint' || e.local === 'InternalEndpoint' || e.local === 'InstanceInputEndpoint') {
                endpoints.push(bindEndpoint(e, e.local, false));
            }
        }
    }
    for (const e of all(el, 'InputEndpoints', 'InputEndpoint'))
        endpoints.push(bindEndpoint(e, 'InputEndpoint', true));
    for (const e of el.childrenNamed('InternalEndpoint'))
        endpoints.push(bindEndpoint(e, 'InternalEndpoint', true));
    const runtimeEl = el.child('Runtime');
    return {
        el,
        kind,
        name: el.attrValue('name'),
        vmsize: el.attrValue('vmsize'),
        imports: all(el, 'Imports', 'Import').map((i) => ({ el: i, moduleName: i.attrValue('moduleName') })),
        settings: all(el, 'ConfigurationSettings', 'Setting').map((s) => ({ el: s, name: s.attrValue('name') })),
        certificates: all(el, 'Certificates', 'Certificate').map((c) => ({
            el: c,
            name: c.attrValue('name'),
            storeLocation: c.attrValue('storeLocation'),
            storeName: c.attrValue('storeName'),
            permissionLevel: c.attrValue('permissionLevel'),
        })),
        localStores,
        endpoints,
        sites: all(el, 'Sites', 'Site').map(bindSite),
        startupTasks: all(el, 'Startup', 'Task').map((t) => ({
            el: t,
            commandLine: t.attrValue('commandLine'),
            executionContext: t.attrValue('executionContext'),
            taskType: t.attrValue('taskType'),
            environment: bindEnvironment(t.child('Environment')),
        })),
        runtime: runtimeEl ? bindRuntime(runtimeEl) : undefined,
        contents: all(el, 'Contents', 'Content').map((c) => ({ el: c, destination: c.attrValue('destination'), sourceDirectory: c.child('SourceDirectory') })),
    };
}
function bindStore(el, legacy) {
    return {
        el,
        name: el.attrValue('name'),
        sizeInMB: el.attrValue('sizeInMB') ?? el.attrValue('sizeInMb'),
        cleanOnRoleRecycle: el.attrValue('cleanOnRoleRecycle'),
        legacy,
    };
}
function bindEndpoint(el, kind, legacy) {
    const ranges = [];
    const rangeEls = kind === 'InstanceInputEndpoint' ? all(el, 'AllocatePublicPortFrom', 'FixedPortRange') : el.childrenNamed('FixedPortRange');
    for (const r of rangeEls)
        ranges.push({ el: r, min: r.attrValue('min'), max: r.attrValue('max') });
    return {
        el,
        kind,
        name: el.attrValue('name'),
        protocol: el.attrValue('protocol'),
        port: el.attrValue('port'),
        localPort: el.attrValue('localPort'),
        certificate: el.attrValue('certificate'),
        legacy,
        fixedPorts: el.childrenNamed('FixedPort').map((p) => ({ el: p })),
        fixedPortRanges: ranges,
    };
}
function bindSite(el) {
    const bindingsEl = el.child('Bindings');
    return {
        el,
        kind: 'Site',
        name: el.attrValue('name'),
        physicalDirectory: el.attrValue('physicalDirectory'),
        children: bindVirtualChildren(el, 1),
        bindingsEl,
        bindings: (bindingsEl?.childrenNamed('Binding') ?? []).map((b) => ({
            el: b,
            name: b.attrValue('name'),
            endpointName: b.attrValue('endpointName'),
            hostHeader: b.attrValue('hostHeader'),
        })),
    };
}
function bindVirtualChildren(el, depth) {
    // The XML layer caps nesting depth, so this recursion is bounded.
    return el.elements
        .filter((c) => c.local === 'VirtualApplication' || c.local === 'VirtualDirectory')
        .map((c) => ({
        el: c,
        kind: c.local,
        name: c.attrValue('name'),
        physicalDirectory: c.attrValue('physicalDirectory'),
        children: bindVirtualChildren(c, depth + 1),
    }));
}
function bindEnvironment(env) {
    return (env?.childrenNamed('Variable') ?? []).map((v) => ({
        el: v,
        name: v.attrValue('name'),
        value: v.attrValue('value'),
        roleInstanceValue: v.child('RoleInstanceValue'),
    }));
}
function bindRuntime(el) {
    return {
        el,
        executionContext: el.attrValue('executionContext'),
        environment: bindEnvironment(el.child('Environment')),
        entryPoint: el.child('EntryPoint'),
    };
}
/** Children named `item` of every child named `container`: the usual wrapper-list shape. */
function all(el, container, item) {
    return el.childrenNamed(container).flatMap((c) => c.childrenNamed(item));
}


/***/ }),

/***/ 9094:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P3: () => (/* binding */ DiscoveryError),
/* harmony export */   Um: () => (/* binding */ discoverServices)
/* harmony export */ });
/* unused harmony export toPosix */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _xml_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3855);
/* harmony import */ var _bind_configuration_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8945);
/* harmony import */ var _bind_definition_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5926);
/* harmony import */ var _folders_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6080);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(2328);







class DiscoveryError extends Error {
}
/**
 * `a.localeCompare(b)`, which is defined as the compare of a new default Intl.Collator: one
 * collator for every comparison instead of one per call, which showed in profiles. Made on first
 * use, not when the module loads: `package` loads this module but sorts nothing, and a collator
 * brings ICU's collation data into memory (2.3 MiB more resident in a packaging process).
 */
let localeCompare;
const byLocale = (a, b) => (localeCompare ??= new Intl.Collator().compare)(a, b);
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);
const KINDS = ['.csdef', '.cscfg', '.ccproj'];
/**
 * Finds every service under the given paths. A configuration is paired with the definition its
 * `.ccproj` names; else with a definition in its own folder (the one sharing most role names, then
 * the longest file-name prefix); else in the nearest folder above; else with the only definition
 * found. File names are not trusted: a file's kind is decided by its root element.
 */
function discoverServices(paths, options) {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.root);
    const folders = options.folders ?? new _folders_js__WEBPACK_IMPORTED_MODULE_4__/* .FolderCache */ .x();
    const files = new Set();
    for (const p of paths.length ? paths : ['.']) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(root, p);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(abs))
            throw new DiscoveryError(`${p}: no such file or folder`);
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
        if (st.isDirectory())
            walk(abs, root, options, folders, files);
        else
            files.add(abs);
    }
    const sorted = [...files].sort();
    const limits = options.limits ?? _xml_index_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMITS */ .dR;
    const documents = [];
    const definitions = [];
    const configurations = [];
    const projects = [];
    const unreadable = [];
    for (const abs of sorted) {
        const rel = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs)) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs);
        const doc = (0,_xml_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXmlFile */ .Br)(abs, rel, limits);
        documents.push(doc);
        const local = doc.root?.local;
        const ext = extension(abs);
        if (local === 'ServiceDefinition' && doc.root)
            definitions.push({ file: rel, bound: (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_6__/* .bindDefinition */ .Bh)(doc, doc.root) });
        else if (local === 'ServiceConfiguration' && doc.root)
            configurations.push({ file: rel, bound: (0,_bind_configuration_js__WEBPACK_IMPORTED_MODULE_3__/* .bindConfiguration */ .C)(doc, doc.root) });
        else if (local === 'Project' && doc.root && ext === '.ccproj')
            projects.push((0,_project_js__WEBPACK_IMPORTED_MODULE_5__/* .bindProject */ .Zx)(doc, doc.root));
        else if (!doc.root) {
            unreadable.push(doc);
            // An unreadable definition still owns its folder's configurations: pairing them elsewhere
            // would report every setting as undeclared.
            if (ext === '.csdef')
                definitions.push({ file: rel, bound: undefined, doc });
            if (ext === '.cscfg')
                configurations.push({ file: rel, bound: undefined, doc });
        }
        else {
            // Well-formed, but neither a definition nor a configuration: report it on its own.
            unreadable.push(doc);
        }
    }
    const withRoles = projects.map((p) => withRoleProjects(p, root, options, limits, folders));
    return { services: group(definitions, configurations, withRoles, unreadable), documents };
}
/**
 * Reads the role projects a cloud project references, so rules can see what a build copies into
 * each role. Only files inside the root are read; a missing or broken one is simply left unbound.
 */
function withRoleProjects(project, root, options, limits, folders) {
    const roles = project.roles.map((r) => {
        const rel = r.path;
        if (rel.startsWith('../') || rel === '..' || node_path__WEBPACK_IMPORTED_MODULE_1__.posix.isAbsolute(rel) || /^[A-Za-z]:/.test(rel))
            return r;
        if (options.ignore?.(rel, false))
            return r;
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
        if (!folders.stat(abs)?.isFile())
            return r;
        const doc = (0,_xml_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXmlFile */ .Br)(abs, rel, limits);
        if (!doc.root || doc.root.local !== 'Project')
            return r;
        return { ...r, project: (0,_project_js__WEBPACK_IMPORTED_MODULE_5__/* .bindRoleProject */ .dR)(doc, doc.root) };
    });
    return { ...project, roles };
}
function group(definitions, configurations, projects, unreadable) {
    const members = new Map();
    for (const d of definitions)
        members.set(d, []);
    const orphans = [];
    const pairing = new Pairing(definitions, projects);
    for (const c of configurations) {
        const d = pairing.pairFor(c);
        if (d)
            members.get(d)?.push(c);
        else
            orphans.push(c);
    }
    const services = [];
    const placed = new Set();
    for (const [d, cfgs] of members) {
        if (!d)
            continue;
        const project = pairing.projectOf(d.file);
        const docs = [d.doc, ...cfgs.map((c) => c.doc)].filter((x) => x !== undefined);
        docs.forEach((x) => placed.add(x));
        services.push(makeService((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d.file), d.bound, cfgs.flatMap((c) => (c.bound ? [c.bound] : [])), project, docs));
    }
    // Configurations with no definition anywhere are still linted on their own, one service each.
    for (const c of orphans) {
        if (c.doc)
            placed.add(c.doc);
        services.push(makeService((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(c.file), undefined, c.bound ? [c.bound] : [], undefined, c.doc ? [c.doc] : []));
    }
    for (const doc of unreadable) {
        if (!placed.has(doc))
            services.push(makeService((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(doc.file), undefined, [], undefined, [doc]));
    }
    // A project whose definition was not scanned still has something to say (missing files).
    const withProject = new Set(services.map((s) => s.project));
    for (const p of projects) {
        if (!withProject.has(p)) {
            services.push(makeService((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p.file), undefined, [], p, []));
        }
    }
    return services.sort((a, b) => byLocale(key(a), key(b)));
}
function key(s) {
    return s.definition?.file ?? s.configurations[0]?.file ?? s.project?.file ?? s.unreadable[0]?.file ?? s.dir;
}
function makeService(dir, definition, configurations, project, unreadable) {
    const roleFolders = new Map();
    for (const r of project?.roles ?? []) {
        if (r.roleName)
            roleFolders.set(r.roleName, node_path__WEBPACK_IMPORTED_MODULE_1__.posix.dirname(r.path));
    }
    return {
        dir,
        definition,
        configurations: configurations.sort((a, b) => byLocale(a.file, b.file)),
        project,
        roleFolders,
        unreadable,
    };
}
/**
 * Pairs configurations with definitions. The lookups are indexed up front: the corpus has
 * hundreds of services side by side, and scanning every definition for every configuration and
 * folder level was quadratic.
 */
class Pairing {
    definitions;
    projects;
    /** Definitions by folder, in the order given. */
    byDir = new Map();
    /** For each configuration path, the projects that list it, in the order given. */
    projectsByConfiguration = new Map();
    /** For each definition path, the first project that lists it. */
    projectByDefinition = new Map();
    /** For each project, the first definition (in the order given) that it lists. */
    named = new Map();
    constructor(definitions, projects) {
        this.definitions = definitions;
        this.projects = projects;
        for (const d of definitions) {
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d.file);
            const here = this.byDir.get(dir);
            if (here)
                here.push(d);
            else
                this.byDir.set(dir, [d]);
        }
        for (const p of projects) {
            for (const path of new Set(p.configurations.map((i) => i.path))) {
                const list = this.projectsByConfiguration.get(path);
                if (list)
                    list.push(p);
                else
                    this.projectsByConfiguration.set(path, [p]);
            }
            for (const i of p.definitions)
                if (!this.projectByDefinition.has(i.path))
                    this.projectByDefinition.set(i.path, p);
        }
    }
    projectOf(definitionFile) {
        return this.projectByDefinition.get(definitionFile);
    }
    pairFor(c) {
        for (const p of this.projectsByConfiguration.get(c.file) ?? []) {
            const named = this.namedBy(p);
            if (named)
                return named;
        }
        for (let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(c.file);; dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir)) {
            const here = this.byDir.get(dir);
            if (here?.length)
                return best(c, here);
            if (dir === '.' || dir === '/' || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir) === dir)
                break;
        }
        return this.definitions.length === 1 ? this.definitions[0] : undefined;
    }
    namedBy(p) {
        if (!this.named.has(p)) {
            const listed = new Set(p.definitions.map((i) => i.path));
            this.named.set(p, this.definitions.find((d) => listed.has(d.file)));
        }
        return this.named.get(p);
    }
}
function best(c, candidates) {
    if (candidates.length === 1)
        return candidates[0];
    const cfgRoles = new Set((c.bound?.roles ?? []).map((r) => r.name));
    let winner;
    let winnerScore = [-1, -1, -1, -1];
    for (const d of candidates) {
        const defRoles = (d.bound?.roles ?? []).map((r) => r.name);
        const shared = defRoles.filter((n) => cfgRoles.has(n)).length;
        const exact = shared === cfgRoles.size && shared === defRoles.length ? 1 : 0;
        // `ServiceDefinition.build.csdef` is a generated copy of the authored definition beside it.
        const authored = /\.build\.csdef$/i.test(d.file) ? 0 : 1;
        const score = [shared, exact, authored, commonPrefix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(c.file), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(d.file))];
        if (compare(score, winnerScore) > 0) {
            winner = d;
            winnerScore = score;
        }
    }
    return winner;
}
function compare(a, b) {
    for (let i = 0; i < a.length; i++) {
        const d = a[i] - b[i];
        if (d !== 0)
            return d;
    }
    return 0;
}
function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return i;
}
function walk(dir, root, options, folders, out) {
    const entries = folders.entries(dir);
    if (!entries)
        return;
    for (const e of entries) {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, e.name);
        const rel = toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, abs));
        if (e.isDirectory()) {
            if (SKIP_DIRS.has(e.name))
                continue;
            if (options.ignore?.(rel, true))
                continue;
            walk(abs, root, options, folders, out);
        }
        else if (e.isFile() || (e.isSymbolicLink() && isFile(abs))) {
            if (!KINDS.includes(extension(e.name)))
                continue;
            if (options.ignore?.(rel, false))
                continue;
            out.add(abs);
        }
    }
}
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(p).isSymbolicLink() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
function extension(p) {
    const b = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(p).toLowerCase();
    const dot = b.lastIndexOf('.');
    return dot < 0 ? '' : b.slice(dot);
}
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
}


/***/ }),

/***/ 6080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ FolderCache)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);

/**
 * Folder listings and file stats, each read at most once per lint run. Discovery walks the tree
 * and the rules' file facts ask about the same folders again, once per service (the corpus's
 * root, beside its 512 services, was listed once for each); the files do not change during a run, so
 * the first answer is the answer. Keys are absolute paths, exactly as given: no case folding,
 * so a case-insensitive file system answers through `stat` as it would without the cache.
 */
class FolderCache {
    listings = new Map();
    sortedNames = new Map();
    stats = new Map();
    /** The entries of a folder in the order `readdir` gives them; undefined when it cannot be read. */
    entries(abs) {
        if (this.listings.has(abs))
            return this.listings.get(abs);
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        }
        catch {
            entries = undefined;
        }
        this.listings.set(abs, entries);
        return entries;
    }
    /** The names in a folder, sorted; empty when it is not a readable folder. Do not modify. */
    names(abs) {
        let names = this.sortedNames.get(abs);
        if (names === undefined) {
            names = (this.entries(abs) ?? []).map((e) => e.name).sort();
            this.sortedNames.set(abs, names);
        }
        return names;
    }
    /** `statSync` (following links); undefined when the path does not exist or cannot be read. */
    stat(abs) {
        if (this.stats.has(abs))
            return this.stats.get(abs);
        let st;
        try {
            // Most paths rules ask about do not exist (a role folder beside each definition); an ENOENT
            // exception, with its stack, cost more than the stat itself.
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs, { throwIfNoEntry: false });
        }
        catch {
            st = undefined;
        }
        this.stats.set(abs, st);
        return st;
    }
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y6: () => (/* reexport */ DEFAULT_VM_SIZE),
  RP: () => (/* reexport */ GUEST_OS_FAMILIES),
  yJ: () => (/* reexport */ import_modules/* IMPORT_MODULES */.yJ),
  b1: () => (/* reexport */ LIMITS),
  NS: () => (/* reexport */ NS),
  fZ: () => (/* reexport */ OS_VERSION_PATTERN),
  nY: () => (/* reexport */ import_modules/* PLUGIN_PREFIX */.nY),
  bi: () => (/* reexport */ ROLE_ELEMENTS),
  Wx: () => (/* reexport */ SUPPORTED_FAMILIES),
  Lv: () => (/* reexport */ VM_SIZES),
  Jb: () => (/* reexport */ declaredCertificates),
  wE: () => (/* reexport */ declaredSettings),
  Um: () => (/* reexport */ discover/* discoverServices */.Um),
  ek: () => (/* reexport */ findGuestOsFamily),
  v_: () => (/* reexport */ import_modules/* findImportModule */.v_),
  IY: () => (/* reexport */ findVmSize),
  y$: () => (/* reexport */ import_modules/* isImpliedBy */.y$),
  Iu: () => (/* reexport */ retired/* virtualMachineRoleRetired */.I)
});

// UNUSED EXPORTS: DiscoveryError, SCHEMA_VERSIONS, SOURCES, bindConfiguration, bindDefinition, bindProject, bindRoleProject, isRoleKind, profileOf, roleFoldersFor, toPosix

// EXTERNAL MODULE: ./.build/src/model/bind-configuration.js
var bind_configuration = __nccwpck_require__(8945);
// EXTERNAL MODULE: ./.build/src/model/project.js
var project = __nccwpck_require__(2328);
// EXTERNAL MODULE: ./.build/src/model/discover.js
var discover = __nccwpck_require__(9094);
;// CONCATENATED MODULE: ./.build/src/model/knowledge/vm-sizes.js
const formula = (tempDiskGiB) => tempDiskGiB * 1024 - 5096;
function size(id, cores, localResourceMB, localResourceSource, status, extendedSupportName, aliases = [], note) {
    return note === undefined
        ? { id, aliases, cores, localResourceMB, localResourceSource, status, extendedSupportName }
        : { id, aliases, cores, localResourceMB, localResourceSource, status, extendedSupportName, note };
}
/** Cloud Services role sizes. Facts: rule-catalog §5 and §3, with the sources named per entry. */
const VM_SIZES = [
    size('ExtraSmall', 1, 15_384, 'sizes2015', 'retired', 'Standard_A1_v2', ['A0', 'Standard_A0']),
    size('Small', 1, 225_304, 'sizes2015', 'retired', 'Standard_A1_v2', ['A1', 'Standard_A1']),
    size('Medium', 2, 496_664, 'sizes2015', 'retired', 'Standard_A2_v2', ['A2', 'Standard_A2']),
    size('Large', 4, 1_018_904, 'sizes2015', 'retired', 'Standard_A4_v2', ['A3', 'Standard_A3']),
    size('ExtraLarge', 8, 2_083_864, 'sizes2015', 'retired', 'Standard_A8_v2', ['A4', 'Standard_A4']),
    size('A5', 2, 496_664, 'sizes2015', 'retired', 'Standard_A2m_v2', ['Standard_A5']),
    size('A6', 4, 1_018_904, 'sizes2015', 'retired', 'Standard_A4m_v2', ['Standard_A6']),
    size('A7', 8, 2_083_864, 'sizes2015', 'retired', 'Standard_A8m_v2', ['Standard_A7']),
    size('A8', 8, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A8'], 'RDMA size, deprecated for extended support'),
    size('A9', 16, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A9'], 'RDMA size, deprecated for extended support'),
    size('A10', 8, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A10']),
    size('A11', 16, 1_856_172, 'sizes2015', 'deprecated', undefined, ['Standard_A11']),
    size('MSODSG5', 32, formula(6144), 'sizesFormula', 'deprecated', undefined, ['Standard_MSODSG5']),
    size('Standard_A1_v2', 1, formula(10), 'sizesFormula', 'current', 'Standard_A1_v2'),
    size('Standard_A2_v2', 2, formula(20), 'sizesFormula', 'current', 'Standard_A2_v2'),
    size('Standard_A4_v2', 4, formula(40), 'sizesFormula', 'current', 'Standard_A4_v2'),
    size('Standard_A8_v2', 8, formula(80), 'sizesFormula', 'current', 'Standard_A8_v2'),
    size('Standard_A2m_v2', 2, formula(20), 'sizesFormula', 'current', 'Standard_A2m_v2'),
    size('Standard_A4m_v2', 4, formula(40), 'sizesFormula', 'current', 'Standard_A4m_v2'),
    size('Standard_A8m_v2', 8, formula(80), 'sizesFormula', 'current', 'Standard_A8m_v2'),
    ...dPair('D1', 1, 50),
    ...dPair('D2', 2, 100),
    ...dPair('D3', 4, 200),
    ...dPair('D4', 8, 400),
    size('Standard_D5_v2', 16, formula(800), 'sizesFormula', 'current', 'Standard_D5_v2'),
    ...dPair('D11', 2, 100),
    ...dPair('D12', 4, 200),
    ...dPair('D13', 8, 400),
    ...dPair('D14', 16, 800),
    size('Standard_D15_v2', 20, formula(1000), 'sizesFormula', 'current', 'Standard_D15_v2'),
    ...series('Standard_D{n}_v3', [2, 4, 8, 16, 32, 64], (n) => n * 25),
    ...series('Standard_E{n}_v3', [2, 4, 8, 16, 32, 64], (n) => n * 25),
    ...series('Standard_G{n}', [1, 2, 3, 4, 5], (n) => 384 * 2 ** (n - 1), (n) => 2 ** n),
    ...series('Standard_F{n}', [1, 2, 4, 8, 16], (n) => n * 16),
    ...['H8', 'H16', 'H8m', 'H16m', 'H16r', 'H16mr'].map((h) => size(`Standard_${h}`, h.startsWith('H8') ? 8 : 16, formula(h.startsWith('H8') ? 1000 : 2000), 'sizesFormula', 'deprecated', undefined, [], 'H-series: Microsoft asked customers to migrate by 2022-08-31')),
];
function dPair(n, cores, tempGiB) {
    return [
        size(`Standard_${n}`, cores, formula(tempGiB), 'sizes2015', 'current', `Standard_${n}_v2`),
        size(`Standard_${n}_v2`, cores, formula(tempGiB), 'sizesFormula', 'current', `Standard_${n}_v2`),
    ];
}
function series(pattern, ns, tempGiB, cores = (n) => n) {
    return ns.map((n) => {
        const id = pattern.replace('{n}', String(n));
        return size(id, cores(n), formula(tempGiB(n)), 'sizesFormula', 'current', id);
    });
}
const BY_NAME = new Map();
for (const s of VM_SIZES) {
    BY_NAME.set(s.id.toLowerCase(), s);
    for (const a of s.aliases)
        BY_NAME.set(a.toLowerCase(), s);
}
/** Looks a size up by id or alias. Case-insensitive, as the platform is; the exact id is `size.id`. */
function findVmSize(name) {
    return BY_NAME.get(name.trim().toLowerCase());
}
/** A role without `vmsize` gets this size (csdef schema). */
const DEFAULT_VM_SIZE = 'Small';

;// CONCATENATED MODULE: ./.build/src/model/knowledge/guest-os.js
const GUEST_OS_FAMILIES = [
    { family: 1, windows: 'Windows Server 2008 SP2', status: 'retired', retired: '2014-11-03', maxNetFramework: '4.0', source: 'family1Retirement' },
    { family: 2, windows: 'Windows Server 2008 R2 SP1', status: 'retired', retired: '2024-12', maxNetFramework: '4.6.2', source: 'family234Retirement' },
    { family: 3, windows: 'Windows Server 2012', status: 'retired', retired: '2025-02', maxNetFramework: '4.6.2', source: 'family234Retirement' },
    { family: 4, windows: 'Windows Server 2012 R2', status: 'retired', retired: '2025-02', maxNetFramework: '4.6.2', source: 'family234Retirement' },
    { family: 5, windows: 'Windows Server 2016', status: 'supported', maxNetFramework: '4.6.2', source: 'guestOsMatrix' },
    { family: 6, windows: 'Windows Server 2019', status: 'supported', maxNetFramework: '4.7.2', source: 'guestOsMatrix' },
    { family: 7, windows: 'Windows Server 2022', status: 'supported', maxNetFramework: '4.8', source: 'guestOsMatrix' },
];
function findGuestOsFamily(value) {
    if (!/^\s*\d+\s*$/.test(value))
        return undefined;
    const n = Number(value);
    return GUEST_OS_FAMILIES.find((f) => f.family === n);
}
const SUPPORTED_FAMILIES = GUEST_OS_FAMILIES.filter((f) => f.status === 'supported').map((f) => f.family);
/** `WA-GUEST-OS-<family>.<version>_<yyyymm>-<nn>` (Guest OS update matrix). */
const OS_VERSION_PATTERN = /^WA-GUEST-OS-(\d+)\.(\d+)_(\d{6})-(\d{2})$/;

// EXTERNAL MODULE: ./.build/src/model/knowledge/import-modules.js
var import_modules = __nccwpck_require__(1101);
;// CONCATENATED MODULE: ./.build/src/model/knowledge/limits.js
/** Hard platform limits (defaults equal maximums); see SOURCES.limits and SOURCES.internalPerRole. */
const LIMITS = {
    rolesPerService: 25,
    inputEndpointsPerService: 25,
    internalEndpointsPerService: 25,
    instanceInputEndpointsPerService: 25,
    internalEndpointsPerRole: 5,
    certificatesPerService: 199,
    vmNameLength: 10,
    /** Windows path limits CSPack and the role VM are bound by. */
    maxPath: 260,
    maxDirPath: 248,
    /** Extended support rejects larger packages. */
    maxPackageMB: 800,
    /** The XSD default when `sizeInMB` is omitted. */
    defaultLocalStoreMB: 1000,
};
const NS = {
    definition: 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition',
    configuration: 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration',
    msbuild: 'http://schemas.microsoft.com/developer/msbuild/2003',
};
/** schemaVersion values and the SDK that writes them (service-model §4). */
const SCHEMA_VERSIONS = {
    '2012-05.1.7': '1.7',
    '2012-10.1.8': '1.8',
    '2013-03.2.0': '2.0',
    '2013-10.2.2': '2.2',
    '2014-01.2.3': '2.3',
    '2014-06.2.4': '2.4',
    '2015-04.2.6': '2.6–2.9',
    '2018-05.1.7': 'extended support tooling',
};

;// CONCATENATED MODULE: ./.build/src/model/knowledge/role-elements.js
/**
 * The child elements each role kind may hold (csdef schema; the VM role from its 2012 schema page).
 * `InputEndpoints` and a direct `InternalEndpoint` are the SDK 1.0 web-role forms.
 */
const ROLE_ELEMENTS = {
    WebRole: [
        'Imports',
        'Startup',
        'LocalStorage',
        'LocalResources',
        'ConfigurationSettings',
        'InputEndpoints',
        'InternalEndpoint',
        'Endpoints',
        'Certificates',
        'Sites',
        'Runtime',
        'Contents',
    ],
    WorkerRole: [
        'Imports',
        'Startup',
        'LocalStorage',
        'LocalResources',
        'ConfigurationSettings',
        'Endpoints',
        'Certificates',
        'Runtime',
        'Contents',
    ],
    VirtualMachineRole: ['Certificates', 'ConfigurationSettings', 'Imports', 'Endpoints', 'LocalResources'],
};

;// CONCATENATED MODULE: ./.build/src/model/knowledge/sources.js
/** Where a fact in the knowledge tables comes from, so a message or doc page can cite it. */
const SOURCES = {
    sizes2015: 'Microsoft Docs, "Sizes for Cloud Services" (2015 revision): cores and local resource MB',
    sizes2017: 'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-sizes-specs.md (2017 revision): temp disk',
    sizesFormula: 'Inferred: local resource MB = temp disk GiB × 1024 − 5096, which holds exactly for every A0–A7 and D size the 2015 doc lists',
    csesPrereq: 'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (current revision): classic size → ARM size',
    csesSizes: 'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/available-sizes.md',
    guestOsMatrix: 'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md (Nov 2025)',
    family1Retirement: 'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-guestos-family1-retirement.md',
    family234Retirement: 'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-family-2-3-4-retirement.md',
    csdefSchema: 'ServiceDefinitionSchema (Azure SDK 2.4 XSD) and MicrosoftDocs articles/cloud-services/schema-csdef-*.md',
    cscfgSchema: 'ServiceConfigurationSchema (Azure SDK 2.4 XSD) and MicrosoftDocs articles/cloud-services/schema-cscfg-*.md',
    vmRoleSchema: 'MSDN "VirtualMachineRole Schema" (June 2012, Windows Azure SDK 1.3+)',
    limits: 'MicrosoftDocs/azure-docs includes/azure-cloud-services-limits.md',
    internalPerRole: 'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
    plugins: 'Azure SDK RoleModule plug-ins (*.csplugin), as seen in the settings real .cscfg files carry and the aCS entries of built .rd files',
    importDocs: 'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (Import element)',
};

;// CONCATENATED MODULE: ./.build/src/model/implied.js

/** The settings a role declares: its own, then those of each imported plug-in. */
function declaredSettings(role) {
    const own = role.settings.flatMap((s) => (s.name === undefined ? [] : [{ name: s.name, module: undefined }]));
    return [...own, ...fromImports(role, (m) => m.settings)];
}
function declaredCertificates(role) {
    const own = role.certificates.flatMap((c) => (c.name === undefined ? [] : [{ name: c.name, module: undefined }]));
    return [...own, ...fromImports(role, (m) => m.certificates)];
}
function fromImports(role, pick) {
    const out = [];
    for (const i of role.imports) {
        const m = i.moduleName ? (0,import_modules/* findImportModule */.v_)(i.moduleName) : undefined;
        if (m)
            for (const name of pick(m))
                out.push({ name, module: m.name });
    }
    return out;
}

// EXTERNAL MODULE: ./.build/src/model/role-folders.js
var role_folders = __nccwpck_require__(1805);
// EXTERNAL MODULE: ./.build/src/model/knowledge/retired.js
var retired = __nccwpck_require__(8343);
;// CONCATENATED MODULE: ./.build/src/model/index.js
















/***/ }),

/***/ 1101:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   nY: () => (/* binding */ PLUGIN_PREFIX),
/* harmony export */   v_: () => (/* binding */ findImportModule),
/* harmony export */   y$: () => (/* binding */ isImpliedBy),
/* harmony export */   yJ: () => (/* binding */ IMPORT_MODULES)
/* harmony export */ });
/** Prefix of every setting, certificate and endpoint a plug-in contributes. */
const PLUGIN_PREFIX = 'Microsoft.WindowsAzure.Plugins.';
const p = (module, names) => names.map((n) => `${PLUGIN_PREFIX}${module}.${n}`);
const IMPORT_MODULES = [
    {
        name: 'Diagnostics',
        settings: p('Diagnostics', ['ConnectionString']),
        certificates: [],
        endpoints: [],
        documented: true,
        status: 'legacy',
        note: 'extended support replaces the plug-in with the Azure Diagnostics (PaaSDiagnostics) extension',
        source: 'plugins',
    },
    {
        name: 'RemoteAccess',
        settings: p('RemoteAccess', ['Enabled', 'AccountUsername', 'AccountEncryptedPassword', 'AccountExpiration']),
        certificates: p('RemoteAccess', ['PasswordEncryption']),
        endpoints: [{ kind: 'InternalEndpoint', name: `${PLUGIN_PREFIX}RemoteAccess.Rdp`, protocol: 'tcp', port: 3389 }],
        documented: true,
        status: 'legacy',
        note: 'extended support requires the Remote Desktop extension instead of the plug-in',
        source: 'plugins',
    },
    {
        name: 'RemoteForwarder',
        settings: p('RemoteForwarder', ['Enabled']),
        certificates: [],
        endpoints: [{ kind: 'InputEndpoint', name: `${PLUGIN_PREFIX}RemoteForwarder.RdpInput`, protocol: 'tcp', port: 3389 }],
        documented: true,
        status: 'legacy',
        note: 'extended support requires the Remote Desktop extension instead of the plug-in',
        source: 'plugins',
    },
    {
        name: 'Caching',
        settings: p('Caching', ['NamedCaches', 'DiagnosticLevel', 'CacheSizePercentage', 'ConfigStoreConnectionString']),
        certificates: [],
        endpoints: [],
        documented: false,
        status: 'retired',
        note: 'In-Role Cache is retired; Microsoft points to Azure Cache for Redis',
        source: 'plugins',
    },
    {
        name: 'Connect',
        settings: [],
        certificates: [],
        endpoints: [],
        documented: false,
        status: 'retired',
        note: 'Azure Connect was retired long ago',
        source: 'plugins',
    },
    { name: 'WebDeploy', settings: [], certificates: [], endpoints: [], documented: false, status: 'legacy', source: 'plugins' },
    { name: 'RemoteDebugger', settings: [], certificates: [], endpoints: [], documented: false, status: 'legacy', source: 'plugins' },
];
function findImportModule(name) {
    return IMPORT_MODULES.find((m) => m.name === name);
}
/**
 * True when a setting or certificate name belongs to a module the role imports. Plug-ins may add
 * settings beyond the documented ones, so the whole `Microsoft.WindowsAzure.Plugins.<Module>.`
 * namespace is taken as declared.
 */
function isImpliedBy(name, moduleNames) {
    return moduleNames.some((m) => name.startsWith(`${PLUGIN_PREFIX}${m}.`));
}


/***/ }),

/***/ 8343:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ virtualMachineRoleRetired)
/* harmony export */ });
/**
 * The one message for the retired VirtualMachineRole, shared by the lint rule and the packager's
 * refusal so that both say the same thing and point the same way forward.
 */
function virtualMachineRoleRetired(name) {
    return `VirtualMachineRole "${name ?? ''}" is retired and cannot be deployed or packaged; rebuild it as a WorkerRole whose startup tasks install what the image held, or move it to Virtual Machine Scale Sets`;
}


/***/ }),

/***/ 2328:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zx: () => (/* binding */ bindProject),
/* harmony export */   dR: () => (/* binding */ bindRoleProject)
/* harmony export */ });
/* unused harmony export resolveInclude */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);

/** Binds a `.ccproj` (MSBuild) document: the service files and role projects it names. */
function bindProject(doc, root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(doc.file);
    const items = (local) => root
        .childrenNamed('ItemGroup')
        .flatMap((g) => g.childrenNamed(local))
        .filter((e) => e.attrValue('Include') !== undefined)
        .map((el) => {
        const include = el.attrValue('Include');
        return { el, include, path: resolveInclude(dir, include) };
    });
    const roles = root
        .childrenNamed('ItemGroup')
        .flatMap((g) => g.childrenNamed('ProjectReference'))
        .filter((e) => e.attrValue('Include') !== undefined)
        .map((el) => {
        const include = el.attrValue('Include');
        return { el, include, path: resolveInclude(dir, include), roleName: el.child('RoleName')?.text.trim() || undefined };
    });
    const productVersion = root
        .childrenNamed('PropertyGroup')
        .map((g) => g.child('ProductVersion')?.text.trim())
        .find((v) => v);
    return {
        file: doc.file,
        doc,
        definitions: items('ServiceDefinition'),
        configurations: items('ServiceConfiguration'),
        roles,
        productVersion,
    };
}
/** MSBuild paths use backslashes and are relative to the project file. */
function resolveInclude(dir, include) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(dir.replace(/\\/g, '/'), include.replace(/\\/g, '/')));
}
/**
 * Binds a role project (MSBuild `.csproj`/`.vbproj`): its target framework, the items that may be
 * copied to the output folder, and its assembly references. Lenient, like every binder here.
 */
function bindRoleProject(doc, root) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)(doc.file);
    const groups = root.childrenNamed('ItemGroup');
    const metadata = (el, name) => el.attrValue(name) ?? (el.child(name) ? el.child(name).text.trim() : undefined);
    const items = groups
        .flatMap((g) => g.elements.filter((e) => ITEM_KINDS.has(e.local)))
        .filter((e) => e.attrValue('Include') !== undefined)
        .map((el) => {
        const include = el.attrValue('Include');
        return {
            el,
            kind: el.local,
            include,
            path: resolveInclude(dir, include),
            copyToOutputDirectory: metadata(el, 'CopyToOutputDirectory'),
        };
    });
    const references = groups
        .flatMap((g) => g.childrenNamed('Reference'))
        .filter((e) => e.attrValue('Include') !== undefined)
        .map((el) => ({
        el,
        include: el.attrValue('Include'),
        hintPath: metadata(el, 'HintPath'),
        private: metadata(el, 'Private'),
    }));
    const properties = (local) => root.childrenNamed('PropertyGroup').flatMap((g) => g.childrenNamed(local).map((el) => ({
        el,
        value: el.text.trim(),
        condition: el.attrValue('Condition') ?? g.attrValue('Condition'),
    })));
    return {
        file: doc.file,
        doc,
        targetFrameworkVersion: properties('TargetFrameworkVersion').find((p) => p.value)?.value,
        items,
        references,
        platformTargets: properties('PlatformTarget'),
        prefer32Bit: properties('Prefer32Bit'),
    };
}
const ITEM_KINDS = new Set(['Content', 'None', 'Compile', 'EmbeddedResource']);


/***/ }),

/***/ 1805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ roleFoldersFor)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _xml_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3855);
/* harmony import */ var _bind_definition_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5926);
/* harmony import */ var _project_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2328);





/**
 * Folders that hold each role of a service definition, for packaging without `--role`: the role
 * project a `.ccproj` beside the definition references (by RoleName), else a folder named after
 * the role beside the definition. Only folders that exist are returned.
 */
function roleFoldersFor(csdefPath) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(csdefPath);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs);
    const out = new Map();
    const doc = (0,_xml_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXmlFile */ .Br)(abs, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(abs));
    const roles = (doc.root?.elements ?? []).filter((e) => (0,_bind_definition_js__WEBPACK_IMPORTED_MODULE_4__/* .isRoleKind */ .BV)(e.local)).map((e) => e.attrValue('name')).filter((n) => !!n);
    let projects = [];
    try {
        projects = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).filter((f) => f.toLowerCase().endsWith('.ccproj')).sort();
    }
    catch {
        projects = [];
    }
    for (const p of projects) {
        const pdoc = (0,_xml_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXmlFile */ .Br)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, p), p);
        if (!pdoc.root)
            continue;
        const project = (0,_project_js__WEBPACK_IMPORTED_MODULE_3__/* .bindProject */ .Zx)(pdoc, pdoc.root);
        for (const ref of project.roles) {
            if (!ref.roleName || out.has(ref.roleName) || !roles.includes(ref.roleName))
                continue;
            const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(ref.path));
            if (isDir(folder))
                out.set(ref.roleName, { dir: folder, source: p });
        }
    }
    for (const role of roles) {
        if (out.has(role))
            continue;
        const folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, role);
        if (isDir(folder))
            out.set(role, { dir: folder, source: 'a folder named after the role' });
    }
    return out;
}
function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 6986:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ manifestXml),
/* harmony export */   IQ: () => (/* binding */ fileTime),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   _e: () => (/* binding */ EMPTY_SHA256),
/* harmony export */   fU: () => (/* binding */ ManifestWriter),
/* harmony export */   oO: () => (/* binding */ ManifestScanner)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _parallel_zip_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8351);
/* harmony import */ var _xml_out_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(604);



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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(spill, '', { flag: 'wx' });
    }
    add(i) {
        this.pending += (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__/* .writeInline */ .RG)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)('Item', [
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
        yield* (0,_parallel_zip_js__WEBPACK_IMPORTED_MODULE_1__/* .fileBlocks */ ["do"])(this.spill);
        yield tail;
    }
    ends(rest) {
        const settings = (name, keys) => keys === undefined ? '' : (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__/* .writeInline */ .RG)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)(name, [], keys.map((k) => (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)('Setting', [['key', k]]))));
        const contents = (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__/* .startTag */ .PX)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)('Contents', [['hashtype', '1']]));
        const head = _xml_out_js__WEBPACK_IMPORTED_MODULE_2__/* .BOM */ .bh +
            (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__/* .startTag */ .PX)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)('PackageManifest', [['version', '2']])) +
            '>' +
            (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__/* .writeInline */ .RG)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)('Encryption', [['keytype', '1']])) +
            (this.count > 0 ? `${contents}>` : `${contents} />`);
        const tail = (this.count > 0 ? '</Contents>' : '') +
            settings('SystemConfigurationSettings', rest.systemSettings) +
            settings('ApplicationConfigurationSettings', rest.applicationSettings) +
            (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__/* .writeInline */ .RG)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)('NamedStreams', [], (rest.namedStreams ?? []).map((n) => (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_2__.el)('Stream', [['name', n]])))) +
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
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(this.spill, block);
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


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

var node_zlib__WEBPACK_IMPORTED_MODULE_1___namespace_cache;
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $V: () => (/* binding */ DEFLATE_WINDOW),
/* harmony export */   CB: () => (/* binding */ DEFLATE_BLOCK),
/* harmony export */   UQ: () => (/* binding */ DeflatePool)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8522);
/* harmony import */ var _off_heap_garbage_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4909);
/* harmony import */ var _worker_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7900);




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
${_off_heap_garbage_js__WEBPACK_IMPORTED_MODULE_2__/* .WORKER_NOTE_GARBAGE */ .Ss}
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
const deflateHere = new Function('zlib', 'noteGarbage', `return ${DEFLATE_JOBS};`)(/*#__PURE__*/ (node_zlib__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (node_zlib__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __nccwpck_require__.t(node_zlib__WEBPACK_IMPORTED_MODULE_1__, 2))), _off_heap_garbage_js__WEBPACK_IMPORTED_MODULE_2__/* .noteGarbage */ .Cy);
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
    constructor(threads = (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)()) {
        this.workers = Math.max(0, Math.floor(threads) - 1);
        this.pool = this.workers > 0 ? new _worker_pool_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkerPool */ .T(WORKER_SOURCE, 'deflate', this.workers) : undefined;
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


/***/ }),

/***/ 3080:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ EntrySet),
/* harmony export */   g: () => (/* binding */ EntryMeasures)
/* harmony export */ });
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


/***/ }),

/***/ 8801:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   On: () => (/* binding */ CTP_REL),
/* harmony export */   QJ: () => (/* binding */ CTP_NS),
/* harmony export */   Tr: () => (/* binding */ UAR_MANIFEST_REL),
/* harmony export */   Wg: () => (/* binding */ RDSC_DOC),
/* harmony export */   X4: () => (/* binding */ PRODUCT_VERSION_REL),
/* harmony export */   XY: () => (/* binding */ NAMED_STREAM_KINDS),
/* harmony export */   bP: () => (/* binding */ REQUIRED_RESOURCE),
/* harmony export */   dH: () => (/* binding */ CSDEF_DOC),
/* harmony export */   kD: () => (/* binding */ CSDEF_NS),
/* harmony export */   r3: () => (/* binding */ CTP_PRODUCT_VERSION_KEY),
/* harmony export */   u8: () => (/* binding */ STUB_MARKER),
/* harmony export */   yH: () => (/* binding */ RD_DOC)
/* harmony export */ });
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


/***/ }),

/***/ 7291:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ tempDirRemovedOnInterrupt),
/* harmony export */   v: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);

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
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p))
                continue;
            found = true;
            try {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(p, { recursive: true, force: true });
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
function removeOnInterrupt(path) {
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
    const path = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)(prefix);
    return { path, release: removeOnInterrupt(path) };
}


/***/ }),

/***/ 3460:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Fb: () => (/* binding */ KitError),
  XP: () => (/* binding */ NO_KIT_HELP),
  Uu: () => (/* binding */ extractKit),
  Dw: () => (/* binding */ loadKit)
});

// UNUSED EXPORTS: KIT_MANIFEST, STUB_SDK_VERSION, stubKit

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __nccwpck_require__(6466);
// EXTERNAL MODULE: ./.build/src/package/format.js
var format = __nccwpck_require__(8801);
// EXTERNAL MODULE: ./.build/src/package/interrupt.js
var interrupt = __nccwpck_require__(7291);
// EXTERNAL MODULE: ./.build/src/package/reader.js + 7 modules
var reader = __nccwpck_require__(841);
// EXTERNAL MODULE: ./.build/src/package/zip-read.js
var zip_read = __nccwpck_require__(3592);
// EXTERNAL MODULE: ./.build/src/package/paths.js
var paths = __nccwpck_require__(8488);
// EXTERNAL MODULE: ./.build/src/model/knowledge/import-modules.js
var import_modules = __nccwpck_require__(1101);
// EXTERNAL MODULE: ./.build/src/package/xml-out.js
var xml_out = __nccwpck_require__(604);
;// CONCATENATED MODULE: ./.build/src/package/stub-plugins.js



const task = (commandLine, attrs = [], children = []) => (0,xml_out.el)('Task', [['commandLine', commandLine], ...attrs], children);
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
                (0,xml_out.el)('Environment', [], [(0,xml_out.el)('Variable', [['name', 'IsEmulated']], [(0,xml_out.el)('RoleInstanceValue', [['xpath', '/RoleEnvironment/Deployment/@emulated']])])]),
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
        ? (0,xml_out.el)('InputEndpoint', [['name', local(module, e.name)], ['protocol', e.protocol], ['port', String(e.port)], ['localPort', '*'], ['ignoreRoleInstanceStatus', 'true']])
        : (0,xml_out.el)('InternalEndpoint', [['name', local(module, e.name)], ['protocol', e.protocol]], [(0,xml_out.el)('FixedPortRange', [['min', String(e.port)], ['max', String(e.port)]])]));
    const doc = (0,xml_out/* xmlDocument */.RX)((0,xml_out.el)('RoleModule', [['namespace', `${import_modules/* PLUGIN_PREFIX */.nY}${module.name}`], ['xmlns', format/* CSDEF_NS */.kD]], [
        shape && shape.tasks.length > 0 && (0,xml_out.el)('Startup', [], shape.tasks),
        module.settings.length > 0 && (0,xml_out.el)('ConfigurationSettings', [], module.settings.map((s) => (0,xml_out.el)('Setting', [['name', local(module, s)]]))),
        endpoints.length > 0 && (0,xml_out.el)('Endpoints', [], endpoints),
        module.certificates.length > 0 &&
            (0,xml_out.el)('Certificates', [], module.certificates.map((c) => (0,xml_out.el)('Certificate', [['name', local(module, c)], ['storeLocation', 'LocalMachine'], ['storeName', 'My'], ['permissionLevel', 'elevated']]))),
    ]), xml_out/* INDENTED */._$);
    // The marker, as in every stand-in, so that the file alone says it is not the SDK's.
    const text = doc.toString('utf8');
    const declEnd = text.indexOf('?>') + 2;
    return Buffer.from(`${text.slice(0, declEnd)}\r\n<!-- ${(0,xml_out/* escapeAttr */.dc)(format/* STUB_MARKER */.u8)} -->${text.slice(declEnd)}`, 'utf8');
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
    return files.sort((a, b) => (0,paths/* compareWindowsPaths */.d)(a.path, b.path));
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
    const stub = (await holdsMarker(uar, format/* STUB_MARKER */.u8.length + 3)) || (await anyAsync(plugins, (f) => holdsMarker(f, 4096)));
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
    return Buffer.concat(head).subarray(0, limit).includes(format/* STUB_MARKER */.u8);
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
        zip = await zip_read/* ZipArchive */.SJ.openFile(path);
    }
    catch (e) {
        throw new KitError(e instanceof zip_read/* ZipReadError */.qV ? e.message : String(e));
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
    const pkg = await (0,reader/* openPackage */.R$)(path);
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
    return Buffer.from(`${format/* STUB_MARKER */.u8}\r\nStands in for ${path.replace(/\//g, '\\')} of the Azure SDK. Package again with --sdk-kit pointing at a real kit.\r\n`, 'utf8');
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
    const existing = await (0,promises_.readdir)(outDir).catch(() => undefined);
    if (existing && existing.length > 0)
        throw new KitError(`${outDir}: folder exists and is not empty; give a new folder to extract the kit into`);
    const kit = await packageKit(pkgFile, undefined);
    const tmp = `${outDir}.partial-${process.pid}`;
    const release = (0,interrupt/* removeOnInterrupt */.v)(tmp);
    try {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        const write = async (rel, f) => {
            const dest = (0,external_node_path_.join)(tmp, ...rel.split('/'));
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(dest), { recursive: true });
            await (0,external_node_stream_promises_.pipeline)(await f.open(), (0,external_node_fs_.createWriteStream)(dest, { flags: 'wx' }));
        };
        for (const f of kit.runtime)
            await write(`runtimes/${f.path}`, f);
        for (const [m, files] of kit.plugins)
            for (const f of files)
                await write(`plugins/${m}/${f.path}`, f);
        await (0,promises_.writeFile)((0,external_node_path_.join)(tmp, KIT_MANIFEST), JSON.stringify({ sdkVersion: kit.version, harvestedFrom: pkgFile.split(/[\\/]/).pop(), stub: kit.stub }, null, 2) + '\n');
        if (existing)
            await (0,promises_.rm)(outDir, { recursive: true, force: true });
        await (0,promises_.mkdir)((0,external_node_path_.dirname)((0,external_node_path_.resolve)(outDir)), { recursive: true });
        await (0,promises_.rename)(tmp, outDir);
        return { version: kit.version, stub: kit.stub, out: outDir, runtimeFiles: kit.runtime.length, plugins: [...kit.plugins.keys()] };
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        throw e;
    }
    finally {
        release();
        await kit.close();
    }
}


/***/ }),

/***/ 8906:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ reexecForPackaging)
/* harmony export */ });
/* unused harmony exports PACKAGING_MALLOC, packagingEnvironment */
/**
 * glibc's malloc settings for a process that packages. Packaging moves every byte through
 * megabyte buffers allocated on one thread and freed on another (file blocks, zlib's output), and
 * glibc's defaults keep that memory: each thread that allocates gets an arena of its own, and after
 * the first large buffer is freed the threshold above which a buffer gets its own mapping rises
 * past a megabyte, so every later block comes out of an arena and leaves holes there. One arena for
 * every thread, and a fixed threshold above the blocks, bound what the arena holds. Measured on the
 * 1 GiB benchmark tree (BENCHMARKS.md): a peak of 135–141 MiB instead of 148–153, in the same time.
 * (A threshold below the blocks bounds it as well, but every block then gets a fresh mapping to
 * fault in: 5–10 % more time.)
 *
 * glibc reads these only when a process starts, so a process that is about to package replaces
 * itself (`execve`, same process id, same standard streams) with the same command under them,
 * before it has written anything. A process that has any of them already set, the user's own
 * choice or this very re-execution, runs as it is.
 */
const PACKAGING_MALLOC = {
    MALLOC_ARENA_MAX: '1',
    MALLOC_MMAP_THRESHOLD_: String(2 * 1024 * 1024),
};
/** Variables through which a user already tunes glibc's malloc: any of them set, we leave it alone. */
const USER_SETTINGS = ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_', 'MALLOC_TOP_PAD_', 'MALLOC_MMAP_MAX_', 'GLIBC_TUNABLES'];
/** The environment to package in, or undefined when this one is to be kept as it is. */
function packagingEnvironment(env, glibc) {
    if (!glibc)
        return undefined;
    if (USER_SETTINGS.some((name) => env[name] !== undefined))
        return undefined;
    return { ...env, ...PACKAGING_MALLOC };
}
/** Whether this process runs on glibc (musl and the other systems ignore the variables). */
function onGlibc() {
    if (process.platform !== 'linux')
        return false;
    const report = process.report?.getReport();
    return typeof report?.header?.glibcVersionRuntime === 'string';
}
/**
 * Re-executes this process under PACKAGING_MALLOC when that would change anything; returns only
 * when it does not (another C library, a Node without `process.execve`, the settings already made,
 * or an exec that failed, after which the process simply goes on with glibc's defaults). Call it
 * before writing anything: what a process has buffered is lost when it is replaced.
 */
function reexecForPackaging() {
    if (typeof process.execve !== 'function' || process.argv[1] === undefined)
        return;
    const env = packagingEnvironment(process.env, onGlibc());
    if (!env)
        return;
    try {
        process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
    }
    catch {
        // Packaging works the same without the settings; only its memory is less bounded.
    }
}


/***/ }),

/***/ 4909:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ss: () => (/* binding */ WORKER_NOTE_GARBAGE),
  C9: () => (/* binding */ boundHeapGrowth),
  J6: () => (/* binding */ collectAfter),
  iU: () => (/* binding */ collectPhase),
  Cy: () => (/* binding */ noteGarbage)
});

// UNUSED EXPORTS: COLLECT_EVERY, MANY_FILES

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
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
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--semi-space-growth-factor=1');
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--heap-growing-percent=20');
}
let collector;
let since = 0;
let collections = 0;
/** Every 256 MiB streamed: a few tens of milliseconds each, under 1 % of the time. */
const RELEASE_EVERY = 64;
function collect(options) {
    if (!collector) {
        (0,external_node_v8_namespaceObject.setFlagsFromString)('--expose-gc');
        collector = (globalThis.gc ?? (0,external_node_vm_namespaceObject.runInNewContext)('gc'));
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


/***/ }),

/***/ 7852:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ MAX_XML_PART),
/* harmony export */   $S: () => (/* binding */ isOpcMetadataPart),
/* harmony export */   $q: () => (/* binding */ targetEntryName),
/* harmony export */   JX: () => (/* binding */ contentTypeOf),
/* harmony export */   Nv: () => (/* binding */ RELS_PART),
/* harmony export */   UF: () => (/* binding */ RELS_CONTENT_TYPE),
/* harmony export */   Up: () => (/* binding */ readRelationships),
/* harmony export */   Yb: () => (/* binding */ contentTypesXml),
/* harmony export */   ae: () => (/* binding */ CONTENT_TYPES_PART),
/* harmony export */   bu: () => (/* binding */ readContentTypes),
/* harmony export */   oc: () => (/* binding */ partUri),
/* harmony export */   x2: () => (/* binding */ parsePart),
/* harmony export */   xI: () => (/* binding */ relationshipsXml)
/* harmony export */ });
/* unused harmony exports CT_NS, RELS_NS */
/* harmony import */ var _xml_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3855);
/* harmony import */ var _xml_out_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(604);


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
    const doc = (0,_xml_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseXml */ .NO)(label, bytes, XML_LIMITS);
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
    return (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlDocument */ .RX)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_1__.el)('Relationships', [['xmlns', RELS_NS]], rels.map((r) => (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_1__.el)('Relationship', [
        ['Type', r.type],
        ['Target', r.target],
        ['TargetMode', r.external ? 'External' : undefined],
        ['Id', r.id],
    ]))), _xml_out_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_LINE */ .St);
}
function contentTypesXml(defaults, overrides = []) {
    return (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlDocument */ .RX)((0,_xml_out_js__WEBPACK_IMPORTED_MODULE_1__.el)('Types', [['xmlns', CT_NS]], [
        ...defaults.map(([ext, type]) => (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_1__.el)('Default', [['Extension', ext], ['ContentType', type]])),
        ...overrides.map(([part, type]) => (0,_xml_out_js__WEBPACK_IMPORTED_MODULE_1__.el)('Override', [['PartName', part], ['ContentType', type]])),
    ]), _xml_out_js__WEBPACK_IMPORTED_MODULE_1__/* .ONE_LINE */ .St);
}
/** Part-name URI for a ZIP entry name: `/` + the name with characters outside URI syntax escaped. */
function partUri(entryName) {
    return '/' + entryName.split('/').map((s) => encodeURIComponent(s).replace(/%5B/g, '[').replace(/%5D/g, ']')).join('/');
}


/***/ }),

/***/ 8351:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ ParallelZip),
/* harmony export */   "do": () => (/* binding */ fileBlocks)
/* harmony export */ });
/* unused harmony export DEFLATE_LEVEL */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8522);
/* harmony import */ var _off_heap_garbage_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4909);
/* harmony import */ var _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4890);
/* harmony import */ var _zip_write_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5941);






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
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
    try {
        const { size } = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        let pos = 0;
        while (pos < size) {
            const want = Math.min(_deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB, size - pos);
            const buf = Buffer.allocUnsafeSlow(want);
            let got = 0;
            while (got < want) {
                const bytesRead = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buf, got, want - got, pos + got);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
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
        this.zip = new _zip_write_js__WEBPACK_IMPORTED_MODULE_5__/* .ZipWriter */ .Vx(sink, options);
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
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let crc = 0;
        let size = 0;
        this.push({ kind: 'begin', name, method: _zip_write_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFLATED */ .aE });
        // One block is held back until the next shows whether it is the last (which ends the stream).
        let held;
        let heldDict;
        const take = async (block) => {
            await this.room(block.length + JOB_COST);
            hash.update(block);
            crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(block, crc);
            size += block.length;
            if (held) {
                const dict = Buffer.from(held.subarray(held.length - _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_WINDOW */ .$V));
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
            while (partsLength >= _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB) {
                const first = parts[0];
                if (first.length === _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB && ownedWhole(first)) {
                    parts.shift();
                    partsLength -= _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB;
                    await take(first);
                    continue;
                }
                const block = Buffer.allocUnsafeSlow(_deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB);
                let at = 0;
                while (at < _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB) {
                    const p = parts[0];
                    const n = Math.min(p.length, _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB - at);
                    p.copy(block, at, 0, n);
                    at += n;
                    if (n === p.length)
                        parts.shift();
                    else
                        parts[0] = p.subarray(n);
                }
                partsLength -= _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB;
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
        const crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(data);
        const parts = [];
        if (!compress)
            parts.push(data);
        else if (data.length <= _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB)
            parts.push(this.compress(transferable(data), undefined, true));
        else {
            for (let at = 0; at < data.length; at += _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB) {
                const final = at + _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB >= data.length;
                const dict = at > 0 ? Buffer.from(data.subarray(at - _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_WINDOW */ .$V, at)) : undefined;
                parts.push(this.compress(transferable(data.subarray(at, at + _deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB)), dict, final));
            }
        }
        this.push({ kind: 'whole', name, method: compress ? _zip_write_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFLATED */ .aE : _zip_write_js__WEBPACK_IMPORTED_MODULE_5__/* .STORED */ .SD, parts, crc, size: data.length, cost });
    }
    /**
     * Adds a file stored as it is, copied when its turn comes through one reused buffer: for role
     * packages, hundreds of megabytes already compressed, whose hash the caller already has.
     */
    addCopy(name, path) {
        this.push({ kind: 'copy', name, path });
    }
    async copy(entry, path) {
        const buffer = Buffer.allocUnsafeSlow(_deflate_pool_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFLATE_BLOCK */ .CB);
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(path, 'r');
        try {
            let crc = 0;
            let size = 0;
            for (;;) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, size);
                if (n === 0)
                    return { crc, size };
                const chunk = buffer.subarray(0, n);
                crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(chunk, crc);
                size += n;
                await this.zip.dataTransient(entry, chunk);
            }
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
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
                    (0,_off_heap_garbage_js__WEBPACK_IMPORTED_MODULE_3__/* .noteGarbage */ .Cy)(item.cost + data.length);
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
                    const e = this.zip.begin(item.name, _zip_write_js__WEBPACK_IMPORTED_MODULE_5__/* .STORED */ .SD);
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


/***/ }),

/***/ 8488:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ compareWindowsPaths),
/* harmony export */   t: () => (/* binding */ toRolePath)
/* harmony export */ });
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


/***/ }),

/***/ 841:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dH: () => (/* reexport */ format/* CSDEF_DOC */.dH),
  R$: () => (/* binding */ openPackage)
});

// UNUSED EXPORTS: CSDEF_NS, CTP_NS, CTP_PRODUCT_VERSION_KEY, CTP_REL, NAMED_STREAM_KINDS, OpenedPackage, PRODUCT_VERSION_REL, RDSC_DOC, RD_DOC, REQUIRED_RESOURCE, STUB_MARKER, UAR_MANIFEST_REL

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: ./.build/src/package/format.js
var format = __nccwpck_require__(8801);
// EXTERNAL MODULE: ./.build/src/package/opc.js
var opc = __nccwpck_require__(7852);
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

// EXTERNAL MODULE: ./.build/src/package/zip-read.js
var zip_read = __nccwpck_require__(3592);
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
    const ctEntry = parts.get(opc/* CONTENT_TYPES_PART */.ae.toLowerCase());
    if (!ctEntry)
        log.error('missing-content-types', label, `no ${opc/* CONTENT_TYPES_PART */.ae}; every OPC package needs one`);
    else {
        const parsed = await parseEntry(archive, ctEntry, `${label}!/${opc/* CONTENT_TYPES_PART */.ae}`, log);
        if (parsed) {
            const t = (0,opc/* readContentTypes */.bu)(parsed);
            if (typeof t === 'string')
                log.error('bad-content-types', `${label}!/${opc/* CONTENT_TYPES_PART */.ae}`, t);
            else
                types = t;
        }
    }
    if (types) {
        const known = types;
        parts.forEach((e, key) => {
            if (e.name === opc/* CONTENT_TYPES_PART */.ae)
                return;
            if ((0,opc/* contentTypeOf */.JX)(known, e.name, key) === undefined) {
                log.error('no-content-type', `${label}!/${e.name}`, `part has no content type in ${opc/* CONTENT_TYPES_PART */.ae} (no Default for its extension, no Override)`);
            }
        });
    }
    let rels = [];
    const relsEntry = parts.get(opc/* RELS_PART */.Nv);
    if (!relsEntry) {
        log.error('missing-relationships', label, `no ${opc/* RELS_PART */.Nv}; the package has no relationships`);
    }
    else {
        const parsed = await parseEntry(archive, relsEntry, `${label}!/${opc/* RELS_PART */.Nv}`, log);
        if (parsed) {
            const r = (0,opc/* readRelationships */.Up)(parsed);
            if (typeof r === 'string')
                log.error('bad-relationships', `${label}!/${opc/* RELS_PART */.Nv}`, r);
            else
                rels = r;
        }
    }
    for (const r of rels) {
        if (r.external)
            continue;
        if (!parts.has((0,opc/* targetEntryName */.$q)(r.target).toLowerCase())) {
            log.error('missing-target', `${label}!/${opc/* RELS_PART */.Nv}`, `relationship ${r.id} points at ${r.target}, which is not in the package`);
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
        return await archive.readBytes(entry, opc/* MAX_XML_PART */.$$);
    }
    catch (e) {
        log.error('unreadable-part', label, e.message);
        return undefined;
    }
}
/** The root of an XML part read with `readPart`; undefined (logged) when it is not readable XML. */
function parseRead(label, bytes, log) {
    const parsed = (0,opc/* parsePart */.x2)(label, bytes);
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
        log.error('nested-unreadable', `${top.label}!/${entry.name}`, e instanceof zip_read/* ZipReadError */.qV ? e.message : `cannot open nested package: ${e.message}`);
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
    const relsLabel = `${top.label}!/${opc/* RELS_PART */.Nv}`;
    const defs = top.rels.filter((r) => r.type === format/* CTP_REL */.On);
    if (defs.length !== 1) {
        log.error('ctp-relationship', relsLabel, `${defs.length} PackageDefinition relationships; exactly one is required`);
    }
    const rel = defs[0];
    if (!rel)
        return;
    const manifestKey = (0,opc/* targetEntryName */.$q)(rel.target).toLowerCase();
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
    if (root.local !== 'PackageDefinition' || root.uri !== format/* CTP_NS */.QJ) {
        log.error('ctp-schema', label, `root element is <${root.name}> in "${root.uri}", expected <PackageDefinition> in ${format/* CTP_NS */.QJ}`);
        return;
    }
    const order = root.elements.map((e) => e.local);
    if (order.join(',') !== 'PackageMetaData,PackageContents,PackageLayouts' || root.elements.some((e) => e.uri !== format/* CTP_NS */.QJ)) {
        log.error('ctp-schema', label, `PackageDefinition holds <${order.join('>, <')}>; the schema requires PackageMetaData, PackageContents, PackageLayouts in that order and namespace`);
    }
    const pv = root
        .child('PackageMetaData')
        ?.childrenNamed('KeyValuePair')
        .find((kv) => textOf(kv.child('Key')) === format/* CTP_PRODUCT_VERSION_KEY */.r3);
    const version = textOf(pv?.child('Value'));
    if (!version)
        log.error('product-version', label, `PackageMetaData has no ${format/* CTP_PRODUCT_VERSION_KEY */.r3} key`);
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
        const storeKey = (0,opc/* targetEntryName */.$q)(storePath).toLowerCase();
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
            const docName = name.toLowerCase() === 'servicedefinition/servicedefinition.rdsc' ? format/* RDSC_DOC */.Wg : name;
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
        if ((0,opc/* isOpcMetadataPart */.$S)(key) || referencedParts.has(key))
            continue;
        log.warn('unlisted-part', `${top.label}!/${part.name}`, 'part is not referenced by any ContentDefinition');
    }
}

// EXTERNAL MODULE: ./.build/src/package/csman.js
var csman = __nccwpck_require__(6986);
// EXTERNAL MODULE: ./.build/src/package/entry-measures.js
var entry_measures = __nccwpck_require__(3080);
// EXTERNAL MODULE: ./.build/src/package/paths.js
var paths = __nccwpck_require__(8488);
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
        return (0,opc/* isOpcMetadataPart */.$S)(key) || key === this.manifestKey ? undefined : this.level.parts.get(key);
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
        if (!(0,opc/* isOpcMetadataPart */.$S)(key))
            entries.push(e);
    });
    const measures = await measureParts(level.archive, entries, hasher, ahead);
    logUnreadable(level, entries, measures, log);
    const hashes = new PartHashes(level, measures);
    const rel = level.rels.find((r) => r.id === 'MANIFEST');
    if (!rel) {
        log.error('missing-manifest', `${level.label}!/${opc/* RELS_PART */.Nv}`, 'no MANIFEST relationship: this package level has no .csman manifest');
        return { listed: undefined, hashes, manifestEntry: undefined };
    }
    const manifestKey = (0,opc/* targetEntryName */.$q)(rel.target).toLowerCase();
    const entry = level.parts.get(manifestKey);
    if (!entry)
        return { listed: undefined, hashes, manifestEntry: undefined };
    hashes.excludeManifest(manifestKey);
    const label = `${level.label}!/${entry.name}`;
    // The parts themselves, not their names: a name made from each item's URI would be kept per file.
    let listed = new entry_measures/* EntrySet */.b(level.archive.entries.length);
    let unchecked = 0;
    const checkItem = (item, into) => {
        const key = (0,opc/* targetEntryName */.$q)(item.uri).toLowerCase();
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
        if (want === csman/* EMPTY_SHA256 */._e && opts.emptyHashAllowed) {
            unchecked++;
            return;
        }
        into.error('hash-mismatch', `${level.label}!/${part.name}`, `SHA-256 is ${got}, the manifest ${entry.name} says ${want}: the part was changed or damaged after packaging`);
    };
    const itemLog = new ProblemLog();
    if (!(await scanManifestPart(level.archive, entry, (item) => checkItem(item, itemLog)))) {
        // Not in the form CSPack writes: what the scan checked is dropped, and the parser reads it.
        listed = new entry_measures/* EntrySet */.b(level.archive.entries.length);
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
        if ((0,opc/* isOpcMetadataPart */.$S)(key) || key === manifestKey)
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
    if (entry.uncompressedSize > opc/* MAX_XML_PART */.$$)
        return false;
    const scanner = new csman/* ManifestScanner */.oO(onItem);
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
    return root && (0,csman/* readManifest */.WI)(root);
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
        return (0,paths/* toRolePath */.t)(this.entry.name);
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
            odd.set((0,paths/* toRolePath */.t)(part.name).toLowerCase(), part);
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
    const relsLabel = `${top.label}!/${opc/* RELS_PART */.Nv}`;
    for (const id of ['SERVICEMODEL', 'SERVICEDESCRIPTION', 'NAMEDSTREAMPACKAGE', 'MANIFEST']) {
        if (!top.rels.some((r) => r.id === id && r.type === format/* REQUIRED_RESOURCE */.bP)) {
            log.error('missing-relationship', relsLabel, `no required-resource relationship ${id}`);
        }
    }
    const pv = top.rels.find((r) => r.type === format/* PRODUCT_VERSION_REL */.X4);
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
        return r ? top.parts.get((0,opc/* targetEntryName */.$q)(r.target).toLowerCase()) : undefined;
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
            const csdef = rel ? level.parts.get((0,opc/* targetEntryName */.$q)(rel.target).toLowerCase()) : undefined;
            if (!csdef)
                log.error('missing-csdef', level.label, 'no SERVICEDESCRIPTION relationship to the packaged ServiceDefinition.csdef');
            else
                addDocument(format/* CSDEF_DOC */.dH, level, csdef, m.hashes);
        }
    }
    // Service model: .rd and .rdsc.
    const sm = byRel('SERVICEMODEL');
    if (sm) {
        const level = await openNestedLevel(top, sm, log, archives, tempDir);
        if (level) {
            const m = await checkManifest(level, log, hasher, { emptyHashAllowed: false });
            const rel = level.rels.find((r) => r.id === 'SERVICEMODEL');
            const rd = rel ? level.parts.get((0,opc/* targetEntryName */.$q)(rel.target).toLowerCase()) : undefined;
            if (!rd)
                log.error('missing-rd', level.label, 'no SERVICEMODEL relationship to ServiceDefinition.rd');
            else
                addDocument(format/* RD_DOC */.yH, level, rd, m.hashes);
            const rdsc = [...level.parts.values()].find((e) => extension(e.name) === 'rdsc');
            if (rdsc)
                addDocument(format/* RDSC_DOC */.Wg, level, rdsc, m.hashes);
        }
    }
    // Named streams.
    const ns = byRel('NAMEDSTREAMPACKAGE');
    if (ns) {
        const level = await openNestedLevel(top, ns, log, archives, tempDir);
        if (level) {
            const m = await checkManifest(level, log, hasher, { emptyHashAllowed: true });
            for (const [key, entry] of level.parts) {
                if ((0,opc/* isOpcMetadataPart */.$S)(key) || entry.name === m.manifestEntry)
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
        if (!level.rels.some((r) => r.type === format/* UAR_MANIFEST_REL */.Tr)) {
            log.warn('missing-relationship', `${level.label}!/${opc/* RELS_PART */.Nv}`, 'no UAR Manifest relationship to /Cloud.uar.csman');
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

// EXTERNAL MODULE: ./.build/src/package/off-heap-garbage.js + 2 modules
var off_heap_garbage = __nccwpck_require__(4909);
;// CONCATENATED MODULE: ./.build/src/package/role-checks.js



/** Checks common to both formats, on the view: roles against the csdef, role contents, named streams. */
async function checkRoles(pkg, log) {
    const { view } = pkg;
    log.check('service definition');
    const csdefBytes = await pkg.readDocument(format/* CSDEF_DOC */.dH);
    let csdefRoles;
    if (!csdefBytes)
        log.error('missing-csdef', view.file, 'the package has no ServiceDefinition.csdef');
    else {
        const parsed = (0,opc/* parsePart */.x2)(format/* CSDEF_DOC */.dH, csdefBytes);
        if ('error' in parsed)
            log.error('bad-xml', format/* CSDEF_DOC */.dH, `not readable XML: ${parsed.error}`);
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
    const rdBytes = await pkg.readDocument(format/* RD_DOC */.yH);
    const rdRoles = new Map();
    if (!rdBytes)
        log.error('missing-rd', view.file, 'the package has no ServiceDefinition.rd');
    else {
        const parsed = (0,opc/* parsePart */.x2)(format/* RD_DOC */.yH, rdBytes);
        if ('error' in parsed)
            log.error('bad-xml', format/* RD_DOC */.yH, `not readable XML: ${parsed.error}`);
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
                log.error('rd-software', format/* RD_DOC */.yH, `role ${name} names software="${software}", but its role package is ${role.part}`);
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
            const parsed = (0,opc/* parsePart */.x2)(`${where} RoleModel.xml`, roleModel);
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
        for (const kind of format/* NAMED_STREAM_KINDS */.XY) {
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
    if (bytes.includes(format/* STUB_MARKER */.u8)) {
        log.error('stub-runtime', where, 'built with --sdk-kit stub: the SDK runtime files are stand-ins and the package is NOT deployable; package again with a real SDK kit');
        return;
    }
    // Stand-in plugin folders of --sdk-kit stub copied next to a real runtime: their RoleModule says so.
    for (const f of role.files.filter((x) => /^\\plugins\\[^\\]+\\[^\\]+\.csplugin$/i.test(x.path))) {
        const plugin = await pkg.readRoleFile(role.name, f.path).catch(() => undefined);
        if (plugin?.includes(format/* STUB_MARKER */.u8)) {
            log.error('stub-runtime', `${role.part} ${f.path}`, 'a stand-in plugin module written by --sdk-kit stub: the package is NOT deployable; package again with a kit holding the SDK\'s plugins');
        }
    }
    const parsed = (0,opc/* parsePart */.x2)(where, bytes);
    if ('error' in parsed) {
        log.error('bad-xml', where, `not readable XML: ${parsed.error}`);
        return;
    }
    const manifest = (0,csman/* readManifest */.WI)(parsed.root);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
var external_node_crypto_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_node_crypto_, 2);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_node_fs_, 2);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
var external_node_zlib_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_node_zlib_, 2);
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

// EXTERNAL MODULE: ./.build/src/package/worker-pool.js + 1 modules
var worker_pool = __nccwpck_require__(7900);
;// CONCATENATED MODULE: ./.build/src/package/entry-hasher.js







// The worker runs the very function the process runs for small packages: its source text.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
${off_heap_garbage/* WORKER_NOTE_GARBAGE */.Ss}
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
            const deps = Array.from({ length: IN_PROCESS_LANES }, () => this.idle.pop() ?? { fs: external_node_fs_namespaceObject, zlib: external_node_zlib_namespaceObject, crypto: external_node_crypto_namespaceObject, scratch: {}, noteGarbage: off_heap_garbage/* noteGarbage */.Cy });
            try {
                await lanes(IN_PROCESS_LANES, (task, lane) => runHashJob(task.job, deps[lane]));
            }
            finally {
                this.idle.push(...deps);
            }
            return;
        }
        const size = Math.max(1, this.options.workers ?? (0,external_node_os_.availableParallelism)());
        this.pool ??= new worker_pool/* WorkerPool */.T(WORKER_SOURCE, 'hash', size);
        const pool = this.pool;
        // As many lanes as the workers hold jobs at once (WorkerPool's PER_WORKER), so none waits.
        await lanes(size * 2, (task) => pool.run(task.job, []));
    }
    async close() {
        await this.pool?.close();
        this.pool = undefined;
    }
}

// EXTERNAL MODULE: ./.build/src/package/interrupt.js
var interrupt = __nccwpck_require__(7291);
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
    async readRoleFile(role, path, max = opc/* MAX_XML_PART */.$$) {
        const src = this.roleSources.get(role)?.(path);
        return src ? src.archive.readBytes(src.entry, max) : undefined;
    }
    async readDocument(name) {
        const src = this.documentSources.get(name.toLowerCase());
        return src ? src.archive.readBytes(src.entry, opc/* MAX_XML_PART */.$$) : undefined;
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
    (0,off_heap_garbage/* boundHeapGrowth */.C9)();
    const { path: tempDir, release } = (0,interrupt/* tempDirRemovedOnInterrupt */.m)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cspkg-read-'));
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
        outer = await zip_read/* ZipArchive */.SJ.openFile(file, name);
    }
    catch (e) {
        if (!(e instanceof zip_read/* ZipReadError */.qV)) {
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
    if (top.rels.some((r) => r.type === format/* CTP_REL */.On)) {
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
        log.error('not-a-cspkg', `${name}!/${opc/* RELS_PART */.Nv}`, 'not a Cloud Services package: no PackageDefinition relationship (CTP format) and no MANIFEST relationship with role .cssx parts (legacy format)');
        return finish();
    }
    const opened = finish();
    await checkRoles(opened, log);
    return opened;
}


/***/ }),

/***/ 6903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ formatVerifyReport),
/* harmony export */   s: () => (/* binding */ verifyPackage)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var _xml_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3855);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(841);
/* harmony import */ var _opc_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(7852);
/* harmony import */ var _model_knowledge_import_modules_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1101);






/**
 * True for a setting or endpoint an imported module adds to the packaged csdef, named
 * `<namespace>.<name>`: the SDK's modules use `Microsoft.WindowsAzure.Plugins.<Module>` or a prefix
 * of the module's name (RemoteDebugger for RemoteDebuggerConnector), Visual Studio's the module's
 * name (IntelliTrace).
 */
function fromImport(name, imports) {
    const rest = name.startsWith(_model_knowledge_import_modules_js__WEBPACK_IMPORTED_MODULE_5__/* .PLUGIN_PREFIX */ .nY) ? name.slice(_model_knowledge_import_modules_js__WEBPACK_IMPORTED_MODULE_5__/* .PLUGIN_PREFIX */ .nY.length) : name;
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
        bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (e) {
        problems.push({ code: 'input-unreadable', severity: 'error', part: file, message: `cannot read ${file}: ${e.code ?? e.message}` });
        return undefined;
    }
    const doc = (0,_xml_index_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXml */ .NO)(file, bytes);
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
    const pkg = await (0,_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .openPackage */ .R$)(file, options.hasher ? { hasher: options.hasher } : {});
    try {
        const problems = [...pkg.problems];
        const checks = pkg.checks.map((c) => ({ ...c }));
        const cross = { name: 'service files', errors: 0, warnings: 0 };
        const before = problems.length;
        const packagedBytes = await pkg.readDocument(_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .CSDEF_DOC */ .dH);
        const packagedParsed = packagedBytes ? (0,_opc_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePart */ .x2)(_reader_js__WEBPACK_IMPORTED_MODULE_3__/* .CSDEF_DOC */ .dH, packagedBytes) : undefined;
        const packaged = packagedParsed && 'root' in packagedParsed ? rolesOf(packagedParsed.root) : undefined;
        const pkgName = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file);
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


/***/ }),

/***/ 7900:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ WorkerPool)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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
            const w = new external_node_worker_threads_namespaceObject.Worker(source, { eval: true, ...(workerExecArgv() ? { execArgv: [] } : {}), resourceLimits: { maxYoungGenerationSizeMb: 4 } });
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


/***/ }),

/***/ 604:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ startTag),
/* harmony export */   RG: () => (/* binding */ writeInline),
/* harmony export */   RX: () => (/* binding */ xmlDocument),
/* harmony export */   St: () => (/* binding */ ONE_LINE),
/* harmony export */   _$: () => (/* binding */ INDENTED),
/* harmony export */   bh: () => (/* binding */ BOM),
/* harmony export */   dc: () => (/* binding */ escapeAttr),
/* harmony export */   el: () => (/* binding */ el)
/* harmony export */ });
/* unused harmony exports escapeText, UTF8_DECLARATION */
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


/***/ }),

/***/ 3592:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   SJ: () => (/* binding */ ZipArchive),
/* harmony export */   qV: () => (/* binding */ ZipReadError)
/* harmony export */ });
/* unused harmony export inFileOrder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7075);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6760);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(6466);
/* harmony import */ var yauzl__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(663);
/* harmony import */ var _entry_measures_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3080);
/* harmony import */ var _off_heap_garbage_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(4909);









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
class FileRangeReader extends yauzl__WEBPACK_IMPORTED_MODULE_6__.RandomAccessReader {
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
            const bytesRead = await new Promise((resolve, reject) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(this.fd, data, got, data.length - got, this.base + start + got, (err, n) => (err ? reject(err) : resolve(n))));
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
class WindowStream extends node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable {
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
class RangeStream extends node_stream__WEBPACK_IMPORTED_MODULE_3__.Readable {
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.read)(this.fd, Buffer.allocUnsafe(length), 0, length, this.pos, (err, bytesRead, buffer) => {
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
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'r');
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
            zip = await yauzl__WEBPACK_IMPORTED_MODULE_6__.fromRandomAccessReaderPromise(reader, size, {
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
        const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(tempDir, `nested-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(label).digest('hex').slice(0, 16)}.zip`);
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(await this.openStream(entry), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(tmp));
        const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'r');
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
            const raw = Object.assign(new yauzl__WEBPACK_IMPORTED_MODULE_6__.Entry(), {
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
        this.measured ??= new _entry_measures_js__WEBPACK_IMPORTED_MODULE_8__/* .EntryMeasures */ .g(this.entries.length);
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
            (0,_off_heap_garbage_js__WEBPACK_IMPORTED_MODULE_7__/* .collectAfter */ .J6)(order.length);
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


/***/ }),

/***/ 5941:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $h: () => (/* binding */ MemorySink),
/* harmony export */   SD: () => (/* binding */ STORED),
/* harmony export */   UP: () => (/* binding */ FileSink),
/* harmony export */   Vx: () => (/* binding */ ZipWriter),
/* harmony export */   aE: () => (/* binding */ DEFLATED)
/* harmony export */ });
/* unused harmony export ByteSink */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1455);


/**
 * A ZIP writer laid out record for record as yazl writes (what the packager used before it
 * compressed on several threads): UTF-8 names, data descriptors for streamed entries, an Info-ZIP
 * `UT` time in the central directory, ZIP64 where a size or offset needs it or when forced. The
 * caller supplies entry data already compressed, so compression can run anywhere.
 */
/** Where the bytes go; everything written is hashed and counted on the way. */
class ByteSink {
    hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
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
        return new FileSink(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx'));
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


/***/ }),

/***/ 3855:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dR: () => (/* reexport */ DEFAULT_LIMITS),
  Mi: () => (/* reexport */ XmlAttribute),
  WF: () => (/* reexport */ XmlElement),
  NO: () => (/* reexport */ parseXml),
  Br: () => (/* reexport */ parseXmlFile)
});

// UNUSED EXPORTS: LineIndex, decodeXml

// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(9800);
;// CONCATENATED MODULE: ./.build/src/xml/decode.js
const DECL_ENCODING = /^<\?xml[^>]*?\sencoding\s*=\s*(["'])([A-Za-z0-9._-]+)\1/;
/**
 * Decodes XML bytes the way real Cloud Services files need: the byte-order mark wins over the
 * declaration (one corpus file is UTF-16LE with `encoding="utf-8"`), a UTF-16 declaration on
 * ASCII-compatible bytes is treated as a lie, and files without any declaration are UTF-8.
 */
function decodeXml(bytes) {
    const b0 = bytes[0];
    const b1 = bytes[1];
    const b2 = bytes[2];
    let detected;
    let bom = false;
    let body = bytes;
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
        detected = 'utf-8';
        bom = true;
        body = bytes.subarray(3);
    }
    else if (b0 === 0xff && b1 === 0xfe) {
        detected = 'utf-16le';
        bom = true;
        body = bytes.subarray(2);
    }
    else if (b0 === 0xfe && b1 === 0xff) {
        detected = 'utf-16be';
        bom = true;
        body = bytes.subarray(2);
    }
    else if (b0 === 0x3c && b1 === 0x00 && b2 === 0x3f) {
        detected = 'utf-16le';
    }
    else if (b0 === 0x00 && b1 === 0x3c && bytes[3] === 0x3f) {
        detected = 'utf-16be';
    }
    else {
        detected = 'utf-8';
    }
    let declared;
    let hasDeclaration = false;
    if (detected === 'utf-8') {
        // The declaration is ASCII, so it can be read before the encoding is settled.
        hasDeclaration = body[0] === 0x3c && body[1] === 0x3f && body[2] === 0x78 && body[3] === 0x6d && body[4] === 0x6c;
        // DECL_ENCODING only matches after "<?xml".
        declared = hasDeclaration ? DECL_ENCODING.exec(latin1(body.subarray(0, 256)))?.[2] : undefined;
        if (!bom && declared) {
            const label = declared.toLowerCase();
            if (label === 'windows-1252' || label === 'cp1252')
                detected = 'windows-1252';
            else if (label === 'iso-8859-1' || label === 'latin1' || label === 'latin-1')
                detected = 'iso-8859-1';
            else if (label === 'us-ascii' || label === 'ascii')
                detected = 'us-ascii';
        }
    }
    let text;
    let error;
    try {
        text = decoder(detected, true).decode(body);
    }
    catch {
        // Keep going with replacement characters so the rest of the file is still checked.
        text = decoder(detected, false).decode(body);
        error = `the bytes are not valid ${detected.toUpperCase()}; save the file as UTF-8`;
    }
    if (detected !== 'utf-8') {
        hasDeclaration = text.startsWith('<?xml');
        declared = DECL_ENCODING.exec(text.slice(0, 256))?.[2];
    }
    const encoding = { detected, bom, declared, hasDeclaration, lineEndings: lineEndings(text) };
    return error === undefined ? { text, encoding } : { text, encoding, error };
}
/**
 * A decoder for the encoding, made once: a decoder keeps no state between whole-input calls, and
 * making one for each file cost more than decoding a small file.
 */
const decoders = new Map();
function decoder(detected, fatal) {
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
function latin1(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
function lineEndings(text) {
    // Counted with indexOf: CRLF pairs, then all CRs and all LFs, each a search for one character.
    const lfAll = count(text, '\n');
    const crAll = lfAll === 0 ? count(text, '\r') : text.indexOf('\r') < 0 ? 0 : count(text, '\r');
    const crlf = crAll === 0 || lfAll === 0 ? 0 : count(text, '\r\n');
    const lf = lfAll - crlf;
    const cr = crAll - crlf;
    const kinds = (lf > 0 ? 1 : 0) + (crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
    if (kinds === 0)
        return 'none';
    if (kinds > 1)
        return 'mixed';
    return lf > 0 ? 'lf' : crlf > 0 ? 'crlf' : 'cr';
}
/** How many times `s` (which cannot overlap itself) occurs in `text`. */
function count(text, s) {
    let n = 0;
    for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + s.length))
        n++;
    return n;
}

;// CONCATENATED MODULE: ./.build/src/xml/namespaces.js
/**
 * Namespace scopes, shared by both parsers (the scanner and the saxes path) so that they resolve
 * every prefix the same way.
 */
const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
/** The scope a document starts with: the two prefixes XML itself defines. */
function documentScope() {
    return new Map([
        ['xml', XML_NS],
        ['xmlns', XMLNS],
    ]);
}
/**
 * The scope inside an element with these attributes. Scopes are never changed once made, so an
 * element that declares no namespace shares its parent's: copying the map for every element was a
 * tenth of the parse.
 */
function elementScope(inherited, attributes) {
    let scope;
    for (const a of attributes) {
        if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:'))
            continue;
        scope ??= new Map(inherited);
        scope.set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value);
    }
    return scope ?? inherited;
}
/** The prefix of a qualified name, '' when it has none. */
function prefixOf(name) {
    const colon = name.indexOf(':');
    return colon < 0 ? '' : name.slice(0, colon);
}

;// CONCATENATED MODULE: ./.build/src/xml/element.js

/*
 * Elements and attributes keep offsets and make their spans when first asked: most are never
 * asked (a rule reports a few of them), and the spans of a 17,000-item package manifest were half
 * its tree's memory and a third of its parse.
 */
class XmlAttribute {
    file;
    name;
    value;
    /** The element the attribute belongs to; set as soon as the start tag is complete. */
    owner;
    /** The name without its prefix. */
    local;
    #lines;
    #start;
    #valueStart;
    #valueEnd;
    #span;
    #valueSpan;
    constructor(
    /** The file the attribute was read from (as given to the parser). */
    file, 
    /** Qualified name as written (`xmlns:xsi`, `name`). */
    name, 
    /** Value after entity and character references are resolved. */
    value, lines, 
    /** Offset of the first character of the name. */
    start, 
    /** Offsets of the first character after the opening quote and of the closing quote. */
    valueStart, valueEnd) {
        this.file = file;
        this.name = name;
        this.value = value;
        this.local = localName(name);
        this.#lines = lines;
        this.#start = start;
        this.#valueStart = valueStart;
        this.#valueEnd = valueEnd;
    }
    /** From the first character of the name to the closing quote. */
    get span() {
        return (this.#span ??= this.#lines.span(this.#start, this.#valueEnd + 1));
    }
    /** The characters between the quotes. */
    get valueSpan() {
        return (this.#valueSpan ??= this.#lines.span(this.#valueStart, this.#valueEnd));
    }
}
/** `#endStart` of an element written as an empty-element tag (`<a/>`). */
const EMPTY = -2;
class XmlElement {
    file;
    name;
    uri;
    parent;
    attributes = [];
    elements = [];
    /** Character data directly inside this element (CDATA included), references resolved. */
    text = '';
    /**
     * The name without its prefix. Computed once: rules look elements up by local name all the
     * time (`child`, `childrenNamed`), and slicing it anew on each look-up showed in profiles.
     */
    local;
    #lines;
    #start;
    #end;
    #span;
    /** The end tag's offsets; -1 while it has not been read, EMPTY for an empty-element tag. */
    #endStart = -1;
    #endEnd = -1;
    #endSpan;
    constructor(
    /** The file the element was read from (as given to the parser). */
    file, 
    /** Qualified name as written. */
    name, 
    /** Namespace URI the prefix (or the default namespace) resolves to; '' when none. */
    uri, lines, 
    /** Offsets of the start tag's `<` and of the character after its `>`. */
    start, end, parent) {
        this.file = file;
        this.name = name;
        this.uri = uri;
        this.parent = parent;
        this.local = localName(name);
        this.#lines = lines;
        this.#start = start;
        this.#end = end;
    }
    /** From `<` to the `>` of the start tag. */
    get span() {
        return (this.#span ??= this.#lines.span(this.#start, this.#end));
    }
    /** Span of the end tag; equal to `span` for an empty-element tag; undefined until it is read. */
    get endSpan() {
        if (this.#endSpan === undefined) {
            if (this.#endStart === EMPTY)
                this.#endSpan = this.span;
            else if (this.#endStart >= 0)
                this.#endSpan = this.#lines.span(this.#endStart, this.#endEnd);
        }
        return this.#endSpan;
    }
    set endSpan(span) {
        this.#endSpan = span;
        this.#endStart = -1;
    }
    /** For the parser: the end tag runs from `start` (its `<`) to `end` (after its `>`). */
    setEndTag(start, end) {
        this.#endSpan = undefined;
        this.#endStart = start;
        this.#endEnd = end;
    }
    /** For the parser: the element was written as an empty-element tag, its end is its start. */
    setEmpty() {
        this.#endSpan = undefined;
        this.#endStart = EMPTY;
    }
    get prefix() {
        return prefixOf(this.name);
    }
    /** The attribute with this (unprefixed) name, matched exactly: XML names are case-sensitive. */
    attr(name) {
        return this.attributes.find((a) => a.name === name);
    }
    attrValue(name) {
        return this.attr(name)?.value;
    }
    /** The first child element with this local name. */
    child(local) {
        return this.elements.find((e) => e.local === local);
    }
    childrenNamed(local) {
        return this.elements.filter((e) => e.local === local);
    }
    /** Path of local names from the root, for messages and fingerprints: `ServiceDefinition/WebRole`. */
    get path() {
        const parts = [];
        for (let e = this; e; e = e.parent)
            parts.push(e.local);
        return parts.reverse().join('/');
    }
}
function localName(name) {
    const colon = name.indexOf(':');
    return colon < 0 ? name : name.slice(colon + 1);
}

;// CONCATENATED MODULE: ./.build/src/xml/fast-parse.js
/**
 * A scanner for the XML that service files are made of: an optional XML 1.0 declaration, elements
 * and attributes with ASCII names, quoted values, text, comments, CDATA sections, the five
 * predefined entities and character references. It builds the same tree, with the same positions,
 * as the saxes path of `parseXml`, in a fraction of the time: saxes reads one character at a time
 * through a state table, this reads markup with `indexOf` and tight loops.
 *
 * It does not report errors. Anything outside that subset or not well-formed (a DOCTYPE, a
 * processing instruction, a non-ASCII name, a character XML forbids, an undefined entity, a
 * mismatched tag, a limit reached, an undeclared prefix, a duplicate attribute, text outside the
 * root...) makes it return undefined, and `parseXml` then parses the file with saxes, which finds
 * and explains the problem. What it accepts, saxes accepts too, with the same result.
 */


/**
 * Characters XML 1.0 forbids (saxes stops at them), U+FEFF as the first character (saxes skips
 * it), and every surrogate: astral characters are rare in service files, and saxes reads a lone
 * surrogate in ways not worth copying.
 */
const OUTSIDE_SUBSET = /^\uFEFF|[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/;
/** The XML declaration in the order and shape saxes accepts, version 1.0 only. */
const DECLARATION = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(["'])1\.0\1(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(["'])(?:yes|no)\3)?[ \t\r\n]*\?>/y;
const DECIMAL_REF = /^#[0-9]+$/;
const HEX_REF = /^#x[0-9a-fA-F]+$/;
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const EQUALS = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const CR = 0x0d;
const LF = 0x0a;
const TAB = 0x09;
const SPACE = 0x20;
const RBRACKET = 0x5d;
/** XML's S: space, tab, line feed, carriage return. */
function isSpace(c) {
    return c === SPACE || c === LF || c === CR || c === TAB;
}
/** `[A-Za-z_]`: the first character of a name this scanner accepts. */
function isNameStart(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}
/** `[A-Za-z0-9._:-]`: the other characters of a name. */
function isNameChar(c) {
    return ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2e || c === 0x2d);
}
/** The index after the name characters from `i` on. */
function nameEnd(text, i) {
    while (isNameChar(text.charCodeAt(i)))
        i++;
    return i;
}
/**
 * The value of the reference that starts with the `&` at `amp` and ends before `limit`, or
 * undefined when it is not one of the predefined entities or a character reference to a character
 * XML allows. `refEnd` is set to the index after its `;`.
 */
let refEnd = 0;
function reference(text, amp, limit) {
    const semi = text.indexOf(';', amp + 1);
    // Longer references (leading zeros) are valid but left to saxes.
    if (semi < 0 || semi >= limit || semi - amp > 12)
        return undefined;
    refEnd = semi + 1;
    const name = text.slice(amp + 1, semi);
    switch (name) {
        case 'lt':
            return '<';
        case 'gt':
            return '>';
        case 'amp':
            return '&';
        case 'quot':
            return '"';
        case 'apos':
            return "'";
    }
    // Only a lowercase x introduces a hexadecimal reference (saxes refuses &#X41;).
    let code;
    if (HEX_REF.test(name))
        code = parseInt(name.slice(2), 16);
    else if (DECIMAL_REF.test(name))
        code = parseInt(name.slice(1), 10);
    else
        return undefined;
    const allowed = (code >= 0x20 && code <= 0xd7ff) ||
        code === LF ||
        code === CR ||
        code === TAB ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
    return allowed ? String.fromCodePoint(code) : undefined;
}
/**
 * Character data from `start` to `end` (the next `<`) as saxes reports it: CRLF and lone CR read as
 * LF, references resolved. Undefined when a reference is not understood or `]]>` occurs.
 */
function charData(text, start, end) {
    let k = start;
    for (; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c === AMP || c === CR)
            break;
        if (c === RBRACKET && text.charCodeAt(k + 1) === RBRACKET && text.charCodeAt(k + 2) === GT)
            return undefined;
    }
    if (k === end)
        return text.slice(start, end);
    let out = text.slice(start, k);
    let from = k;
    while (k < end) {
        const c = text.charCodeAt(k);
        if (c === AMP) {
            const value = reference(text, k, end);
            if (value === undefined)
                return undefined;
            out += text.slice(from, k) + value;
            k = from = refEnd;
        }
        else if (c === CR) {
            out += text.slice(from, k) + '\n';
            k = from = text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
        }
        else {
            if (c === RBRACKET && text.charCodeAt(k + 1) === RBRACKET && text.charCodeAt(k + 2) === GT)
                return undefined;
            k++;
        }
    }
    return out + text.slice(from, end);
}
/**
 * An attribute value between its quotes, from `start` to `end`, as saxes reports it: tab, LF, CR
 * and CRLF each read as one space, references resolved. Undefined when a `<` occurs or a reference
 * is not understood.
 */
function attributeValue(text, start, end) {
    let k = start;
    for (; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c === AMP || c === CR || c === LF || c === TAB || c === LT)
            break;
    }
    if (k === end)
        return text.slice(start, end);
    let out = text.slice(start, k);
    let from = k;
    while (k < end) {
        const c = text.charCodeAt(k);
        if (c === AMP) {
            const value = reference(text, k, end);
            if (value === undefined)
                return undefined;
            out += text.slice(from, k) + value;
            k = from = refEnd;
        }
        else if (c === CR || c === LF || c === TAB) {
            out += text.slice(from, k) + ' ';
            k = from = c === CR && text.charCodeAt(k + 1) === LF ? k + 2 : k + 1;
        }
        else if (c === LT) {
            return undefined;
        }
        else {
            k++;
        }
    }
    return out + text.slice(from, end);
}
/** The text of a comment or CDATA section, with CRLF and lone CR read as LF. */
function newlinesAsLf(s) {
    return s.indexOf('\r') < 0 ? s : s.replace(/\r\n?/g, '\n');
}
/** Parses `text`, or returns undefined to leave it to saxes (see above). Never throws. */
function parseXmlFast(file, text, lines, limits) {
    if (OUTSIDE_SUBSET.test(text))
        return undefined;
    const n = text.length;
    let i = 0;
    if (text.startsWith('<?')) {
        DECLARATION.lastIndex = 0;
        if (!DECLARATION.test(text))
            return undefined;
        i = DECLARATION.lastIndex;
    }
    const comments = [];
    const stack = [];
    const scopes = [documentScope()];
    let root;
    let elementCount = 0;
    const attributes = [];
    for (;;) {
        const lt = text.indexOf('<', i);
        const end = lt < 0 ? n : lt;
        if (end > i) {
            const top = stack[stack.length - 1];
            if (top === undefined) {
                // Outside the root element only white space may appear.
                for (let k = i; k < end; k++)
                    if (!isSpace(text.charCodeAt(k)))
                        return undefined;
            }
            else {
                const data = charData(text, i, end);
                if (data === undefined)
                    return undefined;
                top.text += data;
            }
        }
        if (lt < 0)
            break;
        const c = text.charCodeAt(lt + 1);
        if (c === SLASH) {
            // An end tag: the name of the open element, white space, ">".
            const top = stack[stack.length - 1];
            if (top === undefined)
                return undefined;
            const nameStart = lt + 2;
            if (!isNameStart(text.charCodeAt(nameStart)))
                return undefined;
            let j = nameEnd(text, nameStart + 1);
            if (j - nameStart !== top.name.length || !text.startsWith(top.name, nameStart))
                return undefined;
            let d = text.charCodeAt(j);
            while (isSpace(d))
                d = text.charCodeAt(++j);
            if (d !== GT)
                return undefined;
            j++;
            top.setEndTag(lt, j);
            stack.pop();
            scopes.pop();
            i = j;
            continue;
        }
        if (c === BANG) {
            if (text.startsWith('--', lt + 2)) {
                // The first "--" ends the comment and must be followed by ">".
                const dashes = text.indexOf('--', lt + 4);
                if (dashes < 0 || text.charCodeAt(dashes + 2) !== GT)
                    return undefined;
                // The same start the saxes path finds (it differs from `lt` for "<!-- a<!-->").
                const start = text.lastIndexOf('<!--', dashes + 1);
                comments.push({
                    text: newlinesAsLf(text.slice(lt + 4, dashes)),
                    span: lines.span(start, dashes + 2),
                    parent: stack[stack.length - 1],
                });
                i = dashes + 3;
                continue;
            }
            if (text.startsWith('[CDATA[', lt + 2)) {
                const top = stack[stack.length - 1];
                if (top === undefined)
                    return undefined;
                const close = text.indexOf(']]>', lt + 9);
                if (close < 0)
                    return undefined;
                top.text += newlinesAsLf(text.slice(lt + 9, close));
                i = close + 3;
                continue;
            }
            return undefined;
        }
        // A start tag (or a processing instruction, or something else, which is left to saxes).
        if (!isNameStart(c))
            return undefined;
        if (root !== undefined && stack.length === 0)
            return undefined;
        let j = nameEnd(text, lt + 2);
        const name = text.slice(lt + 1, j);
        let selfClosing = false;
        attributes.length = 0;
        // Names already used in this tag: a list is searched until there are many of them.
        let names;
        let d = text.charCodeAt(j);
        for (;;) {
            if (d === GT) {
                j++;
                break;
            }
            if (d === SLASH) {
                if (text.charCodeAt(j + 1) !== GT)
                    return undefined;
                j += 2;
                selfClosing = true;
                break;
            }
            // Anything else after a name or a value must be white space.
            if (!isSpace(d))
                return undefined;
            do
                d = text.charCodeAt(++j);
            while (isSpace(d));
            if (d === GT || d === SLASH)
                continue;
            if (!isNameStart(d))
                return undefined;
            const attrStart = j;
            j = nameEnd(text, j + 1);
            const attrName = text.slice(attrStart, j);
            if (names !== undefined) {
                if (names.has(attrName))
                    return undefined;
                names.add(attrName);
            }
            else {
                for (const a of attributes)
                    if (a.name === attrName)
                        return undefined;
                if (attributes.length >= 16)
                    names = new Set([...attributes.map((a) => a.name), attrName]);
            }
            d = text.charCodeAt(j);
            while (isSpace(d))
                d = text.charCodeAt(++j);
            if (d !== EQUALS)
                return undefined;
            d = text.charCodeAt(++j);
            while (isSpace(d))
                d = text.charCodeAt(++j);
            if (d !== DQUOTE && d !== SQUOTE)
                return undefined;
            const valueStart = j + 1;
            const close = text.indexOf(d === DQUOTE ? '"' : "'", valueStart);
            if (close < 0)
                return undefined;
            const value = attributeValue(text, valueStart, close);
            if (value === undefined)
                return undefined;
            attributes.push(new XmlAttribute(file, attrName, value, lines, attrStart, valueStart, close));
            j = close + 1;
            d = text.charCodeAt(j);
        }
        elementCount++;
        if (elementCount > limits.maxElements || stack.length >= limits.maxDepth)
            return undefined;
        const scope = elementScope(scopes[scopes.length - 1], attributes);
        const prefix = prefixOf(name);
        const uri = scope.get(prefix);
        if (uri === undefined && prefix !== '')
            return undefined;
        const parent = stack[stack.length - 1];
        const el = new XmlElement(file, name, uri ?? '', lines, lt, j, parent);
        for (const a of attributes) {
            a.owner = el;
            el.attributes.push(a);
        }
        if (parent)
            parent.elements.push(el);
        else
            root = el;
        if (selfClosing) {
            el.setEmpty();
        }
        else {
            stack.push(el);
            scopes.push(scope);
        }
        i = j;
    }
    if (root === undefined || stack.length !== 0)
        return undefined;
    return { root, comments };
}

;// CONCATENATED MODULE: ./.build/src/xml/lines.js
/** Maps offsets in a text to 1-based line and column; CRLF, LF and lone CR each end a line. */
class LineIndex {
    text;
    starts = [0];
    /** The line (0-based) of the last answer. */
    hint = 0;
    constructor(text) {
        this.text = text;
        // Found with indexOf, which is several times faster than looking at each character.
        const starts = this.starts;
        let lf = text.indexOf('\n');
        let cr = text.indexOf('\r');
        while (lf >= 0 || cr >= 0) {
            if (cr >= 0 && (lf < 0 || cr < lf)) {
                if (lf === cr + 1) {
                    starts.push(cr + 2);
                    lf = text.indexOf('\n', cr + 2);
                }
                else {
                    starts.push(cr + 1);
                }
                cr = text.indexOf('\r', cr + 1);
            }
            else {
                starts.push(lf + 1);
                lf = text.indexOf('\n', lf + 1);
            }
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        // The parser asks in document order, mostly for the line of its previous question or the
        // next one: try those before searching.
        const h = this.hint;
        const hs = this.starts[h];
        if (o >= hs) {
            const next = this.starts[h + 1];
            if (next === undefined || o < next)
                return { line: h + 1, column: o - hs + 1, offset: o };
            const after = this.starts[h + 2];
            if (after === undefined || o < after) {
                this.hint = h + 1;
                return { line: h + 2, column: o - next + 1, offset: o };
            }
        }
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        this.hint = lo;
        return { line: lo + 1, column: o - this.starts[lo] + 1, offset: o };
    }
    span(start, end) {
        return { start: this.position(start), end: this.position(end) };
    }
    /** The text of a 1-based line without its line break. */
    lineText(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return '';
        const next = this.starts[line];
        let end = next === undefined ? this.text.length : next;
        while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13))
            end--;
        return this.text.slice(start, end);
    }
}

;// CONCATENATED MODULE: ./.build/src/xml/parse.js






const DEFAULT_LIMITS = {
    maxBytes: 4 * 1024 * 1024,
    maxDepth: 64,
    maxElements: 100_000,
};
class Stop extends Error {
}
/**
 * Parses XML into a tree where every element, attribute and comment knows its line and column.
 * Never throws: anything wrong with the input is returned as one problem at the place it was found.
 * DTDs are refused outright, never read, so entity expansion attacks cannot start.
 */
function parseXml(file, bytes, limits = DEFAULT_LIMITS) {
    return parse(file, bytes, limits, true);
}
/**
 * `parseXml` without the fast scanner: every file goes through saxes. Only for the tests that
 * check the scanner gives the same result.
 */
function parseXmlWithSaxes(file, bytes, limits = DEFAULT_LIMITS) {
    return parse(file, bytes, limits, false);
}
function parse(file, bytes, limits, fast) {
    if (bytes.byteLength > limits.maxBytes) {
        return tooLarge(file, bytes.byteLength, limits.maxBytes);
    }
    const decoded = decodeXml(bytes);
    const text = decoded.text;
    const lines = new LineIndex(text);
    const comments = [];
    const problems = [];
    const base = { file, text, lines, encoding: decoded.encoding, comments };
    if (decoded.error) {
        const at = firstReplacement(text);
        problems.push({ code: 'encoding', fatal: true, message: decoded.error, at: lines.position(at) });
        return { ...base, root: undefined, problems };
    }
    const mismatch = declarationMismatch(decoded.encoding, text);
    if (mismatch)
        problems.push(mismatch(lines));
    // Ordinary service files are read by the scanner; anything it does not accept, saxes reads.
    const scanned = fast ? parseXmlFast(file, text, lines, limits) : undefined;
    if (scanned) {
        return { ...base, comments: scanned.comments, root: scanned.root, problems };
    }
    const parser = new saxes/* SaxesParser */.wT({ position: true });
    let root;
    const stack = [];
    const scopes = [documentScope()];
    let pendingAttributes = [];
    let tagStart = 0;
    let elementCount = 0;
    let lastClosed;
    const fail = (code, message, offset) => {
        problems.push({ code, fatal: true, message, at: lines.position(offset) });
        throw new Stop();
    };
    parser.on('error', (err) => {
        // saxes reports after consuming the offending character; point at it.
        let at = Math.max(0, parser.position - 1);
        const message = err.message.replace(/^\d+:\d+: /, '').replace(/\.$/, '');
        // saxes reads a bare "&" as the start of an entity and fails far away (at the next ";" or
        // the end of the file); the first bare "&" before that point is the real mistake.
        if (/entity|unclosed tag/.test(message)) {
            const amp = bareAmpersand(text, at);
            if (amp >= 0)
                fail('not-well-formed', '"&" must be written as &amp; (a bare & starts an entity reference)', amp);
        }
        const explained = explain(message, at);
        // A mismatched end tag, or a bad comment, is best shown where it starts.
        if (/close tag/.test(message))
            at = Math.max(0, text.lastIndexOf('</', at));
        if (message === 'malformed comment')
            at = Math.max(0, text.lastIndexOf('<!--', at));
        fail('not-well-formed', explained, at);
    });
    /** saxes' messages are terse; say what is wrong in the terms of the file. */
    const explain = (message, at) => {
        const ch = text[at];
        // saxes may already have closed the element the bad end tag was meant for.
        const open = lastClosed && lastClosed.position === parser.position ? lastClosed.el : stack[stack.length - 1];
        if (/close tag/.test(message)) {
            const m = /^<\/\s*([^\s>]*)/.exec(text.slice(text.lastIndexOf('</', at), at + 1));
            const closing = m?.[1] ?? '';
            if (open) {
                return `the end tag </${closing}> does not match the start tag <${open.name}> on line ${open.span.start.line}; make the names equal`;
            }
            return `the end tag </${closing}> has no start tag`;
        }
        if (message === 'disallowed character' && ch === '<' && pendingAttributes !== undefined && insideTag(at)) {
            return `"<" is not allowed in an attribute value; write it as &lt; (placeholders such as <your key> need &lt;your key&gt;)`;
        }
        if (message === 'disallowed character' && ch === '&')
            return `"&" must be written as &amp;`;
        if (message === 'malformed comment') {
            return `a comment may not contain "--" (XML 1.0 §2.5); in a cloudservice directive separate the reason with a single " - "`;
        }
        const unclosed = /^unclosed tag: (.*)$/.exec(message);
        const innermost = stack[stack.length - 1];
        if (unclosed && innermost) {
            return `the file ends before the end tag </${innermost.name}> of <${innermost.name}> on line ${innermost.span.start.line}: an end tag is missing or the file is cut short`;
        }
        if (/undefined entity/.test(message)) {
            return `${message}: only &lt; &gt; &amp; &quot; &apos; and character references are defined; write & as &amp;`;
        }
        return message;
    };
    /** True when the offset is inside a start tag (after its `<`, before its `>`). */
    const insideTag = (at) => {
        const lt = text.lastIndexOf('<', at - 1);
        const gt = text.lastIndexOf('>', at - 1);
        return lt > gt;
    };
    parser.on('doctype', () => {
        const at = text.lastIndexOf('<!DOCTYPE', parser.position);
        fail('dtd-forbidden', 'the file has a document type declaration (DOCTYPE); service files never need one, and DTDs can define entities that expand without bound. Remove it', at < 0 ? 0 : at);
    });
    parser.on('opentagstart', () => {
        tagStart = text.lastIndexOf('<', parser.position - 1);
        pendingAttributes = [];
    });
    parser.on('attribute', (a) => {
        const end = parser.position; // just after the closing quote
        const quote = text[end - 1];
        const valueStart = text.lastIndexOf(quote, end - 2) + 1;
        let i = valueStart - 2; // before the opening quote
        while (i > tagStart && isSpaceOrEquals(text.charCodeAt(i)))
            i--;
        const nameStart = i - a.name.length + 1;
        pendingAttributes.push(new XmlAttribute(file, a.name, a.value, lines, nameStart, valueStart, end - 1));
    });
    parser.on('opentag', (tag) => {
        elementCount++;
        if (elementCount > limits.maxElements) {
            fail('too-large', `more than ${limits.maxElements} elements; a service file never has that many`, tagStart);
        }
        if (stack.length >= limits.maxDepth) {
            fail('too-large', `elements nested deeper than ${limits.maxDepth} levels`, tagStart);
        }
        const scope = elementScope(scopes[scopes.length - 1], pendingAttributes);
        scopes.push(scope);
        const prefix = prefixOf(tag.name);
        const uri = scope.get(prefix);
        if (uri === undefined && prefix !== '') {
            fail('not-well-formed', `the namespace prefix "${prefix}" is not declared`, tagStart);
        }
        const parent = stack[stack.length - 1];
        const el = new XmlElement(file, tag.name, uri ?? '', lines, tagStart, parser.position, parent);
        for (const a of pendingAttributes)
            a.owner = el;
        el.attributes.push(...pendingAttributes);
        pendingAttributes = [];
        if (parent)
            parent.elements.push(el);
        else
            root = el;
        stack.push(el);
        if (tag.isSelfClosing)
            el.setEmpty();
    });
    parser.on('closetag', (tag) => {
        const el = stack.pop();
        if (el)
            lastClosed = { el, position: parser.position };
        scopes.pop();
        if (el && !tag.isSelfClosing) {
            const start = text.lastIndexOf('</', parser.position - 1);
            el.setEndTag(start, parser.position);
        }
    });
    parser.on('text', (t) => {
        const el = stack[stack.length - 1];
        if (el)
            el.text += t;
    });
    parser.on('cdata', (t) => {
        const el = stack[stack.length - 1];
        if (el)
            el.text += t;
    });
    parser.on('comment', (c) => {
        const end = parser.position;
        const start = text.lastIndexOf('<!--', end - 1);
        comments.push({ text: c, span: lines.span(start, end), parent: stack[stack.length - 1] });
    });
    try {
        parser.write(text).close();
    }
    catch (err) {
        if (!(err instanceof Stop)) {
            problems.push({
                code: 'not-well-formed',
                fatal: true,
                message: err instanceof Error ? err.message : String(err),
                at: lines.position(Math.max(0, parser.position - 1)),
            });
        }
        return { ...base, root: undefined, problems };
    }
    return { ...base, root, problems };
}
function tooLarge(file, size, max) {
    const lines = new LineIndex('');
    return {
        file,
        text: '',
        lines,
        encoding: undefined,
        root: undefined,
        comments: [],
        problems: [
            {
                code: 'too-large',
                fatal: true,
                message: `the file is ${size} bytes, over the ${max}-byte limit for a service file; it was not read`,
                at: lines.position(0),
            },
        ],
    };
}
/**
 * A byte-order mark that contradicts the declared encoding: the BOM is believed (the file would
 * not decode otherwise), but stricter parsers (expat, .NET in some modes) refuse such a file.
 */
function declarationMismatch(enc, text) {
    if (!enc.declared)
        return undefined;
    const declared = enc.declared.toLowerCase().replace(/[_\s]/g, '-');
    const family = declared.startsWith('utf-16') || declared === 'unicode' ? 'utf-16' : declared.startsWith('utf-8') ? 'utf-8' : undefined;
    if (!family)
        return undefined;
    const actual = enc.detected.startsWith('utf-16') ? 'utf-16' : enc.detected === 'utf-8' ? 'utf-8' : undefined;
    if (!actual || actual === family)
        return undefined;
    const at = Math.max(0, text.indexOf(enc.declared));
    const how = enc.bom ? 'its byte-order mark says' : 'its bytes are';
    return (lines) => ({
        code: 'encoding-mismatch',
        fatal: false,
        message: `the declaration says encoding="${enc.declared}" but ${how} ${enc.detected.toUpperCase()}; save the file as UTF-8 with encoding="utf-8"`,
        at: lines.position(at),
    });
}
/**
 * Offset of the first "&" before `limit` that does not start a character or entity reference,
 * outside comments, CDATA sections and processing instructions; -1 when there is none.
 */
function bareAmpersand(text, limit) {
    const ref = /^&(?:#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z_:][A-Za-z0-9._:-]*);/;
    for (let i = 0; i <= limit && i < text.length; i++) {
        const c = text[i];
        if (c === '<') {
            const skip = text.startsWith('<!--', i) ? '-->' : text.startsWith('<![CDATA[', i) ? ']]>' : text.startsWith('<?', i) ? '?>' : undefined;
            if (skip) {
                const end = text.indexOf(skip, i);
                if (end < 0)
                    return -1;
                i = end + skip.length - 1;
            }
        }
        else if (c === '&' && !ref.test(text.slice(i, i + 40))) {
            return i;
        }
    }
    return -1;
}
/** `/[\s=]/` for one UTF-16 code unit, without a regular expression per character. */
function isSpaceOrEquals(c) {
    if (c === 0x3d || c === 0x20 || (c >= 0x09 && c <= 0x0d))
        return true;
    return c >= 0xa0 && /\s/.test(String.fromCharCode(c));
}
function firstReplacement(text) {
    const i = text.indexOf('\uFFFD');
    return i < 0 ? 0 : i;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./.build/src/xml/file.js



/**
 * Reads and parses one file. The size is checked before anything is read, so a huge or endless
 * file costs nothing; a file that cannot be read becomes a document with one problem.
 */
function parseXmlFile(path, displayName, limits = DEFAULT_LIMITS) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return unreadable(displayName, 'it is not a regular file');
        if (st.size > limits.maxBytes) {
            return problemDoc(displayName, 'too-large', `the file is ${st.size} bytes, over the ${limits.maxBytes}-byte limit for a service file; it was not read`);
        }
        const buf = Buffer.alloc(st.size);
        let read = 0;
        while (read < st.size) {
            const n = (0,external_node_fs_.readSync)(fd, buf, read, st.size - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return parseXml(displayName, buf.subarray(0, read), limits);
    }
    catch (err) {
        const code = err.code;
        return unreadable(displayName, code === 'ENOENT' ? 'the file does not exist' : `it could not be read (${code ?? String(err)})`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function unreadable(file, why) {
    return problemDoc(file, 'unreadable', why);
}
function problemDoc(file, code, message) {
    const lines = new LineIndex('');
    return { file, text: '', lines, encoding: undefined, root: undefined, comments: [], problems: [{ code, fatal: true, message, at: lines.position(0) }] };
}

;// CONCATENATED MODULE: ./.build/src/xml/index.js







/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(1906);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
