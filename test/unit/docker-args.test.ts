import {
  buildCommand,
  checkBuilderSupports,
  chooseBuilder,
  parseImageStore,
  parsePushDigest,
  type BuildPlan,
} from '../../src/docker/args';
import type { Builder, CachePlan } from '../../src/docker/plan';
import { UserError } from '../../src/errors';
import type { BuildSettings, ImageBuild } from '../../src/images';

/** An image's build and the run's settings in one object: the table's rows change either. */
type DockerBuildConfig = ImageBuild & BuildSettings;

const build: DockerBuildConfig = {
  context: 'app',
  dockerfile: 'app/Dockerfile',
  buildArgs: [['VERSION', '1.2']],
  labels: [['org.opencontainers.image.revision', 'abc']],
  target: 'prod',
  platform: 'linux/arm64',
  cacheTag: 'buildcache',
  noCache: false,
  pull: false,
  secrets: [],
  ssh: [],
  provenance: 'false',
};
const registryCache: CachePlan = { mode: 'registry', ref: 'r/web:buildcache', import: true, export: true };
const inlineCache: CachePlan = { ...registryCache, mode: 'inline' };
const plan: BuildPlan = {
  refs: ['r/web:abc', 'r/web:main'],
  output: 'load',
  metadataFile: '/p/build.json',
  iidFile: '/p/iid',
  secretFiles: [],
  cache: inlineCache,
};
const common = [
  '--file',
  'app/Dockerfile',
  '--tag',
  'r/web:abc',
  '--tag',
  'r/web:main',
  '--build-arg',
  'VERSION=1.2',
  '--label',
  'org.opencontainers.image.revision=abc',
  '--target',
  'prod',
  '--platform',
  'linux/arm64',
];
const buildkit: Builder = { kind: 'buildkit' };
const dockerDriver: Builder = { kind: 'buildx', driver: 'docker', imageStore: 'classic' };
const containerdStore: Builder = { kind: 'buildx', driver: 'docker', imageStore: 'containerd' };
const container: Builder = { kind: 'buildx', driver: 'docker-container', imageStore: 'classic' };
const named: Builder = { kind: 'buildx', driver: 'docker', imageStore: 'classic', name: 'second' };
const buildx = (...output: string[]) => [
  'buildx',
  'build',
  ...output,
  '--provenance',
  'false',
  '--metadata-file',
  '/p/build.json',
  '--progress=plain',
];
const registryTo = [
  '--cache-to',
  'type=registry,ref=r/web:buildcache,mode=max,image-manifest=true,oci-mediatypes=true',
];

