/** Endpoint counting shared by the limit rules. Imports nothing but the rule API. */
import { findImportModule, type EndpointKind, type Role, type XmlElement } from '../../src/lint/rule-api.js';

/** Every endpoint of a kind the role has, the ones its plug-ins add included (pointing at the Import). */
export function endpointsOf(role: Role, kind: EndpointKind): { at: XmlElement; plugin: boolean }[] {
  const out = role.endpoints.filter((e) => e.kind === kind).map((e) => ({ at: e.el, plugin: false }));
  for (const i of role.imports) {
    const m = i.moduleName ? findImportModule(i.moduleName) : undefined;
    for (const ep of m?.endpoints ?? []) if (ep.kind === kind) out.push({ at: i.el, plugin: true });
  }
  return out;
}
