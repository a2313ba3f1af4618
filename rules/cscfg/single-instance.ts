import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';
import { parseXsInt } from '../lib/schema.js';

export default defineRule({
  meta: {
    id: 'CSCFG-single-instance',
    shortDescription: 'A role runs a single instance in a deployed configuration',
    fullDescription:
      'With one instance a role has no SLA and goes down whenever that instance is rebooted: every Guest OS update, host update, role recycle and, during an in-place migration to extended support, the commit step restarts it. Two or more instances in different update domains keep the role up.',
    help: help({
      why: 'The compute SLA requires two or more instances. Local (emulator) configurations are not checked.',
      bad: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Role name="Web">\n  <Instances count="1" />\n</Role>',
      good: '<!-- ServiceConfiguration.Cloud.cscfg -->\n<Role name="Web">\n  <Instances count="2" />\n</Role>',
      notes: 'Decision on the inference part: only configurations whose profile is not a local one (Local, Emulator, Dev…) are checked, and the rule is a hygiene warning in the strict preset because single-instance test deployments are common and deliberate.',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/in-place-migration-common-errors.md (single-instance roles restart)',
      'Azure Cloud Services SLA (two or more instances)',
    ],
    catalog: 'CSCFG-007',
    tags: ['reliability'],
    precision: 'high',
    defaultLevel: 'warning',
    recommended: false,
  },
  check(service, ctx) {
    for (const cfg of service.configurations) {
      if (cfg.isLocal) continue;
      for (const role of cfg.roles) {
        const a = role.instances?.el.attr('count');
        if (!a || parseXsInt(a.value) !== 1) continue;
        ctx.report({
          at: a,
          message: `role "${role.name ?? '?'}" runs one instance, which has no SLA and goes down on every update; set count="2" or more`,
        });
      }
    }
  },
});
