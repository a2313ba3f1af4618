import { defineRule, type ProjectProperty } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

/** Configurations that only apply when the project is built for 32 bits anyway, or for debugging. */
const NOT_FOR_RELEASE = /\bdebug\b|\|\s*x86\b/i;

export default defineRule({
  meta: {
    id: 'PKG-role-32-bit',
    shortDescription: 'A role project builds for 32-bit (x86 or Prefer32Bit)',
    fullDescription:
      'Role hosts on Cloud Services VMs are 64-bit processes. A role assembly built for x86, or an AnyCPU executable with Prefer32Bit, cannot be loaded by the 64-bit host (BadImageFormatException) or runs a worker entry program as a 32-bit process, and the role recycles. Build role projects as AnyCPU (without Prefer32Bit) or x64.',
    help: help({
      why: 'Microsoft lists a 32-bit role assembly among the causes of roles that recycle.',
      bad: '<PropertyGroup Condition="\'$(Configuration)|$(Platform)\' == \'Release|AnyCPU\'">\n  <PlatformTarget>x86</PlatformTarget>\n</PropertyGroup>',
      good: '<PropertyGroup Condition="\'$(Configuration)|$(Platform)\' == \'Release|AnyCPU\'">\n  <PlatformTarget>AnyCPU</PlatformTarget>\n  <Prefer32Bit>false</Prefer32Bit>\n</PropertyGroup>',
      notes: 'Debug-only and x86-platform property groups are skipped: they are not what a release package is built from. The rule reads role projects the .ccproj references.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-troubleshoot-common-issues-which-cause-roles-recycle.md (64-bit)'],
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
      const applies = (p: ProjectProperty): boolean => !NOT_FOR_RELEASE.test(p.condition ?? '');
      const x86 = project.platformTargets.find((p) => applies(p) && /^x86$/i.test(p.value));
      const prefer = project.prefer32Bit.find((p) => applies(p) && /^true$/i.test(p.value));
      const hit = x86 ?? prefer;
      if (!hit) continue;
      ctx.report({
        at: hit.el,
        message: x86
          ? `role "${ref.roleName ?? ref.include}" is built for x86 in ${project.file}; role hosts are 64-bit: use <PlatformTarget>AnyCPU</PlatformTarget> or x64`
          : `role "${ref.roleName ?? ref.include}" sets Prefer32Bit in ${project.file}, so it runs as a 32-bit process; set <Prefer32Bit>false</Prefer32Bit>`,
      });
    }
  },
});
