import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveRaw } from './resolve-raw';
import { detectHost, makeHost, workflowOf } from '../../src/hosts/detect';
import { GitHubHost } from '../../src/hosts/github';
import type { Host } from '../../src/hosts/host';
import type { CommitInfo } from '../../src/tags';
import { tempDirs } from './temp-dir';

const sha = '0123456789abcdef0123456789abcdef01234567';
const notAGitCheckout = tempDirs('hosts-test-');

/** The commit a host reads with a build's invocation. */
async function commitOf(host: Host): Promise<CommitInfo> {
  const invocation = await host.read();
  if (invocation.kind !== 'run' || invocation.command !== 'build')
    throw new Error(`not a build: ${JSON.stringify(invocation)}`);
  return invocation.commit;
}

describe('GitHub host', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test('reads INPUT_* (hyphens kept) into the same config a CLI call gives', async () => {
    Object.assign(process.env, {
      INPUT_COMMAND: 'validate',
      INPUT_TASKDEF: 'deploy/taskdef.json',
      'INPUT_IMAGE-PLACEHOLDER': 'IMAGE_NAME',
      INPUT_APPSPEC: '',
    });
    const invocation = await new GitHubHost(process.env).read();
    expect(invocation.kind === 'run' && invocation.command).toBe('validate');
    if (invocation.kind !== 'run') return;
    expect(resolveRaw('validate', invocation.inputs, {})).toEqual(
      resolveRaw('validate', { taskdef: 'deploy/taskdef.json', 'image-placeholder': 'IMAGE_NAME' }, {}),
    );
    // Only a build reads the commit: validate runs no git.
    expect(invocation.commit).toEqual({});
  });

  test('a build reads the source information from the workflow environment', async () => {
    process.env['INPUT_COMMAND'] = 'build';
    const env = {
      GITHUB_SHA: sha,
      GITHUB_RUN_NUMBER: '17',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_REF_NAME: 'main',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'team/web',
      GITHUB_WORKSPACE: notAGitCheckout(),
    };
    expect(await commitOf(new GitHubHost(env))).toEqual({
      sha,
      buildNumber: '17',
      branch: 'main',
      url: 'https://github.com/team/web',
    });
  });

  test('a pull request builds its head branch', async () => {
    process.env['INPUT_COMMAND'] = 'build';
    const env = {
      GITHUB_SHA: sha,
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_REF_TYPE: 'branch',
      GITHUB_REF_NAME: '12/merge',
      GITHUB_WORKSPACE: notAGitCheckout(),
    };
    expect((await commitOf(new GitHubHost(env))).branch).toBe('feature/x');
  });
});

describe('CodeBuild host', () => {
  test('source information from CODEBUILD_* variables', async () => {
    const host = await makeHost([], {
      CODEBUILD_BUILD_ID: 'web:1',
      CODEBUILD_RESOLVED_SOURCE_VERSION: sha,
      CODEBUILD_BUILD_NUMBER: '5',
      CODEBUILD_WEBHOOK_HEAD_REF: 'refs/heads/feature/x',
      CODEBUILD_SOURCE_REPO_URL: 'https://github.com/team/web.git',
      CODEBUILD_SRC_DIR: notAGitCheckout(),
    });
    expect(await commitOf(host)).toEqual({
      sha,
      buildNumber: '5',
      branch: 'feature/x',
      url: 'https://github.com/team/web',
    });
  });

  test('an S3 source without a resolved version falls back to git in CODEBUILD_SRC_DIR', async () => {
    const dir = notAGitCheckout();
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'release');
    writeFileSync(join(dir, 'f'), 'x');
    git('add', 'f');
    git(
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-q',
      '-m',
      'x',
      '--date',
      '2026-01-02T03:04:05Z',
    );
    const host = await makeHost([], {
      CODEBUILD_BUILD_ID: 'web:1',
      CODEBUILD_SOURCE_VERSION: 'arn:aws:s3:::bucket/source.zip',
      CODEBUILD_BUILD_NUMBER: '9',
      CODEBUILD_SOURCE_REPO_URL: 's3://bucket/source.zip',
      CODEBUILD_SRC_DIR: dir,
    });
    const source = await commitOf(host);
    expect(source).toMatchObject({ sha: git('rev-parse', 'HEAD'), buildNumber: '9', branch: 'release' });
    expect(source.commitTime).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(source.url).toBeUndefined();
  });
});

describe('workflowOf: the workflow sink the table gives a terminal', () => {
  const finding = {
    file: 'appspec.yaml',
    line: 8,
    column: 26,
    rule: 'appspec/container-name',
    severity: 'error' as const,
    message: "ContainerName 'api' is not a container",
    fix: 'write web',
  };
  test.each([
    [1, 'a run: step of a GitHub workflow: annotation commands', { GITHUB_ACTIONS: 'true' }, true],
    [2, 'CodeBuild hosting a GitHub runner: the same', { GITHUB_ACTIONS: 'true', CODEBUILD_BUILD_ID: 'w:1' }, true],
    [3, 'CodeBuild: none', { CODEBUILD_BUILD_ID: 'w:1' }, false],
    [4, 'a terminal: none', {}, false],
    [5, 'GITHUB_ACTIONS other than true: none', { GITHUB_ACTIONS: 'false' }, false],
  ] as const)('%i %s', (_n, _name, env, github) => {
    const sink = workflowOf({ ...env, GITHUB_STEP_SUMMARY: '/tmp/summary.md' });
    expect(sink.annotation(finding)).toBe(
      github
        ? "::error title=appspec/container-name,file=appspec.yaml,line=8,col=26::ContainerName 'api' is not a container%0Awrite web"
        : undefined,
    );
    expect(sink.summaryFile).toBe(github ? '/tmp/summary.md' : undefined);
    expect(sink.plain('a\n::warning::forged', 'text').includes('::stop-commands::')).toBe(github);
  });
});

describe('detectHost: the first row of the hosts table that matches', () => {
  const uses = { GITHUB_ACTIONS: 'true', GITHUB_ACTION: 'build' };
  test.each([
    [1, 'a `uses:` step of a workflow', [], uses, 'github'],
    [2, 'a `run:` step is a terminal', [], { GITHUB_ACTIONS: 'true', GITHUB_ACTION: '__run_2' }, 'terminal'],
    [3, 'arguments in a workflow are a terminal', ['validate'], uses, 'terminal'],
    [4, 'CodeBuild', ['build'], { CODEBUILD_BUILD_ID: 'web:1' }, 'codebuild'],
    [5, 'a `uses:` step wins over CodeBuild variables', [], { ...uses, CODEBUILD_BUILD_ID: 'web:1' }, 'github'],
    [6, 'anywhere else a terminal', ['build'], {}, 'terminal'],
  ] as const)('%i %s', (_n, _name, argv, env, expected) => {
    expect(detectHost(argv, env)).toBe(expected);
  });
});
