/**
 * Clean-up that must happen however the process ends (normal exit, error, Ctrl-C, SIGTERM from a
 * CI runner cancelling the job): synchronous tasks run from the process's `exit` event.
 */
const tasks = new Set<() => void>();

/** Registers a synchronous task for process exit; returns a function that unregisters it. */
export function onExit(task: () => void): () => void {
  tasks.add(task);
  return () => tasks.delete(task);
}

/** Runs the registered tasks once each; a failing task does not stop the others. */
export function runExitTasks(): void {
  for (const task of tasks) {
    tasks.delete(task);
    try {
      task();
    } catch {
      // best effort: the process is ending
    }
  }
}
