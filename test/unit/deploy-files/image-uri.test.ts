import { formatImageUri, parseImageUri } from '../../../src/deploy-files/image-uri';

const DIGEST = `sha256:${'ab12'.repeat(16)}`;
const ECR = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';

test.each([
  [`${ECR}/team/web@${DIGEST}`, { registry: ECR, repository: 'team/web', digest: DIGEST }],
  [`${ECR}/web:1.2.3`, { registry: ECR, repository: 'web', tag: '1.2.3' }],
  [`${ECR}/web:v1@${DIGEST}`, { registry: ECR, repository: 'web', tag: 'v1', digest: DIGEST }],
  ['127.0.0.1:5000/web:latest', { registry: '127.0.0.1:5000', repository: 'web', tag: 'latest' }],
  ['localhost/web', { registry: 'localhost', repository: 'web' }],
  ['public.ecr.aws/nginx/nginx:1.27', { registry: 'public.ecr.aws', repository: 'nginx/nginx', tag: '1.27' }],
  ['library/nginx', { repository: 'library/nginx' }],
  ['my-app__worker.v2', { repository: 'my-app__worker.v2' }],
])('%s parses', (uri, reference) => {
  expect(parseImageUri(uri)).toEqual(reference);
  expect(formatImageUri(reference)).toBe(uri);
});

test.each([
  ['', 'it is empty'],
  ['web app:1', 'it contains whitespace'],
  [`${ECR}/web@sha256:abc`, 'the digest "sha256:abc" is not sha256: followed by 64 lowercase hex digits'],
  [`${ECR}/web@${DIGEST.toUpperCase()}`, 'is not sha256: followed by 64 lowercase hex digits'],
  [`${ECR}/web:-bad`, 'the tag "-bad" is not valid'],
  [`${ECR}/web:${'t'.repeat(129)}`, 'is not valid (up to 128'],
  [`${ECR}/Web:1`, 'the repository path part "Web" is not valid'],
  ['REPOSITORY_URI:IMAGE_TAG', 'the repository path part "REPOSITORY_URI" is not valid'],
  [`${ECR}//web`, 'the repository path has an empty part'],
  [`bad_host.example.com/web`, 'the registry "bad_host.example.com" is not a host name'],
  [`${ECR}/${'a'.repeat(255 - ECR.length)}`, `the repository name is 256 characters long; the limit is 255`],
  ['@' + DIGEST, 'it has no repository name'],
])('%s is rejected: %s', (uri, error) => {
  expect(parseImageUri(uri)).toEqual({ error: expect.stringContaining(error) });
});
