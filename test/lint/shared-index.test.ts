import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definitionElements, walk } from '../../rules/lib/schema.js';
import { fileFacts } from '../../src/lint/file-facts.js';
import { defineRule, sharedIndex, type RuleContext, type Service, type ServiceIndex } from '../../src/lint/rule-api.js';
import { discoverServices } from '../../src/model/index.js';
import { csdef, cscfg, lintFiles } from '../helpers/lint-harness.js';
import { serviceFilesRoot } from '../helpers/manifest.js';

const twoServices = {
  'a/ServiceDefinition.csdef': csdef('<WebRole name="Web"><Sites><Site name="Web"/></Sites></WebRole>'),
  'a/ServiceConfiguration.Cloud.cscfg': cscfg('<Role name="Web"><Instances count="2"/></Role>'),
  'b/ServiceDefinition.csdef': csdef('<WorkerRole name="Work"/><WorkerRole name="Other"/>'),
};

/** Two rules of a pack that ask for the same index, counting how often it is built. */
function countingPack(build: ServiceIndex<string[]>) {
  const seen: string[] = [];
  const rule = (id: string) =>
    defineRule({
      meta: {
        id,
        shortDescription: 'test',
        fullDescription: 'test',
        help: 'test',
        sources: [],
        tags: ['test'],
        precision: 'high',
        defaultLevel: 'note',
        recommended: true,
      },
      check(service, ctx) {
        const names = sharedIndex(service, ctx, build);
        seen.push(`${id} ${names.join(',')}`);
        if (service.definition) ctx.report({ at: service.definition.el, message: names.join(',') });
      },
    });
  return { rules: [rule('TEST-first'), rule('TEST-second')], seen };
}

describe('shared per-service indexes (RuleContext.index)', () => {
  it('builds an index once per service and hands every rule the same answer', () => {
    let builds = 0;
    const roleNames: ServiceIndex<string[]> = (service) => {
      builds++;
      return (service.definition?.roles ?? []).map((r) => r.name ?? '');
    };
    const { rules, seen } = countingPack(roleNames);
    const findings = lintFiles(twoServices, { extraRules: rules });
    assert.equal(builds, 2, 'one build per service');
    assert.deepEqual(seen, ['TEST-first Web', 'TEST-second Web', 'TEST-first Work,Other', 'TEST-second Work,Other']);
    assert.deepEqual(
      findings.filter((f) => f.ruleId.startsWith('TEST-')).map((f) => `${f.ruleId} ${f.file} ${f.message}`),
      ['TEST-first a/ServiceDefinition.csdef Web', 'TEST-second a/ServiceDefinition.csdef Web', 'TEST-first b/ServiceDefinition.csdef Work,Other', 'TEST-second b/ServiceDefinition.csdef Work,Other'],
    );
  });

  it('does not keep an index whose build throws: every rule that asks fails as it would alone', () => {
    let builds = 0;
    const broken: ServiceIndex<string[]> = () => {
      builds++;
      throw new Error('no index today');
    };
    const { rules } = countingPack(broken);
    const failed = lintFiles({ 'a/ServiceDefinition.csdef': twoServices['a/ServiceDefinition.csdef'] }, { extraRules: rules }).filter(
      (f) => f.ruleId === 'LINT-rule-failed',
    );
    assert.equal(builds, 2);
    assert.deepEqual(
      failed.map((f) => f.message),
      ['rule TEST-first failed on this service: no index today', 'rule TEST-second failed on this service: no index today'],
    );
  });

  it('builds directly for a context made by hand, without index', () => {
    const service = { definition: undefined } as unknown as Service;
    const ctx: RuleContext = { options: {}, files: fileFacts('.'), report: () => {} };
    assert.deepEqual(sharedIndex(service, ctx, () => ['built']), ['built']);
  });

  it('lists the same elements in definitionElements as walking the definition does, for the corpus', () => {
    const { services } = discoverServices(['.'], { root: serviceFilesRoot });
    let elements = 0;
    for (const service of services) {
      const listed = definitionElements(service);
      assert.deepEqual(listed, service.definition ? [...walk(service.definition.el)] : []);
      elements += listed.length;
    }
    assert.ok(elements > 1000);
  });
});
