import { defineRule, findImportModule, type ServiceConfiguration, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt } from '../lib/schema.js';

/** Remote administration ports: SSH, Telnet, Remote Desktop, WinRM. */
const ADMIN_PORTS: Readonly<Record<number, string>> = { 22: 'SSH', 23: 'Telnet', 3389: 'Remote Desktop', 5985: 'WinRM', 5986: 'WinRM' };
const ANYWHERE = /^(0\.0\.0\.0\/0|\*|any|internet)$/i;

interface Exposure {
  readonly role: string;
  readonly endpoint: string;
  readonly what: string;
  readonly at: XmlElement;
}

export default defineRule({
  meta: {
    id: 'SEC-open-admin-port',
    shortDescription: 'A remote administration port is open to the whole internet',
    fullDescription:
      'Input endpoints on Remote Desktop (3389, also opened by the RemoteForwarder plug-in), SSH, Telnet or WinRM ports, and instance input endpoints (one public port straight to each instance), are reachable from any address unless an EndpointAcl in the deployed configuration restricts them. An ACL whose permit rule covers 0.0.0.0/0 restricts nothing.',
    help: help({
      why: 'Internet-wide scanners find open RDP and WinRM ports within minutes and start guessing passwords. Restrict them to the addresses administrators connect from.',
      bad: '<!-- .csdef --> <InputEndpoint name="Rdp" protocol="tcp" port="3389" />\n<!-- .cscfg: no EndpointAcls -->',
      good: '<NetworkConfiguration>\n  <AccessControls>\n    <AccessControl name="admins">\n      <Rule action="permit" order="100" remoteSubnet="203.0.113.0/24" description="office" />\n    </AccessControl>\n  </AccessControls>\n  <EndpointAcls>\n    <EndpointAcl role="Web" endPoint="Rdp" accessControl="admins" />\n  </EndpointAcls>\n</NetworkConfiguration>',
      notes: 'Decision on an inference rule: a note in the strict preset. Only deployed configurations (not Local ones) are read for ACLs; a network security group outside these files may already restrict the port, in which case suppress the finding with that reason.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-networkconfiguration.md (AccessControls, EndpointAcls)'],
    catalog: 'SEC-008',
    tags: ['security'],
    precision: 'medium',
    defaultLevel: 'note',
    recommended: false,
    securitySeverity: 5.0,
  },
  check(service, ctx) {
    const def = service.definition;
    if (!def) return;
    const deployed = service.configurations.filter((c) => !c.isLocal);
    if (service.configurations.length > 0 && deployed.length === 0) return;
    const exposures: Exposure[] = [];
    for (const role of def.roles) {
      const roleName = role.name ?? '?';
      for (const e of role.endpoints) {
        if (e.kind === 'InstanceInputEndpoint') {
          exposures.push({ role: roleName, endpoint: e.name ?? '?', what: 'instance input endpoint', at: e.el });
        } else if (e.kind === 'InputEndpoint') {
          const port = [parseXsInt(e.port ?? ''), parseXsInt(e.localPort ?? '')].find((p) => p !== undefined && ADMIN_PORTS[p]);
          if (port !== undefined) exposures.push({ role: roleName, endpoint: e.name ?? '?', what: `${ADMIN_PORTS[port]} endpoint (port ${port})`, at: e.el });
        }
      }
      for (const i of role.imports) {
        const m = i.moduleName ? findImportModule(i.moduleName) : undefined;
        for (const ep of m?.endpoints ?? []) {
          if (ep.kind === 'InputEndpoint' && ADMIN_PORTS[ep.port]) {
            exposures.push({ role: roleName, endpoint: ep.name, what: `${ADMIN_PORTS[ep.port]} endpoint of the ${m?.name} plug-in (port ${ep.port})`, at: i.el });
          }
        }
      }
    }
    for (const x of exposures) {
      const found = deployed.map((cfg) => aclFor(cfg, x));
      if (!found.some((f) => f.restricted)) {
        ctx.report({
          at: x.at,
          message: `${x.what} "${x.endpoint}" of role "${x.role}" is open to the whole internet; add an EndpointAcl in the deployed configuration that permits only your administrators' addresses`,
          key: `open ${x.role} ${x.endpoint}`,
        });
        continue;
      }
      for (const rule of found.flatMap((f) => f.permitAll)) {
        ctx.report({
          at: rule.attr('remoteSubnet') ?? rule,
          message: `the access control for ${x.what} "${x.endpoint}" of role "${x.role}" permits ${rule.attrValue('remoteSubnet') ?? '?'}, that is everyone; narrow remoteSubnet to your administrators' addresses`,
          key: `open acl ${x.role} ${x.endpoint}`,
        });
      }
    }
  },
});

/** Whether the configuration puts an ACL on the endpoint, and its rules that permit every address. */
function aclFor(cfg: ServiceConfiguration, x: Exposure): { restricted: boolean; permitAll: XmlElement[] } {
  const net = cfg.network;
  const acls = net?.endpointAcls.filter((a) => a.role === x.role && a.endpoint === x.endpoint) ?? [];
  const permitAll: XmlElement[] = [];
  for (const acl of acls) {
    const ac = net?.accessControls.find((c) => c.name === acl.accessControl);
    for (const rule of ac?.el.childrenNamed('Rule') ?? []) {
      if (rule.attrValue('action') === 'permit' && ANYWHERE.test(rule.attrValue('remoteSubnet')?.trim() ?? '')) permitAll.push(rule);
    }
  }
  return { restricted: acls.length > 0, permitAll };
}
