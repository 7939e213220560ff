import { locateDockerEngine } from '../../src/docker/engine-remote';

test.each<[string, Record<string, string>, boolean, boolean, string]>([
  ['1 DOCKER_HOST unset: the default socket', {}, false, false, 'the Docker engine is on this machine'],
  ['2 a unix socket', { DOCKER_HOST: 'unix:///var/run/docker.sock' }, false, false, 'on this machine'],
  ['3 an empty DOCKER_HOST is unset', { DOCKER_HOST: '', CODEBUILD_BUILD_ID: 'p:1' }, false, false, 'on this machine'],
  [
    '4 a build host over TLS',
    { DOCKER_HOST: 'tcp://build-host:2376', DOCKER_TLS_VERIFY: '1' },
    true,
    false,
    'the Docker engine is remote (DOCKER_HOST=tcp://build-host:2376, TLS verified); the registry cache is exported as on a local engine, since a remote engine may be new for every job',
  ],
  [
    '5 tcp without TLS verification is said',
    { DOCKER_HOST: 'tcp://docker:2375' },
    true,
    false,
    'without TLS verification (DOCKER_TLS_VERIFY is not set)',
  ],
  [
    '6 DOCKER_TLS_VERIFY=0 verifies too, as the Docker client reads it',
    { DOCKER_HOST: 'tcp://docker:2376', DOCKER_TLS_VERIFY: '0' },
    true,
    false,
    'TLS verified',
  ],
  [
    '7 over SSH: the user is not logged',
    { DOCKER_HOST: 'ssh://deploy@build-host' },
    true,
    false,
    'DOCKER_HOST=ssh://build-host)',
  ],
  [
    "8 CodeBuild's Docker server: a remote DOCKER_HOST in a CodeBuild build keeps its layers",
    { DOCKER_HOST: 'tcp://10.0.0.12:2376', DOCKER_TLS_VERIFY: '1', CODEBUILD_BUILD_ID: 'web:0b1c' },
    true,
    true,
    "the Docker engine is remote in a CodeBuild build (DOCKER_HOST=tcp://10.0.0.12:2376, TLS verified), taken as the project's Docker server, which keeps its layers between builds: the registry cache is read, not exported",
  ],
  [
    "9 CodeBuild's own daemon (privileged mode, a unix socket) is this machine's",
    { DOCKER_HOST: 'unix:///var/run/docker.sock', CODEBUILD_BUILD_ID: 'web:0b1c' },
    false,
    false,
    'on this machine',
  ],
  [
    '10 a hostile DOCKER_HOST is clipped',
    { DOCKER_HOST: `tcp://${'a'.repeat(300)}:2376`, DOCKER_TLS_VERIFY: '1' },
    true,
    false,
    `DOCKER_HOST=tcp://${'a'.repeat(94)}…`,
  ],
])('%s', (_name, env, remote, keepsLayers, said) => {
  const engine = locateDockerEngine(env);
  expect(engine).toMatchObject({ remote, keepsLayers });
  expect(engine.description).toContain(said);
});
