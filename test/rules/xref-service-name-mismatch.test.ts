import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const ROLE = '  <Role name="Worker">\n    <Instances count="1" />\n  </Role>';
const definition = csdef('  <WorkerRole name="Worker" />');

ruleTester('XREF-service-name-mismatch', {
  valid: [
    {
      name: 'every configuration names the service as the definition does',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(ROLE),
        'ServiceConfiguration.Local.cscfg': cscfg(ROLE),
      },
    },
    {
      name: 'a configuration without serviceName is left to CSCFG-required-attribute',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(ROLE, 'osFamily="7" osVersion="*"'),
      },
    },
  ],
  invalid: [
    {
      name: 'one of two configurations differs in case only',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(ROLE),
        'ServiceConfiguration.Local.cscfg': cscfg(ROLE, 'serviceName="Svc" osFamily="7" osVersion="*"'),
      },
      errors: [
        {
          file: 'ServiceConfiguration.Local.cscfg',
          line: 1,
          column: 23,
          message: 'serviceName="Svc" differs from the definition name "svc" in ServiceDefinition.csdef; set serviceName="svc"',
        },
      ],
    },
    {
      name: 'a configuration in a nested folder with another service name',
      files: {
        'src/Cloud/ServiceDefinition.csdef': definition,
        'src/Cloud/ServiceConfiguration.Cloud.cscfg': `<?xml version="1.0" encoding="utf-8"?>
${cscfg(ROLE, 'osFamily="7" serviceName="MyCloudService" osVersion="*"')}`,
      },
      errors: [
        {
          file: 'src/Cloud/ServiceConfiguration.Cloud.cscfg',
          line: 2,
          column: 36,
          message:
            'serviceName="MyCloudService" differs from the definition name "svc" in src/Cloud/ServiceDefinition.csdef; set serviceName="svc"',
        },
      ],
    },
  ],
});
