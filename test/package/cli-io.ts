import type { CliIO } from '../../src/cli/io.js';

/** A CliIO that keeps what a command prints. */
export function captureIO(cwd: string, env: NodeJS.ProcessEnv = {}): CliIO & { stdout: string; stderr: string } {
  const io = {
    cwd,
    env,
    isTTY: false,
    stdout: '',
    stderr: '',
    out(text: string) {
      io.stdout += text;
    },
    err(text: string) {
      io.stderr += text;
    },
  };
  return io;
}
