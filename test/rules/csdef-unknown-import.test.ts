import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (module: string): string =>
  csdef(`  <WorkerRole name="W" vmsize="Standard_A1_v2">
    <Imports>
      <Import moduleName="${module}" />
    </Imports>
  </WorkerRole>`);

ruleTester('CSDEF-unknown-import', {
  valid: [
    { name: 'a documented module', files: { 'ServiceDefinition.csdef': role('Diagnostics') } },
    { name: 'a retired module (another rule reports it)', files: { 'ServiceDefinition.csdef': role('Caching') } },
  ],
  invalid: [
    {
      name: 'a missing letter',
      files: { 'ServiceDefinition.csdef': role('Diagnostic') },
      errors: [{ line: 4, column: 15, message: 'moduleName="Diagnostic" is not a plug-in name; write "Diagnostics"' }],
    },
    {
      name: 'wrong case',
      files: { 'ServiceDefinition.csdef': role('remoteaccess') },
      errors: [{ line: 4, column: 15, message: 'moduleName="remoteaccess" is not a plug-in name; write "RemoteAccess"' }],
    },
    {
      name: 'no such plug-in',
      files: { 'ServiceDefinition.csdef': role('AppInsights') },
      errors: [{ line: 4, column: 15, message: 'moduleName="AppInsights" is not a plug-in the SDK ships; use RemoteAccess, RemoteForwarder or Diagnostics, or remove the Import' }],
    },
  ],
});
