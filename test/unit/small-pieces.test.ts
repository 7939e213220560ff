import { imageName, withSlug, type ImageSpec } from '../../src/images';
import { awsServiceError, redactSigning } from '../../src/aws';
import { isTagImmutable, type Repository } from '../../src/ecr/ecr';
import { webAddress, withGitFallback } from '../../src/git';
import { needsPathStyle } from '../../src/s3/upload';
import { closestMatch } from '../../src/suggest';

test.each([
  ['git@github.com:team/web.git', 'https://github.com/team/web'],
  ['https://x-access-token:ghs_secret@github.com/team/web.git', 'https://github.com/team/web'],
  [
    'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/web',
    'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/web',
  ],
  ['ssh://git@gitlab.example.com/group/web.git/', 'https://gitlab.example.com/group/web'],
  ['s3://bucket/source.zip', undefined],
  ['/srv/git/web.git', undefined],
])('web address of %s', (remote, expected) => {
  expect(webAddress(remote)).toBe(expected);
});

const repository = (tagMutability: string, filters: string[] = []): Repository => ({
  name: 'web',
  uri: 'r/web',
  registryId: '123456789012',
  tagMutability,
  exclusionFilters: filters.map((filter) => ({ filterType: 'WILDCARD', filter })),
});

test.each<[string, Repository, string, boolean]>([
  ['mutable', repository('MUTABLE'), 'abc', false],
  ['immutable', repository('IMMUTABLE'), 'abc', true],
  ['immutable, excluded tag', repository('IMMUTABLE_WITH_EXCLUSION', ['build*', 'latest']), 'buildcache', false],
  ['immutable, tag not excluded', repository('IMMUTABLE_WITH_EXCLUSION', ['build*']), 'abc', true],
  ['mutable, excluded tag is immutable', repository('MUTABLE_WITH_EXCLUSION', ['v*']), 'v1.0', true],
  ['mutable, other tag', repository('MUTABLE_WITH_EXCLUSION', ['v*']), 'latest', false],
  ['wildcard is literal otherwise', repository('IMMUTABLE_WITH_EXCLUSION', ['rel.*']), 'relx1', true],
])('%s', (_name, repo, tag, immutable) => {
  expect(isTagImmutable(repo, tag)).toBe(immutable);
});

test.each([
  ['repositry', ['repository', 'region'], 'repository'],
  ['Region', ['repository', 'region'], 'region'],
  ['xyz', ['repository', 'region'], undefined],
  ['memoryReservaton', ['memory', 'memoryReservation'], 'memoryReservation'],
])('closest to %s', (word, candidates, expected) => {
  expect(closestMatch(word, candidates)).toBe(expected);
});

test('an AWS error keeps its first paragraph and the fix; the rest waits for --debug', () => {
  const error = Object.assign(
    new Error(
      'The request signature we calculated does not match.\n\nThe Canonical String for this request should have been\n...',
    ),
    { name: 'InvalidSignatureException' },
  );
  const wrapped = awsServiceError('ECR GetAuthorizationToken', error, 'ecr:GetAuthorizationToken');
  expect(wrapped.message).toBe(
    "ECR GetAuthorizationToken failed: InvalidSignatureException: The request signature we calculated does not match. (--debug shows the service's full message)",
  );
  expect(wrapped.fix).toMatch(/the AWS credentials are not valid/);
  expect(wrapped.cause).toBe(error);
});

const TOKEN = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQDsession+token/x=';

test.each<[number, string, string]>([
  [1, `POST\n/\n\nhost:api.ecr.us-east-1.amazonaws.com\nx-amz-security-token:${TOKEN}\n`, 'x-amz-security-token:***'],
  [2, `X-Amz-Security-Token: ${TOKEN}`, 'X-Amz-Security-Token: ***'],
  [
    3,
    `GET /?X-Amz-Security-Token=${encodeURIComponent(TOKEN)}&X-Amz-Signature=ab12cd`,
    'X-Amz-Security-Token=***&X-Amz-Signature=***',
  ],
  [
    4,
    'Credential=AKIDEXAMPLE/20261203/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=0123abcdef',
    'Signature=***',
  ],
])('%i: redactSigning leaves no session token or signature', (_n, text, shown) => {
  const redacted = redactSigning(text);
  expect(redacted).toContain(shown);
  expect(redacted).not.toMatch(/IQoJ|session|0123abcdef|ab12cd/);
});

test("--debug's cause of a signature error holds no session token", () => {
  const error = Object.assign(
    new Error(
      `The request signature we calculated does not match.\n\nThe Canonical String for this request should have been\n'POST\n/\n\nx-amz-security-token:${TOKEN}\n'`,
    ),
    { name: 'InvalidSignatureException' },
  );
  const wrapped = awsServiceError('ECR GetAuthorizationToken', error);
  const cause = wrapped.cause as Error;
  expect(`${cause.message}\n${cause.stack}`).not.toContain(TOKEN.slice(0, 20));
  expect(cause.message).toContain('x-amz-security-token:***');
});

