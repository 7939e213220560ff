// @ts-check
/** The real registry behind the ECR front: Debian's docker-registry (distribution 2.8) with htpasswd basic auth. */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from './layout.mjs';
import { answersHttp, findCommand, run, spawnDaemon, waitUntilReady } from './processes.mjs';

/**
 * Starts the registry on 127.0.0.1:`port`; its only user is `AWS`, as on ECR.
 * @param {{ port: number, password: string }} options
 * @param {(proc: import('./processes.mjs').StartedProcess) => void} track called as soon as the process exists
 */
export async function startRegistry({ port, password }, track) {
  // bcrypt is what distribution's htpasswd auth accepts; -i reads the password from stdin, so it reaches no argv.
  const entry = await run('htpasswd', ['-B', '-i', '-n', 'AWS'], { input: password });
  writeFileSync(paths.htpasswd, `${entry.trim()}\n`, { mode: 0o600 });
  const config = {
    version: 0.1,
    log: { level: 'info', formatter: 'text' },
    storage: { filesystem: { rootdirectory: paths.registryStorage }, delete: { enabled: true } },
    http: { addr: `127.0.0.1:${port}`, secret: randomBytes(16).toString('hex') },
    auth: { htpasswd: { realm: 'ecr', path: paths.htpasswd } },
  };
  // YAML is a superset of JSON.
  writeFileSync(paths.registryConfig, JSON.stringify(config, null, 2), { mode: 0o600 });
  const registry = spawnDaemon(
    'registry',
    findCommand('docker-registry') ?? 'docker-registry',
    ['serve', paths.registryConfig],
    {
      log: join(paths.logs, 'registry.log'),
      marker: paths.registryConfig,
    },
  );
  track(registry);
  await waitUntilReady(registry, () => answersHttp(`http://127.0.0.1:${port}/v2/`), 20_000);
}
