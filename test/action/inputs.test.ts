import assert from 'node:assert/strict';
import { join } from 'node:path';
import { afterEach, describe, it } from 'node:test';
import { InputError, readInputs } from '../../src/action/inputs.js';

// Inputs are read from INPUT_<NAME> with the name upper-cased and hyphens kept, as the runner sets them.
const touched = new Set<string>();
function setInputs(inputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(inputs)) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    touched.add(key);
    process.env[key] = value;
  }
}
afterEach(() => {
  for (const k of touched) delete process.env[k];
  touched.clear();
});

const env = { GITHUB_WORKSPACE: '/ws/repo', RUNNER_TEMP: '/runner/tmp' };

describe('action inputs', () => {
  it('applies the documented defaults', () => {
    const i = readInputs(env);
    assert.deepEqual(i, {
      workspace: '/ws/repo',
      paths: ['.'],
      configFile: undefined,
      failOn: 'error',
      maxWarnings: undefined,
      sarifFile: join('/runner/tmp', 'cloudservice-lint.sarif'),
      category: 'cloudservice-lint',
      annotations: true,
      summary: true,
      baselineFile: undefined,
      includeSuppressed: false,
      uploadSarif: false,
      token: '',
      pkg: {
        enabled: false,
        definition: undefined,
        roles: new Map(),
        sites: new Map(),
        sdkKit: undefined,
        packagePath: undefined,
        configuration: undefined,
        packageOnFindings: false,
        uploadArtifact: true,
        artifactName: undefined,
        retentionDays: undefined,
      },
    });
  });

  it('reads the packaging inputs, with multiline Role=folder and Role/Site=folder lists', () => {
    setInputs({
      package: 'true',
      definition: 'cloud/ServiceDefinition.csdef',
      roles: 'Web=build/web\n# the worker\nWorker = build/worker\n',
      sites: 'Web/Admin=build/admin',
      'sdk-kit': 'kits/sdk-2.9',
      'package-path': 'out/shop.cspkg',
      configuration: 'cloud/ServiceConfiguration.Cloud.cscfg',
      'package-on-findings': 'true',
      'upload-artifact': 'false',
      'artifact-name': 'shop-release',
      'retention-days': '30',
    });
    const p = readInputs(env).pkg;
    assert.equal(p.enabled, true);
    assert.deepEqual([...p.roles], [
      ['Web', 'build/web'],
      ['Worker', 'build/worker'],
    ]);
    assert.deepEqual([...p.sites], [['Web/Admin', 'build/admin']]);
    assert.deepEqual(
      [p.definition, p.sdkKit, p.packagePath, p.configuration, p.packageOnFindings, p.uploadArtifact, p.artifactName, p.retentionDays],
      ['cloud/ServiceDefinition.csdef', 'kits/sdk-2.9', 'out/shop.cspkg', 'cloud/ServiceConfiguration.Cloud.cscfg', true, false, 'shop-release', 30],
    );
  });

  const badPackaging: [Record<string, string>, string][] = [
    [{ roles: 'Web' }, 'input "roles": "Web" is not Role=folder'],
    [{ roles: 'Web=a\nWeb=b' }, 'input "roles": Web is given twice'],
    [{ sites: 'Web=a' }, 'input "sites": "Web=a" is not Role/Site=folder'],
    [{ 'retention-days': '91' }, 'input "retention-days" must be a whole number of days from 1 to 90; got "91"'],
    [{ 'artifact-name': 'a/b' }, 'input "artifact-name" may not contain " : < > | * ? \\ / or a line break; got "a/b"'],
    [{ package: 'yes' }, 'input "package" must be true or false; got "yes"'],
  ];
  for (const [inputs, message] of badPackaging) {
    it(`refuses ${JSON.stringify(inputs)} in one line`, () => {
      setInputs(inputs);
      assert.throws(() => readInputs(env), (e: unknown) => e instanceof InputError && e.message === message);
    });
  }

  it('reads every input, with multiline paths and a workspace-relative sarif-file', () => {
    setInputs({
      path: 'services/a\n  services/b  \n\n',
      config: 'ci/cslint.yml',
      'fail-on': 'warning',
      'max-warnings': '0',
      'sarif-file': 'out/lint.sarif',
      category: 'cslint-prod/',
      annotations: 'false',
      summary: 'FALSE',
      baseline: 'ci/baseline.json',
      'include-suppressed': 'True',
      'upload-sarif': 'true',
      token: 'ghs_x',
    });
    const i = readInputs(env);
    assert.deepEqual(i.paths, ['services/a', 'services/b']);
    assert.equal(i.configFile, 'ci/cslint.yml');
    assert.equal(i.failOn, 'warning');
    assert.equal(i.maxWarnings, 0);
    assert.equal(i.sarifFile, '/ws/repo/out/lint.sarif');
    assert.equal(i.category, 'cslint-prod');
    assert.equal(i.annotations, false);
    assert.equal(i.summary, false);
    assert.equal(i.baselineFile, 'ci/baseline.json');
    assert.equal(i.includeSuppressed, true);
    assert.equal(i.uploadSarif, true);
    assert.equal(i.token, 'ghs_x');
  });

  const bad: ReadonlyArray<[Record<string, string>, RegExp]> = [
    [{ 'fail-on': 'errors' }, /^input "fail-on" must be one of error, warning, note, none; got "errors"$/],
    [{ 'max-warnings': '-1' }, /^input "max-warnings" must be a whole number of 0 or more; got "-1"$/],
    [{ 'max-warnings': 'ten' }, /^input "max-warnings" must be a whole number/],
    [{ annotations: 'yes' }, /^input "annotations" must be true or false; got "yes"$/],
    [{ 'upload-sarif': '1' }, /^input "upload-sarif" must be true or false; got "1"$/],
  ];
  for (const [inputs, message] of bad) {
    it(`rejects ${JSON.stringify(inputs)} with a one-line message naming the input`, () => {
      setInputs(inputs);
      assert.throws(() => readInputs(env), (err: unknown) => err instanceof InputError && message.test(err.message) && !err.message.includes('\n'));
    });
  }
});