test.each<[string, Builder, Partial<DockerBuildConfig>, Partial<BuildPlan>, string[], Record<string, string>]>([
  [
    '1 engine BuildKit: the deployed image reads the inline cache and exports none',
    buildkit,
    {},
    {},
    ['build', '--iidfile', '/p/iid', '--progress=plain', ...common, '--cache-from', 'r/web:buildcache', 'app'],
    { DOCKER_BUILDKIT: '1' },
  ],
  [
    '2 engine BuildKit: the inline cache image',
    buildkit,
    {},
    { refs: ['r/web:buildcache'], inlineCacheImage: true },
    [
      'build',
      '--iidfile',
      '/p/iid',
      '--progress=plain',
      '--file',
      'app/Dockerfile',
      '--tag',
      'r/web:buildcache',
      '--build-arg',
      'VERSION=1.2',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--target',
      'prod',
      '--platform',
      'linux/arm64',
      '--build-arg',
      'BUILDKIT_INLINE_CACHE=1',
      'app',
    ],
    { DOCKER_BUILDKIT: '1' },
  ],
  [
    '3 buildx docker driver, classic store: loads, reads the inline cache',
    dockerDriver,
    {},
    {},
    [...buildx('--load'), ...common, '--cache-from', 'type=registry,ref=r/web:buildcache', 'app'],
    {},
  ],
  [
    '4 buildx docker driver, classic store: the inline cache image',
    dockerDriver,
    {},
    { refs: ['r/web:buildcache'], inlineCacheImage: true },
    [
      ...buildx('--load'),
      '--file',
      'app/Dockerfile',
      '--tag',
      'r/web:buildcache',
      '--build-arg',
      'VERSION=1.2',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--target',
      'prod',
      '--platform',
      'linux/arm64',
      '--cache-to',
      'type=inline',
      'app',
    ],
    {},
  ],
  [
    '5 containerd store: registry cache in the form ECR accepts',
    containerdStore,
    {},
    { cache: registryCache },
    [...buildx('--load'), ...common, '--cache-from', 'type=registry,ref=r/web:buildcache', ...registryTo, 'app'],
    {},
  ],
  [
    '6 container driver pushing itself',
    container,
    {},
    { cache: registryCache, output: 'push' },
    [
      ...buildx('--output', 'type=image,push=true'),
      ...common,
      '--cache-from',
      'type=registry,ref=r/web:buildcache',
      ...registryTo,
      'app',
    ],
    {},
  ],
  [
    '7 container driver keeping the image to compare first',
    container,
    {},
    { cache: { ...registryCache, import: false }, output: 'store' },
    [...buildx('--output', 'type=image,push=false'), ...common, ...registryTo, 'app'],
    {},
  ],
  [
    '8 a named builder of the docker driver: its context',
    named,
    {},
    { cache: undefined, output: 'push' },
    [
      '--context',
      'second',
      'buildx',
      'build',
      '--output',
      'type=image,push=true',
      '--provenance',
      'false',
      '--metadata-file',
      '/p/build.json',
      '--progress=plain',
      ...common,
      'app',
    ],
    {},
  ],
  [
    '8b a named builder of another driver',
    { ...container, name: 'cluster' },
    {},
    { cache: undefined, output: 'push' },
    [
      'buildx',
      'build',
      '--builder',
      'cluster',
      '--output',
      'type=image,push=true',
      '--provenance',
      'false',
      '--metadata-file',
      '/p/build.json',
      '--progress=plain',
      ...common,
      'app',
    ],
    {},
  ],
  [
    '9 legacy builder: no cache',
    { kind: 'legacy' },
    {},
    { cache: undefined },
    ['build', '--iidfile', '/p/iid', ...common, 'app'],
    { DOCKER_BUILDKIT: '0' },
  ],
  [
    '10 cache tag immutable: read only',
    containerdStore,
    {},
    { cache: { ...registryCache, export: false } },
    [...buildx('--load'), ...common, '--cache-from', 'type=registry,ref=r/web:buildcache', 'app'],
    {},
  ],
  [
    '11 secrets by file, ssh, no-cache, pull',
    dockerDriver,
    { ssh: ['default', 'git=/k/id'], noCache: true, pull: true, secrets: [['npm', 'x']] },
    { cache: undefined, secretFiles: [['npm', '/p/secrets/npm']] },
    [
      ...buildx('--load'),
      ...common,
      '--secret',
      'id=npm,src=/p/secrets/npm',
      '--ssh',
      'default',
      '--ssh',
      'git=/k/id',
      '--no-cache',
      '--pull',
      'app',
    ],
    {},
  ],
  [
    '12 the inline cache image never rebuilds: no --no-cache, no --pull',
    buildkit,
    { noCache: true, pull: true },
    { refs: ['r/web:buildcache'], inlineCacheImage: true },
    [
      'build',
      '--iidfile',
      '/p/iid',
      '--progress=plain',
      '--file',
      'app/Dockerfile',
      '--tag',
      'r/web:buildcache',
      '--build-arg',
      'VERSION=1.2',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--target',
      'prod',
      '--platform',
      'linux/arm64',
      '--build-arg',
      'BUILDKIT_INLINE_CACHE=1',
      'app',
    ],
    { DOCKER_BUILDKIT: '1' },
  ],
  [
    '13 provenance mode=max',
    containerdStore,
    { provenance: 'mode=max' },
    { cache: undefined },
    [
      'buildx',
      'build',
      '--load',
      '--provenance',
      'mode=max',
      '--metadata-file',
      '/p/build.json',
      '--progress=plain',
      ...common,
      'app',
    ],
    {},
  ],
  [
    '14 no cache at all',
    buildkit,
    {},
    { refs: ['r/web:abc'], cache: undefined },
    [
      'build',
      '--iidfile',
      '/p/iid',
      '--progress=plain',
      '--file',
      'app/Dockerfile',
      '--tag',
      'r/web:abc',
      '--build-arg',
      'VERSION=1.2',
      '--label',
      'org.opencontainers.image.revision=abc',
      '--target',
      'prod',
      '--platform',
      'linux/arm64',
      'app',
    ],
    { DOCKER_BUILDKIT: '1' },
  ],
])('%s', (_name, builder, config, changes, args, env) => {
  const merged = { ...build, ...config };
  const command = buildCommand(merged, merged, builder, { ...plan, ...changes });
  expect(command).toEqual({ args, env });
  // A secret's value is never on the command line.
  for (const [, value] of config.secrets ?? [])
    expect(command.args.some((arg) => arg.includes(`=${value}`))).toBe(false);
});

