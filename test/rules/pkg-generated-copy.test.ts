import { csdef, cscfg, ruleTester } from '../helpers/lint-harness.js';

const definition = csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />');
const config = cscfg('  <Role name="Worker">\n    <Instances count="2" />\n  </Role>');
const message = (seg: string): string =>
  `this file is a generated copy (under ${seg}/); delete it from the repository, fix the authored file instead, and add the folder to .gitignore and the linter's ignore list`;

ruleTester('PKG-generated-copy', {
  valid: [{ name: 'authored files', files: { 'Svc/ServiceDefinition.csdef': definition, 'Svc/ServiceConfiguration.Cloud.cscfg': config } }],
  invalid: [
    {
      name: 'publish output and a csx copy',
      files: {
        'Svc/ServiceDefinition.csdef': definition,
        'Svc/ServiceConfiguration.Cloud.cscfg': config,
        'Svc/bin/Release/app.publish/ServiceConfiguration.Cloud.cscfg': config,
        'Svc/csx/Release/ServiceDefinition.csdef': definition,
      },
      errors: [
        { line: 1, column: 1, file: 'Svc/bin/Release/app.publish/ServiceConfiguration.Cloud.cscfg', message: message('bin') },
        { line: 1, column: 1, file: 'Svc/csx/Release/ServiceDefinition.csdef', message: message('csx') },
      ],
    },
    {
      name: 'flattened corpus-style names',
      files: { 'repo/WindowsAzure1__bin__Debug__app.publish__ServiceConfiguration.Cloud.cscfg': config },
      errors: [{ line: 1, column: 1, message: message('bin') }],
    },
  ],
});
