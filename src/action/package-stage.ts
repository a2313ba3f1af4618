import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Service } from '../model/types.js';
import { roleFoldersFor } from '../model/role-folders.js';
import { BuildError, buildPackage, STUB_WARNING, type BuildResult } from '../package/build.js';
import { NO_KIT_HELP } from '../package/kit.js';
import type { ArtifactUpload } from './artifact.js';
import * as core from './core.js';

export interface PackageInputs {
  readonly enabled: boolean;
  /** The .csdef to package, repository-relative; needed when the workspace holds several. */
  readonly definition: string | undefined;
  readonly roles: ReadonlyMap<string, string>;
  readonly sites: ReadonlyMap<string, string>;
  readonly sdkKit: string | undefined;
  readonly packagePath: string | undefined;
  readonly configuration: string | undefined;
  readonly packageOnFindings: boolean;
  readonly uploadArtifact: boolean;
  readonly artifactName: string | undefined;
  readonly retentionDays: number | undefined;
}

export type PackageOutcome =
  | { readonly state: 'disabled' }
  | { readonly state: 'skipped'; readonly reason: string }
  | {
      readonly state: 'built';
      readonly definition: string;
      readonly build: BuildResult;
      readonly artifact: ArtifactUpload | undefined;
    };

/**
 * A packaging problem the user must fix; the step fails with this one line. When the package was
 * built and verified before the failure (an upload that failed), `built` keeps it for the outputs.
 */
export class PackageStageError extends Error {
  constructor(
    message: string,
    readonly built?: { readonly definition: string; readonly build: BuildResult },
  ) {
    super(message);
  }
}

/**
 * Package, verify, upload: runs after the lint. A lint over its threshold stops here unless
 * `package-on-findings` says otherwise; a package that fails verification is never uploaded.
 */
export async function packageStage(
  inputs: PackageInputs,
  context: { readonly workspace: string; readonly lintFailed: boolean; readonly services: readonly Service[]; readonly env: NodeJS.ProcessEnv },
): Promise<PackageOutcome> {
  if (!inputs.enabled) return { state: 'disabled' };
  if (context.lintFailed && !inputs.packageOnFindings) {
    const reason = 'the lint failed its threshold and package-on-findings is false, so no package was built or uploaded';
    core.notice(reason);
    return { state: 'skipped', reason };
  }
  if (!inputs.sdkKit) throw new PackageStageError(`input "sdk-kit" is required to package: ${NO_KIT_HELP}`);
  const definition = chooseDefinition(inputs.definition, context.services, context.workspace);
  const csdef = resolve(context.workspace, definition);

  const roles = new Map<string, string>();
  for (const [name, dir] of inputs.roles) roles.set(name, resolve(context.workspace, dir));
  for (const [name, folder] of roleFoldersFor(csdef)) {
    if (roles.has(name)) continue;
    roles.set(name, folder.dir);
    core.info(`role ${name}: packaging ${relative(context.workspace, folder.dir)} (from ${folder.source}); set "roles" to package build output`);
  }
  const sites = new Map<string, string>();
  for (const [key, dir] of inputs.sites) sites.set(key, resolve(context.workspace, dir));

  const serviceName = context.services.find((s) => s.definition?.file === definition)?.definition?.name ?? basename(definition, '.csdef');
  const out = inputs.packagePath
    ? resolve(context.workspace, inputs.packagePath)
    : join(context.env.RUNNER_TEMP || context.workspace, `${safeName(serviceName)}.cspkg`);

  // A workflow names package-path before anything exists there; the CLI, by contrast, refuses a
  // missing folder so that a typo does not scatter output.
  mkdirSync(dirname(out), { recursive: true });

  let build: BuildResult;
  try {
    build = await core.group('Package', () =>
      buildPackage({
        csdef,
        roles,
        sites,
        sdkKit: inputs.sdkKit === 'stub' ? 'stub' : resolve(context.workspace, inputs.sdkKit as string),
        out,
        ...(inputs.configuration ? { configuration: resolve(context.workspace, inputs.configuration) } : {}),
        cwd: context.workspace,
        env: context.env,
      }),
    );
  } catch (err) {
    if (err instanceof BuildError) throw new PackageStageError(err.message);
    throw err;
  }
  for (const r of build.roles) core.info(`role ${r.name}: ${r.files} files, ${r.bytes} bytes`);
  core.info(`wrote ${relative(context.workspace, build.out) || build.out} (${build.size} bytes, sha256 ${build.sha256})`);

  // buildPackage read the package back; only a stub kit's stand-ins may remain as errors.
  const errors = build.verify.problems.filter((p) => p.severity === 'error' && !(build.stub && p.code === 'stub-runtime'));
  if (errors.length) {
    throw new PackageStageError(`the package failed verification, so it was not uploaded: ${errors[0]!.part}: ${errors[0]!.message}`);
  }
  if (build.stub) core.warning(STUB_WARNING);

  let artifact: ArtifactUpload | undefined;
  if (inputs.uploadArtifact) {
    const name = inputs.artifactName || `${safeName(serviceName)}-${(context.env.GITHUB_SHA ?? 'local').slice(0, 7)}`;
    // @actions/artifact and the Azure storage client it brings are only needed to upload.
    const { ArtifactError, uploadPackageArtifact } = await import('./artifact.js');
    try {
      artifact = await core.group('Upload artifact', () =>
        uploadPackageArtifact({ file: build.out, name, ...(inputs.retentionDays ? { retentionDays: inputs.retentionDays } : {}), env: context.env }),
      );
    } catch (err) {
      if (err instanceof ArtifactError) throw new PackageStageError(err.message, { definition, build });
      throw err;
    }
    core.info(`uploaded artifact ${artifact.name} (id ${artifact.id}, sha256 ${artifact.digest})`);
    if (artifact.digest !== build.sha256) {
      throw new PackageStageError(`the artifact service recorded sha256 ${artifact.digest}, but the package is ${build.sha256}; the upload is not trustworthy`, {
        definition,
        build,
      });
    }
  }
  return { state: 'built', definition, build, artifact };
}

function chooseDefinition(given: string | undefined, services: readonly Service[], workspace: string): string {
  if (given) {
    if (!existsSync(resolve(workspace, given))) throw new PackageStageError(`input "definition": ${given} does not exist`);
    return relative(workspace, resolve(workspace, given)).split('\\').join('/');
  }
  const defs = services.flatMap((s) => (s.definition && !/(^|\/)(bin|obj)\/|\.csx\/|app\.publish\//i.test(s.definition.file) ? [s.definition.file] : []));
  if (defs.length === 1) return defs[0] as string;
  if (defs.length === 0) throw new PackageStageError('no service definition (.csdef) was found under "path" to package; set input "definition"');
  throw new PackageStageError(`${defs.length} service definitions were found (${defs.join(', ')}); set input "definition" to the one to package`);
}

/** Artifact and file names: the service name without characters the artifact service refuses. */
function safeName(name: string): string {
  return name.replace(/["':<>|*?\\/\r\n\s]+/g, '-') || 'service';
}
