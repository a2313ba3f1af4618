import { defineRule, listNames, type XmlElement } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'XREF-network-reference-unresolved',
    shortDescription: 'A NetworkConfiguration reference names no role, endpoint, access control or load balancer',
    fullDescription:
      'Names in a configuration\'s NetworkConfiguration point into the definition and into the configuration itself: InstanceAddress/@roleName and NetworkSecurityGroupRef/@roleName name roles, EndpointAcl names a role, one of its input endpoints and an AccessControl, and an InputEndpoint/@loadBalancer in the definition names a LoadBalancer of each configuration. The schema does not check any of these links.',
    help: help({
      why: 'A dangling name is found only when Azure validates the deployment, and an ACL on a misspelt endpoint silently protects nothing if it is ever accepted.',
      bad: '<AccessControls>\n  <AccessControl name="office">…</AccessControl>\n</AccessControls>\n<EndpointAcls>\n  <EndpointAcl role="Web" endPoint="Http9" accessControl="ofice" />\n</EndpointAcls>',
      good: '<EndpointAcls>\n  <EndpointAcl role="Web" endPoint="HttpIn" accessControl="office" />\n</EndpointAcls>',
      notes:
        'Decision (inference in the catalog): role names are matched exactly, as the other cross-file rules do. EndpointAcl endpoints must be input or instance input endpoints, since ACLs apply to public endpoints. The attribute is written endPoint in the XSD and endpoint in the docs; both are read.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/schema-cscfg-networkconfiguration.md'],
    catalog: 'XREF-011',
    tags: ['cross-file', 'correctness'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    const at = (el: XmlElement, attr: string): XmlElement | NonNullable<ReturnType<XmlElement['attr']>> => el.attr(attr) ?? el;
    for (const cfg of service.configurations) {
      const roleNames = def ? def.roles.map((r) => r.name) : cfg.roles.map((r) => r.name);
      const known = new Set(roleNames.filter((n): n is string => n !== undefined));
      const where = def ? def.file : cfg.file;
      const net = cfg.network;
      const unknownRole = (el: XmlElement, attr: string, name: string | undefined, what: string): boolean => {
        if (name === undefined || known.has(name)) return false;
        ctx.report({
          at: at(el, attr),
          message: `${what} names role "${name}", which ${where} does not define; use one of ${listNames([...known])}`,
        });
        return true;
      };
      for (const ia of net?.instanceAddresses ?? []) unknownRole(ia.el, 'roleName', ia.roleName, '<InstanceAddress>');
      for (const ref of net?.networkSecurityGroupRefs ?? []) unknownRole(ref.el, 'roleName', ref.roleName, '<NetworkSecurityGroupRef>');
      const acls = new Set((net?.accessControls ?? []).map((a) => a.name));
      for (const acl of net?.endpointAcls ?? []) {
        if (unknownRole(acl.el, 'role', acl.role, '<EndpointAcl>')) continue;
        const role = def?.roles.find((r) => r.name === acl.role);
        if (role && acl.endpoint !== undefined) {
          const eps = role.endpoints.filter((e) => e.kind !== 'InternalEndpoint').map((e) => e.name);
          if (!eps.includes(acl.endpoint)) {
            const attr = acl.el.attr('endPoint') ? 'endPoint' : 'endpoint';
            ctx.report({
              at: at(acl.el, attr),
              message: `<EndpointAcl> names endpoint "${acl.endpoint}", which role "${role.name ?? ''}" does not have as an input endpoint in ${where}; ${eps.length ? `use one of ${listNames(eps.filter((e): e is string => e !== undefined))}` : 'ACLs apply to input endpoints only'}`,
            });
          }
        }
        if (acl.accessControl !== undefined && !acls.has(acl.accessControl)) {
          const names = [...acls].filter((n): n is string => n !== undefined);
          ctx.report({
            at: at(acl.el, 'accessControl'),
            message: `<EndpointAcl> names access control "${acl.accessControl}", which ${cfg.file} does not define; ${names.length ? `use one of ${listNames(names)}` : 'add it under <AccessControls>'}`,
          });
        }
      }
      if (!def) continue;
      const lbs = new Set((net?.loadBalancers ?? []).map((l) => l.name));
      for (const role of def.roles) {
        for (const ep of role.endpoints) {
          const lb = ep.el.attrValue('loadBalancer');
          if (ep.kind !== 'InputEndpoint' || lb === undefined || lbs.has(lb)) continue;
          ctx.report({
            at: at(ep.el, 'loadBalancer'),
            message: `input endpoint "${ep.name ?? ''}" of role "${role.name ?? ''}" uses load balancer "${lb}", which ${cfg.file} does not define; add <LoadBalancer name="${lb}"> under its <NetworkConfiguration><LoadBalancers>`,
          });
        }
      }
    }
  },
});
