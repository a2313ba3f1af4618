import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const role = `  <Role name="Worker">
    <Instances count="2" />
  </Role>`;

ruleTester('CSES-service-name-equals-role', {
  valid: [
    {
      name: 'distinct names',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`, 'name="Orders"'),
        'ServiceConfiguration.Cloud.cscfg': cscfg(role, 'serviceName="Orders" osFamily="7"'),
      },
    },
  ],
  invalid: [
    {
      name: 'definition named like its role (ignoring case); the matching configuration is not reported again',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`, 'name="worker"'),
        'ServiceConfiguration.Cloud.cscfg': cscfg(role, 'serviceName="worker" osFamily="7"'),
      },
      errors: [
        {
          line: 1,
          column: 20,
          message:
            'service name "worker" is also the name of role "Worker"; extended support fails with NetworkingInternalOperationError: rename the service (here and in every configuration\'s serviceName) or the role',
        },
      ],
    },
    {
      name: 'configuration serviceName differing from the definition and equal to a role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`, 'name="Orders"'),
        'ServiceConfiguration.Cloud.cscfg': cscfg(role, 'serviceName="Worker" osFamily="7"'),
      },
      errors: [
        {
          line: 1,
          column: 23,
          message:
            'serviceName "Worker" is also the name of role "Worker"; extended support fails with NetworkingInternalOperationError: choose a service name no role uses',
        },
      ],
    },
  ],
});
