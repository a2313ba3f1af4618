import { existsSync, mkdtempSync, rmSync } from 'node:fs';

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

/** Passes a removal takes at most, and the pause between two (see removeAll). */
const MAX_PASSES = 50;
const PAUSE_MS = 10;

/**
 * Removes every registered path, in passes until two in a row find none of them. File operations
 * already handed to libuv's threads go on while this runs: one can create a file in a folder being
 * removed (whose removal then fails, not empty) or move the finished package to a path a pass has
 * already found absent. Once a folder is gone nothing more can be created in it, and no new
 * operation starts while this handler holds the thread, so the passes end.
 */
function removeAll(): void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let clean = 0;
  for (let pass = 0; pass < MAX_PASSES && clean < 2; pass++) {
    let found = false;
    for (const p of paths) {
      if (!existsSync(p)) continue;
      found = true;
      try {
        rmSync(p, { recursive: true, force: true });
      } catch {
        // Not empty yet, or not removable at all: the next pass tries again; ending is what was
        // asked, so a path that stays must not stop that.
      }
    }
    clean = found ? 0 : clean + 1;
    if (clean < 2) Atomics.wait(pause, 0, 0, PAUSE_MS);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
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

/**
 * Creates a temporary folder (`mkdtemp` with `prefix`) and registers it for removal before
 * returning. Both happen in one turn of the event loop: with an awaited `mkdtemp` a signal handled
 * between the folder's creation and its registration would end the process and leave the folder.
 */
export function tempDirRemovedOnInterrupt(prefix: string): { readonly path: string; readonly release: () => void } {
  const path = mkdtempSync(prefix);
  return { path, release: removeOnInterrupt(path) };
}
