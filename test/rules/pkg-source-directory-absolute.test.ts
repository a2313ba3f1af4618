import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('PKG-source-directory-absolute', {
  valid: [
    {
      name: 'a build-output copy keeps the absolute rcf path Visual Studio wrote',
      files: {
        'Svc/bin/Release/ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Contents>
      <Content destination=".\\">
        <SourceDirectory path="C:\\src\\Svc\\rcf\\Release\\WorkerContent\\" />
      </Content>
    </Contents>
  </WorkerRole>`),
      },
    },
    {
      name: 'relative paths',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Worker" vmsize="Standard_A1_v2">
    <Contents>
      <Content destination="tools">
        <SourceDirectory path="..\\Tools" />
      </Content>
    </Contents>
  </WorkerRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a developer path in Contents and in a virtual directory',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web" vmsize="Standard_A1_v2">
    <Sites>
      <Site name="Web">
        <VirtualDirectory name="img" physicalDirectory="C:\\Users\\me\\img" />
        <Bindings>
          <Binding name="b" endpointName="HttpIn" />
        </Bindings>
      </Site>
    </Sites>
    <Contents>
      <Content destination=".\\">
        <SourceDirectory path="C:\\Users\\me\\repo\\rcf\\Release\\WebContent\\" />
      </Content>
    </Contents>
  </WebRole>`),
      },
      errors: [
        {
          line: 5,
          column: 38,
          message:
            'VirtualDirectory "img" of role "Web" uses the absolute physicalDirectory "C:\\Users\\me\\img", which exists only on one machine; make it relative to the .csdef',
        },
        {
          line: 13,
          column: 26,
          message:
            'content ".\\" of role "Web" copies from the absolute path "C:\\Users\\me\\repo\\rcf\\Release\\WebContent\\", which exists only on one machine; make it relative to the .csdef',
        },
      ],
    },
  ],
});
