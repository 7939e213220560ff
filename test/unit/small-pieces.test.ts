import { isTagImmutable, type Repository } from '../../src/ecr/ecr';
import { webAddress } from '../../src/git';
import { closestMatch } from '../../src/suggest';

test.each([
  ['git@github.com:team/web.git', 'https://github.com/team/web'],
  ['https://x-access-token:ghs_secret@github.com/team/web.git', 'https://github.com/team/web'],
  ['https://git-codecommit.us-east-1.amazonaws.com/v1/repos/web', 'https://git-codecommit.us-east-1.amazonaws.com/v1/repos/web'],
  ['ssh://git@gitlab.example.com/group/web.git/', 'https://gitlab.example.com/group/web'],
  ['s3://bucket/source.zip', undefined],
  ['/srv/git/web.git', undefined],
])('web address of %s', (remote, expected) => {
  expect(webAddress(remote)).toBe(expected);
});

const repository = (tagMutability: string, filters: string[] = []): Repository => ({
  name: 'web', uri: 'r/web', registryId: '123456789012', tagMutability,
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
