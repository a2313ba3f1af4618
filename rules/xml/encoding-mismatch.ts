import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { reportXmlProblems } from '../lib/xml-problems.js';

export default defineRule({
  meta: {
    id: 'XML-encoding-mismatch',
    shortDescription: 'The XML declaration names another encoding than the file has',
    fullDescription:
      'The byte-order mark (or the bytes themselves) say one encoding and the XML declaration another, for instance a UTF-16 file that declares encoding="utf-8". The file is read by its byte-order mark, but strict parsers such as expat refuse it, so other tools in the pipeline may fail on it.',
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
});
