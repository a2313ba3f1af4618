import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

/** Assemblies the role VM has (the framework, and the Azure runtime the package's base folder brings). */
const ON_THE_VM = /^(mscorlib|System|System\..+|Microsoft\.CSharp|Microsoft\.VisualBasic|WindowsBase|PresentationCore|PresentationFramework|Microsoft\.WindowsAzure\.ServiceRuntime|Microsoft\.Web\.Infrastructure|Microsoft\.Build\..+|netstandard|Accessibility|UIAutomation.*)$/i;

export default defineRule({
  meta: {
    id: 'PKG-assembly-not-copied',
    shortDescription: 'A role project references an assembly that will not be in the package',
    fullDescription:
      'A referenced assembly reaches the role only when the build copies it to the output folder (Copy Local, <Private>True</Private>). A reference to a third-party or SDK assembly with Copy Local off, typically one found in the developer\'s GAC, is not packaged, and the role fails to load it in Azure. Azure Tools reports this at packaging as WAT150.',
    help: help({
      why: 'The developer\'s machine has the assembly in the GAC, so everything works locally; the role VM does not, so the role recycles with a FileNotFoundException.',
      bad: '<Reference Include="Contoso.Payments">\n  <HintPath>..\\lib\\Contoso.Payments.dll</HintPath>\n  <Private>False</Private>\n</Reference>',
      good: '<Reference Include="Contoso.Payments">\n  <HintPath>..\\lib\\Contoso.Payments.dll</HintPath>\n  <Private>True</Private>\n</Reference>',
      notes:
        'Framework assemblies (System.*, mscorlib, Microsoft.CSharp…) and Microsoft.WindowsAzure.ServiceRuntime, which the role VM provides, are not reported. The rule reads role projects the .ccproj references.',
    }),
    sources: [
      'manski.net "Azure WAT150: This assembly is not in the package" (2014)',
      'blogs.msdn.com philliphoff "Ignore validation warnings when packaging a Windows Azure application" (Azure Tools package validation)',
    ],
    catalog: 'PKG-011',
    tags: ['packaging'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    for (const ref of service.project?.roles ?? []) {
      const project = ref.project;
      if (!project) continue;
      for (const asm of project.references) {
        if (!/^\s*false\s*$/i.test(asm.private ?? '')) continue;
        const name = (asm.include.split(',')[0] ?? '').trim();
        if (ON_THE_VM.test(name)) continue;
        ctx.report({
          at: asm.el.attr('Include') ?? asm.el,
          message: `role "${ref.roleName ?? ref.include}" references assembly "${name}" with Copy Local off, so it is not packaged and the role VM does not have it; set <Private>True</Private> on the reference`,
        });
      }
    }
  },
});
