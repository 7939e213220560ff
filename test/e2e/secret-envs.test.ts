/**
 * A token given through `secret-envs` is printed nowhere — not when the line is wrong (`npm=$NPM_TOKEN`: the value
 * pasted where the variable's name belongs), not when the build that reads it fails and prints it — on each host: its
 * message, stdout and stderr, `--json`, the job summary and output files, the CodeBuild env file, the files it leaves.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  actionEnv,
  commitAll,
  createRepository,
  filesContaining,
  registry,
  runTool,
  sampleWorkspace,
  unique,
  type Workspace,
} from './harness';

/** A token of the given form, random each time. */
const token = {
  // npm's and GitHub's tokens are letters, digits and _: the form of an environment variable's name.
  npm: () => `npm_${randomBytes(27).toString('base64url').replace(/[-_]/g, 'x')}`,
  // Others hold characters no name has.
  other: () => `tok-${randomBytes(12).toString('hex')}+/=`,
};

type HostName = 'cli' | 'action' | 'codebuild';

/** Where a host's run may write: its output, summary and env files. */
interface HostRun {
  readonly code: number | null;
  /** stdout and stderr, together. */
  readonly output: string;
  /** The files the host wrote besides the logs, by name. */
  readonly files: Record<string, string>;
}

/** Runs the built tool as `host` would, with `secretEnvs` and the step's environment `env`. */
async function runOn(
  host: HostName,
  workspace: Workspace,
  repository: string,
  secretEnvs: string,
  env: Record<string, string>,
): Promise<HostRun> {
  if (host === 'action') {
    const action = actionEnv(workspace, { repository, 'secret-envs': secretEnvs });
    const run = await runTool([], { cwd: workspace.dir, tmp: workspace.tmp, env: { ...action.env, ...env } });
    return {
      code: run.code,
      output: run.stdout + run.stderr,
      files: {
        GITHUB_OUTPUT: readFileSync(action.outputFile, 'utf8'),
        GITHUB_STEP_SUMMARY: readFileSync(action.summaryFile, 'utf8'),
      },
    };
  }
  const envFile = join(workspace.tmp, '..', 'outputs.env');
  writeFileSync(envFile, '');
  const codebuild = {
    CODEBUILD_BUILD_ID: 'web-build:0b5ef3e4',
    CODEBUILD_RESOLVED_SOURCE_VERSION: workspace.sha,
    CODEBUILD_SRC_DIR: workspace.dir,
  };
  const args = ['build', '--repository', repository, '--secret-envs', secretEnvs, '--outputs-env-file', envFile];
  const run = await runTool(host === 'cli' ? [...args, '--json'] : args, {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: { ...(host === 'codebuild' && codebuild), ...env },
  });
  return {
    code: run.code,
    output: run.stdout + run.stderr,
    files: { 'outputs-env-file': readFileSync(envFile, 'utf8') },
  };
}

/**
 * Asserts that `secret` is in no output, file the host wrote, or file left in the workspace or temp directory. On
 * GitHub the runner masks what the step prints once the step has sent `::add-mask::` (the runner masks annotations
 * too, but not what a step writes to a file): there the secret may follow its own add-mask line, never precede it.
 */
function expectNowhere(run: HostRun, workspace: Workspace, secret: string, host: HostName): void {
  const lines = run.output.split('\n');
  const holding = lines.filter((line) => line.includes(secret));
  if (host === 'action' && holding.length > 0) expect(holding[0]).toBe(`::add-mask::${secret}`);
  else expect(holding).toEqual([]);
  for (const [name, text] of Object.entries(run.files)) expect([name, text.includes(secret)]).toEqual([name, false]);
  expect(filesContaining(workspace.dir, secret)).toEqual([]);
  expect(filesContaining(workspace.tmp, secret)).toEqual([]);
}

const HOSTS: HostName[] = ['cli', 'action', 'codebuild'];

test.each(
  HOSTS.flatMap((host) => [
    [host, 'npm' as const],
    [host, 'other' as const],
  ]),
)(
  '%s: secret-envs npm=<the %s token itself> is refused (exit 2, naming the input and id), the token printed nowhere',
  async (host, form) => {
    const workspace = sampleWorkspace();
    const repository = unique('secret-envs/refused');
    await createRepository(repository);
    const secret = token[form]();
    const run = await runOn(host, workspace, repository, `npm=${secret}`, { NPM_TOKEN: secret });
    expect(run.code).toBe(2);
    expect(run.output).toContain('secret-envs');
    expect(run.output).toContain("secret 'npm'");
    expectNowhere(run, workspace, secret, host);
    expect(await registry.tags(repository)).toEqual([]);
  },
);

test.each(HOSTS)(
  '%s: a build step that prints the secret-envs token and fails: exit 1, the step output shown with the token masked',
  async (host) => {
    const checkout = sampleWorkspace();
    const dockerfile = join(checkout.dir, 'Dockerfile');
    const step =
      'RUN --mount=type=secret,id=npm ["/bin/busybox", "sh", "-c", ' +
      `"echo leaked:$(cat /run/secrets/npm):${randomBytes(4).toString('hex')}; exit 3"]`;
    writeFileSync(dockerfile, readFileSync(dockerfile, 'utf8').replace('COPY site/', `${step}\nCOPY site/`));
    const workspace = commitAll(checkout, 'a step that prints its secret');
    const repository = unique('secret-envs/failed');
    await createRepository(repository);
    const secret = token.npm();
    const run = await runOn(host, workspace, repository, 'npm=NPM_TOKEN', { NPM_TOKEN: secret });
    expect(run.code).toBe(1);
    // The step ran with the secret and printed it; the tool showed that line with the secret masked (on GitHub: the
    // runner does, told by the add-mask line that expectNowhere finds first).
    expect(run.output).toContain(host === 'action' ? `leaked:${secret}:` : 'leaked:***:');
    expectNowhere(run, workspace, secret, host);
    expect(await registry.tags(repository)).toEqual([]);
  },
);
