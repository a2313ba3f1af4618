import type { RolePlan, ServicePlan } from '../layout.js';
import { el, INDENTED, xmlDocument, type XNode } from '../xml-out.js';
import { certificates, inputEndpoints, internalEndpoints, localStores, settingNames } from './endpoints.js';
import { XSD_XSI } from './copy.js';
import { memIndex } from './sdk-rules.js';

const RDSM_NS = 'http://schemas.microsoft.com/dsltools/RDSM';
const CONTRACTS_NS = 'http://schemas.microsoft.com/dsltools/Contracts';
const GFR = [['generation', '1'], ['functional', '0'], ['release', '0']] as const;

export interface ServiceModelIds {
  /** `Id` of the root, of the implementation, and of each interface reference (`Role:Endpoint`). */
  readonly model: string;
  readonly implementation: string;
  interfaceReference(roleEndpoint: string): string;
  /** Role name → its package part name (`<Role>_<guid>.cssx`). */
  software(role: string): string;
}

/** CSPack's generator lists names in ordinal order (seen in every multi-item .rd). */
function byName<T>(items: T[], name: (t: T) => string): T[] {
  return [...items].sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
}

interface RoleModelInfo {
  readonly plan: RolePlan;
  readonly inputs: ReturnType<typeof inputEndpoints>;
  readonly internals: ReturnType<typeof internalEndpoints>;
  readonly settings: string[];
  readonly stores: ReturnType<typeof localStores>;
  readonly certs: ReturnType<typeof certificates>;
}

