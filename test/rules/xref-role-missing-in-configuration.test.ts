import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" />
  <WorkerRole name="Worker" />`);

const role = (name: string): string => `  <Role name="${name}">\n    <Instances count="1" />\n  </Role>`;

ruleTester('XREF-role-missing-in-configuration', {
  valid: [
    {
      name: 'every role configured, in another order, in each configuration',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`${role('Worker')}\n${role('Web')}`),
        'ServiceConfiguration.Local.cscfg': cscfg(`${role('Web')}\n${role('Worker')}`),
      },
    },
  ],
  invalid: [
    {
      name: 'a local configuration that spells a role name in another case',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`${role('Web')}\n${role('Worker')}`),
        'ServiceConfiguration.Local.cscfg': cscfg(`${role('Web')}\n${role('worker')}`),
      },
      errors: [
        {
          file: 'ServiceConfiguration.Local.cscfg',
          line: 1,
          column: 1,
          message: 'WorkerRole "Worker" of ServiceDefinition.csdef has no <Role name="Worker"> here; add it with <Instances count="..."/>',
        },
      ],
    },
    {
      name: 'a configuration without roles, for a definition with three kinds of role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" />
  <WorkerRole name="Worker" />
  <VirtualMachineRole name="Vm" />`),
        'ServiceConfiguration.Cloud.cscfg': `<?xml version="1.0" encoding="utf-8"?>\n${cscfg('')}`,
      },
      errors: [
        {
          line: 2,
          column: 1,
          message: 'VirtualMachineRole "Vm" of ServiceDefinition.csdef has no <Role name="Vm"> here; add it with <Instances count="..."/>',
        },
        {
          line: 2,
          column: 1,
          message: 'WebRole "Web" of ServiceDefinition.csdef has no <Role name="Web"> here; add it with <Instances count="..."/>',
        },
        {
          line: 2,
          column: 1,
          message: 'WorkerRole "Worker" of ServiceDefinition.csdef has no <Role name="Worker"> here; add it with <Instances count="..."/>',
        },
      ],
    },
  ],
});
