/**
 * Starts the local offline stack for the e2e project with the engine `EBB_ENGINE` names (docker20 without it), or
 * reuses what is up. A stack or engine that cannot start fails the run with the reason: the end-to-end suite is
 * never skipped.
 */
import { selectedEngine, startStack } from '../stack/index.mjs';

declare global {
  // Read by global-teardown.ts (jest runs both in the same process): stop only a stack that setup started.
  var stackStartedBySetup: boolean | undefined;
}

export default async function globalSetup(): Promise<void> {
  const engine = selectedEngine();
  const { stack, started } = await startStack({ engines: [engine], log: (line) => console.log(`stack: ${line}`) });
  console.log(`e2e engine: ${engine} — ${stack.engine.title} (${stack.dockerHost})`);
  globalThis.stackStartedBySetup = started;
}