/** `ServiceDefinition.rd`, the RDSM service model Azure's fabric reads. */
export function serviceModelXml(plan: ServicePlan, ids: ServiceModelIds): Buffer {
  const s = plan.name;
  const g = `${s}Group`;
  const moniker = (tail: string): string => `/${s}/${g}/${tail}`;
  const roles: RoleModelInfo[] = byName(plan.roles, (r) => r.name).map((r) => ({
    plan: r,
    inputs: inputEndpoints(r),
    internals: internalEndpoints(r),
    settings: settingNames(r),
    stores: localStores(r),
    certs: certificates(r),
  }));
  const publicPorts = byName(roles.flatMap((r) => r.inputs.map((e) => ({ role: r.plan.name, ...e, key: `${r.plan.name}:${e.name}` }))), (p) => p.key);
  const switchPorts = byName(roles.flatMap((r) => r.internals.map((e) => ({ role: r.plan.name, ...e, key: `${r.plan.name}:${e.name}` }))), (p) => p.key);
  const modelData = (current: string): string =>
    `<m role="${current}" xmlns="urn:azure:m:v1">` +
    roles
      .map((r) => {
        const names = byName([...r.inputs, ...r.internals].map((e) => e.name), (n) => n);
        return names.length ? `<r name="${r.plan.name}">${names.map((n) => `<e name="${n}" />`).join('')}</r>` : `<r name="${r.plan.name}" />`;
      })
      .join('') +
    '</m>';

  const groupSettings = byName(
    roles.flatMap((r) => [
      ...r.certs.map((c) => ({ name: `Certificate|${r.plan.name}:${c.name}`, defaultValue: '' })),
      ...r.settings.map((st) => ({ name: `${r.plan.name}:${st}`, defaultValue: '' })),
      { name: `${r.plan.name}Instances`, defaultValue: '[1,1,1]' },
    ]),
    (x) => x.name,
  );
  const maps = byName(
    roles.flatMap((r) => [
      ...r.certs.map((c) => ({ name: `MapCertificate|${r.plan.name}:${c.name}`, target: el('certificate', [], [el('certificateMoniker', [['name', moniker(`${r.plan.name}/${c.name}`)]])]) })),
      ...r.settings.map((st) => ({ name: `Map${r.plan.name}:${st}`, target: el('setting', [], [el('aCSMoniker', [['name', moniker(`${r.plan.name}/${st}`)]])]) })),
      { name: `Map${r.plan.name}Instances`, target: el('setting', [], [el('sCSPolicyIDMoniker', [['name', moniker(`${r.plan.name}Instances`)]])]) },
    ]),
    (x) => x.name,
  );
  const outPorts = switchPorts.map((p) =>
    el('outPort', [['name', p.key], ['protocol', p.protocol]], [el('outToChannel', [], [el('sFSwitchChannelMoniker', [['name', moniker(`SW:${p.key}`)]])])]),
  );

  const group = el('group', [['name', g], ...GFR], [
    el('componentports', [], publicPorts.map((p) =>
      el('inPort', [['name', p.key], ['protocol', p.protocol]], [el('inToChannel', [], [el('lBChannelMoniker', [['name', moniker(`LB:${p.key}`)]])])]),
    )),
    el('settings', [], groupSettings.map((x) => el('aCS', [['name', x.name], ['defaultValue', x.defaultValue]], [el('maps', [], [el('mapMoniker', [['name', moniker(`Map${x.name}`)]])])]))),
    el('channels', [], [
      ...publicPorts.map((p) => el('lBChannel', [['name', `LB:${p.key}`]], [el('toPorts', [], [el('inPortMoniker', [['name', moniker(`${p.role}/${p.name}`)]])])])),
      ...switchPorts.map((p) => el('sFSwitchChannel', [['name', `SW:${p.key}`]], [el('toPorts', [], [el('inPortMoniker', [['name', moniker(`${p.role}/${p.name}`)]])])])),
    ]),
    el('maps', [], maps.map((m) => el('map', [['name', m.name], ['kind', 'Identity']], [m.target]))),
    el('components', [], roles.map((r) => {
      const web = r.plan.kind === 'web';
      // Input endpoints, then internal ones, each in name order: CSPack wrote a role's
      // RemoteForwarder.RdpInput before RemoteAccess.Rdp. A local port of `*` (Azure chooses) has no range.
      const ports = [
        ...byName(r.inputs.map((e) => ({ ...e, range: e.localPort === '*' ? '' : e.localPort })), (e) => e.name),
        ...byName(r.internals.map((e) => ({ ...e, range: e.port })), (e) => e.name),
      ];
      const roleNode: XNode = el('role', [
        ['name', r.plan.name],
        ...GFR,
        ['software', ids.software(r.plan.name)],
        ['entryPoint', 'base\\x64\\WaHostBootstrapper.exe'],
        ['parameters', web ? 'base\\x64\\WaIISHost.exe ' : 'base\\x64\\WaWorkerHost.exe '],
        ['memIndex', memIndex(plan.kit.version, r.plan.element.attrValue('vmsize'))],
        ['hostingEnvironment', web ? 'frontendadmin' : 'consoleroleadmin'],
        ['hostingEnvironmentVersion', '2'],
      ], [
        el('componentports', [], [
          ...ports.map((e) => el('inPort', [['name', e.name], ['protocol', e.protocol], ['portRanges', e.range || undefined]])),
          ...outPorts,
        ]),
        el('settings', [], [
          ...byName(r.settings, (x) => x).map((st) => el('aCS', [['name', st], ['defaultValue', '']])),
          el('aCS', [['name', '__ModelData'], ['defaultValue', modelData(r.plan.name)]]),
        ]),
        el('resourcereferences', [], [
          el('resourceReference', [['name', 'DiagnosticStore'], ['defaultAmount', '[4096,4096,4096]'], ['defaultSticky', 'true'], ['kind', 'Directory']]),
          ...r.stores.filter((st) => st.name !== 'DiagnosticStore').map((st) =>
            el('resourceReference', [['name', st.name], ['defaultAmount', `[${st.sizeInMB},${st.sizeInMB},${st.sizeInMB}]`], ['defaultSticky', st.cleanOnRoleRecycle === 'false' ? 'true' : 'false'], ['kind', 'Directory']]),
          ),
          el('resourceReference', [['name', 'EventStore'], ['defaultAmount', '[1000,1000,1000]'], ['defaultSticky', 'false'], ['kind', 'LogStore']]),
        ]),
        r.certs.length > 0 &&
          el('storedcertificates', [], r.certs.map((c, i) =>
            el('storedCertificate', [['name', `Stored${i}${c.name}`], ['certificateStore', c.storeName], ['certificateLocation', c.storeLocation === 'CurrentUser' ? 'User' : 'System']], [
              el('certificate', [], [el('certificateMoniker', [['name', moniker(`${r.plan.name}/${c.name}`)]])]),
            ]),
          )),
        r.certs.length > 0 && el('certificates', [], r.certs.map((c) => el('certificate', [['name', c.name]]))),
      ]);
      return el('groupHascomponents', [], [
        roleNode,
        el('sCSPolicy', [], [
          el('sCSPolicyIDMoniker', [['name', moniker(`${r.plan.name}Instances`)]]),
          el('sCSPolicyUpdateDomainMoniker', [['name', moniker(`${r.plan.name}UpgradeDomains`)]]),
          el('sCSPolicyFaultDomainMoniker', [['name', moniker(`${r.plan.name}FaultDomains`)]]),
        ]),
      ]);
    })),
    el('sCSPolicy', [], [
      ...roles.map((r) => el('sCSPolicyUpdateDomain', [['name', `${r.plan.name}UpgradeDomains`], ['defaultPolicy', '[5,5,5]']])),
      ...roles.map((r) => el('sCSPolicyFaultDomain', [['name', `${r.plan.name}FaultDomains`], ['defaultPolicy', '[2,2,2]']])),
      ...roles.map((r) => el('sCSPolicyID', [['name', `${r.plan.name}Instances`], ['defaultPolicy', '[1,1,1]']])),
    ]),
  ]);
  const implementsNode = el('implements', [], [
    el('implementation', [['Id', ids.implementation], ['ref', `Microsoft.RedDog.Contract\\ServiceContract\\${s}Contract@ServiceDefinition`]], [
      el('interfacereferences', [], publicPorts.map((p) =>
        el('interfaceReference', [['Id', ids.interfaceReference(p.key)], ['ref', `Microsoft.RedDog.Contract\\Interface\\${p.key}@ServiceDefinition`]], [
          el('inPort', [], [el('inPortMoniker', [['name', moniker(p.key)]])]),
        ]),
      )),
    ]),
  ]);
  return xmlDocument(
    el('serviceModel', [...XSD_XSI, ['name', s], ...GFR, ['Id', ids.model], ['dslVersion', '1.2.0.0'], ['xmlns', RDSM_NS]], [el('groups', [], [group]), implementsNode]),
    // CSPack writes the .rd without byte-order mark and with an encoding-less declaration.
    { bom: false, declaration: '<?xml version="1.0"?>', indented: true },
  );
}

/** `ServiceDefinition.rdsc`, the service contract: one interface per public endpoint. */
export function serviceContractXml(plan: ServicePlan): Buffer {
  const ports = byName(plan.roles.flatMap((r) => inputEndpoints(r).map((e) => ({ key: `${r.name}:${e.name}`, ...e }))), (p) => p.key);
  return xmlDocument(
    el('serviceContract', [...XSD_XSI, ['dslVersion', '1.0.0.0'], ['name', `${plan.name}Contract`], ['xmlns', CONTRACTS_NS]], [
      el('elements', [], ports.map((p) => el('interface', [['name', p.key], ['url', `${p.protocol}://*:${p.port}`]]))),
    ]),
    INDENTED,
  );
}
