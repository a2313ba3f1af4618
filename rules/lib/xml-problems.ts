/** The XML rules report the parser's problems; this finds them in every file of a service. */
import { serviceDocuments, type RuleContext, type Service, type XmlProblemCode } from '../../src/lint/rule-api.js';

export function reportXmlProblems(
  service: Service,
  ctx: RuleContext<unknown>,
  codes: readonly XmlProblemCode[],
  message: (text: string) => string = (text) => text,
): void {
  for (const doc of serviceDocuments(service)) {
    for (const p of doc.problems) {
      if (codes.includes(p.code)) ctx.report({ at: { file: doc.file, span: { start: p.at, end: p.at } }, message: message(p.message) });
    }
  }
}
