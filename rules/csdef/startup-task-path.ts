import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

/** The program part of a command line: a quoted string, or everything up to the first space. */
function programOf(commandLine: string): string {
  const t = commandLine.trim();
  if (t.startsWith('"')) {
    const end = t.indexOf('"', 1);
    return end < 0 ? t.slice(1) : t.slice(1, end);
  }
  return t.split(/\s+/)[0] ?? '';
}

export default defineRule({
  meta: {
    id: 'CSDEF-startup-task-path',
    shortDescription: 'A startup task program is given with an environment variable or an absolute path',
    fullDescription:
      'The program of a startup Task/@commandLine is looked up relative to the role\'s approot\\bin folder (sitesroot for some web role setups), and environment variables in that program path are not expanded. %ROLEROOT%\\… or C:\\… therefore does not find the file and the task fails, which keeps the role from starting.',
    help: help({
      why: 'The "Run startup tasks" doc describes commandLine paths as relative to the role\'s bin folder. Put the script in the role project with Copy to Output Directory set, and refer to it by its relative path; use environment variables inside the script, or as arguments.',
      bad: '<Task commandLine="%ROLEROOT%\\approot\\bin\\startup.cmd" executionContext="elevated" />',
      good: '<Task commandLine="startup.cmd" executionContext="elevated" />',
      notes: 'Only the program part is checked: arguments may use variables, and programs on the system PATH such as cmd or powershell are fine.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md'],
    catalog: 'CSDEF-019',
    tags: ['correctness'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: true,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const task of role.startupTasks) {
        const cl = task.commandLine;
        if (cl === undefined) continue;
        const program = programOf(cl);
        let problem: string | undefined;
        if (/%[^%\s]+%/.test(program)) problem = 'uses an environment variable, which is not expanded in the program path';
        else if (/^[A-Za-z]:[\\/]/.test(program) || program.startsWith('\\') || program.startsWith('/')) {
          problem = 'is an absolute path; programs are found relative to the role\'s approot\\bin folder';
        }
        if (!problem) continue;
        const file = program.split(/[\\/]/).pop() || program;
        const t = cl.trim();
        const rest = t.slice(t.startsWith('"') ? program.length + 2 : program.length);
        ctx.report({
          at: task.el.attr('commandLine') ?? task.el,
          message: `startup task program "${program}" of role "${role.name ?? '?'}" ${problem}; copy ${file} into the role's output (approot\\bin) and write commandLine="${file}${rest}"`,
        });
      }
    }
  },
});
