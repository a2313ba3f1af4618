import { defineRule, listNames } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-role-reference-unknown',
    shortDescription: 'A role project reference of the cloud project names no role of the definition',
    fullDescription:
      'Each role project a .ccproj references carries a RoleName that must be the name of a role in the service definition. When they disagree (a role renamed in one place only), the Azure build targets stop with "The role … was not found in the service definition".',
    help: help({
      why: 'Packaging maps each referenced project to the csdef role of that name; a name with no role cannot be packaged.',
      bad: '<ProjectReference Include="WebRole\\WebRole.csproj">\n  <RoleName>WebRole</RoleName>\n</ProjectReference>\n<!-- .csdef: <WebRole name="WebRole1"> -->',
      good: '<ProjectReference Include="WebRole\\WebRole.csproj">\n  <RoleName>WebRole1</RoleName>\n</ProjectReference>',
    }),
    sources: ['Microsoft.WindowsAzure.targets error "The role ... was not found in the service definition" (TFS build note quoted in the catalog)'],
    catalog: 'PKG-002',
    tags: ['packaging'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const project = service.project;
    const def = service.definition;
    if (!project || !def) return;
    const names = def.roles.map((r) => r.name).filter((n): n is string => n !== undefined);
    for (const ref of project.roles) {
      if (ref.roleName === undefined || names.includes(ref.roleName)) continue;
      const at = ref.el.child('RoleName') ?? ref.el;
      ctx.report({
        at,
        message: `${project.file} references role project "${ref.include}" as role "${ref.roleName}", which ${def.file} does not define; ${names.length ? `use one of ${listNames(names)}` : 'add the role to the definition'} (the build fails with "The role ... was not found in the service definition")`,
      });
    }
  },
});
