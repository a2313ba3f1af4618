import { csdef, ruleTester } from '../helpers/lint-harness.js';

const definition = (dir: string, app = ''): string =>
  csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Sites>
      <Site name="Web" physicalDirectory="${dir}">${app}
        <Bindings>
          <Binding name="b" endpointName="HttpIn" />
        </Bindings>
      </Site>
    </Sites>
  </WebRole>`);

ruleTester('PKG-physical-directory-missing', {
  valid: [
    { name: 'relative folder that exists (other case)', files: { 'Cloud/ServiceDefinition.csdef': definition('..\\shop.web'), 'Shop.Web/index.html': '<p/>' } },
    { name: 'absolute paths are another rule\'s', files: { 'ServiceDefinition.csdef': definition('C:\\src\\Shop.Web') } },
    { name: 'no physicalDirectory', files: { 'ServiceDefinition.csdef': definition('').replace(' physicalDirectory=""', '') } },
    { name: 'a folder outside the linted tree cannot be checked', files: { 'ServiceDefinition.csdef': definition('..\\Elsewhere\\Shop.Web') } },
    { name: 'a path with an MSBuild or environment variable', files: { 'ServiceDefinition.csdef': definition('$(SolutionDir)Shop.Web'), 'Cloud/ServiceDefinition.csdef': definition('%SHOP%\\web') } },
    { name: 'a generated copy points from the wrong folder', files: { 'Cloud/csx/Release/ServiceDefinition.csdef': definition('..\\Missing') } },
  ],
  invalid: [
    {
      name: 'renamed project folder and a missing virtual application',
      files: {
        'Cloud/ServiceDefinition.csdef': definition('..\\ShopWeb', '\n        <VirtualApplication name="api" physicalDirectory="..\\Shop.Api" />'),
        'Shop.Web/index.html': '<p/>',
      },
      errors: [
        {
          line: 4,
          column: 24,
          message:
            'Site "Web" of role "Web" points at physicalDirectory "..\\ShopWeb", but ShopWeb is not a folder; fix the path (it is relative to Cloud/ServiceDefinition.csdef) or add the folder',
        },
        {
          line: 5,
          column: 40,
          message:
            'VirtualApplication "api" of role "Web" points at physicalDirectory "..\\Shop.Api", but Shop.Api is not a folder; fix the path (it is relative to Cloud/ServiceDefinition.csdef) or add the folder',
        },
      ],
    },
    {
      name: 'a file where the folder should be',
      files: { 'Cloud/ServiceDefinition.csdef': definition('..\\Shop.Web'), 'Shop.Web': 'not a folder' },
      errors: [
        {
          line: 4,
          column: 24,
          message:
            'Site "Web" of role "Web" points at physicalDirectory "..\\Shop.Web", but Shop.Web is not a folder; fix the path (it is relative to Cloud/ServiceDefinition.csdef) or add the folder',
        },
      ],
    },
  ],
});
