import { csdef, ruleTester } from '../helpers/lint-harness.js';

const definition = (source: string): string =>
  csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Contents>
      <Content destination="tools">
        ${source}
      </Content>
    </Contents>
  </WorkerRole>`);

ruleTester('PKG-source-directory-missing', {
  valid: [
    { name: 'folder exists', files: { 'ServiceDefinition.csdef': definition('<SourceDirectory path="RoleTools" />'), 'RoleTools/a.exe': 'x' } },
    { name: 'generated rcf folder', files: { 'ServiceDefinition.csdef': definition('<SourceDirectory path="rcf\\Release\\WorkerContent\\" />') } },
    { name: 'absolute path (another rule)', files: { 'ServiceDefinition.csdef': definition('<SourceDirectory path="D:\\tools" />') } },
    { name: 'folder exists in another case', files: { 'ServiceDefinition.csdef': definition('<SourceDirectory path="roletools" />'), 'RoleTools/a.exe': 'x' } },
    { name: 'a path with a variable', files: { 'ServiceDefinition.csdef': definition('<SourceDirectory path="$(OutDir)tools" />') } },
    { name: 'a folder outside the linted tree', files: { 'ServiceDefinition.csdef': definition('<SourceDirectory path="..\\tools" />') } },
    { name: 'a generated copy of the definition', files: { 'bin/Release/ServiceDefinition.csdef': definition('<SourceDirectory path="RoleTools" />') } },
  ],
  invalid: [
    {
      name: 'missing folder',
      files: { 'Cloud/ServiceDefinition.csdef': definition('<SourceDirectory path="..\\Tools" />'), 'Tool/x.txt': 'x' },
      errors: [
        {
          line: 5,
          column: 26,
          message:
            'content "tools" of role "Worker" copies from "..\\Tools", but Tools is not a folder; fix the path (it is relative to Cloud/ServiceDefinition.csdef) or add the folder',
        },
      ],
    },
    {
      name: 'no SourceDirectory',
      files: { 'ServiceDefinition.csdef': definition('') },
      errors: [
        {
          line: 4,
          column: 7,
          message: 'content "tools" of role "Worker" has no SourceDirectory path; add <SourceDirectory path="<folder relative to ServiceDefinition.csdef>" />',
        },
      ],
    },
  ],
});
