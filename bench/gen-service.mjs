#!/usr/bin/env node
// Writes service files for the benchmarks:
//   node bench/gen-service.mjs OUT_DIR [--roles 25] [--settings 500] [--variants 5] [--seed 7]
// a definition with that many roles and settings and one configuration per variant, and
// writes `big/ServiceDefinition.csdef`, a one-worker-role service to package a generated tree with.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rng } from './prng.mjs';

const DEF_NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceDefinition';
const CFG_NS = 'http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration';
const VARIANTS = ['Cloud', 'Local', 'Staging', 'Test', 'Production', 'Dev', 'QA', 'Perf'];
const SIZES = ['Small', 'Medium', 'Large', 'ExtraLarge', 'Standard_D2_v2', 'Standard_D4_v2'];

export function generateService(dir, { roles = 25, settings = 500, variants = 5, seed = 7 } = {}) {
  const r = rng(seed);
  mkdirSync(dir, { recursive: true });
  const perRole = Math.floor(settings / roles);
  const roleDefs = Array.from({ length: roles }, (_, i) => ({
    name: `Role${String(i + 1).padStart(2, '0')}${i % 2 === 0 ? 'Web' : 'Worker'}`,
    web: i % 2 === 0,
    settings: Array.from({ length: perRole + (i < settings % roles ? 1 : 0) }, (_, j) => `Setting${j + 1}_${r.int(100, 999)}`),
  }));
  const def = [`<?xml version="1.0" encoding="utf-8"?>`, `<ServiceDefinition name="BenchService" xmlns="${DEF_NS}" schemaVersion="2015-04.2.6">`];
  roleDefs.forEach((role, i) => {
    const kind = role.web ? 'WebRole' : 'WorkerRole';
    def.push(`  <${kind} name="${role.name}" vmsize="${r.pick(SIZES)}">`);
    if (role.web) {
      def.push('    <Sites>', `      <Site name="Web">`, '        <Bindings>', `          <Binding name="Endpoint1" endpointName="Endpoint1" />`, '        </Bindings>', '      </Site>', '    </Sites>');
    }
    def.push('    <Endpoints>', `      <InputEndpoint name="Endpoint1" protocol="${role.web ? 'http' : 'tcp'}" port="${8000 + i}" />`, `      <InternalEndpoint name="Internal1" protocol="tcp" />`, '    </Endpoints>');
    def.push('    <ConfigurationSettings>');
    for (const s of role.settings) def.push(`      <Setting name="${s}" />`);
    def.push('    </ConfigurationSettings>');
    def.push('    <LocalResources>', `      <LocalStorage name="Scratch" sizeInMB="${r.int(1, 50) * 100}" cleanOnRoleRecycle="false" />`, '    </LocalResources>');
    def.push(`  </${kind}>`);
  });
  def.push('</ServiceDefinition>', '');
  writeFileSync(join(dir, 'ServiceDefinition.csdef'), def.join('\r\n'));
  for (const v of VARIANTS.slice(0, variants)) {
    const cfg = [`<?xml version="1.0" encoding="utf-8"?>`, `<ServiceConfiguration serviceName="BenchService" xmlns="${CFG_NS}" osFamily="7" osVersion="*" schemaVersion="2015-04.2.6">`];
    for (const role of roleDefs) {
      cfg.push(`  <Role name="${role.name}">`, `    <Instances count="${v === 'Local' ? 1 : r.int(2, 6)}" />`, '    <ConfigurationSettings>');
      for (const s of role.settings) {
        const value = r.next() < 0.3 ? `https://${v.toLowerCase()}.example.com/${s.toLowerCase()}` : r.next() < 0.5 ? String(r.int(0, 100000)) : `${v}-${r.int(0, 1 << 30).toString(36)}`;
        cfg.push(`      <Setting name="${s}" value="${value}" />`);
      }
      cfg.push('    </ConfigurationSettings>', '  </Role>');
    }
    cfg.push('</ServiceConfiguration>', '');
    writeFileSync(join(dir, `ServiceConfiguration.${v}.cscfg`), cfg.join('\r\n'));
  }
  return { roles: roleDefs.length, settings: roleDefs.reduce((n, x) => n + x.settings.length, 0), variants };
}

/** A one-role service whose role folder is packaged as it is. */
export function generateBigService(dir, role = 'Big') {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'ServiceDefinition.csdef'),
    `<?xml version="1.0" encoding="utf-8"?>\r\n<ServiceDefinition name="BenchBig" xmlns="${DEF_NS}">\r\n  <WorkerRole name="${role}" vmsize="Small" />\r\n</ServiceDefinition>\r\n`,
  );
  writeFileSync(
    join(dir, 'ServiceConfiguration.Cloud.cscfg'),
    `<?xml version="1.0" encoding="utf-8"?>\r\n<ServiceConfiguration serviceName="BenchBig" xmlns="${CFG_NS}" osFamily="7" osVersion="*">\r\n  <Role name="${role}">\r\n    <Instances count="2" />\r\n  </Role>\r\n</ServiceConfiguration>\r\n`,
  );
  return join(dir, 'ServiceDefinition.csdef');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { roles: { type: 'string', default: '25' }, settings: { type: 'string', default: '500' }, variants: { type: 'string', default: '5' }, seed: { type: 'string', default: '7' } },
  });
  const out = positionals[0];
  if (!out) throw new Error('usage: gen-service.mjs OUT_DIR [--roles N] [--settings N] [--variants N] [--seed S]');
  const s = generateService(join(out, 'service'), { roles: Number(values.roles), settings: Number(values.settings), variants: Number(values.variants), seed: Number(values.seed) });
  generateBigService(join(out, 'big'));
  console.log(`${out}/service: ${s.roles} roles, ${s.settings} settings, ${s.variants} configurations; ${out}/big: one worker role`);
}
