import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadInputs, resolveConfig } from '../../src/config';
import { resolveRaw } from './resolve-raw';
import type { RawInputs } from '../../src/interface';
import { tempDirs } from './temp-dir';
import { userError, userErrorOf } from './user-error';

const env = { AWS_REGION: 'eu-west-1' };
const commit = {
  sha: '0123456789abcdef0123456789abcdef01234567',
  buildNumber: '42',
  branch: 'main',
  commitTime: '2026-11-01T10:00:00+00:00',
  url: 'https://github.com/o/r',
};

describe('build config', () => {
  test('defaults from a minimal input', () => {
    const config = resolveRaw('build', { repository: 'team/web' }, env, commit);
    expect(config).toEqual({
      command: 'build',
      region: 'eu-west-1',
      images: [
        {
          kind: 'build',
          placeholder: 'IMAGE1_NAME',
          repository: 'team/web',
          build: { context: '.', dockerfile: 'Dockerfile', buildArgs: [], cacheTag: 'buildcache' },
          tags: ['0123456'],
        },
      ],
      build: {
        labels: [
          ['org.opencontainers.image.revision', commit.sha],
          ['org.opencontainers.image.source', 'https://github.com/o/r'],
          ['org.opencontainers.image.created', '2026-11-01T10:00:00+00:00'],
        ],
        noCache: false,
        pull: false,
        secrets: [],
        ssh: [],
        provenance: 'false',
      },
      loginPublic: false,
      loginRegistries: [],
      createRepository: false,
      files: {
        taskdef: 'taskdef.json',
        appspec: ['appspec.yaml', 'appspec.yml', 'appspec.json'],
        imagePlaceholder: 'IMAGE1_NAME',
        otherPlaceholders: [],
        extraPlaceholders: [],
        workspace: process.cwd(),
        deployTarget: 'codedeploy',
      },
      outputDir: 'ecs-deploy',
      artifact: 'ecs-deploy.zip',
      envFile: 'ecs-bluegreen-build.env',
      limits: { responseTimeoutMs: 4000, pushTimeoutMs: 120_000 },
      commit,
      notices: [],
      env,
    });
  });

  // GitHub passes every input action.yml declares, with its default: the same config must come out.
  test('an action with every input at its default equals a CLI call with none', () => {
    const github: RawInputs = {
      command: 'build',
      repository: 'team/web',
      region: '',
      'create-repository': 'false',
      context: '.',
      dockerfile: '',
      'build-args': '',
      target: '',
      platform: '',
      labels: '',
      tags: '{short_sha}',
      cache: 'true',
      'cache-tag': 'buildcache',
      image: '',
      taskdef: 'taskdef.json',
      appspec: '',
      'image-detail': '',
      'image-placeholder': 'IMAGE1_NAME',
      'other-placeholders': '',
      'render-taskdef': 'false',
      'container-name': '',
      'task-definition-arn': '',
      'output-dir': 'ecs-deploy',
      artifact: '',
      's3-bucket': '',
      's3-key': '',
      'outputs-env-file': 'ecs-bluegreen-build.env',
      'response-timeout': '4',
      'push-timeout': '120',
      'no-cache': 'false',
      pull: 'false',
      secrets: '',
      'secret-envs': '',
      ssh: '',
      builder: '',
      provenance: 'false',
    };
    expect(resolveRaw('build', github, env, commit)).toEqual(
      resolveRaw('build', { repository: 'team/web' }, env, commit),
    );
  });

  test.each<[string, RawInputs, Record<string, unknown>]>([
    [
      'tags split on commas and lines, duplicates dropped',
      { tags: 'v1-{build_number}, {branch}\n{short_sha},{branch}' },
      { images: [{ tags: ['v1-42', 'main', '0123456'] }] },
    ],
    ['{sha} is the full commit', { tags: '{sha}' }, { images: [{ tags: [commit.sha] }] }],
    ['region input beats the environment', { region: 'us-west-2' }, { region: 'us-west-2' }],
    [
      'artifact follows output-dir',
      { 'output-dir': 'out/deploy/' },
      { outputDir: 'out/deploy/', artifact: 'out/deploy.zip' },
    ],
    [
      's3-key defaults to the repository and the zip name',
      { 's3-bucket': 'my-artifacts', artifact: 'build/a.zip' },
      { s3: { bucket: 'my-artifacts', key: 'team/web/a.zip' } },
    ],
    [
      "with a prebuilt image, the image's repository",
      {
        repository: '',
        image: `1.dkr.ecr.eu-west-1.amazonaws.com/team/api@sha256:${'0'.repeat(64)}`,
        's3-bucket': 'my-artifacts',
      },
      { s3: { bucket: 'my-artifacts', key: 'team/api/ecs-deploy.zip' } },
    ],
    [
      's3-key templates',
      { 's3-bucket': 'my-artifacts', 's3-key': '/web/{branch}/{short_sha}.zip' },
      { s3: { bucket: 'my-artifacts', key: 'web/main/0123456.zip' } },
    ],
    ['create-repository as True', { 'create-repository': 'True' }, { createRepository: true }],
    [
      'a repository URI gives the registry and the region',
      { repository: '210987654321.dkr.ecr.us-west-2.amazonaws.com/team/web' },
      { images: [{ repository: 'team/web', registryId: '210987654321' }], region: 'us-west-2' },
    ],
    [
      'registry-id',
      { 'registry-id': '210987654321' },
      { images: [{ repository: 'team/web', registryId: '210987654321' }], region: 'eu-west-1' },
    ],
    [
      'login-registries: accounts in this region, hosts in theirs',
      { 'login-registries': '210987654321\n111122223333.dkr.ecr.us-west-2.amazonaws.com' },
      {
        loginRegistries: [
          { registryId: '210987654321', region: 'eu-west-1' },
          { registryId: '111122223333', region: 'us-west-2' },
        ],
      },
    ],
    [
      'a dual-stack repository URI: pushed under its host, the API through the dual-stack endpoint',
      { repository: '210987654321.dkr-ecr.us-west-2.on.aws/team/web' },
      {
        images: [
          { repository: 'team/web', registryId: '210987654321', registryHost: '210987654321.dkr-ecr.us-west-2.on.aws' },
        ],
        region: 'us-west-2',
        ecrEndpoint: { fips: false, dualStack: true },
      },
    ],
    [
      'a FIPS repository URI: pushed under its host, the API through the FIPS endpoint',
      { repository: '210987654321.dkr.ecr-fips.us-gov-west-1.amazonaws.com/team/web' },
      {
        images: [
          {
            repository: 'team/web',
            registryId: '210987654321',
            registryHost: '210987654321.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
          },
        ],
        region: 'us-gov-west-1',
        ecrEndpoint: { fips: true, dualStack: false },
      },
    ],
    [
      'login-registries: a FIPS dual-stack host keeps its host; public.ecr.aws is ECR Public',
      { 'login-registries': '111122223333.dkr-ecr-fips.us-east-2.on.aws\npublic.ecr.aws' },
      {
        loginRegistries: [
          {
            registryId: '111122223333',
            region: 'us-east-2',
            host: {
              kind: 'private',
              host: '111122223333.dkr-ecr-fips.us-east-2.on.aws',
              registryId: '111122223333',
              region: 'us-east-2',
              fips: true,
              dualStack: true,
            },
          },
        ],
        loginPublic: true,
      },
    ],
    [
      's3-key: repeated and trailing slashes of the parts collapse',
      { 's3-bucket': 'b1b', 's3-key': '//web//{branch}///a.zip' },
      { s3: { bucket: 'b1b', key: 'web/main/a.zip' } },
    ],
    [
      's3-key: dots inside a part are kept',
      { 's3-bucket': 'b1b', 's3-key': 'web/v1..2/.a.zip' },
      { s3: { bucket: 'b1b', key: 'web/v1..2/.a.zip' } },
    ],
    [
      'timeouts in seconds, fractions allowed',
      { 'response-timeout': '0.5', 'push-timeout': '30' },
      { limits: { responseTimeoutMs: 500, pushTimeoutMs: 30_000 } },
    ],
    ['the env file under its new name', { 'outputs-env-file': 'out.env' }, { envFile: 'out.env' }],
  ])('%s', (_name, raw, expected) => {
    expect(resolveRaw('build', { repository: 'team/web', ...raw }, env, commit)).toMatchObject(expected);
  });

  test('build settings', () => {
    const config = resolveRaw(
      'build',
      {
        repository: 'team/web',
        context: 'app',
        'build-args': 'A=1\n# comment\nB=x=y,z\n',
        target: 'prod',
        platform: 'linux/arm64',
        labels: 'org.opencontainers.image.source=https://example.com\nteam=web',
        cache: 'false',
      },
      env,
      commit,
    );
    expect(config.images[0]).toMatchObject({
      build: {
        context: 'app',
        dockerfile: 'app/Dockerfile',
        buildArgs: [
          ['A', '1'],
          ['B', 'x=y,z'],
        ],
        target: 'prod',
      },
    });
    expect(config.images[0]).not.toHaveProperty('build.cacheTag');
    expect(config.build).toEqual({
      platform: 'linux/arm64',
      labels: [
        ['org.opencontainers.image.revision', commit.sha],
        ['org.opencontainers.image.source', 'https://example.com'],
        ['org.opencontainers.image.created', commit.commitTime],
        ['team', 'web'],
      ],
      noCache: false,
      pull: false,
      secrets: [],
      ssh: [],
      provenance: 'false',
    });
  });

  test('build inputs of docker/build-push-action', () => {
    const config = resolveRaw(
      'build',
      {
        repository: 'team/web',
        secrets: 'npm=tok=en\ngit=abc',
        'secret-envs': 'aws=AWS_TOKEN',
        ssh: 'default\ngit=/keys/id',
        builder: 'ci-cluster',
        provenance: 'mode=max',
        'no-cache': 'true',
        pull: 'true',
      },
      { ...env, AWS_TOKEN: 'from-env' },
      commit,
    );
    expect(config.build).toMatchObject({
      secrets: [
        ['npm', 'tok=en'],
        ['git', 'abc'],
        ['aws', 'from-env'],
      ],
      ssh: ['default', 'git=/keys/id'],
      builder: 'ci-cluster',
      provenance: 'mode=max',
      noCache: true,
      pull: true,
    });
  });

  test('a prebuilt image skips the build', () => {
    const image = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web@sha256:' + 'a'.repeat(64);
    const config = resolveRaw('build', { image }, env, {});
    expect(config.images).toEqual([
      {
        kind: 'prebuilt',
        placeholder: 'IMAGE1_NAME',
        image: expect.objectContaining({ repository: 'team/web', digest: 'sha256:' + 'a'.repeat(64) }),
      },
    ]);
  });

  test.each<[string, RawInputs, Record<string, string | undefined>, string, RegExp]>([
    ['missing repository', {}, env, 'repository', /is required/],
    [
      'a secret line without id: the line is not quoted',
      { repository: 'w1', secrets: 'hunter2' },
      env,
      'secrets',
      /^a line is not id=value$/,
    ],
    [
      'a secret id BuildKit does not take',
      { repository: 'w1', secrets: 'a b=c' },
      env,
      'secrets',
      /^a line does not start with a secret id \(what comes before its first = is not one; not shown/,
    ],
    [
      'a pasted token with = but no id=: no part of it shown',
      { repository: 'w1', secrets: 'ghp_t0k/en+s3cr3t==' },
      env,
      'secrets',
      /^a line does not start with a secret id[^k]*$/,
    ],
    [
      'a secret given twice',
      { repository: 'w1', secrets: 'a=1', 'secret-envs': 'a=HOME' },
      { ...env, HOME: '/root' },
      'secret-envs',
      /secret 'a' is given twice/,
    ],
    [
      'a secret from an unset variable: its name not shown',
      { repository: 'w1', 'secret-envs': 'npm=NPM_TOKEN' },
      env,
      'secret-envs',
      /^secret 'npm': the environment variable named after its = is not set or empty \(not shown[^N]*$/,
    ],
    [
      'a token of the form of a name (npm_…) where the name belongs: not shown',
      { repository: 'w1', 'secret-envs': 'npm=npm_t0ken5ecret' },
      env,
      'secret-envs',
      /^secret 'npm': the environment variable named after its = is not set or empty \(not shown[^5]*$/,
    ],
    [
      'a secret-envs value that is not a variable name',
      { repository: 'w1', 'secret-envs': 'npm=ghp_t0k/en+s3cr3t' },
      env,
      'secret-envs',
      /^secret 'npm': what follows = is not an environment variable name \(not shown[^k]*$/,
    ],
    [
      'ssh neither default nor id=path',
      { repository: 'w1', ssh: '/keys/id' },
      env,
      'ssh',
      /'\/keys\/id' is not an SSH agent or key/,
    ],
    [
      'a builder name with a space',
      { repository: 'w1', builder: 'my builder' },
      env,
      'builder',
      /'my builder' is not a buildx builder name/,
    ],
    [
      'provenance that is not a setting',
      { repository: 'w1', provenance: 'yes' },
      env,
      'provenance',
      /'yes' is not a provenance setting/,
    ],
    [
      'build inputs with a prebuilt image',
      { image: `123456789012.dkr.ecr.eu-west-1.amazonaws.com/w@sha256:${'a'.repeat(64)}`, builder: 'b' },
      env,
      'image',
      /cannot be combined with builder/,
    ],
    [
      'upper-case repository',
      { repository: 'Team/Web' },
      env,
      'repository',
      /'Team\/Web' is not a valid ECR repository name/,
    ],
    [
      'repository in ECR Public without its alias',
      { repository: 'public.ecr.aws/web' },
      env,
      'repository',
      /'public\.ecr\.aws\/web' names no registry alias and repository/,
    ],
    [
      'repository URI of the China partition with a region outside it',
      { repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com.cn/web' },
      env,
      'repository',
      /is not an ECR registry \(amazonaws\.com\.cn holds the China regions' registries only, not us-east-1's\)/,
    ],
    [
      'repository in a registry that is not ECR',
      { repository: 'ghcr.io/team/web' },
      env,
      'repository',
      /'ghcr\.io' is not an ECR registry/,
    ],
    [
      "region other than the repository URI's",
      { repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web', region: 'eu-west-1' },
      env,
      'region',
      /is not the region of the repository URI \(us-east-1\)/,
    ],
    [
      "registry-id other than the repository URI's",
      { repository: '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/web', 'registry-id': '210987654321' },
      env,
      'registry-id',
      /is not the account of the repository URI/,
    ],
    [
      'registry-id not an account id',
      { repository: 'team/web', 'registry-id': '1234' },
      env,
      'registry-id',
      /is not an AWS account id/,
    ],
    [
      'login-registries entry not ECR',
      { repository: 'team/web', 'login-registries': 'docker.io' },
      env,
      'login-registries',
      /'docker\.io' is not an ECR registry/,
    ],
    ['repository with a tag', { repository: 'team/web:latest' }, env, 'repository', /not a valid ECR repository name/],
    ['no region anywhere', { repository: 'team/web' }, {}, 'region', /neither AWS_REGION nor AWS_DEFAULT_REGION/],
    [
      'a region that is no region',
      { repository: 'team/web', region: 'Frankfurt' },
      env,
      'region',
      /'Frankfurt' is not an AWS region/,
    ],
    [
      'boolean that is not',
      { repository: 'team/web', 'create-repository': 'yes' },
      env,
      'create-repository',
      /'yes' is not a boolean/,
    ],
    [
      'unknown tag template',
      { repository: 'team/web', tags: '{commit}' },
      env,
      'tags',
      /\{commit\} is not a known template; use one of \{sha\}/,
    ],
    ['invalid tag', { repository: 'team/web', tags: '-latest' }, env, 'tags', /'-latest' may only contain/],
    [
      'build-args line without =',
      { repository: 'team/web', 'build-args': 'A' },
      env,
      'build-args',
      /'A' is not KEY=VALUE/,
    ],
    [
      'two platforms',
      { repository: 'team/web', platform: 'linux/amd64,linux/arm64' },
      env,
      'platform',
      /is not one platform/,
    ],
    [
      'image with build inputs',
      { image: 'r.example/web:1', 'build-args': 'A=1', target: 't' },
      env,
      'image',
      /cannot be combined with build-args, target/,
    ],
    ['image with tags', { image: 'r.example/web:1', tags: 'v2' }, env, 'tags', /cannot be combined with image/],
    ['malformed image', { image: 'r.example/web@sha256:abc' }, env, 'image', /is not an image reference/],
    ['s3-key without bucket', { repository: 'team/web', 's3-key': 'a.zip' }, env, 's3-key', /s3-bucket is not/],
    [
      's3 bucket as a URI',
      { repository: 'team/web', 's3-bucket': 's3://bucket/path' },
      env,
      's3-bucket',
      /not a valid S3 bucket name/,
    ],
    [
      'output-dir is the working directory',
      { repository: 'team/web', 'output-dir': '.' },
      env,
      'output-dir',
      /is the working directory/,
    ],
    [
      's3-key with a .. part',
      { repository: 'team/web', 's3-bucket': 'b1b', 's3-key': 'web/../other/a.zip' },
      env,
      's3-key',
      /has a \. or \.\. path part, which S3 keeps literally/,
    ],
    [
      's3-key with a . part',
      { repository: 'team/web', 's3-bucket': 'b1b', 's3-key': './a.zip' },
      env,
      's3-key',
      /has a \. or \.\. path part/,
    ],
    [
      's3-key naming a folder',
      { repository: 'team/web', 's3-bucket': 'b1b', 's3-key': 'web/' },
      env,
      's3-key',
      /names no object/,
    ],
    [
      's3-key of slashes only',
      { repository: 'team/web', 's3-bucket': 'b1b', 's3-key': '///' },
      env,
      's3-key',
      /names no object/,
    ],
    [
      's3-key with a control character',
      { repository: 'team/web', 's3-bucket': 'b1b', 's3-key': 'a\u0007.zip' },
      env,
      's3-key',
      /control character/,
    ],
    [
      's3-key with a backslash',
      { repository: 'team/web', 's3-bucket': 'b1b', 's3-key': 'web\\a.zip' },
      env,
      's3-key',
      /backslash/,
    ],
    [
      's3-key over 1024 bytes',
      { repository: 'team/web', 's3-bucket': 'b1b', 's3-key': 'é'.repeat(513) },
      env,
      's3-key',
      /longer than 1024 bytes/,
    ],
    [
      'response-timeout not a number',
      { repository: 'team/web', 'response-timeout': '5s' },
      env,
      'response-timeout',
      /'5s' is not a number of seconds/,
    ],
    [
      'response-timeout of zero',
      { repository: 'team/web', 'response-timeout': '0' },
      env,
      'response-timeout',
      /'0' is not a number of seconds/,
    ],
    [
      'push-timeout negative',
      { repository: 'team/web', 'push-timeout': '-1' },
      env,
      'push-timeout',
      /'-1' is not a number of seconds/,
    ],
    [
      'push-timeout over an hour',
      { repository: 'team/web', 'push-timeout': '3601' },
      env,
      'push-timeout',
      /'3601' is not a number of seconds/,
    ],
  ])('%s', (_name, raw, environment, input, message) => {
    const error = userError(() => resolveRaw('build', raw, environment, commit));
    expect(error.subject).toEqual({ input });
    expect(error.message).toMatch(message);
  });

  test('a template with no value on this host names the variable and the reason', () => {
    const error = userError(() =>
      resolveRaw('build', { repository: 'team/web', tags: '{build_number}' }, env, { sha: commit.sha }),
    );
    expect(error.message).toBe(
      "'{build_number}': {build_number} has no value here: no CI build number is known (GitHub sets GITHUB_RUN_NUMBER, CodeBuild sets CODEBUILD_BUILD_NUMBER)",
    );
  });

  test('default tag without any commit', () => {
    const error = userError(() => resolveRaw('build', { repository: 'team/web' }, env, {}));
    expect(error.message).toMatch(/\{short_sha\} has no value here: no commit is known/);
  });

  test('without a commit, a CI build falls back to build-<number> and says why; given tags are kept', () => {
    const ci = { buildNumber: '31', noCommit: 'no commit is known: CODEBUILD_RESOLVED_SOURCE_VERSION is not set' };
    const config = resolveRaw('build', { repository: 'team/web', tags: '{short_sha}' }, env, ci);
    expect(config.images[0]).toMatchObject({ tags: ['build-31'] });
    expect(config.notices).toEqual([
      'tagged build-31 instead of {short_sha}: no commit is known: CODEBUILD_RESOLVED_SOURCE_VERSION is not set. Set tags to choose the tag.',
    ]);
    const error = userError(() => resolveRaw('build', { repository: 'team/web', tags: 'v-{sha}' }, env, ci));
    expect(error.message).toBe(
      "'v-{sha}': {sha} has no value here: no commit is known: CODEBUILD_RESOLVED_SOURCE_VERSION is not set",
    );
    expect(resolveRaw('build', { repository: 'team/web' }, env, commit).notices).toEqual([]);
  });

  const cacheOff =
    "public.ecr.aws/abc123/team/web is an ECR Public repository: the registry layer cache is off for it (a cache tag there would publish the layers of every build stage); the Docker engine's own cache still serves";
  test.each<[number, string, RawInputs, Record<string, string | undefined>, string, readonly string[]]>([
    [1, 'the run region as given, the cache off and said', {}, env, 'eu-west-1', [cacheOff]],
    [2, 'no region anywhere: us-east-1, where ECR Public answers', {}, {}, 'us-east-1', [cacheOff]],
    [3, 'the cache off by input: nothing to say', { cache: 'false' }, env, 'eu-west-1', []],
    [
      4,
      "registry-id is not the public registry's: the alias names it",
      { 'registry-id': '111122223333' },
      env,
      'eu-west-1',
      [cacheOff],
    ],
  ])('%i an ECR Public repository: %s', (_n, _name, raw, environment, region, notices) => {
    const config = resolveRaw('build', { repository: 'public.ecr.aws/abc123/team/web', ...raw }, environment, commit);
    expect(config.region).toBe(region);
    expect(config.notices).toEqual(notices);
    expect(config.images[0]).toEqual({
      kind: 'build',
      placeholder: 'IMAGE1_NAME',
      repository: 'team/web',
      publicAlias: 'abc123',
      build: { context: '.', dockerfile: 'Dockerfile', buildArgs: [] },
      tags: ['0123456'],
    });
    expect(config).not.toHaveProperty('ecrEndpoint');
  });
});

describe('validate and render config', () => {
  test.each<[number, Record<string, string>, string]>([
    [1, { GITHUB_WORKSPACE: '/home/runner/work/r/r', CODEBUILD_SRC_DIR: '/codebuild/src' }, '/home/runner/work/r/r'],
    [2, { CODEBUILD_SRC_DIR: '/codebuild/output/src1/src' }, '/codebuild/output/src1/src'],
    [3, { GITHUB_WORKSPACE: '' }, process.cwd()],
    [4, { GITHUB_WORKSPACE: 'checkout' }, join(process.cwd(), 'checkout')],
  ])('%i: the workspace files must stay in, from the host', (_n, environment, workspace) => {
    expect(resolveRaw('validate', {}, environment).files.workspace).toBe(workspace);
  });

  test('validate reads only the files', () => {
    expect(
      resolveRaw(
        'validate',
        { taskdef: 'deploy/td.json', appspec: 'deploy/appspec.json', 'image-detail': 'imageDetail.json' },
        {},
      ),
    ).toEqual({
      command: 'validate',
      files: {
        taskdef: 'deploy/td.json',
        appspec: ['deploy/appspec.json'],
        imagePlaceholder: 'IMAGE1_NAME',
        otherPlaceholders: [],
        extraPlaceholders: [],
        workspace: process.cwd(),
        deployTarget: 'codedeploy',
      },
      imageDetail: 'imageDetail.json',
    });
  });

  test.each<[string, RawInputs, object]>([
    [
      '1. codedeploy by default: the appspec candidates, no rendering',
      {},
      { deployTarget: 'codedeploy', appspec: ['appspec.yaml', 'appspec.yml', 'appspec.json'] },
    ],
    [
      '2. ecs: no appspec, the task definition rendered by placeholder, the service definition read',
      { 'deploy-target': 'ecs', 'service-definition': 'service.json' },
      { deployTarget: 'ecs', appspec: [], render: { placeholder: 'IMAGE1_NAME' }, serviceDefinition: 'service.json' },
    ],
    [
      '3. ecs with container-name: rendered by container',
      { 'deploy-target': 'ecs', 'container-name': 'web' },
      { appspec: [], render: { container: 'web' } },
    ],
  ])('deploy-target %s', (_name, raw, files) => {
    expect(resolveRaw('validate', raw, {}).files).toMatchObject(files);
  });

  test.each<[string, RawInputs, string, string]>([
    ['1. an unknown target', { 'deploy-target': 'ECS ' }, 'deploy-target', "'ECS' is not a deploy target"],
    [
      '2. an appspec given with ecs',
      { 'deploy-target': 'ecs', appspec: 'appspec.yaml' },
      'appspec',
      'is appspec.yaml, but deploy-target ecs reads no appspec',
    ],
  ])('deploy-target refused: %s', (_name, raw, input, message) => {
    for (const command of ['validate', 'build'] as const) {
      const error = userError(() => resolveRaw(command, { repository: 'team/web', ...raw }, env, commit));
      expect(error.subject).toEqual({ input });
      expect(error.message).toContain(message);
    }
  });

  test.each<[string, RawInputs, object | undefined]>([
    ['no rendering by default', {}, undefined],
    [
      'render-taskdef renders by placeholder',
      { 'render-taskdef': 'true', 'image-placeholder': 'IMAGE_NAME' },
      { placeholder: 'IMAGE_NAME' },
    ],
    ['container-name renders by container', { 'container-name': 'web' }, { container: 'web' }],
  ])('%s', (_name, raw, render) => {
    expect(resolveRaw('validate', raw, {}).files.render).toEqual(render);
  });

  test('other-placeholders: one per line or comma-separated', () => {
    expect(
      resolveRaw('validate', { 'other-placeholders': 'IMAGE2_NAME, IMAGE3_NAME\nIMAGE4_NAME' }, {}).files
        .otherPlaceholders,
    ).toEqual(['IMAGE2_NAME', 'IMAGE3_NAME', 'IMAGE4_NAME']);
  });

  test('render needs an image and renders by placeholder by default', () => {
    expect(userError(() => resolveRaw('render', {}, {})).subject).toEqual({ input: 'image' });
    const config = resolveRaw(
      'render',
      { image: 'r.example/web:1', 'task-definition-arn': 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3' },
      {},
    );
    expect(config.files.render).toEqual({ placeholder: 'IMAGE1_NAME' });
    expect(config.imageUri).toBe('r.example/web:1');
    expect(config.taskDefinitionArn).toBe('arn:aws:ecs:us-east-1:123456789012:task-definition/web:3');
  });
});

describe('extra-images: the images of the run', () => {
  const build = (raw: RawInputs) => loaded('build', { repository: 'team/web', ...raw }, env, commit);
  const proxy = '- placeholder: IMAGE2_NAME\n  repository: team/proxy\n  context: proxy\n';

  test("an entry is its own image over the run's shared build settings, with an artifact of its own", async () => {
    const config = await build({
      'extra-images': proxy,
      platform: 'linux/arm64',
      target: 'app',
      'build-args': 'A=1',
      tags: '{short_sha},latest',
      's3-bucket': 'b1b',
    });
    const [image1, image2] = config.images;
    expect(config.images).toHaveLength(2);
    expect(image1).toMatchObject({
      placeholder: 'IMAGE1_NAME',
      repository: 'team/web',
      tags: ['0123456', 'latest'],
      build: { target: 'app', buildArgs: [['A', '1']] },
    });
    expect(image2).toEqual({
      kind: 'build',
      placeholder: 'IMAGE2_NAME',
      repository: 'team/proxy',
      // What makes an image its own has the inputs' defaults; the tags and the cache tag are the run's.
      build: { context: 'proxy', dockerfile: 'proxy/Dockerfile', buildArgs: [], cacheTag: 'buildcache' },
      tags: ['0123456', 'latest'],
      extra: { entry: 'entry 1 (IMAGE2_NAME)', slug: 'image2', dir: 'ecs-deploy-image2', zip: 'ecs-deploy-image2.zip' },
    });
    // The platform is the run's, one for every image.
    expect(config.build.platform).toBe('linux/arm64');
    expect(config.files.extraPlaceholders).toEqual(['IMAGE2_NAME']);
  });

  test.each<[string, RawInputs, Record<string, unknown>]>([
    [
      'its own tags, dockerfile, target and build args',
      {
        'extra-images':
          '- placeholder: ENVOY_IMAGE\n  repository: team/envoy\n  dockerfile: envoy.Dockerfile\n  target: envoy\n  build-args: {V: "1.30"}\n  tags: ["envoy-{short_sha}"]\n',
      },
      {
        placeholder: 'ENVOY_IMAGE',
        build: { context: '.', dockerfile: 'envoy.Dockerfile', target: 'envoy', buildArgs: [['V', '1.30']] },
        tags: ['envoy-0123456'],
        extra: { slug: 'envoy-image', dir: 'ecs-deploy-envoy-image' },
      },
    ],
    [
      'a repository URI of another account: that registry',
      {
        'extra-images':
          '- placeholder: IMAGE2_NAME\n  repository: 210987654321.dkr.ecr.eu-west-1.amazonaws.com/shared/proxy\n',
      },
      { repository: 'shared/proxy', registryId: '210987654321' },
    ],
    [
      "the run's registry-id for a repository name",
      { 'registry-id': '210987654321', 'extra-images': proxy },
      { repository: 'team/proxy', registryId: '210987654321' },
    ],
    [
      'a prebuilt image: nothing built or tagged',
      {
        'extra-images': `- placeholder: IMAGE2_NAME\n  image: 1.dkr.ecr.eu-west-1.amazonaws.com/x/log-router@sha256:${'0'.repeat(64)}\n`,
      },
      { kind: 'prebuilt', placeholder: 'IMAGE2_NAME', image: { repository: 'x/log-router' } },
    ],
    [
      'in the repository of another image: a cache tag of its own, tags apart',
      {
        'extra-images':
          '- placeholder: MIGRATE\n  repository: team/web\n  target: migrate\n  tags: ["migrate-{short_sha}"]\n',
      },
      { repository: 'team/web', build: { cacheTag: 'buildcache-migrate' }, tags: ['migrate-0123456'] },
    ],
    [
      'artifact paths follow output-dir and artifact',
      { 'output-dir': 'out/deploy/', artifact: 'out/main.zip', 'extra-images': proxy },
      { extra: { dir: 'out/deploy-image2', zip: 'out/main-image2.zip' } },
    ],
  ])('%s', async (_name, raw, expected) => {
    expect((await build(raw)).images[1]).toMatchObject(expected);
  });

  test("Image1 prebuilt, an extra image built: the build settings are the inputs' defaults", async () => {
    const config = await loaded(
      'build',
      { image: `1.dkr.ecr.eu-west-1.amazonaws.com/team/web@sha256:${'0'.repeat(64)}`, 'extra-images': proxy },
      env,
      commit,
    );
    expect(config.images[0]).not.toHaveProperty('build');
    expect(config.images[1]).toMatchObject({ build: { context: 'proxy', cacheTag: 'buildcache' }, tags: ['0123456'] });
  });

  test.each<[string, RawInputs, RegExp, RegExp]>([
    [
      'the placeholder of Image1',
      { 'extra-images': '- placeholder: IMAGE1_NAME\n  repository: team/proxy\n' },
      /^entry 1 \(IMAGE1_NAME\): placeholder IMAGE1_NAME is image-placeholder/,
      /a placeholder of its own/,
    ],
    [
      'a placeholder of other-placeholders',
      { 'other-placeholders': 'IMAGE2_NAME', 'extra-images': proxy },
      /^entry 1 \(IMAGE2_NAME\): placeholder IMAGE2_NAME is also in other-placeholders/,
      /remove it from other-placeholders/,
    ],
    [
      'five images with other-placeholders',
      {
        'other-placeholders': 'IMAGE3_NAME,IMAGE4_NAME',
        'extra-images': `${proxy}- placeholder: IMAGE5_NAME\n  repository: team/five\n`,
      },
      /^3 images and 2 other placeholders: CodeDeployToECS fills at most 4 images$/,
      /4 in all/,
    ],
    [
      'a repository that is no ECR name',
      { 'extra-images': '- placeholder: IMAGE2_NAME\n  repository: Team/Proxy\n' },
      /^entry 1 \(IMAGE2_NAME\): 'Team\/Proxy' is not a valid ECR repository name$/,
      /lowercase/,
    ],
    [
      'a registry that is not ECR',
      { 'extra-images': '- placeholder: IMAGE2_NAME\n  repository: ghcr.io/team/proxy\n' },
      /^entry 1 \(IMAGE2_NAME\): 'ghcr.io' is not an ECR registry$/,
      /ECR URI/,
    ],
    [
      'a repository of another region',
      {
        'extra-images':
          '- placeholder: IMAGE2_NAME\n  repository: 123456789012.dkr.ecr.us-west-2.amazonaws.com/team/proxy\n',
      },
      /^entry 1 \(IMAGE2_NAME\): the repository is in us-west-2, the run in eu-west-1$/,
      /one region/,
    ],
    [
      'a tag template without a value',
      { 'extra-images': '- placeholder: IMAGE2_NAME\n  repository: team/proxy\n  tags: ["{build_id}"]\n' },
      /^entry 1 \(IMAGE2_NAME\): '\{build_id\}': /,
      /templates/,
    ],
    [
      'an image reference that is none',
      { 'extra-images': '- placeholder: IMAGE2_NAME\n  image: "not an image"\n' },
      /^entry 1 \(IMAGE2_NAME\): 'not an image' is not an image reference/,
      /registry\/repository/,
    ],
    [
      'a tag another image of the repository takes',
      { 'extra-images': '- placeholder: MIGRATE\n  repository: team/web\n' },
      /^entry 1 \(MIGRATE\): tag '0123456' is also the tag of IMAGE1_NAME in team\/web: one tag holds one image$/,
      /different tags/,
    ],
  ])('%s: exit 2, naming extra-images and the entry', async (_name, raw, message, fix) => {
    const error = await userErrorOf(build(raw));
    expect(error.subject).toEqual({ input: 'extra-images' });
    expect(error.message).toMatch(message);
    expect(error.fix).toMatch(fix);
  });

  test('validate and render read the placeholders; render fills the prebuilt ones', async () => {
    const image = `1.dkr.ecr.eu-west-1.amazonaws.com/x/log-router@sha256:${'0'.repeat(64)}`;
    const extra = `${proxy}- placeholder: LOG_ROUTER\n  image: ${image}\n`;
    expect((await loaded('validate', { 'extra-images': extra }, {})).files.extraPlaceholders).toEqual([
      'IMAGE2_NAME',
      'LOG_ROUTER',
    ]);
    expect((await loaded('render', { image: 'r/web:1', 'extra-images': extra }, {})).extraImages).toEqual([
      { placeholder: 'LOG_ROUTER', uri: image },
    ]);
  });

  test('resolving inputs that were not loaded does not compile: the order of the two steps is a type', async () => {
    const raw = { repository: 'team/web', 'extra-images': proxy };
    // @ts-expect-error raw inputs are not what loadInputs returns
    const unloaded = () => resolveConfig('build', raw, env, commit);
    expect(typeof unloaded).toBe('function');
    expect((await loaded('build', raw, env, commit)).images).toHaveLength(2);
  });
});

describe('inputs given as @file', () => {
  const tempDir = tempDirs('ebb-config-');
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeFileSync(
      join(dir, 'images.yml'),
      '# the sidecar\n- placeholder: IMAGE2_NAME\n  repository: team/proxy\n  tags: 7\n  target: [x]\n',
    );
    writeFileSync(join(dir, 'good.yml'), proxyText);
  });

  test('the file is read, and a mistake in it is positioned in it', async () => {
    const path = join(dir, 'images.yml');
    const good = await loaded(
      'build',
      { repository: 'team/web', 'extra-images': `@${join(dir, 'good.yml')}` },
      env,
      commit,
    );
    expect(good.images[1]).toMatchObject({ placeholder: 'IMAGE2_NAME', repository: 'team/proxy' });
    const error = await userErrorOf(loadInputs({ repository: 'team/web', 'extra-images': `@${path}` }, {}));
    expect(error.subject).toEqual({ input: 'extra-images' });
    expect(error.message).toMatch(new RegExp(`^${path}:5:\\d+: entry 1 \\(IMAGE2_NAME\\): `));
  });

  test.each<[string, string, RegExp]>([
    ['a missing file', '@nowhere/images.yml', /nowhere\/images.yml does not exist/],
    ['an @ without a path', '@ ', /'@' names no file/],
  ])('%s: exit 2 naming extra-images', async (_name, value, message) => {
    const error = await userErrorOf(loadInputs({ 'extra-images': value }, {}));
    expect(error.subject).toEqual({ input: 'extra-images' });
    expect(error.message).toMatch(message);
  });

  test('text without @ is the list itself; no input, nothing loaded', async () => {
    expect((await loadInputs({ 'extra-images': proxyText, taskdef: '@x' }, {})).extraImages).toMatchObject([
      { placeholder: 'IMAGE2_NAME', repository: 'team/proxy' },
    ]);
    expect((await loadInputs({ 'extra-images': ' ' }, {})).extraImages).toEqual([]);
  });
});

const proxyText = '- placeholder: IMAGE2_NAME\n  repository: team/proxy\n';

/** The config of `raw` as main resolves it: loaded first. */
async function loaded<C extends Parameters<typeof resolveConfig>[0]>(
  command: C,
  raw: RawInputs,
  environment: Record<string, string>,
  known: typeof commit | Record<string, never> = {},
) {
  return resolveConfig(command, await loadInputs(raw, environment), environment, known);
}
