import { csdef, ruleTester } from '../helpers/lint-harness.js';

ruleTester('CSDEF-duplicate-input-port', {
  valid: [
    {
      name: 'one public port per input endpoint; local, internal and instance ports may repeat; RemoteForwarder in one role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="RemoteAccess" />
      <Import moduleName="RemoteForwarder" />
    </Imports>
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
      <InternalEndpoint name="Internal" protocol="tcp" port="80" />
    </Endpoints>
  </WebRole>
  <WorkerRole name="Worker">
    <Imports>
      <Import moduleName="RemoteAccess" />
    </Imports>
    <Endpoints>
      <InputEndpoint name="Api" protocol="tcp" port="8080" localPort="80" />
      <InternalEndpoint name="Rdp" protocol="tcp" port="3389" />
      <InstanceInputEndpoint name="Direct" localPort="80" protocol="tcp">
        <AllocatePublicPortFrom>
          <FixedPortRange min="10100" max="10110" />
        </AllocatePublicPortFrom>
      </InstanceInputEndpoint>
    </Endpoints>
  </WorkerRole>`),
      },
    },
  ],
  invalid: [
    {
      name: 'the same public port in two roles (one written with padding) and twice in one role',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Endpoints>
      <InputEndpoint name="Http" protocol="http" port="80" />
    </Endpoints>
  </WebRole>
  <WorkerRole name="Worker">
    <Endpoints>
      <InputEndpoint name="HttpIn" protocol="tcp" port=" 80" />
      <InputEndpoint name="Alt" protocol="tcp" port="8080" />
      <InputEndpoint name="Alt2" protocol="tcp" port="8080" />
    </Endpoints>
  </WorkerRole>`),
      },
      errors: [
        {
          line: 9,
          column: 51,
          message: 'public port 80 of input endpoint "HttpIn" in role "Worker" is already taken by input endpoint "Http" in role "Web" (line 4); use another port',
        },
        {
          line: 11,
          column: 49,
          message: 'public port 8080 of input endpoint "Alt2" in role "Worker" is already taken by input endpoint "Alt" in role "Worker" (line 10); use another port',
        },
      ],
    },
    {
      name: 'an input endpoint on the RemoteForwarder port, and RemoteForwarder imported by two roles',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WebRole name="Web">
    <Imports>
      <Import moduleName="RemoteForwarder" />
    </Imports>
    <Endpoints>
      <InputEndpoint name="Rdp" protocol="tcp" port="3389" />
    </Endpoints>
  </WebRole>
  <WorkerRole name="Worker">
    <Imports>
      <Import moduleName="RemoteForwarder" />
    </Imports>
  </WorkerRole>`),
      },
      errors: [
        {
          line: 7,
          column: 48,
          message: 'public port 3389 of input endpoint "Rdp" in role "Web" is already taken by the RemoteForwarder plug-in in role "Web" (line 4); use another port',
        },
        {
          line: 12,
          column: 7,
          message: 'public port 3389 of the RemoteForwarder plug-in in role "Worker" is already taken by the RemoteForwarder plug-in in role "Web" (line 4); import RemoteForwarder in one role only',
        },
      ],
    },
    {
      name: 'RemoteForwarder imported by a role after another role took its port',
      files: {
        'ServiceDefinition.csdef': csdef(`  <WorkerRole name="Gateway">
    <Endpoints>
      <InputEndpoint name="Rdp" protocol="tcp" port="3389" />
    </Endpoints>
  </WorkerRole>
  <WebRole name="Web">
    <Imports>
      <Import moduleName="RemoteForwarder" />
    </Imports>
  </WebRole>`),
      },
      errors: [
        {
          line: 9,
          column: 7,
          message: 'public port 3389 of the RemoteForwarder plug-in in role "Web" is already taken by input endpoint "Rdp" in role "Gateway" (line 4); give input endpoint "Rdp" another port',
        },
      ],
    },
  ],
});
