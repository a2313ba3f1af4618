import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" />
  <WorkerRole name="Worker" />`);

const role = (name: string): string => `  <Role name="${name}">\n    <Instances count="1" />\n  </Role>`;

ruleTester('XREF-role-not-in-definition', {
  valid: [
    {
      name: 'every configured role is defined, including a retired VirtualMachineRole',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" />
  <VirtualMachineRole name="Vm" />`),
        'ServiceConfiguration.Cloud.cscfg': cscfg(`${role('Vm')}\n${role('Web')}`),
      },
    },
  ],
  invalid: [
    {
      name: 'a role name in the wrong case and a role the definition does not have',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(`${role('Web')}\n${role('worker')}\n${role('Api')}`),
      },
      errors: [
        {
          line: 5,
          column: 9,
          message: 'role "worker" is not defined in ServiceDefinition.csdef; names are case-sensitive: did you mean "Worker"?',
        },
        {
          line: 8,
          column: 9,
          message: 'role "Api" is not defined in ServiceDefinition.csdef (its roles: Web, Worker); rename or remove it',
        },
      ],
    },
    {
      name: 'a role configured for a definition that has none',
      files: {
        'ServiceDefinition.csdef': csdef(''),
        'ServiceConfiguration.Cloud.cscfg': cscfg(role('Web')),
      },
      errors: [
        { line: 2, column: 9, message: 'role "Web" is not defined in ServiceDefinition.csdef, which has no roles; rename or remove it' },
      ],
    },
  ],
});
