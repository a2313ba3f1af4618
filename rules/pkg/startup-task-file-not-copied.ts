import { defineRule, type RoleProject, sharedIndex } from '../../src/lint/rule-api.js';
import { joinPath, startupTaskFilesOf } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-startup-task-file-not-copied',
    shortDescription: 'A startup task file is in the role project but not copied to the output folder',
    fullDescription:
      'The role project must copy a startup script to its output folder (CopyToOutputDirectory = Always or PreserveNewest), because tasks run from approot\\bin; a file that is only part of the project (or not listed in it at all) is left out of that folder and the task fails.',
    help: help({
      why: 'This is the usual mistake behind a startup task that works in the emulator from a hand-copied file and fails in Azure.',
      bad: '<None Include="startup.cmd" />',
      good: '<Content Include="startup.cmd">\n  <CopyToOutputDirectory>Always</CopyToOutputDirectory>\n</Content>',
      notes:
        'Only role projects the .ccproj references and the repository contains are read. A project with no explicit Compile, Content or None items (SDK-style projects, which include files by wildcard) is skipped when the file is not listed, and so is a project with a wildcard item.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md ("Copy always")'],
    catalog: 'PKG-004',
    tags: ['packaging'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const t of sharedIndex(service, ctx, startupTaskFilesOf)) {
      if (!t.found) continue;
      const project = service.project?.roles.find((r) => r.roleName === t.role.name)?.project;
      if (!project) continue;
      const projectDir = project.file.includes('/') ? project.file.slice(0, project.file.lastIndexOf('/')) : '.';
      const lower = t.found.toLowerCase();
      // A file already in the project's bin folder is build output; nothing to say about items.
      if (lower.startsWith(`${joinPath(projectDir, 'bin').toLowerCase()}/`)) continue;
      const item = project.items.find((i) => i.path.toLowerCase() === lower);
      const copy = item?.copyToOutputDirectory?.trim();
      if (item && copy && !/^never$/i.test(copy)) continue;
      if (!item && !explicitItems(project)) continue;
      ctx.report({
        at: t.task.el.attr('commandLine') ?? t.task.el,
        message: item
          ? `startup task of role "${t.role.name ?? ''}" runs "${t.written}", but ${project.file} does not copy it to the output folder (${item.el.local} without CopyToOutputDirectory${copy ? `="${copy}"` : ''}); set <CopyToOutputDirectory>Always</CopyToOutputDirectory> on the item`
          : `startup task of role "${t.role.name ?? ''}" runs "${t.written}", which ${project.file} does not include; add <Content Include="${t.written}"> with <CopyToOutputDirectory>Always</CopyToOutputDirectory>`,
      });
    }
  },
});

/** Old-style projects list every file; SDK-style ones and wildcard items include files implicitly. */
function explicitItems(project: RoleProject): boolean {
  if (project.items.some((i) => i.include.includes('*'))) return false;
  return project.items.some((i) => i.kind === 'Compile' || i.kind === 'Content');
}
