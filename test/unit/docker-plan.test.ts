import {
  cacheHoldsBuild,
  cacheMode,
  describeMismatch,
  isSameImage,
  parseBuildMetadata,
  planCache,
  planImage,
  planPush,
  pushedBy,
  tagsToLookUp,
  type Builder,
  type BuiltImage,
  type TaggedImage,
} from '../../src/docker/plan';

const d = (c: string) => `sha256:${c.repeat(64)}`;
const classic: Builder = { kind: 'buildx', driver: 'docker', imageStore: 'classic' };
const containerd: Builder = { kind: 'buildx', driver: 'docker', imageStore: 'containerd' };
const container: Builder = { kind: 'buildx', driver: 'docker-container', imageStore: 'classic' };
const remote: Builder = { kind: 'buildx', driver: 'remote', imageStore: 'classic' };
const named: Builder = { ...classic, name: 'second' };

test.each<[string, Builder, ReturnType<typeof cacheMode>, ReturnType<typeof pushedBy>]>([
  ['1 engine BuildKit (20.10)', { kind: 'buildkit' }, 'inline', 'docker'],
  ['2 legacy builder', { kind: 'legacy' }, 'none', 'docker'],
  ['3 buildx docker driver, classic store', classic, 'inline', 'docker'],
  ['4 buildx docker driver, containerd store', containerd, 'registry', 'docker'],
  ['5 docker-container driver', container, 'registry', 'builder'],
  ['6 remote driver', remote, 'registry', 'builder'],
  ['7 a named builder on another context', named, 'inline', 'builder'],
])('%s: cache %s, pushed by %s', (_name, builder, mode, by) => {
  expect(cacheMode(builder)).toBe(mode);
  expect(pushedBy(builder)).toBe(by);
});

test.each<[string, Builder, Parameters<typeof planCache>[1], ReturnType<typeof planCache>]>([
  [
    'first build: written, not read',
    containerd,
    { ref: 'r:c', exists: false, immutable: false, noCache: false },
    { mode: 'registry', ref: 'r:c', import: false, export: true },
  ],
  [
    're-run: read and written',
    classic,
    { ref: 'r:c', exists: true, immutable: false, noCache: false },
    { mode: 'inline', ref: 'r:c', import: true, export: true },
  ],
  [
    'no-cache: written, not read',
    classic,
    { ref: 'r:c', exists: true, immutable: false, noCache: true },
    { mode: 'inline', ref: 'r:c', import: false, export: true },
  ],
  [
    'immutable cache tag: read only',
    container,
    { ref: 'r:c', exists: true, immutable: true, noCache: false },
    { mode: 'registry', ref: 'r:c', import: true, export: false },
  ],
  [
    "an engine that keeps its layers (CodeBuild's Docker server): read, not written",
    containerd,
    { ref: 'r:c', exists: true, immutable: false, noCache: false, engineKeepsLayers: true },
    { mode: 'registry', ref: 'r:c', import: true, export: false },
  ],
  [
    'an engine that keeps its layers, first build: neither read nor written',
    classic,
    { ref: 'r:c', exists: false, immutable: false, noCache: false, engineKeepsLayers: true },
    { mode: 'inline', ref: 'r:c', import: false, export: false },
  ],
  ['cache off', classic, { ref: undefined, exists: false, immutable: false, noCache: false }, undefined],
  ['legacy builder', { kind: 'legacy' }, { ref: 'r:c', exists: true, immutable: false, noCache: false }, undefined],
])('planCache: %s', (_name, builder, options, plan) => {
  expect(planCache(builder, options)).toEqual(plan);
});

test.each<[string, object, BuiltImage | undefined]>([
  [
    'classic store, loaded: the digest is the config',
    { 'containerimage.config.digest': d('c'), 'containerimage.digest': d('c') },
    { configDigest: d('c') },
  ],
  [
    'classic store, pushed by the builder: the manifest',
    { 'containerimage.config.digest': d('c'), 'containerimage.digest': d('a') },
    { configDigest: d('c'), manifestDigest: d('a') },
  ],
  [
    'containerd store: the descriptor',
    {
      'containerimage.config.digest': d('c'),
      'containerimage.digest': d('a'),
      'containerimage.descriptor': {
        mediaType: 'application/vnd.docker.distribution.manifest.v2+json',
        digest: d('a'),
      },
    },
    { configDigest: d('c'), manifestDigest: d('a') },
  ],
  [
    'containerd store with attestations: an index, also as config digest',
    {
      'containerimage.config.digest': d('f'),
      'containerimage.digest': d('f'),
      'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: d('f') },
    },
    { configDigest: d('f'), manifestDigest: d('f') },
  ],
  [
    'containerd store with attestations, loaded: an index, no config',
    {
      'containerimage.digest': d('f'),
      'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: d('f') },
    },
    { manifestDigest: d('f') },
  ],
  ['no image', { 'buildx.build.ref': 'default/default/x' }, undefined],
])('parseBuildMetadata: %s', (_name, metadata, built) => {
  expect(parseBuildMetadata(JSON.stringify(metadata))).toEqual(built);
});

