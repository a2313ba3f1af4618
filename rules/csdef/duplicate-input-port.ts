import { defineRule, findImportModule } from '../../src/lint/rule-api.js';
import type { XmlAttribute, XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt } from '../lib/schema.js';

interface PortUse {
  readonly role: string;
  readonly what: string;
  readonly at: XmlElement | XmlAttribute;
  readonly line: number;
  /** The plug-in whose fixed port this is; its port cannot be changed, only where it is imported. */
  readonly plugin?: string;
}

export default defineRule({
  meta: {
    id: 'CSDEF-duplicate-input-port',
    shortDescription: 'Two input endpoints of the service use the same public port',
    fullDescription:
      "Input endpoint ports are the service's public ports on its load balancer: each may be used once per service, across all roles. The RemoteForwarder plug-in takes port 3389 as well.",
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
    const used = new Map<number, PortUse>();
    for (const role of service.definition?.roles ?? []) {
      const uses: { port: number; use: PortUse }[] = [];
      // Plug-in ports first: their ports are fixed, so a colliding endpoint of the role is what moves.
      for (const i of role.imports) {
        const m = i.moduleName ? findImportModule(i.moduleName) : undefined;
        for (const ep of m?.endpoints ?? []) {
          if (ep.kind === 'InputEndpoint') {
            uses.push({ port: ep.port, use: { role: role.name ?? '?', what: `the ${m?.name} plug-in`, at: i.el, line: i.el.span.start.line, plugin: m?.name } });
          }
        }
      }
      for (const e of role.endpoints) {
        if (e.kind !== 'InputEndpoint') continue;
        const port = parseXsInt(e.port ?? '');
        if (port === undefined) continue;
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
        } else used.set(port, use);
      }
    }
  },
});

/** What to change: a plug-in's port is fixed, so the endpoint moves or the plug-in is imported once. */
function advice(use: PortUse, prev: PortUse): string {
  if (!use.plugin) return 'use another port';
  if (prev.plugin === use.plugin) return `import ${use.plugin} in one role only`;
  return `give ${prev.what} another port`;
}
