import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef(`  <WebRole name="Web" vmsize="Standard_D2_v2" />
  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />`);
const config = cscfg(`  <Role name="Web">
    <Instances count="2" />
  </Role>
  <Role name="Worker">
    <Instances count="3" />
  </Role>`);
const template = (webSku: string, workerCapacity: string, applied: string): string => `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#",
  "parameters": { "workerCount": { "type": "int", "defaultValue": 3 } },
  "resources": [
    {
      "type": "Microsoft.Compute/cloudServices",
      "properties": {
        "roleProfile": {
          "roles": [
            { "name": "Web", "sku": { "name": ${webSku}, "tier": "Standard", "capacity": 2 } },
            { "name": "Worker", "sku": { "name": "Standard_A1_v2", "tier": "Standard", "capacity": ${workerCapacity} } }
          ]
        },
        "extensionProfile": {
          "extensions": [
            { "name": "RDPExtension", "properties": { "rolesAppliedTo": [ ${applied} ] } }
          ]
        }
      }
    }
  ]
}
`;
const parameters = `{
  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
  "parameters": { "webSize": { "value": "Standard_D1_v2" } }
}
`;

ruleTester('CSES-arm-template-mismatch', {
  valid: [
    {
      name: 'template agrees (parameters resolved from defaults)',
      files: {
        'Svc/ServiceDefinition.csdef': definition,
        'Svc/ServiceConfiguration.Cloud.cscfg': config,
        'Svc/arm/cloudservice.json': template('"Standard_D2_v2"', '"[parameters(\'workerCount\')]"', '"*"'),
      },
    },
    {
      name: 'computed values are not compared',
      files: {
        'Svc/ServiceDefinition.csdef': definition,
        'Svc/ServiceConfiguration.Cloud.cscfg': config,
        'Svc/template.json': template('"[concat(\'Standard_\', \'D1_v2\')]"', '"[add(1, 1)]"', '"Web"'),
      },
    },
  ],
  invalid: [
    {
      name: 'size from a parameters file, a capacity and an extension role that disagree',
      files: {
        'Svc/ServiceDefinition.csdef': definition,
        'Svc/ServiceConfiguration.Cloud.cscfg': config,
        'Svc/deploy/cloudservice.json': template('"[parameters(\'webSize\')]"', '4', '"Web", "WebRole1"'),
        'Svc/deploy/cloudservice.parameters.json': parameters,
      },
      errors: [
        {
          file: 'Svc/deploy/cloudservice.json',
          line: 11,
          column: 100,
          message: 'role "Worker" has sku.capacity 4 in the template but <Instances count="3"> in the deployed configuration; make them the same',
        },
        {
          file: 'Svc/deploy/cloudservice.json',
          line: 16,
          column: 82,
          message:
            'extension "RDPExtension" is applied to role "WebRole1", which Svc/ServiceDefinition.csdef does not define; use one of "Web" and "Worker" or "*" (Azure: "The role name ... in the extension configuration is invalid")',
        },
        {
          file: 'Svc/deploy/cloudservice.parameters.json',
          line: 3,
          column: 41,
          message:
            'role "Web" has sku.name "Standard_D1_v2" in the template but vmsize="Standard_D2_v2" in Svc/ServiceDefinition.csdef; make them the same (the package decides the size)',
        },
      ],
    },
    {
      name: 'a role missing from the roleProfile and one the definition lacks',
      files: {
        'Svc/ServiceDefinition.csdef': definition,
        'Svc/ServiceConfiguration.Cloud.cscfg': config,
        'Svc/cloudservice.json': template('"Standard_D2_v2"', '3', '"*"').replace('"name": "Worker"', '"name": "Worker1"'),
      },
      errors: [
        {
          file: 'Svc/cloudservice.json',
          line: 9,
          column: 20,
          message: 'the template\'s roleProfile has no entry for "Worker" of Svc/ServiceDefinition.csdef; add each role with its sku (name = vmsize, capacity = instance count)',
        },
        {
          file: 'Svc/cloudservice.json',
          line: 11,
          column: 23,
          message: 'the template\'s roleProfile lists role "Worker1", which Svc/ServiceDefinition.csdef does not define; use one of "Web" and "Worker"',
        },
      ],
    },
  ],
});
