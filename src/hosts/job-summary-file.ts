/** Writing the job summary to the file GITHUB_STEP_SUMMARY names, for the hosts that run in a GitHub job. */
import { appendFile } from 'node:fs/promises';

/**
 * Appends the job summary to `file` (GITHUB_STEP_SUMMARY). The summary is a report on the run, not part of its
 * result: a file that cannot be written costs the run its summary and a `warn`ing, never its exit code.
 */
export async function writeJobSummary(file: string, markdown: string, warn: (message: string) => void): Promise<void> {
  try {
    await appendFile(file, markdown);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'an error';
    warn(
      `job summary not written: GITHUB_STEP_SUMMARY names '${file}', which cannot be written (${code}); the run's result stands`,
    );
  }
}
