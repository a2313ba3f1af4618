import { defineRule } from '../../src/lint/rule-api.js';
import { help } from '../lib/help.js';

export default defineRule({
  meta: {
    id: 'CSES-lifecycle',
    shortDescription: 'Cloud Services (extended support) retires on 2027-03-31',
    fullDescription:
      'Cloud Services (classic) was retired on 2024-08-31 and its deployments were stopped from October 2024. Cloud Services (extended support) was deprecated on 2025-03-31 and is fully retired on 2027-03-31, the same day Visual Studio\'s Cloud Services tooling ends. This note is reported once per service so the retirement shows up in reports; plan the move to App Service, Container Apps, AKS or Virtual Machine Scale Sets.',
    help: help({
      why: 'Every page of the extended-support documentation carries the retirement banner. A linter run is a good place to keep the date in sight.',
      bad: '<ServiceDefinition name="shop">…</ServiceDefinition>',
      good: '<!-- nothing to fix in the file: suppress the note with a reason once a migration plan exists -->',
      notes: 'A note in the strict preset only; reported on the definition (or the first configuration when there is none).',
    }),
    sources: [
      'MicrosoftDocs/azure-docs articles/cloud-services-extended-support (retirement banner, aka.ms/cses-retirement-march-2025)',
      'MicrosoftDocs/visualstudio-docs docs/azure/vs-azure-tools-command-line-build.md (tooling support banner)',
    ],
    catalog: 'CSES-012',
    tags: ['extended-support', 'lifecycle'],
    precision: 'very-high',
    defaultLevel: 'note',
    recommended: false,
  },
  check(service, ctx) {
    const at = service.definition?.el ?? service.configurations[0]?.el;
    if (!at) return;
    ctx.report({
      at,
      message:
        'Cloud Services (classic) is retired and Cloud Services (extended support) is fully retired on 2027-03-31; plan the move of this service to another compute platform (App Service, Container Apps, AKS or Virtual Machine Scale Sets)',
    });
  },
});