test.each([
  ['AccessDeniedException', 'User is not authorized', /allow ecr:BatchGetImage for the role/],
  ['CredentialsProviderError', 'Could not load credentials from any providers', /configure AWS credentials/],
  ['ThrottlingException', 'Rate exceeded', /throttling/],
  ['Error', 'connect ECONNREFUSED 127.0.0.1:9', /cannot be reached/],
])('%s gets a fix', (name, message, fix) => {
  expect(
    awsServiceError('ECR BatchGetImage', Object.assign(new Error(message), { name }), 'ecr:BatchGetImage').fix,
  ).toMatch(fix);
});

test.each([
  [
    'CI says all; git only adds the commit time of the same commit',
    { sha: 'a'.repeat(40), buildNumber: '3', branch: 'main', url: 'https://ci/x' },
    { sha: 'a'.repeat(40), commitTime: '2026-01-01T00:00:00Z', branch: 'other', url: 'https://git/x' },
    { sha: 'a'.repeat(40), commitTime: '2026-01-01T00:00:00Z', buildNumber: '3', branch: 'main', url: 'https://ci/x' },
  ],
  [
    "git's commit time is not taken for another commit",
    { sha: 'a'.repeat(40) },
    { sha: 'b'.repeat(40), commitTime: '2026-01-01T00:00:00Z' },
    { sha: 'a'.repeat(40) },
  ],
  [
    'git fills what CI does not say',
    {},
    { sha: 'b'.repeat(40), commitTime: 'T', branch: 'dev' },
    { sha: 'b'.repeat(40), commitTime: 'T', branch: 'dev' },
  ],
])('withGitFallback: %s', (_name, ci, git, expected) => {
  expect(withGitFallback(ci, git)).toEqual(expected);
});

test.each([
  ['ecs-deploy.zip', 'image2', 'ecs-deploy-image2.zip'],
  ['out/deploy/', 'image2', 'out/deploy-image2'],
  ['ecs-deploy', 'envoy-image', 'ecs-deploy-envoy-image'],
])("an extra image's artifact path: %s with %s", (path, slug, expected) => {
  expect(withSlug(path, slug)).toBe(expected);
});

test.each<[string, ImageSpec, string]>([
  [
    'built',
    {
      kind: 'build',
      placeholder: 'IMAGE2_NAME',
      repository: 'team/proxy',
      build: { context: '.', dockerfile: 'Dockerfile', buildArgs: [] },
      tags: [],
    },
    'IMAGE2_NAME (team/proxy)',
  ],
  [
    'prebuilt',
    { kind: 'prebuilt', placeholder: 'LOG', image: { registry: 'r', repository: 'x/log', tag: '1' } },
    'LOG (r/x/log:1)',
  ],
])('how messages name an image: %s', (_name, spec, expected) => {
  expect(imageName(spec)).toBe(expected);
});

test.each<[number, string, Record<string, string>, boolean]>([
  [1, 'no endpoint set: AWS, virtual-hosted', {}, false],
  [2, 'MinIO on localhost', { AWS_ENDPOINT_URL_S3: 'http://localhost:9000' }, true],
  [3, 'a gateway by name, from the global variable', { AWS_ENDPOINT_URL: 'https://s3.storage.example.com' }, true],
  [4, 'a loopback address', { AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4566' }, true],
  [5, "AWS's regional endpoint", { AWS_ENDPOINT_URL_S3: 'https://s3.eu-west-1.amazonaws.com' }, false],
  [
    6,
    'an S3 interface endpoint of a VPC',
    { AWS_ENDPOINT_URL_S3: 'https://bucket.vpce-0a1b-c2d3.s3.us-east-1.vpce.amazonaws.com' },
    false,
  ],
  [7, 'China', { AWS_ENDPOINT_URL_S3: 'https://s3.cn-north-1.amazonaws.com.cn' }, false],
  [8, 'dual-stack', { AWS_ENDPOINT_URL_S3: 'https://s3.dualstack.us-east-1.api.aws' }, false],
  [9, 'a look-alike domain is not AWS', { AWS_ENDPOINT_URL_S3: 'https://s3.notamazonaws.com' }, true],
  [
    10,
    "S3's own variable wins over the global one",
    { AWS_ENDPOINT_URL: 'http://localhost:9000', AWS_ENDPOINT_URL_S3: 'https://s3.amazonaws.com' },
    false,
  ],
  [
    11,
    'configured endpoints ignored, as the SDK does',
    { AWS_ENDPOINT_URL_S3: 'http://localhost:9000', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' },
    false,
  ],
  [12, 'a malformed endpoint: left to the SDK to report', { AWS_ENDPOINT_URL_S3: 'not a url' }, false],
])('%i. S3 path-style: %s', (_n, _name, env, pathStyle) => {
  expect(needsPathStyle(env)).toBe(pathStyle);
});
