import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { fileStart, startupTaskFilesOf } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-startup-script-byte-order-mark',
    shortDescription: 'A startup .cmd or .bat file starts with a byte-order mark or is UTF-16',
    fullDescription:
      'cmd.exe reads batch files as ANSI text. A UTF-8 byte-order mark turns the first line into garbage (the first command is not recognised) and a UTF-16 file does not run at all. Microsoft\'s startup task documentation asks for batch files saved as ANSI without a byte-order mark; Visual Studio saves new files as UTF-8 with one, which is how it happens.',
    help: help({
      why: 'The first command of the script fails ("\'ï»¿@echo\' is not recognized…"), and with it often the whole startup task and the role.',
      bad: 'EF BB BF 40 65 63 68 6F 20 6F 66 66   (UTF-8 BOM, then "@echo off")',
      good: '40 65 63 68 6F 20 6F 66 66   ("@echo off", no BOM)',
      lang: 'text',
      notes: 'Save the file as "Western European (Windows) - Codepage 1252" or "UTF-8 without signature". Only .cmd and .bat files a startup task runs are checked; PowerShell reads a BOM fine.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (Task commandLine: ANSI batch files, no byte-order mark)',
      'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md',
    ],
    catalog: 'PKG-005',
    tags: ['packaging'],
    precision: 'very-high',
    defaultLevel: 'error',
    recommended: true,
  },
  check(service, ctx) {
    const seen = new Set<string>();
    for (const t of sharedIndex(service, ctx, startupTaskFilesOf)) {
      if (!t.found || seen.has(t.found) || !/\.(cmd|bat)$/i.test(t.found)) continue;
      seen.add(t.found);
      const head = ctx.files.head(t.found, 3);
      if (!head) continue;
      const kind =
        head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
          ? 'UTF-8 with a byte-order mark'
          : (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
            ? 'UTF-16'
            : undefined;
      if (!kind) continue;
      ctx.report({
        at: fileStart(t.found),
        message: `${t.found}, run by a startup task of role "${t.role.name ?? ''}", is saved as ${kind}; cmd.exe needs ANSI text without a byte-order mark: save it as ANSI (code page 1252) or UTF-8 without signature`,
      });
    }
  },
});
