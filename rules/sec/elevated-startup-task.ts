import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

const DOWNLOAD = /https?:\/\/|Invoke-WebRequest|\biwr\b|DownloadFile|DownloadString|\bcurl\b|\bwget\b|bitsadmin|Start-BitsTransfer/i;

export default defineRule({
  meta: {
    id: 'SEC-elevated-startup-task',
    shortDescription: 'A startup task runs with administrator rights',
    fullDescription:
      'executionContext="elevated" runs the task as an administrator on every start and recycle of every instance. That is needed for installing software or changing IIS and registry settings, but everything the script does, and everything it downloads, runs with full control of the VM.',
    help: help({
      why: 'Least privilege: keep elevated tasks short and auditable, never download and run remote content from them without pinning and verifying it, and run everything else limited.',
      bad: '<Task commandLine="install.cmd" executionContext="elevated" taskType="simple" />',
      good: '<Task commandLine="configure-app.cmd" executionContext="limited" taskType="simple" />',
      notes: 'A note, not a warning: most elevated tasks are legitimate. The message says so when the command line itself downloads something.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md'],
    catalog: 'SEC-004',
    tags: ['security'],
    precision: 'high',
    defaultLevel: 'note',
    recommended: false,
    securitySeverity: 3.0,
  },
  check(service, ctx) {
    for (const role of service.definition?.roles ?? []) {
      for (const task of role.startupTasks) {
        const a = task.el.attr('executionContext');
        if (!a || a.value !== 'elevated') continue;
        const downloads = DOWNLOAD.test(task.commandLine ?? '');
        ctx.report({
          at: a,
          message: `startup task "${task.commandLine ?? '?'}" of role "${role.name ?? '?'}" runs as administrator${downloads ? ' and downloads remote content' : ''}; use executionContext="limited" unless it must install or reconfigure the machine`,
          key: `elevated task ${role.name ?? '?'} ${task.commandLine ?? '?'}`,
        });
      }
    }
  },
});
