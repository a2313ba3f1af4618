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
  ],
});
