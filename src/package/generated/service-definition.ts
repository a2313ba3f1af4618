import type { RolePlan, ServicePlan } from '../layout.js';
import { CSDEF_NS } from '../format.js';
import { el, INDENTED, xmlDocument, type XNode } from '../xml-out.js';
import { copyElement, XSD_XSI } from './copy.js';
import { declared, settingNames, type Declared } from './endpoints.js';

/** Ordinal order, as .NET's string comparison does it for the names CSPack sorts. */
function ordinal(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A declared element copied under its packaged name (a module's names get the module's namespace). */
function renamed(d: Declared, extra: ReadonlyArray<readonly [string, string | undefined]> = []): XNode {
  const copy = copyElement(d.element);
  return { ...copy, attrs: [...copy.attrs.map(([k, v]) => [k, k === 'name' ? d.name : v] as const), ...extra] };
}

// CSPack groups endpoints by kind (input, internal, instance input) whatever the csdef's order: a
// role with an input endpoint, then instance input endpoints, importing RemoteAccess, came out as
// input, RemoteAccess's internal Rdp, instance inputs.
const ENDPOINT_KINDS = ['InputEndpoint', 'InternalEndpoint', 'InstanceInputEndpoint'];

function endpoints(role: RolePlan): XNode[] {
  return ENDPOINT_KINDS.flatMap((kind) =>
    declared(role, 'Endpoints', kind, (m) => m.endpoints).map((d) =>
      kind === 'InputEndpoint' && d.element.attrValue('localPort') === undefined ? renamed(d, [['localPort', d.element.attrValue('port')]]) : renamed(d),
    ),
  );
}

/**
 * The packaged `ServiceDefinition.csdef`: each role keeps only what Azure needs outside the role
 * (local storage with CSPack's DiagnosticStore, settings, endpoints with explicit local ports,
 * certificates), with what its imported modules add; tasks, runtime and sites moved to RoleModel.xml.
 */
export function packagedCsdefXml(plan: ServicePlan): Buffer {
  const rootAttrs = plan.root.attributes.filter((a) => a.name !== 'xmlns' && !a.name.startsWith('xmlns:')).map((a) => [a.name, a.value] as const);
  return xmlDocument(
    el('ServiceDefinition', [...XSD_XSI, ...rootAttrs, ['xmlns', CSDEF_NS]], plan.roles.map((role) => {
      const e = role.element;
      const stores = declared(role, 'LocalResources', 'LocalStorage', (m) => m.localStorage).filter((s) => s.name !== 'DiagnosticStore');
      return el(e.local, [['name', role.name], ['vmsize', e.attrValue('vmsize')]], [
        el('LocalResources', [], [
          ...stores.map((s) => renamed(s)),
          el('LocalStorage', [['name', 'DiagnosticStore'], ['sizeInMB', '4096'], ['cleanOnRoleRecycle', 'false']]),
        ]),
        // Sorted: CSPack lists the role's settings and its modules' in one ordinal order.
        el('ConfigurationSettings', [], [...settingNames(role)].sort(ordinal).map((name) => el('Setting', [['name', name]]))),
        el('Endpoints', [], endpoints(role)),
        // A module certificate's permissionLevel goes to RuntimeSetup.Manifest only: CSPack's packaged
        // csdef lists RemoteAccess's PasswordEncryption (elevated) without it.
        el('Certificates', [], declared(role, 'Certificates', 'Certificate', (m) => m.certificates).map((c) => {
          const node = renamed(c);
          return c.module ? { ...node, attrs: node.attrs.filter(([k]) => k !== 'permissionLevel') } : node;
        })),
      ]);
    })),
    INDENTED,
  );
}
