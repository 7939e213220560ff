import { resolveConfig, type LoadedInputs } from '../../src/config';
import type { Command, RawInputs } from '../../src/interface';
import type { CommitInfo } from '../../src/tags';

/**
 * `resolveConfig` over raw inputs that name no file, synchronously: for those, `loadInputs` reads nothing and only
 * wraps them. Inputs with `extra-images` go through `loadInputs` in their tests.
 */
export function resolveRaw<C extends Command>(
  command: C,
  raw: RawInputs,
  env: Readonly<Record<string, string | undefined>>,
  source: CommitInfo = {},
): ReturnType<typeof resolveConfig<C>> {
  if ((raw['extra-images'] ?? '').trim() !== '') throw new Error('extra-images is read by loadInputs: await it');
  return resolveConfig(command, { raw, extraImages: [] } as unknown as LoadedInputs, env, source);
}
