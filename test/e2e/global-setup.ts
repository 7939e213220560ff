/**
 * Starts the local offline stack for the e2e project, or reuses the one that is up. A stack that cannot start
 * fails the run with the reason: the end-to-end suite is never skipped.
 */
import { startStack } from '../stack/index.mjs';

declare global {
  // Read by global-teardown.ts (jest runs both in the same process): stop only a stack that setup started.
  var stackStartedBySetup: boolean | undefined;
}

export default async function globalSetup(): Promise<void> {
  const { started } = await startStack({ log: (line) => console.log(`stack: ${line}`) });
  globalThis.stackStartedBySetup = started;
}
