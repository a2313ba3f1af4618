import { defineRule, virtualMachineRoleRetired } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-virtual-machine-role',
    shortDescription: 'The service uses the retired VirtualMachineRole',
    fullDescription:
      'VirtualMachineRole was the 2011–2012 preview "VM role" (SDK 1.3 and later) that ran a custom uploaded image. It was retired before Cloud Services (extended support) existed; only WebRole and WorkerRole can be deployed, and the packager refuses the role.',
    help: help({
      why: 'No current Azure offering deploys a VirtualMachineRole, and the current service definition schema no longer has it. Move what the image installed into startup tasks of a WorkerRole, or move the workload to Virtual Machine Scale Sets.',
      bad: '<VirtualMachineRole name="Legacy" vmsize="Small">\n  <Imports><Import moduleName="Diagnostics" /></Imports>\n</VirtualMachineRole>',
      good: '<WorkerRole name="Legacy" vmsize="Standard_A1_v2">\n  <Startup>\n    <Task commandLine="install.cmd" executionContext="elevated" />\n  </Startup>\n</WorkerRole>',
    }),
    sources: ['MSDN "VirtualMachineRole Schema" (June 2012, preliminary)', 'ServiceDefinitionSchema (SDK 2.4 XSD), which no longer defines VirtualMachineRole'],
    tags: ['retired', 'extended-support', 'correctness'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      if (role.kind !== 'VirtualMachineRole') continue;
      ctx.report({
        at: role.el,
        message: virtualMachineRoleRetired(role.name),
      });
    }
  },
});
