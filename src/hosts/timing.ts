/**
 * Step timing for every host's normal log: each step's duration, and a closing line that splits
 * the run's wall time into the work of outside tools (Docker's build and push) and the tool's own.
 */
import type { StepKind } from '../log';

export class StepTimer {
  private external = 0;

  /** Runs `step`, adds its time to `kind`'s share, and gives its duration to `done`. */
  async time<T>(kind: StepKind, step: () => Promise<T>, done: (seconds: number) => void): Promise<T> {
    const start = performance.now();
    try {
      return await step();
    } finally {
      const seconds = (performance.now() - start) / 1000;
      if (kind === 'docker') this.external += seconds;
      done(seconds);
    }
  }

  /** The closing line: `build done in 14.2 s (Docker build and push 11.0 s, this tool 3.2 s)`. */
  closingLine(command: string, ok: boolean, totalSeconds: number): string {
    const head = `${command} ${ok ? 'done in' : 'failed after'} ${formatSeconds(totalSeconds)}`;
    if (this.external === 0) return `${head} (all of it this tool's own work)`;
    const own = Math.max(0, totalSeconds - this.external);
    return `${head} (Docker build and push ${formatSeconds(this.external)}, this tool ${formatSeconds(own)})`;
  }
}

/** `0.4 s`, `12.3 s`, `2 min 5 s`. */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  return `${Math.floor(whole / 60)} min ${whole % 60} s`;
}
