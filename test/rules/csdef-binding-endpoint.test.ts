import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-binding-endpoint', {
  valid: [
    {
      name: 'bindings to input and internal endpoints, an SDK 1.0 input endpoint, and a web role without Sites',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Sites>
      <Site name="Web">
        <VirtualApplication name="api" physicalDirectory="..\\Api" />
        <Bindings>
          <Binding name="Http" endpointName="Http" />
          <Binding name="Internal" endpointName="Internal" hostHeader="internal.example.com" />
        </Bindings>
      </Site>
    </Sites>
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
      <InternalEndpoint name="Internal" protocol="http" />
    </Endpoints>
  </WebRole>
  <WebRole name="Legacy">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="HttpIn" />
        </Bindings>
      </Site>
    </Sites>
    <InputEndpoints>
      <InputEndpoint name="HttpIn" protocol="http" port="8080" />
    </InputEndpoints>
  </WebRole>
  <WebRole name="HostedWebCore">
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="8081" />
    </Endpoints>
  </WebRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'a miscapitalised endpoint, an instance input endpoint, a site without Bindings and a role without endpoints',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="HTTP" />
          <Binding name="Direct" endpointName="Direct" />
        </Bindings>
      </Site>
      <Site name="Admin" physicalDirectory="..\\Admin" />
    </Sites>
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
      <InternalEndpoint name="Internal" protocol="http" />
      <InstanceInputEndpoint name="Direct" localPort="10100" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WebRole>
  <WebRole name="Bare">
    <Sites>
      <Site name="Web">
        <Bindings>
          <Binding name="Http" endpointName="Http" />
        </Bindings>
      </Site>
    </Sites>
  </WebRole>`),
      },
      errors: [
        {
          line: 6,
          column: 32,
          message: 'binding "Http" names endpoint "HTTP", which role "Web" does not have; its endpoints: Http, Internal',
        },
        {
          line: 7,
          column: 34,
          message:
            'binding "Direct" names endpoint "Direct", an InstanceInputEndpoint, which a site cannot bind; bind an InputEndpoint or InternalEndpoint of role "Web" (Http, Internal)',
        },
        { line: 10, column: 7, message: 'site "Admin" has no <Bindings>; add one with a <Binding> to an endpoint of role "Web"' },
        { line: 26, column: 32, message: 'binding "Http" names endpoint "Http", which role "Bare" does not have' },
      ],
    },
  ],
});
