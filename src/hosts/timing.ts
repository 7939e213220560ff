/**
 * Step timing for every host's normal log: each step's duration, and a closing line that splits
 * the run's wall time into the work of outside tools (Docker's build and push, from the run's
 * trace) and the tool's own.
 */
import { coveredMs, isDockerWork, traceSpans, type TraceSpan } from '../trace';

export class StepTimer {
  /** Runs `step` and gives its duration to `done`. */
  async time<T>(step: () => Promise<T>, done: (seconds: number) => void): Promise<T> {
    const start = performance.now();
    try {
      return await step();
    } finally {
      done((performance.now() - start) / 1000);
    }
  }

  /**
   * The closing line: `build done in 14.2 s (Docker build and push 11.0 s, this tool 3.2 s)`. Docker's share is the
   * time its build and push programs ran (overlaps counted once), as the trace recorded them.
   */
  closingLine(command: string, ok: boolean, totalSeconds: number, spans: readonly TraceSpan[] = traceSpans()): string {
    const head = `${command} ${ok ? 'done in' : 'failed after'} ${formatSeconds(totalSeconds)}`;
    const external = coveredMs(spans.filter(isDockerWork)) / 1000;
    if (external === 0) return `${head} (all of it this tool's own work)`;
    const own = Math.max(0, totalSeconds - external);
    return `${head} (Docker build and push ${formatSeconds(external)}, this tool ${formatSeconds(own)})`;
  }
}

/** `0.4 s`, `12.3 s`, `2 min 5 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
