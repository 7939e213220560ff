// @ts-check
/** The Debian packages the stack runs on; `up` installs the missing ones when it can (root on Debian). */
import { spawnSync } from 'node:child_process';
import { bookwormDockerInstalled } from './engines.mjs';
import { findCommand } from './processes.mjs';

/** command → the Debian package that provides it */
const PROVIDERS = {
  'docker-registry': 'docker-registry',
  htpasswd: 'apache2-utils',
  busybox: 'busybox-static',
  // The engines' TLS listener certificates (tls.mjs); the e2e's ssh agent and keys.
  openssl: 'openssl',
  'ssh-agent': 'openssh-client',
};

/**
 * The packages to install: the registry, htpasswd and a static busybox (the tests' and the demo's images copy it in),
 * plus docker.io (the 20.10 engine) when Debian's client or dockerd is missing. The 26 engines come from trixie,
 * into the machine's cache (trixie.mjs), not from the system's apt.
 */
export function missingPackages() {
  const missing = Object.entries(PROVIDERS)
    .filter(([command]) => !findCommand(command))
    .map(([, pkg]) => pkg);
  if (!bookwormDockerInstalled()) missing.push('docker.io');
  return missing;
}

/**
 * @param {string[]} packages
 * @param {(line: string) => void} log
 */
export function installPackages(packages, log) {
  const command = `apt-get install -y --no-install-recommends ${packages.join(' ')}`;
  if (process.getuid?.() !== 0 || !findCommand('apt-get')) {
    throw new Error(
      `The local stack needs ${packages.join(', ')}. Install them (as root on Debian: apt-get update && ${command}) and run again.`,
    );
  }
  log(`installing ${packages.join(', ')} with apt-get`);
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', ...packages]]) {
    const result = spawnSync('apt-get', args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (result.status !== 0)
      throw new Error(
        `apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal}); see its output above`,
      );
  }
}
