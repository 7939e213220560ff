/** Stops the local stack if global-setup.ts started it; a stack that was already up stays up. */
import { stopStack } from '../stack/index.mjs';

export default async function globalTeardown(): Promise<void> {
  if (globalThis.stackStartedBySetup) await stopStack();
}
