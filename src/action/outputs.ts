import * as core from './core.js';

/** Output names exactly as action.yml declares them. */
export const OUTPUT = {
  sarifFile: 'sarif-file',
  errors: 'errors',
  warnings: 'warnings',
  notes: 'notes',
  sarifId: 'sarif-id',
  packagePath: 'package-path',
  packageSha256: 'package-sha256',
  artifactId: 'artifact-id',
  artifactUrl: 'artifact-url',
  artifactDigest: 'artifact-digest',
} as const;

export interface ActionOutputs {
  readonly sarifFile: string;
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
  /** The code-scanning upload id, when the direct upload ran and was accepted. */
  readonly sarifId?: string;
  readonly packagePath?: string;
  readonly packageSha256?: string;
  readonly artifactId?: number;
  readonly artifactUrl?: string;
  readonly artifactDigest?: string;
}

export function setOutputs(o: ActionOutputs): void {
  core.setOutput(OUTPUT.sarifFile, o.sarifFile);
  core.setOutput(OUTPUT.errors, o.errors);
  core.setOutput(OUTPUT.warnings, o.warnings);
  core.setOutput(OUTPUT.notes, o.notes);
  if (o.sarifId) core.setOutput(OUTPUT.sarifId, o.sarifId);
  if (o.packagePath) core.setOutput(OUTPUT.packagePath, o.packagePath);
  if (o.packageSha256) core.setOutput(OUTPUT.packageSha256, o.packageSha256);
  if (o.artifactId !== undefined) core.setOutput(OUTPUT.artifactId, o.artifactId);
  if (o.artifactUrl) core.setOutput(OUTPUT.artifactUrl, o.artifactUrl);
  if (o.artifactDigest) core.setOutput(OUTPUT.artifactDigest, o.artifactDigest);
}
