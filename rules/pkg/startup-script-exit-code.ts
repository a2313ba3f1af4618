import { defineRule, sharedIndex } from '../../src/lint/rule-api.js';
import { isSimpleTask, startupTaskFilesOf } from '../lib/files.js';
import { help } from '../lib/help.js';

/** A line that ends the script with an explicit exit code (`exit /b 0`, `EXIT 0`, `exit /b %errorlevel%`). */
const EXIT = /^\s*@?exit(\s+\/b)?\s+(\S+)\s*$/i;
/** Lines that do nothing: blank, comments, labels, echo off. */
const INERT = /^\s*(@?rem\b.*|::.*|:[^:].*|@?echo\s+off\s*|)$/i;

export default defineRule({
  meta: {
    id: 'PKG-startup-script-exit-code',
    shortDescription: 'A simple startup script does not end with an explicit exit code',
    fullDescription:
      'A simple startup task must finish with errorlevel 0 before the role starts; a non-zero exit keeps the role from starting. A batch file ends with the errorlevel of its last command, which is often not 0 even when everything went well (a find that matched nothing, an already-installed feature). Microsoft\'s startup-task guidance is to end the script with EXIT /B 0 (or an explicit, deliberate code).',
    help: help({
      why: 'A script that ends with, say, `reg query …` or `msiexec /i x.msi /qn` passes its errorlevel on, and a harmless non-zero value blocks the role.',
      bad: '@echo off\nmsiexec /i tools.msi /qn',
      good: '@echo off\nmsiexec /i tools.msi /qn\nexit /b 0',
      lang: 'bat',
      notes:
        'Any explicit exit on the last meaningful line counts (exit /b %errorlevel% is a deliberate choice). Only simple tasks are checked (background and foreground tasks do not block the role) and only .cmd/.bat files up to 64 KiB.',
    }),
    sources: ['MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-startup-tasks.md (EXIT /B 0)'],
    catalog: 'PKG-006',
    tags: ['packaging'],
    precision: 'medium',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    const seen = new Set<string>();
    for (const t of sharedIndex(service, ctx, startupTaskFilesOf)) {
      if (!t.found || seen.has(t.found) || !isSimpleTask(t.task) || !/\.(cmd|bat)$/i.test(t.found)) continue;
      seen.add(t.found);
      const limit = 64 * 1024;
      const bytes = ctx.files.head(t.found, limit);
      if (!bytes || bytes.length >= limit) continue;
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) continue;
      const lines = new TextDecoder('latin1').decode(bytes).replace(/^\u00ef\u00bb\u00bf/, '').split(/\r\n|\r|\n/);
      let last = lines.length - 1;
      while (last >= 0 && INERT.test(lines[last] as string)) last--;
      if (last < 0 || EXIT.test(lines[last] as string)) continue;
      const line = last + 1;
      ctx.report({
        at: { file: t.found, span: { start: { line, column: 1, offset: 0 }, end: { line, column: 1, offset: 0 } } },
        message: `${t.found} (simple startup task of role "${t.role.name ?? ''}") ends without an explicit exit, so its last command's errorlevel decides whether the role starts; end it with "exit /b 0" (or a deliberate exit code)`,
      });
    }
  },
});
