import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { DefaultArtifactClient, GHESNotSupportedError } from '@actions/artifact';

export interface ArtifactUpload {
  readonly id: number;
  /** SHA-256 (hex) of the uploaded bytes, as the artifact service recorded it. */
  readonly digest: string;
  readonly size: number;
  readonly name: string;
  /** The run page link, when the run is known (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID). */
  readonly url: string | undefined;
}

export class ArtifactError extends Error {}

/** Characters the artifact service refuses in names. */
const BAD_NAME = /["':<>|*?\\/\r\n]/;

/**
 * Uploads a .cspkg as a workflow artifact without re-zipping it (`skipArchive`): the artifact
 * downloads as the package itself. With skipArchive the artifact takes the file's name, so the
 * package is copied to `<name>.cspkg` in a private folder first.
 */
export async function uploadPackageArtifact(options: {
  readonly file: string;
  readonly name: string;
  readonly retentionDays?: number;
  readonly env?: NodeJS.ProcessEnv;
}): Promise<ArtifactUpload> {
  const env = options.env ?? process.env;
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new ArtifactError(
      'cannot upload the artifact: ACTIONS_RUNTIME_TOKEN or ACTIONS_RESULTS_URL is not set. The artifact service is only reachable from a JavaScript action step on a GitHub runner; outside one, set upload-artifact: false and keep package-path',
    );
  }
  const name = options.name.endsWith('.cspkg') ? options.name : `${options.name}.cspkg`;
  if (BAD_NAME.test(name)) {
    throw new ArtifactError(`artifact name "${name}" contains a character the artifact service refuses (" : < > | * ? \\ / or a line break)`);
  }
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'cloudservice-artifact-'));
  try {
    const staged = join(dir, name);
    copyFileSync(options.file, staged);
    const client = new DefaultArtifactClient();
    let result;
    try {
      result = await client.uploadArtifact(name, [staged], dir, {
        skipArchive: true,
        ...(options.retentionDays ? { retentionDays: options.retentionDays } : {}),
      });
    } catch (err) {
      throw new ArtifactError(explain(err, name));
    }
    if (result.id === undefined || !result.digest) {
      throw new ArtifactError(`the artifact service accepted "${name}" but returned no id or digest; the upload cannot be confirmed`);
    }
    return {
      id: result.id,
      digest: result.digest,
      size: result.size ?? 0,
      name,
      url: runUrl(env, result.id),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function explain(err: unknown, name: string): string {
  if (err instanceof GHESNotSupportedError) {
    return 'cannot upload the artifact: GitHub Enterprise Server does not support this version of the artifact service; set upload-artifact: false and upload package-path with actions/upload-artifact@v3-node20 or another step';
  }
  const message = err instanceof Error ? err.message : String(err);
  if (/\(409\)|already.?exists/i.test(message)) {
    return `an artifact named "${name}" already exists in this workflow run; set artifact-name to a unique name (for example include the matrix value) or delete the earlier artifact`;
  }
  return `the artifact upload of "${basename(name)}" failed: ${message}`;
}

function runUrl(env: NodeJS.ProcessEnv, id: number): string | undefined {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
