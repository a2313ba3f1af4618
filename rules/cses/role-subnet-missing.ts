import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-role-subnet-missing',
    shortDescription: 'A role is not assigned to a subnet of the virtual network',
    fullDescription:
      'When a configuration declares a virtual network, every role must have an AddressAssignments/InstanceAddress with at least one Subnet. Extended support refuses roles in a network without an explicit subnet ("no subnets associated with the role").',
    help: help({
      why: 'Extended support places each role in a subnet; a role without one makes the deployment (or the in-place migration) fail validation.',
      bad: '<NetworkConfiguration>\n  <VirtualNetworkSite name="shop-vnet" />\n  <AddressAssignments>\n    <InstanceAddress roleName="Web">\n      <Subnets><Subnet name="web" /></Subnets>\n    </InstanceAddress>\n    <!-- nothing for role "Worker" -->\n  </AddressAssignments>\n</NetworkConfiguration>',
      good: '<AddressAssignments>\n  <InstanceAddress roleName="Web">\n    <Subnets><Subnet name="web" /></Subnets>\n  </InstanceAddress>\n  <InstanceAddress roleName="Worker">\n    <Subnets><Subnet name="worker" /></Subnets>\n  </InstanceAddress>\n</AddressAssignments>',
      notes: 'A configuration with no virtual network at all is reported by CSES-virtual-network-missing instead. Local configurations are skipped.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md',
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-technical-details.md (roles in a VNet without an explicit subnet)',
    ],
    catalog: 'CSES-002',
    tags: ['extended-support', 'cscfg'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      const net = cfg.network;
      if (cfg.isLocal || !net?.virtualNetworkSite) continue;
      for (const role of cfg.roles) {
        if (role.name === undefined) continue;
        const subnetted = net.instanceAddresses.some((ia) => ia.roleName === role.name && ia.subnets.some((s) => s.name));
        if (subnetted) continue;
        const has = net.instanceAddresses.some((ia) => ia.roleName === role.name);
        ctx.report({
          at: role.el.attr('name') ?? role.el,
          message: has
            ? `role "${role.name}" has an <InstanceAddress> without a <Subnet> in ${cfg.file}; extended support needs every role in a subnet: add <Subnets><Subnet name="<subnet>" /></Subnets>`
            : `role "${role.name}" is not assigned to a subnet of virtual network "${net.virtualNetworkSite.name ?? ''}" in ${cfg.file}; add <InstanceAddress roleName="${role.name}"><Subnets><Subnet name="<subnet>" /></Subnets></InstanceAddress> under <AddressAssignments>`,
        });
      }
    }
  },
});
