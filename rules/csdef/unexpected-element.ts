import { defineRule, isRoleKindName, NS, ROLE_ELEMENTS, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const ROOT_CHILDREN = ['LoadBalancerProbes', 'WebRole', 'WorkerRole', 'VirtualMachineRole', 'NetworkTrafficRules'];

export default defineRule({
  meta: {
    id: 'CSDEF-unexpected-element',
    shortDescription: 'An element is not allowed where it stands in the service definition',
    fullDescription:
      'Each role kind has its own set of child elements, each allowed at most once: a WorkerRole cannot hold Sites, a role cannot have two Startup blocks, and every element must be in the service definition namespace. The VirtualMachineRole is checked against its own 2012 schema.',
    help: help({
      why: 'Role children form an xs:all group: any order, each at most once. Elements outside the set, or repeated, fail schema validation; a second block is silently not what the author meant.',
      bad: '<WorkerRole name="w">\n  <Startup>...</Startup>\n  <Startup>...</Startup>\n  <Sites>...</Sites>\n</WorkerRole>',
      good: '<WorkerRole name="w">\n  <Startup>...all tasks...</Startup>\n</WorkerRole>',
      notes:
        'A WebRole without Sites is accepted: the SDK 2.4 XSD marks Sites required, but Microsoft\'s docs describe a web role without Sites (legacy Hosted Web Core mode), and so do real files. This rule follows the docs.',
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
    if (!def || def.el.uri !== NS.definition) return;
    checkChildren(def.el, ROOT_CHILDREN, false, ctx.report);
    for (const role of def.el.elements) {
      if (!isRoleKindName(role.local)) continue;
      checkChildren(role, ROLE_ELEMENTS[role.local], true, ctx.report);
    }
  },
});

function checkChildren(
  parent: XmlElement,
  allowed: readonly string[],
  once: boolean,
  report: (r: { at: XmlElement; message: string }) => void,
): void {
  const seen = new Set<string>();
  for (const child of parent.elements) {
    if (child.uri !== NS.definition) {
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
