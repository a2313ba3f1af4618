import { defineRule, type Import } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSDEF-remote-forwarder',
    shortDescription: 'RemoteAccess is imported without a RemoteForwarder, or the other way round',
    fullDescription:
      'The classic Remote Desktop plug-in comes in two parts: RemoteAccess in every role you want to reach, and RemoteForwarder in exactly one role, which owns the public port 3389 and forwards to the instances. One without the other gives no working Remote Desktop.',
    help: help({
      why: 'Visual Studio adds both imports together; hand edits that remove one leave an RDP setup that cannot connect (or a public 3389 endpoint that forwards to nothing).',
      bad: '<WebRole name="Web">\n  <Imports>\n    <Import moduleName="RemoteAccess" />\n  </Imports>\n</WebRole>',
      good: '<WebRole name="Web">\n  <Imports>\n    <Import moduleName="RemoteAccess" />\n    <Import moduleName="RemoteForwarder" />\n  </Imports>\n</WebRole>',
      notes:
        'Decision on an inference rule: the pairing comes from how the plug-ins work (the forwarder owns the public endpoint), not from an error text. Two forwarders are left to CSDEF-duplicate-input-port, since both claim port 3389. Extended support drops both plug-ins in favour of the Remote Desktop extension, so the lasting fix is to remove both imports (see the CSES rules).',
    }),
    sources: ['avkashchauhan MSDN blog (RemoteForwarder lives in one role and owns the public 3389 endpoint)', 'MicrosoftDocs articles/cloud-services/cloud-services-role-enable-remote-desktop-visual-studio.md'],
    catalog: 'CSDEF-018',
    tags: ['correctness'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    const roles = service.definition?.roles ?? [];
    const imports = (m: string): Import[] => roles.flatMap((r) => r.imports.filter((i) => i.moduleName === m));
    const access = imports('RemoteAccess');
    const forwarders = imports('RemoteForwarder');
    if (access.length && !forwarders.length) {
      const first = access[0] as Import;
      ctx.report({
        at: first.el,
        message: 'RemoteAccess is imported but no role imports RemoteForwarder, so Remote Desktop cannot connect; add <Import moduleName="RemoteForwarder" /> to one role, or remove the RDP plug-in',
      });
    }
    if (forwarders.length && !access.length) {
      const first = forwarders[0] as Import;
      ctx.report({
        at: first.el,
        message: 'RemoteForwarder opens public port 3389 but no role imports RemoteAccess; remove the RemoteForwarder Import',
      });
    }
  },
});
