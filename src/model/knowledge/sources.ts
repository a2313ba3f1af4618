/** Where a fact in the knowledge tables comes from, so a message or doc page can cite it. */
export const SOURCES = {
  sizes2015: 'Microsoft Docs, "Sizes for Cloud Services" (2015 revision): cores and local resource MB',
  sizes2017: 'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-sizes-specs.md (2017 revision): temp disk',
  sizesFormula:
    'Inferred: local resource MB = temp disk GiB × 1024 − 5096, which holds exactly for every A0–A7 and D size the 2015 doc lists',
  csesPrereq:
    'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/deploy-prerequisite.md (current revision): classic size → ARM size',
  csesSizes: 'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/available-sizes.md',
  guestOsMatrix:
    'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-update-matrix.md (Nov 2025)',
  family1Retirement: 'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-guestos-family1-retirement.md',
  family234Retirement:
    'MicrosoftDocs/azure-docs articles/cloud-services-extended-support/cloud-services-guestos-family-2-3-4-retirement.md',
  csdefSchema: 'ServiceDefinitionSchema (Azure SDK 2.4 XSD) and MicrosoftDocs articles/cloud-services/schema-csdef-*.md',
  cscfgSchema: 'ServiceConfigurationSchema (Azure SDK 2.4 XSD) and MicrosoftDocs articles/cloud-services/schema-cscfg-*.md',
  vmRoleSchema: 'MSDN "VirtualMachineRole Schema" (June 2012, Windows Azure SDK 1.3+)',
  limits: 'MicrosoftDocs/azure-docs includes/azure-cloud-services-limits.md',
  internalPerRole: 'MicrosoftDocs/azure-docs articles/cloud-services/cloud-services-enable-communication-role-instances.md',
  plugins:
    'Azure SDK RoleModule plug-ins (*.csplugin), as seen in the settings real .cscfg files carry and the aCS entries of built .rd files',
  importDocs: 'MicrosoftDocs/azure-docs articles/cloud-services/schema-csdef-webrole.md (Import element)',
} as const;

export type SourceId = keyof typeof SOURCES;
