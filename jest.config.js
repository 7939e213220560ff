/** Unit tests are pure and fast; e2e tests run the built bundle against the local offline stack. */
import { existsSync } from 'node:fs';
import { corpusDirectory, corpusRequired } from './test/corpus-location.mjs';

// The tests' own SDK clients: the SDK's notice that its future releases need Node 22 is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
};
const CORPUS_TEST = '<rootDir>/test/unit/deploy-files/corpus.test.ts';

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.test.ts'],
      testPathIgnorePatterns: [CORPUS_TEST],
    },
    // The real-world corpus lies beside the repository on our machines and in CI, not in a fresh clone: its project
    // runs where the corpus is, and where CI requires it (then a missing corpus fails the run instead of leaving it out).
    ...(existsSync(corpusDirectory) || corpusRequired
      ? [{ ...common, displayName: 'corpus', testMatch: [CORPUS_TEST] }]
      : []),
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/e2e/timeout.ts'],
    },
  ],
};
