import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { reportXmlProblems } from '../lib/xml-problems.js';

export default defineRule({
  meta: {
    id: 'XML-file-too-large',
    shortDescription: 'The file is too large or too deeply nested to be a service file',
    fullDescription:
      'Real service definitions and configurations are a few kilobytes. A file over 4 MiB, with more than 100,000 elements or nested deeper than 64 levels is refused without being read in full, so a generated or hostile file cannot exhaust memory.',
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
});
