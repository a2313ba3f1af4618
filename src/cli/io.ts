/** Where a command writes; the CLI passes the process streams, tests pass buffers. */
export interface CliIO {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly isTTY: boolean;
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Findings at or over the threshold, or a package that failed verification. */
  findings: 1,
  /** Wrong usage, a bad configuration, or input that could not be processed. */
  usage: 2,
} as const;

/** An error whose message is meant for the user as it is: printed on one line, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