test('parseBuildMetadata: not JSON', () => {
  expect(parseBuildMetadata('')).toBeUndefined();
});

const manifestOnly: BuiltImage = { configDigest: d('c'), manifestDigest: d('a') };
const configOnly: BuiltImage = { configDigest: d('c') };
test.each<[string, BuiltImage, TaggedImage, boolean, string]>([
  [
    'manifest vs manifest, same',
    manifestOnly,
    { digest: d('a'), configDigest: d('c') },
    true,
    `${d('a')}; this build is ${d('a')}`,
  ],
  [
    'manifest vs manifest, other',
    manifestOnly,
    { digest: d('b'), configDigest: d('c') },
    false,
    `${d('b')}; this build is ${d('a')}`,
  ],
  [
    "config vs stored manifest's config, same",
    configOnly,
    { digest: d('a'), configDigest: d('c') },
    true,
    `${d('a')}, config ${d('c')}; this build is the image with config ${d('c')}`,
  ],
  [
    "config vs stored manifest's config, other",
    configOnly,
    { digest: d('a'), configDigest: d('e') },
    false,
    `${d('a')}, config ${d('e')}; this build is the image with config ${d('c')}`,
  ],
  [
    'config vs an index: never the same',
    configOnly,
    { digest: d('f') },
    false,
    `${d('f')}, an image index, not one image; this build is the image with config ${d('c')}`,
  ],
  [
    'index digest vs the stored index',
    { configDigest: d('f'), manifestDigest: d('f') },
    { digest: d('f') },
    true,
    `${d('f')}; this build is ${d('f')}`,
  ],
])('isSameImage: %s', (_name, built, stored, same, detail) => {
  expect(isSameImage(built, stored)).toBe(same);
  expect(describeMismatch(built, stored)).toBe(detail);
});

test.each<[string, string[], string[], Record<string, TaggedImage>, BuiltImage, ReturnType<typeof planPush>]>([
  [
    'mutable repository: every tag pushed',
    ['a', 'b'],
    [],
    { a: { digest: d('x') } },
    manifestOnly,
    { push: ['a', 'b'], inPlace: new Map() },
  ],
  ['immutable, first push', ['a', 'b'], ['a', 'b'], {}, configOnly, { push: ['a', 'b'], inPlace: new Map() }],
  [
    'immutable, re-run of the same commit',
    ['a', 'b'],
    ['a', 'b'],
    { a: { digest: d('a'), configDigest: d('c') }, b: { digest: d('a'), configDigest: d('c') } },
    configOnly,
    {
      push: [],
      inPlace: new Map([
        ['a', d('a')],
        ['b', d('a')],
      ]),
    },
  ],
  [
    'immutable tag in place, a new mutable one pushed',
    ['a', 'latest'],
    ['a'],
    { a: { digest: d('a'), configDigest: d('c') } },
    manifestOnly,
    { push: ['latest'], inPlace: new Map([['a', d('a')]]) },
  ],
  [
    'immutable tag pointing at another image: nothing pushed',
    ['new', 'a'],
    ['new', 'a'],
    { a: { digest: d('b'), configDigest: d('e') } },
    manifestOnly,
    { push: [], inPlace: new Map(), conflict: { tag: 'a', detail: `${d('b')}; this build is ${d('a')}` } },
  ],
])('planPush: %s', (_name, tags, immutable, stored, built, plan) => {
  expect(planPush(tags, (tag) => immutable.includes(tag), new Map(Object.entries(stored)), built)).toEqual(plan);
});

