// @ts-check
/** The stack's state file: what `up` started, read by `down`, by the tests and by the stack's own services. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { paths } from './layout.mjs';

/**
 * The shared services of a running stack, one set for all its engines.
 * @typedef {object} Services
 * @property {string} region
 * @property {string} accountId the account of the emulated ECR registry (its registryId)
 * @property {{ accessKeyId: string, secretAccessKey: string }} credentials the one key pair the ECR API and S3 accept
 * @property {string} ecrEndpoint the ECR API, `http://127.0.0.1:PORT` (AWS_ENDPOINT_URL_ECR)
 * @property {string} s3Endpoint s3rver, `http://127.0.0.1:PORT` (AWS_ENDPOINT_URL_S3)
 * @property {string} registry the registry host as in image names, `127.0.0.1:PORT` (ECR's proxyEndpoint without `http://`)
 * @property {string} registryPassword the registry password (user `AWS`) that GetAuthorizationToken hands out
 * @property {number} rawRegistryPort distribution itself, behind the ECR front, for assertions that bypass ECR
 */

/**
 * What the state file records: the services and the engines whose daemons are up.
 * @typedef {import('./engines.mjs').EngineName} EngineName
 * @typedef {import('./docker-daemon.mjs').Engine} Engine
 * @typedef {Services & { engines: Partial<Record<EngineName, Engine>> }} RecordedStack
 */

/**
 * The stack as one engine's user sees it; `readStack()` returns it.
 * @typedef {object} EngineView
 * @property {import('./docker-daemon.mjs').Engine} engine the engine these fields are for
 * @property {string} dockerHost the engine's daemon (DOCKER_HOST)
 * @property {string} binDir a directory to put first on PATH: its `docker` is the engine's client
 * @property {Record<string, string>} env the variables `.stack/env` exports, PATH aside: DOCKER_HOST, HOME (the engine's), AWS_*
 * @typedef {RecordedStack & EngineView} Stack
 */

/**
 * A process the stack started; `daemon` names the engine or on-demand daemon it belongs to (none: a shared service).
 * @typedef {import('./processes.mjs').StartedProcess & { daemon?: string }} RecordedProcess
 */

/**
 * `ready` turns true once the services answered: a state without it is what an interrupted `up` left.
 * @typedef {{ stack: RecordedStack, processes: RecordedProcess[], ready: boolean }} State
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
 * An env file to source in a shell: `.stack/env.<engine>`, and `.stack/env` for `main`.
 * @param {Stack} view
 * @param {string} file
 */
export function writeEnvFile(view, file) {
  /** @param {string} value */
  const quote = (value) => `'${value.replaceAll("'", `'\\''`)}'`;
  const lines = [
    `# The local offline stack (npm run stack:up), engine ${view.engine.name}: ${view.engine.title}. Source it: . ${file}`,
    "# HOME is the engine's own: its ~/.docker holds that engine's plugins (buildx on the 26 engines) and logins.",
    `export PATH=${quote(view.binDir)}":$PATH"`,
    ...Object.entries(view.env).map(([key, value]) => `export ${key}=${quote(value)}`),
  ];
  writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
}
