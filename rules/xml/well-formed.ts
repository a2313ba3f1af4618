import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { reportXmlProblems } from '../lib/xml-problems.js';

export default defineRule({
  meta: {
    id: 'XML-well-formed',
    shortDescription: 'The file is not well-formed XML',
    fullDescription:
      'The file could not be parsed as XML: a misspelt end tag, an unescaped < or & in an attribute value, invalid bytes for its encoding, or a file that cannot be read. Nothing else in the file is checked until it parses, and Azure, CSPack and Visual Studio reject it too.',
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
});
