// @ts-check
/** The stack's state file: what `up` started, read by `down`, by the tests and by the stack's own services. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { paths } from './layout.mjs';

/**
 * What a running stack offers; `readStack()` returns it.
 * @typedef {object} Stack
 * @property {string} region
 * @property {string} accountId the account of the emulated ECR registry (its registryId)
 * @property {{ accessKeyId: string, secretAccessKey: string }} credentials the one key pair the ECR API and S3 accept
 * @property {string} ecrEndpoint the ECR API, `http://127.0.0.1:PORT` (AWS_ENDPOINT_URL_ECR)
 * @property {string} s3Endpoint s3rver, `http://127.0.0.1:PORT` (AWS_ENDPOINT_URL_S3)
 * @property {string} registry the registry host as in image names, `127.0.0.1:PORT` (ECR's proxyEndpoint without `http://`)
 * @property {string} registryPassword the registry password (user `AWS`) that GetAuthorizationToken hands out
 * @property {number} rawRegistryPort distribution itself, behind the ECR front, for assertions that bypass ECR
 * @property {string} dockerHost the daemon the stack uses (DOCKER_HOST)
 * @property {boolean} ownDaemon false when the stack uses a daemon that was already running (and leaves it running)
 * @property {string} binDir a directory to put first on PATH: its `docker` can run BuildKit builds
 * @property {Record<string, string>} env the variables `.stack/env` exports, PATH aside
 */

/**
 * `ready` turns true once every component answered: a state without it is what an interrupted `up` left.
 * @typedef {{ stack: Stack, processes: import('./processes.mjs').StartedProcess[], ready: boolean }} State
 */

/** @returns {State | undefined} */
export function readStateIfAny() {
  return existsSync(paths.state) ? JSON.parse(readFileSync(paths.state, 'utf8')) : undefined;
}

/** @returns {State} */
export function readState() {
  const state = readStateIfAny();
  if (!state) throw new Error(`No local stack is up (${paths.state} is missing). Start one with: npm run stack:up`);
  return state;
}

/**
 * Written before each process starts, so that an interrupted `up` leaves a record that the next `up` or `down` cleans.
 * Mode 0600: it holds the registry password.
 * @param {State} state
 */
export function writeState(state) {
  writeFileSync(`${paths.state}.tmp`, JSON.stringify(state, null, 2), { mode: 0o600 });
  renameSync(`${paths.state}.tmp`, paths.state);
}

/**
 * `.stack/env`, to source in a shell.
 * @param {Stack} stack
 */
export function writeEnvFile(stack) {
  /** @param {string} value */
  const quote = (value) => `'${value.replaceAll("'", `'\\''`)}'`;
  const lines = [
    '# The local offline stack (npm run stack:up). Source it: . .stack/env',
    `export PATH=${quote(stack.binDir)}":$PATH"`,
    ...Object.entries(stack.env).map(([key, value]) => `export ${key}=${quote(value)}`),
  ];
  writeFileSync(paths.env, `${lines.join('\n')}\n`, { mode: 0o600 });
}
