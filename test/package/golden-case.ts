/** Step 1 and 2 of the golden-case README: harvest a real package's kit and role files, package the original csdef. */
import { createWriteStream } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { extractKit } from '../../src/package/kit.js';
import { openPackage } from '../../src/package/reader.js';
import { corpusRoot } from '../helpers/paths.js';

export const GOLDEN_CASES = ['volume-sdk1.8-webrole', 'cloud-ddd-clm-sdk2.2-workerrole', 'nywrenchhack-sdk2.9-webrole'] as const;

export interface HarvestedCase {
  readonly name: string;
  readonly realPackage: string;
  readonly csdef: string;
  readonly cscfg: string;
  readonly sdkVersion: string;
  readonly kitDir: string;
  /** Role name → folder holding the role's approot files as they are in the real package. */
  readonly roleDirs: Map<string, string>;
}

export async function harvestCase(name: string, work: string): Promise<HarvestedCase> {
  const caseDir = join(corpusRoot, 'golden', name);
  const caseJson = JSON.parse(await readFile(join(caseDir, 'case.json'), 'utf8')) as { package: string; sdkVersion: string };
  const realPackage = join(caseDir, caseJson.package);
  const kitDir = join(work, 'kit');
  await extractKit(realPackage, kitDir);
  const pkg = await openPackage(realPackage);
  const roleDirs = new Map<string, string>();
  try {
    for (const role of pkg.view.roles) {
      const dir = join(work, 'roles', role.name);
      roleDirs.set(role.name, dir);
      await mkdir(dir, { recursive: true });
      for (const f of role.files) {
        if (!f.path.toLowerCase().startsWith('\\approot\\')) continue;
        const dest = join(dir, ...f.path.split('\\').slice(2));
        await mkdir(dirname(dest), { recursive: true });
        await pipeline(await pkg.openRoleFile(role.name, f.path), createWriteStream(dest));
      }
    }
  } finally {
    await pkg.close();
  }
  return {
    name,
    realPackage,
    csdef: join(caseDir, 'ServiceDefinition.csdef'),
    cscfg: join(caseDir, 'ServiceConfiguration.Cloud.cscfg'),
    sdkVersion: caseJson.sdkVersion,
    kitDir,
    roleDirs,
  };
}
