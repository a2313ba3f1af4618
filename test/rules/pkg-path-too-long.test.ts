import { csdef, ruleTester } from '../helpers/lint-harness.js';

const web = csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="b" endpointName="HttpIn" />
        </Bindings>
      </Site>
    </Sites>
  </WebRole>`);
const worker = csdef('  <WorkerRole name="Worker" vmsize="Standard_A1_v2" />');
// 200 characters of folders; E:\sitesroot\0\ (15) + 200 stays under the 248-character folder limit.
const deep = `${'d'.repeat(100)}/${'e'.repeat(99)}`;
const ccproj = `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <ServiceDefinition Include="ServiceDefinition.csdef" />
  </ItemGroup>
  <ItemGroup>
    <ProjectReference Include="Web\\Web.csproj"><RoleName>Web</RoleName></ProjectReference>
  </ItemGroup>
</Project>
`;
const csproj = (content: string): string => `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <ItemGroup>
    <Content Include="${content}" />
  </ItemGroup>
</Project>
`;

ruleTester('PKG-path-too-long', {
  valid: [
    { name: 'short paths', files: { 'ServiceDefinition.csdef': web, 'Web/Content/site.css': 'a{}' } },
    {
      name: 'worker output under bin\\Release\\ lands directly in approot',
      files: { 'ServiceDefinition.csdef': worker, [`Worker/bin/Release/${deep}/${'f'.repeat(36)}.txt`]: 'x' },
    },
    { name: 'source files are not deployed', files: { 'ServiceDefinition.csdef': web, [`Web/${deep}/${'f'.repeat(46)}.cs`]: 'class A {}' } },
    {
      name: 'a role project ships only its Content items and bin: a deep file that is neither stays behind',
      files: {
        'Svc.ccproj': ccproj,
        'ServiceDefinition.csdef': web,
        'Web/Web.csproj': csproj('index.html'),
        'Web/index.html': '<p/>',
        [`Web/${deep}/${'f'.repeat(46)}.txt`]: 'x',
      },
    },
  ],
  invalid: [
    {
      name: 'a deep Content item of a role project',
      files: {
        'Svc.ccproj': ccproj,
        'ServiceDefinition.csdef': web,
        'Web/Web.csproj': csproj(`${deep.replace('/', '\\')}\\${'f'.repeat(46)}.txt`),
        [`Web/${deep}/${'f'.repeat(46)}.txt`]: 'x',
      },
      errors: [{ line: 2, column: 12, file: 'ServiceDefinition.csdef', message: /^role "Web" has 1 path over the Windows limit on the role VM; .* 266-character file path/ }],
    },
    {
      name: 'a web content file projected under sitesroot',
      files: { 'ServiceDefinition.csdef': web, [`Web/${deep}/${'f'.repeat(46)}.txt`]: 'x', 'Web/short.txt': 'x' },
      errors: [
        {
          line: 2,
          column: 12,
          message: new RegExp(
            `^role "Web" has 1 path over the Windows limit on the role VM; the longest, Web/d{100}/e{99}/f{46}\\.txt, becomes a 266-character file path where Windows allows at most 259; shorten folder or file names$`,
          ),
        },
      ],
    },
  ],
});
