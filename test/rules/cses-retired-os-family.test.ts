import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`);
const role = `  <Role name="Worker">
    <Instances count="2" />
  </Role>`;

ruleTester('CSES-retired-os-family', {
  valid: [
    { name: 'family 7', files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(role) } },
    {
      name: 'family 5 pinned through osVersion',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.Cloud.cscfg': cscfg(role, 'serviceName="svc" osVersion="WA-GUEST-OS-5.100_202501-01"'),
      },
    },
    {
      name: 'local configuration on a retired family',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Local.cscfg': cscfg(role, 'serviceName="svc" osFamily="2" osVersion="*"') },
    },
  ],
  invalid: [
    {
      name: 'family 4',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(role, 'serviceName="svc" osFamily="4" osVersion="*"') },
      errors: [
        {
          line: 1,
          column: 41,
          message:
            'osFamily="4" (Windows Server 2012 R2) is retired since 2025-02; extended support runs families 5, 6, 7: set osFamily="7" (and osVersion="*")',
        },
      ],
    },
    {
      name: 'no osFamily',
      files: { 'ServiceDefinition.csdef': definition, 'ServiceConfiguration.Cloud.cscfg': cscfg(role, 'serviceName="svc"') },
      errors: [
        {
          line: 1,
          column: 1,
          message:
            'ServiceConfiguration.Cloud.cscfg sets no osFamily, so the schema default (family 1, retired) applies; extended support runs families 5, 6, 7: add osFamily="7" osVersion="*"',
        },
      ],
    },
    {
      name: 'osVersion pinned to a retired family',
      files: {
        'ServiceDefinition.csdef': definition,
        'ServiceConfiguration.cscfg': cscfg(role, 'serviceName="svc" osVersion="WA-GUEST-OS-3.147_202502-01"'),
      },
      errors: [
        {
          line: 1,
          column: 41,
          message:
            'osVersion="WA-GUEST-OS-3.147_202502-01" pins Guest OS family 3 (Windows Server 2012), which is retired; extended support runs families 5, 6, 7: set osFamily="7" osVersion="*"',
        },
      ],
    },
  ],
});
