// @ts-check
/**
 * Where the real-world corpus of deployment files is read from: `../shared/corpus/real-world` beside the repository,
 * or `ECS_BLUEGREEN_BUILD_CORPUS`. `ECS_BLUEGREEN_BUILD_CORPUS_REQUIRED=1` (set by CI) makes its absence a failure.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The corpus directory, absolute. */
export const corpusDirectory = resolve(
  process.env['ECS_BLUEGREEN_BUILD_CORPUS'] || join(repositoryRoot, '..', 'shared', 'corpus', 'real-world'),
);

/** True where a missing corpus must fail the run (CI). */
export const corpusRequired = process.env['ECS_BLUEGREEN_BUILD_CORPUS_REQUIRED'] === '1';
