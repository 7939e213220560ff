// @ts-check
/**
 * moto's server: an AWS API mock nobody here wrote (ECS, ELBv2, CodeDeploy, CodePipeline, IAM, Lambda, Logs, SSM,
 * Secrets Manager, S3 with versions), for the calls the project's own endpoints do not serve. It lives in the machine's
 * Python (moto 5.2.1, preinstalled; PyPI is out of reach, Debian has no package): found, never installed, and a
 * machine without it fails the run with that said — a suite that needs it is never skipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { paths } from './layout.mjs';
import { answersHttp, freePort, spawnDaemon, stopProcess, waitUntilReady } from './processes.mjs';

/**
 * @typedef {object} Moto
 * @property {string} endpoint `http://127.0.0.1:<port>`, for `AWS_ENDPOINT_URL` or a client's `endpoint`
 * @property {string} accountId the account moto answers for
 * @property {Record<string, string>} env what points the AWS SDK and the AWS CLI's v1 at it (endpoint, region, keys)
 * @property {() => Promise<void>} reset forgets every resource
 * @property {() => Promise<void>} stop
 */

/** The interpreters tried, in order: the PATH's (pyenv's on these machines), then pyenv's shim when PATH is bare. */
function pythonCandidates(env = process.env) {
  const pyenvRoot = env.PYENV_ROOT ?? join(homedir(), '.pyenv');
  return ['python3', join(pyenvRoot, 'shims', 'python3'), '/usr/bin/python3'];
}

/**
 * The Python that has moto, once per process.
 * @returns {string}
 */
export function motoPython() {
  for (const python of pythonCandidates()) {
    try {
      execFileSync(python, ['-c', 'import moto.server'], { stdio: 'ignore', timeout: 30_000 });
      return python;
    } catch {
      // not this one
    }
  }
  throw new Error(
    `no Python with moto found (tried ${pythonCandidates().join(', ')}): the tests of AWS APIs beyond ECR need ` +
      "moto's server (moto 5.2.1 in the machine's Python, see TOOLCHAIN.md); install it there",
  );
}

/**
 * Starts a moto server on a free loopback port, its log under `.stack/logs/`.
 * @param {{ region?: string, name?: string }} [options] name: the log's name, for several servers at once
 * @returns {Promise<Moto>}
 */
export async function startMoto({ region = 'us-east-1', name = 'moto' } = {}) {
  const python = motoPython();
  const port = await freePort();
  mkdirSync(paths.logs, { recursive: true });
  const log = join(paths.logs, `${name}-${port}.log`);
  const endpoint = `http://127.0.0.1:${port}`;
  const proc = spawnDaemon(name, python, ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], {
    log,
    marker: 'moto.server',
    env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'false' },
  });
  try {
    await waitUntilReady(proc, () => answersHttp(`${endpoint}/moto-api/`), 60_000);
  } catch (error) {
    await stopProcess(proc, 2_000);
    throw error;
  }
  return {
    endpoint,
    accountId: '123456789012',
    env: {
      AWS_ENDPOINT_URL: endpoint,
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: 'testing',
      AWS_SECRET_ACCESS_KEY: 'testing',
    },
    reset: async () => {
      const response = await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' });
      if (!response.ok) throw new Error(`moto reset answered ${response.status}`);
    },
    stop: () => stopProcess(proc, 5_000),
  };
}
