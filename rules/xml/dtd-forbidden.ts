import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { reportXmlProblems } from '../lib/xml-problems.js';

export default defineRule({
  meta: {
    id: 'XML-dtd-forbidden',
    shortDescription: 'The file has a document type declaration',
    fullDescription:
      'Service files never need a DOCTYPE. A DTD can declare entities that expand without bound (the "billion laughs" attack) or pull in external files, so the file is refused unread and nothing else in it is checked.',
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
});
