export { parseXml, DEFAULT_LIMITS } from './parse.js';
export type { XmlDocument, XmlLimits } from './parse.js';
export { XmlAttribute, XmlElement } from './element.js';
export { LineIndex } from './lines.js';
export { decodeXml } from './decode.js';
export type { Position, Span, XmlComment, XmlProblem, XmlProblemCode, EncodingInfo } from './types.js';
export { parseXmlFile } from './file.js';
