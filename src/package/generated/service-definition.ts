import type { ServicePlan } from '../layout.js';
import { CSDEF_NS } from '../format.js';
import { el, INDENTED, xmlDocument } from '../xml-out.js';
import { copyElement, XSD_XSI } from './copy.js';

/**
 * The packaged `ServiceDefinition.csdef`: each role keeps only what Azure needs outside the role
 * (local storage with CSPack's DiagnosticStore, settings, endpoints with explicit local ports,
 * certificates); tasks, runtime and sites moved to RoleModel.xml.
 */
export function packagedCsdefXml(plan: ServicePlan): Buffer {
  const rootAttrs = plan.root.attributes.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:')).map((a) => [a.name, a.value] as const);
  return xmlDocument(
    el('ServiceDefinition', [...XSD_XSI, ...rootAttrs, ['xmlns', CSDEF_NS]], plan.roles.map((role) => {
      const e = role.element;
      const user = (e.child('LocalResources')?.childrenNamed('LocalStorage') ?? []).filter((s) => s.attrValue('name') !== 'DiagnosticStore');
      return el(e.local, [['name', role.name], ['vmsize', e.attrValue('vmsize')]], [
        el('LocalResources', [], [
          ...user.map(copyElement),
          el('LocalStorage', [['name', 'DiagnosticStore'], ['sizeInMB', '4096'], ['cleanOnRoleRecycle', 'false']]),
        ]),
        el('ConfigurationSettings', [], (e.child('ConfigurationSettings')?.childrenNamed('Setting') ?? []).map(copyElement)),
        el('Endpoints', [], (e.child('Endpoints')?.elements ?? []).map((ep) => {
          if (ep.local !== 'InputEndpoint') return copyElement(ep);
          const attrs = ep.attributes.filter((a) => !a.name.startsWith('xmlns')).map((a) => [a.name, a.value] as const);
          return el('InputEndpoint', ep.attrValue('localPort') === undefined ? [...attrs, ['localPort', ep.attrValue('port')]] : attrs);
        })),
        el('Certificates', [], (e.child('Certificates')?.elements ?? []).map(copyElement)),
      ]);
    })),
    INDENTED,
  );
}
