/**
 * Every e2e test runs docker builds and pushes: give each three minutes. Jest reads `testTimeout`
 * only from the top-level config, not from a project's, so the e2e project sets it here.
 */
import { jest } from '@jest/globals';

jest.setTimeout(180_000);
