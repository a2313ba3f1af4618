import { rmSync } from 'node:fs';

/**
 * Temporary files and folders to remove if the process is interrupted. A cancelled CI job sends
 * SIGINT, then SIGTERM: without this, the half-written `.partial` package and the role files
 * beside it would stay in the output folder, where a later upload step could pick them up.
 *
 * The handlers are installed only while something is registered, so a host process (the action,
 * a test runner) keeps its own signal behaviour the rest of the time. After removing the paths the
 * process ends by the same signal, as it would have without the handler.
 */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const paths = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const p of paths) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // Ending is what was asked; a path that cannot be removed must not stop that.
    }
  }
  paths.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

/** Removes `path` if the process is interrupted, until the returned function is called. */
export function removeOnInterrupt(path: string): () => void {
  if (paths.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  paths.add(path);
  return () => {
    if (!paths.delete(path) || paths.size > 0) return;
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
}
