import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-role-without-project',
    shortDescription: 'A role of the definition has no role project in the cloud project',
    fullDescription:
      'When a .ccproj builds the service, every csdef role needs a ProjectReference whose RoleName is that role; otherwise the package gets no code for it. Roles packaged by hand with CSPack (/role:) do not need one, which is why this is a warning in the strict preset.',
    help: help({
      why: 'A role added to the csdef by hand, or whose project reference was removed, is packaged empty or stops the build.',
      bad: '<!-- .csdef: <WorkerRole name="Indexer"> ; .ccproj: no ProjectReference with <RoleName>Indexer</RoleName> -->',
      good: '<ProjectReference Include="Indexer\\Indexer.csproj">\n  <Name>Indexer</Name>\n  <RoleType>Worker</RoleType>\n  <RoleName>Indexer</RoleName>\n</ProjectReference>',
    }),
    sources: ['Visual Studio Azure cloud project format (.ccproj ProjectReference RoleName/RoleType)'],
    catalog: 'PKG-002',
    tags: ['packaging'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    const project = service.project;
    const def = service.definition;
    if (!project || !def) return;
    for (const role of def.roles) {
      if (role.name === undefined || role.kind === 'VirtualMachineRole') continue;
      if (project.roles.some((r) => r.roleName === role.name)) continue;
      ctx.report({
        at: role.el.attr('name') ?? role.el,
        message: `role "${role.name}" has no role project in ${project.file}; add a <ProjectReference> with <RoleName>${role.name}</RoleName>, or remove the role`,
      });
    }
  },
});
