import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-no-cloud-configuration',
    shortDescription: 'The cloud project has only local (emulator) configurations',
    fullDescription:
      'The Azure build targets package ServiceConfiguration.$(TargetProfile).cscfg. When a .ccproj lists only local configurations, a pipeline that builds it with or without /p:TargetProfile ships the emulator configuration (storage emulator strings, single instances) or fails to find the profile.',
    help: help({
      why: 'Microsoft\'s own pages disagree on the default TargetProfile (Cloud in one, Local in the command-line build doc), so a project should carry an explicit deployment configuration and the pipeline should name it.',
      bad: '<ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />',
      good: '<ServiceConfiguration Include="ServiceConfiguration.Local.cscfg" />\n<ServiceConfiguration Include="ServiceConfiguration.Cloud.cscfg" />',
      notes: 'A configuration counts as local when its profile name is Local, Emulator, Dev or similar; a plain ServiceConfiguration.cscfg counts as a deployment configuration.',
    }),
    sources: [
      'MicrosoftDocs/visualstudio-docs docs/azure/vs-azure-tools-command-line-build.md (TargetProfile)',
      'startbigthinksmall.wordpress.com/tag/azure (what the targets do with the cscfg)',
    ],
    catalog: 'PKG-003',
    tags: ['packaging'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    const project = service.project;
    if (!project || !project.configurations.length) return;
    // The model's reading of profile names; repeated here because the project may name files
    // that were never scanned (and so have no bound configuration to ask).
    const LOCAL = /^(local|emulator|dev|development|devfabric|localhost)$/i;
    const isLocal = (path: string): boolean => {
      const stem = (path.split('/').pop() ?? path).replace(/\.cscfg$/i, '');
      const dot = stem.indexOf('.');
      return dot >= 0 && stem.slice(dot + 1).split('.').some((p) => LOCAL.test(p));
    };
    if (project.configurations.some((c) => !isLocal(c.path))) return;
    const first = project.configurations[0];
    if (!first) return;
    ctx.report({
      at: first.el,
      message: `${project.file} lists only local configurations (${project.configurations.map((c) => c.include).join(', ')}); add a ServiceConfiguration.Cloud.cscfg for deployments and build with /p:TargetProfile=Cloud`,
    });
  },
});
