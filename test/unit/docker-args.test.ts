import type { DockerBuildConfig } from '../../src/config';
import { buildCommand, chooseBuilder, parsePushDigest, type Builder, type BuildPlan } from '../../src/docker/args';

const build: DockerBuildConfig = {
  context: 'app',
  dockerfile: 'app/Dockerfile',
  buildArgs: [['VERSION', '1.2']],
  labels: [['org.opencontainers.image.revision', 'abc']],
  target: 'prod',
  platform: 'linux/arm64',
  cacheTag: 'buildcache',
};
const plan: BuildPlan = { refs: ['r/web:abc', 'r/web:main'], iidFile: '/tmp/x/iid', cacheRef: 'r/web:buildcache', importCache: true, exportCache: true };
const common = ['--file', 'app/Dockerfile', '--iidfile', '/tmp/x/iid', '--tag', 'r/web:abc', '--tag', 'r/web:main',
  '--build-arg', 'VERSION=1.2', '--label', 'org.opencontainers.image.revision=abc', '--target', 'prod', '--platform', 'linux/arm64'];

test.each<[string, Builder, BuildPlan, string[], Record<string, string>]>([
  ['1 engine BuildKit, inline cache', { kind: 'buildkit' }, plan,
    ['build', '--progress=plain', ...common, '--cache-from', 'r/web:buildcache', '--build-arg', 'BUILDKIT_INLINE_CACHE=1', 'app'], { DOCKER_BUILDKIT: '1' }],
  ['2 engine BuildKit, cache read only', { kind: 'buildkit' }, { ...plan, exportCache: false },
    ['build', '--progress=plain', ...common, '--cache-from', 'r/web:buildcache', 'app'], { DOCKER_BUILDKIT: '1' }],
  ['3 buildx, docker driver: inline cache', { kind: 'buildx', driver: 'docker' }, plan,
    ['buildx', 'build', '--load', '--progress=plain', ...common, '--cache-from', 'type=registry,ref=r/web:buildcache', '--cache-to', 'type=inline', 'app'], {}],
  ['4 buildx, container driver: registry cache in ECR form', { kind: 'buildx', driver: 'docker-container' }, plan,
    ['buildx', 'build', '--load', '--progress=plain', ...common, '--cache-from', 'type=registry,ref=r/web:buildcache',
      '--cache-to', 'type=registry,ref=r/web:buildcache,mode=max,image-manifest=true,oci-mediatypes=true', 'app'], {}],
  ['5 legacy builder: no cache', { kind: 'legacy' }, plan, ['build', ...common, 'app'], { DOCKER_BUILDKIT: '0' }],
  ['6 first build: the cache is written, not read', { kind: 'buildkit' }, { ...plan, importCache: false },
    ['build', '--progress=plain', ...common, '--build-arg', 'BUILDKIT_INLINE_CACHE=1', 'app'], { DOCKER_BUILDKIT: '1' }],
  ['7 first build with buildx and a registry cache', { kind: 'buildx', driver: 'docker-container' }, { ...plan, importCache: false },
    ['buildx', 'build', '--load', '--progress=plain', ...common,
      '--cache-to', 'type=registry,ref=r/web:buildcache,mode=max,image-manifest=true,oci-mediatypes=true', 'app'], {}],
  ['8 no cache at all', { kind: 'buildkit' }, { refs: ['r/web:abc'], iidFile: '/i', importCache: false, exportCache: false },
    ['build', '--progress=plain', '--file', 'app/Dockerfile', '--iidfile', '/i', '--tag', 'r/web:abc', '--build-arg', 'VERSION=1.2',
      '--label', 'org.opencontainers.image.revision=abc', '--target', 'prod', '--platform', 'linux/arm64', 'app'], { DOCKER_BUILDKIT: '1' }],
])('%s', (_name, builder, buildPlan, args, env) => {
  expect(buildCommand(build, builder, buildPlan)).toEqual({ args, env });
});

test.each<[string, string | undefined, Builder]>([
  ['20.10.24+dfsg1', undefined, { kind: 'buildkit' }],
  ['28.2.2', undefined, { kind: 'legacy' }],
  ['28.2.2', 'docker-container', { kind: 'buildx', driver: 'docker-container' }],
  ['', undefined, { kind: 'legacy' }],
])('client %s with buildx driver %s', (client, driver, builder) => {
  expect(chooseBuilder(client, driver)).toEqual(builder);
});

test('the digest comes from the last digest line of docker push', () => {
  const a = 'a'.repeat(64);
  const output = `The push refers to repository [127.0.0.1:5000/web]\n5f70bf18a086: Pushed\nabc: digest: sha256:${a} size: 735\n`;
  expect(parsePushDigest(output)).toBe(`sha256:${a}`);
  expect(parsePushDigest('denied: requested access to the resource is denied')).toBeUndefined();
});
