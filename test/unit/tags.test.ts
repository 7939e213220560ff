import { renderTag, tagProblem } from '../../src/tags';

const source = { sha: 'abcdef0123456789abcdef0123456789abcdef01', buildNumber: '7', branch: 'feature/Login page' };

test.each([
  ['{short_sha}', 'abcdef0'],
  ['{sha}', source.sha],
  ['v1.{build_number}-{short_sha}', 'v1.7-abcdef0'],
  ['{branch}', 'feature-Login-page'],
  ['latest', 'latest'],
])('%s renders %s', (template, tag) => {
  expect(renderTag(template, source)).toEqual({ tag });
});

test.each([
  ['{nope}', /\{nope\} is not a known template/],
  ['{build_number}', /has no value here/],
  ['a'.repeat(129), /is 129 characters long/],
  ['.hidden', /may not start with \. or -/],
  ['has space', /may only contain/],
])('%s is refused', (template, problem) => {
  const rendered = renderTag(template, template === '{build_number}' ? { sha: source.sha } : source);
  expect('problem' in rendered && rendered.problem).toMatch(problem);
});

test('a branch that sanitizes to nothing leaves no tag', () => {
  expect(renderTag('{branch}', { branch: '///' })).toEqual({
    problem: '{branch} has no value here: no branch is known (detached HEAD, or a source without one)',
  });
});

test('tagProblem accepts 128 characters', () => {
  expect(tagProblem('a'.repeat(128))).toBeUndefined();
});
