import { defineRule, serviceDocuments } from '../../src/lint/rule-api.js';
import { generatedSegment } from '../lib/files.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'PKG-generated-copy',
    shortDescription: 'A service file is a generated copy under bin, obj, csx, rcf or app.publish',
    fullDescription:
      'Visual Studio and CSPack write copies of the service files into build folders: bin\\<Configuration>\\app.publish\\, <project>.csx\\, csx\\<Configuration>\\, obj\\ and rcf\\. Committed, they go stale, often carry the real storage keys of a publish, and make every finding appear twice. The copy is reported once as a note so it can be deleted and ignored (for example with a .gitignore entry and the linter\'s ignore setting).',
    help: help({
      why: 'Findings in a generated copy are fixed by editing the authored file and rebuilding; the copy itself should not be in the repository.',
      bad: 'WindowsAzure1/bin/Release/app.publish/ServiceConfiguration.Cloud.cscfg',
      good: 'WindowsAzure1/ServiceConfiguration.Cloud.cscfg   (and bin/, obj/, csx/ in .gitignore)',
      lang: 'text',
      notes: 'A note in the strict preset. Other rules still check the copy, since it may be the only place a leaked secret lives; ignore the folder in the configuration to silence them.',
    }),
    sources: ['cspkg format notes §9 (CSPack /copyOnly writes <out>.csx); public-repository sample in the rule catalog §6'],
    catalog: 'PKG-010',
    tags: ['packaging', 'hygiene'],
    precision: 'very-high',
    defaultLevel: 'note',
    recommended: false,
  },
  check(service, ctx) {
    for (const doc of serviceDocuments(service)) {
      const seg = generatedSegment(doc.file);
      if (seg === undefined) continue;
      ctx.report({
        at: doc.root ?? { file: doc.file, span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } } },
        message: `this file is a generated copy (under ${seg}/); delete it from the repository, fix the authored file instead, and add the folder to .gitignore and the linter's ignore list`,
      });
    }
  },
});
