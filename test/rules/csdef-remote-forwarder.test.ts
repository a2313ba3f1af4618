import { csdef, ruleTester } from '../helpers/lint-harness.js';

const role = (name: string, modules: string[]): string =>
  `  <WorkerRole name="${name}" vmsize="Standard_A1_v2">
    <Imports>
${modules.map((m) => `      <Import moduleName="${m}" />`).join('\n')}
    </Imports>
  </WorkerRole>`;

ruleTester('CSDEF-remote-forwarder', {
  valid: [
    { name: 'RemoteAccess in two roles, the forwarder in one', files: { 'ServiceDefinition.csdef': csdef(`${role('A', ['RemoteAccess', 'RemoteForwarder'])}\n${role('B', ['RemoteAccess'])}`) } },
    { name: 'no RDP plug-in', files: { 'ServiceDefinition.csdef': csdef(role('A', ['Diagnostics'])) } },
  ],
  invalid: [
    {
      name: 'RemoteAccess without a forwarder',
      files: { 'ServiceDefinition.csdef': csdef(`${role('A', ['Diagnostics'])}\n${role('B', ['RemoteAccess'])}`) },
      errors: [
        {
          line: 9,
          column: 7,
          message:
            'RemoteAccess is imported but no role imports RemoteForwarder, so Remote Desktop cannot connect; add <Import moduleName="RemoteForwarder" /> to one role, or remove the RDP plug-in',
        },
      ],
    },
    {
      name: 'a forwarder without RemoteAccess',
      files: { 'ServiceDefinition.csdef': csdef(role('A', ['RemoteForwarder'])) },
      errors: [{ line: 4, column: 7, message: 'RemoteForwarder opens public port 3389 but no role imports RemoteAccess; remove the RemoteForwarder Import' }],
    },
  ],
});
