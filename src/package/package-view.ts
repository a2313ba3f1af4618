export interface PackagedFile {
  /** Role-relative Windows path with leading backslash (`\approot\bin\node.cmd`), or a service document name. */
  readonly path: string;
  readonly size: number;
  /** Lower-case hex. */
  readonly sha256: string;
}

export interface PackagedRole {
  readonly name: string;
  /** Where the role lives in the package: a `.cssx` part or a `Roles/<name>` layout. */
  readonly part: string;
  readonly files: PackagedFile[];
}

export type PackageFormat = 'legacy' | 'ctp' | 'unknown';

export interface PackageView {
  readonly file: string;
  readonly format: PackageFormat;
  readonly productVersion: string | undefined;
  readonly roles: PackagedRole[];
  /**
   * Service-level documents under the names of the CTP format, whatever the package's format:
   * `ServiceDefinition/ServiceDefinition.{csdef,rd,rdsc}`, `NamedStreams/<Kind>/<Role>/1.0`.
   */
  readonly documents: PackagedFile[];
}