test.each<[string, Partial<DockerBuildConfig>, Builder, string | undefined, boolean?]>([
  ['secrets on the legacy builder', { secrets: [['a', 'b']] }, { kind: 'legacy' }, 'secrets'],
  ['ssh on the legacy builder', { ssh: ['default'] }, { kind: 'legacy' }, 'ssh'],
  ['secrets on the engine BuildKit (20.10)', { secrets: [['a', 'b']] }, buildkit, undefined],
  ['builder without buildx', { builder: 'second' }, buildkit, 'builder'],
  ['provenance without buildx', { provenance: 'true' }, buildkit, 'provenance'],
  ['provenance with buildx', { provenance: 'true' }, containerdStore, undefined],
  [
    'provenance, containerd store, immutable tags: docker push would write the tag twice',
    { provenance: 'true' },
    containerdStore,
    'provenance',
    true,
  ],
  [
    'provenance on the docker driver, classic store: buildx refuses it',
    { provenance: 'true' },
    dockerDriver,
    'provenance',
  ],
  ['provenance, a builder that pushes itself, immutable tags', { provenance: 'mode=max' }, container, undefined, true],
])('checkBuilderSupports: %s', (_name, config, builder, input, immutable = false) => {
  const check = () => checkBuilderSupports({ ...build, ...config }, builder, immutable);
  if (input === undefined) {
    expect(check).not.toThrow();
  } else {
    expect(check).toThrow(UserError);
    try {
      check();
    } catch (error) {
      expect((error as UserError).subject).toEqual({ input });
    }
  }
});

test.each<[string, Parameters<typeof chooseBuilder>[1], Builder]>([
  ['20.10.24+dfsg1', undefined, { kind: 'buildkit' }],
  ['28.2.2', undefined, { kind: 'legacy' }],
  [
    '28.2.2',
    { driver: 'docker-container', imageStore: 'classic' },
    { kind: 'buildx', driver: 'docker-container', imageStore: 'classic' },
  ],
  [
    '26.1.5',
    { driver: 'docker', imageStore: 'containerd', name: 'b' },
    { kind: 'buildx', driver: 'docker', imageStore: 'containerd', name: 'b' },
  ],
  ['', undefined, { kind: 'legacy' }],
])('client %s with buildx %j', (client, buildxBuilder, builder) => {
  expect(chooseBuilder(client, buildxBuilder)).toEqual(builder);
});

test.each([
  ['[["driver-type","io.containerd.snapshotter.v1"]]', 'containerd'],
  ['[["Backing Filesystem","extfs"],["Supports d_type","true"]]', 'classic'],
  ['', 'classic'],
])('image store from DriverStatus %s', (status, store) => {
  expect(parseImageStore(status)).toBe(store);
});

test('the digest comes from the last digest line of docker push', () => {
  const a = 'a'.repeat(64);
  const output = `The push refers to repository [127.0.0.1:5000/web]\n5f70bf18a086: Pushed\nabc: digest: sha256:${a} size: 735\n`;
  expect(parsePushDigest(output)).toBe(`sha256:${a}`);
  expect(parsePushDigest('denied: requested access to the resource is denied')).toBeUndefined();
});
