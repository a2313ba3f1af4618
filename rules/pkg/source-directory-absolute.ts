import { defineRule, type VirtualPath } from '../../src/lint/rule-api.js';
import { generatedSegment, isAbsoluteWindowsPath } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-source-directory-absolute',
    shortDescription: 'A content or site folder is an absolute path from one developer\'s machine',
    fullDescription:
      'SourceDirectory/@path and physicalDirectory should be relative to the .csdef. An absolute path such as C:\\Users\\me\\repo\\rcf\\WebRole1Content\\ exists only on the machine that wrote it, so every other build (a teammate, a pipeline agent) fails to package the role or packages stale content.',
    help: help({
      why: 'Visual Studio sometimes writes its generated role-content folder (rcf) into the .csdef with the full local path; committed, it breaks the build elsewhere and leaks the author\'s user name.',
      bad: '<SourceDirectory path="C:\\Users\\me\\source\\repos\\Shop\\Shop\\rcf\\Release\\WebRole1Content\\" />',
      good: '<SourceDirectory path="rcf\\Release\\WebRole1Content\\" />\n<!-- or remove the Contents block Visual Studio regenerates -->',
      notes:
        'Warning: the path may happen to exist on the build machine (a fixed agent), but the file is then tied to that machine. Definitions under build folders (bin, obj, csx, app.publish) are skipped: Visual Studio writes absolute paths into those copies on purpose, and PKG-generated-copy reports the copies themselves.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (SourceDirectory path relative to the .csdef)',
      'Azure-Samples/sample-cloud-service-extended-support--azure-devops ServiceDefinition.csdef (commits such a path)',
    ],
    catalog: 'PKG-008',
    tags: ['packaging'],
    precision: 'very-high',
    defaultLevel: 'warning',
    recommended: true,
  },
  check(service, ctx) {
    const def = service.definition;
    // Build output (bin/, csx/) carries the absolute rcf paths Visual Studio writes on purpose;
    // that copy is PKG-generated-copy's to report.
    if (!def || generatedSegment(def.file) !== undefined) return;
    for (const role of def.roles) {
      for (const content of role.contents) {
        const attr = content.sourceDirectory?.attr('path');
        if (!attr || !isAbsoluteWindowsPath(attr.value.trim())) continue;
        ctx.report({
          at: attr,
          message: `content "${content.destination ?? ''}" of role "${role.name ?? ''}" copies from the absolute path "${attr.value.trim()}", which exists only on one machine; make it relative to the .csdef`,
        });
      }
      const sites: VirtualPath[] = [...role.sites];
      while (sites.length) {
        const p = sites.shift();
        if (!p) break;
        sites.push(...p.children);
        const attr = p.el.attr('physicalDirectory');
        if (!attr || !isAbsoluteWindowsPath(attr.value.trim())) continue;
        ctx.report({
          at: attr,
          message: `${p.kind} "${p.name ?? ''}" of role "${role.name ?? ''}" uses the absolute physicalDirectory "${attr.value.trim()}", which exists only on one machine; make it relative to the .csdef`,
        });
      }
    }
  },
});
