import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { startupTaskFilesOf } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-startup-task-file-missing',
    shortDescription: 'A startup task runs a file that is not in the role\'s folder',
    fullDescription:
      'A startup Task runs its command line from the role\'s approot\\bin (web roles) or approot (worker roles) folder. The script or program it names must be part of the role project so the build copies it there; when the role folder has no such file (neither in the project nor in its bin folder), the task fails and the role never starts.',
    help: help({
      why: 'A simple startup task that cannot start its file fails, and a failing simple task keeps the role from ever reaching Ready.',
      bad: '<Task commandLine="setup.cmd" executionContext="elevated" />\n<!-- no setup.cmd in the WebRole1 project folder -->',
      good: '<!-- WebRole1/setup.cmd committed, with Copy to Output Directory = Copy always -->\n<Task commandLine="setup.cmd" executionContext="elevated" />',
      notes:
        'The role folder is the one the .ccproj reference points to, else a folder named after the role beside the .csdef; roles whose folder cannot be found are skipped. Files are looked up relative to that folder and to its bin folder, ignoring case. Scripts passed to cmd /c or powershell -File are checked; system programs and paths with %VARIABLES% or drive letters are not. Definitions under build folders (bin, csx, app.publish) are skipped.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md (copy the file to the output; tasks run from approot\\bin)'],
    catalog: 'PKG-004',
    tags: ['packaging'],
    precision: 'high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    for (const t of sharedIndex(service, ctx, startupTaskFilesOf)) {
      if (t.found) continue;
      ctx.report({
        at: t.task.el.attr('commandLine') ?? t.task.el,
        message: `startup task of role "${t.role.name ?? ''}" runs "${t.written}", which is not in ${t.folder} (or its bin folder); add the file to the role project with Copy to Output Directory set, or fix the command line`,
      });
    }
  },
});