describe('planImage: one image of the run', () => {
  const stored = (tags: readonly string[]) =>
    new Map(tags.map((tag) => [tag, { digest: d('1'), configDigest: d('2') }]));
  const base = {
    repositoryUri: 'r/web',
    tags: ['abc', 'latest'],
    cacheTag: 'buildcache',
    noCache: false,
    immutable: () => false,
    stored: stored([]),
  };
  test.each<[string, Builder, Partial<Parameters<typeof planImage>[1]>, ReturnType<typeof planImage>]>([
    [
      'docker driver, first build: loaded for docker push, cache image built after',
      classic,
      {},
      {
        refs: ['r/web:abc', 'r/web:latest'],
        output: 'load',
        cache: { mode: 'inline', ref: 'r/web:buildcache', import: false, export: true },
        cacheFrozen: false,
        cacheImage: 'load',
      },
    ],
    [
      'containerd store: the registry cache is exported by the build itself',
      containerd,
      { stored: stored(['buildcache']) },
      {
        refs: ['r/web:abc', 'r/web:latest'],
        output: 'load',
        cache: { mode: 'registry', ref: 'r/web:buildcache', import: true, export: true },
        cacheFrozen: false,
      },
    ],
    [
      'a builder that pushes itself pushes from the build',
      container,
      {},
      {
        refs: ['r/web:abc', 'r/web:latest'],
        output: 'push',
        cache: { mode: 'registry', ref: 'r/web:buildcache', import: false, export: true },
        cacheFrozen: false,
      },
    ],
    [
      '… but keeps the image to compare when an immutable tag exists',
      container,
      { immutable: (tag) => tag === 'abc', stored: stored(['abc']) },
      {
        refs: ['r/web:abc', 'r/web:latest'],
        output: 'store',
        cache: { mode: 'registry', ref: 'r/web:buildcache', import: false, export: true },
        cacheFrozen: false,
      },
    ],
    [
      'a named builder on the classic store pushes the inline cache image itself',
      named,
      {},
      {
        refs: ['r/web:abc', 'r/web:latest'],
        output: 'push',
        cache: { mode: 'inline', ref: 'r/web:buildcache', import: false, export: true },
        cacheFrozen: false,
        cacheImage: 'push',
      },
    ],
    [
      'an engine that keeps its layers: the cache is read, no cache image is built, and nothing is frozen',
      classic,
      { stored: stored(['buildcache']), engineKeepsLayers: true },
      {
        refs: ['r/web:abc', 'r/web:latest'],
        output: 'load',
        cache: { mode: 'inline', ref: 'r/web:buildcache', import: true, export: false },
        cacheFrozen: false,
      },
    ],
    [
      'an immutable cache tag is read, never written',
      classic,
      { immutable: (tag) => tag === 'buildcache', stored: stored(['buildcache']) },
      {
        refs: ['r/web:abc', 'r/web:latest'],
        output: 'load',
        cache: { mode: 'inline', ref: 'r/web:buildcache', import: true, export: false },
        cacheFrozen: true,
      },
    ],
    [
      'cache off',
      classic,
      { cacheTag: undefined },
      { refs: ['r/web:abc', 'r/web:latest'], output: 'load', cacheFrozen: false },
    ],
    [
      'legacy builder: no cache at all',
      { kind: 'legacy' },
      {},
      { refs: ['r/web:abc', 'r/web:latest'], output: 'load', cacheFrozen: false },
    ],
  ])('%s', (_name, builder, input, plan) => {
    const { cacheTag, ...rest } = { ...base, ...input };
    expect(planImage(builder, { ...rest, ...(cacheTag !== undefined && { cacheTag }) })).toEqual(plan);
  });

  test.each<[string, string[], string | undefined, string[]]>([
    ['1 the cache, then every tag', ['abc', 'latest'], 'buildcache', ['buildcache', 'abc', 'latest']],
    ['2 no cache: every tag', ['abc', 'latest'], undefined, ['abc', 'latest']],
    ['3 a cache tag that is also a tag is looked up once', ['abc', 'buildcache'], 'buildcache', ['buildcache', 'abc']],
  ])('tagsToLookUp: %s', (_name, tags, cacheTag, expected) => {
    expect(tagsToLookUp(tags, cacheTag)).toEqual(expected);
  });
});

describe('cacheHoldsBuild: the inline cache image is not built and pushed again for an unchanged build', () => {
  const layers = [d('1'), d('2')];
  const image: TaggedImage = { digest: d('a'), configDigest: d('c'), layers };
  const cache: TaggedImage = { digest: d('b'), configDigest: d('e'), layers };
  const built: BuiltImage = { configDigest: d('c') };
  test.each<[string, BuiltImage, [string, TaggedImage][], boolean]>([
    [
      '1 a tag holds this image, the cache its layers: current',
      built,
      [
        ['abc', image],
        ['buildcache', cache],
      ],
      true,
    ],
    [
      '2 by manifest digest (containerd store)',
      { manifestDigest: d('a') },
      [
        ['abc', image],
        ['buildcache', cache],
      ],
      true,
    ],
    ['3 no cache yet', built, [['abc', image]], false],
    ['4 the tag is new (a new commit)', built, [['buildcache', cache]], false],
    [
      '5 the tag holds another image (a changed build)',
      { configDigest: d('f') },
      [
        ['abc', image],
        ['buildcache', cache],
      ],
      false,
    ],
    [
      '6 the cache holds other layers (another build pushed it since)',
      built,
      [
        ['abc', image],
        ['buildcache', { ...cache, layers: [d('1'), d('3')] }],
      ],
      false,
    ],
    [
      '7 the cache has one layer more',
      built,
      [
        ['abc', image],
        ['buildcache', { ...cache, layers: [...layers, d('3')] }],
      ],
      false,
    ],
    [
      '8 the cache is an index (no layers known)',
      built,
      [
        ['abc', image],
        ['buildcache', { digest: d('b') }],
      ],
      false,
    ],
    ['9 the cache tag is the only tag', built, [['buildcache', cache]], false],
  ])('%s', (_name, builtImage, stored, expected) => {
    const tags = stored.some(([tag]) => tag === 'abc') || _name.startsWith('4') ? ['abc'] : ['buildcache'];
    expect(cacheHoldsBuild(builtImage, tags, new Map(stored), 'buildcache')).toBe(expected);
  });
});
