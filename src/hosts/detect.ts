/**
 * Which host a run is on, from its command line and environment: one table, read top to bottom, the first row that
 * matches wins. Each row builds its host from parts: the commit reader of its CI, when the outputs' env file is
 * written, and the workflow sink (GitHub's workflow commands and job summary, or none). The GitHub host is loaded only
 * when picked: @actions/core is of no use to the others and slows their start.
 */
import { CliHost } from './cli';
import { readCodeBuildCommit, readLocalCommit } from './commit';
import type { Host } from './host';
import { gitHubWorkflow, NO_WORKFLOW, type WorkflowSink } from './workflow-sink';

type Env = Readonly<Record<string, string | undefined>>;

interface HostRow {
  readonly name: 'github' | 'codebuild' | 'terminal';
  readonly matches: (argv: readonly string[], env: Env) => boolean;
  readonly make: (argv: readonly string[], env: Env) => Host | Promise<Host>;
}

/** The hosts, in the order they are tried. */
export const HOSTS: readonly HostRow[] = [
  {
    // A `uses:` step of a workflow, with no arguments; a `run:` step (its id starts with `__run`) is a terminal.
    name: 'github',
    matches: (argv, env) =>
      argv.length === 0 &&
      env['GITHUB_ACTIONS'] === 'true' &&
      !!env['GITHUB_ACTION'] &&
      !env['GITHUB_ACTION'].startsWith('__run'),
    make: (_argv, env) => gitHubHost(env),
  },
  {
    // A terminal in CodeBuild: the env file is always written, as it is how the buildspec gets the outputs.
    name: 'codebuild',
    matches: (_argv, env) => !!env['CODEBUILD_BUILD_ID'],
    make: (argv, env) =>
      new CliHost(argv, env, process.stdout, process.stderr, {
        commit: readCodeBuildCommit,
        envFile: 'always',
        workflow: workflowOf(env),
      }),
  },
  {
    name: 'terminal',
    matches: () => true,
    make: (argv, env) =>
      new CliHost(argv, env, process.stdout, process.stderr, {
        commit: readLocalCommit,
        envFile: 'when-given',
        workflow: workflowOf(env),
      }),
  },
];

/** The name of the host a run with `argv` in `env` is on: the first row of HOSTS that matches. */
export function detectHost(argv: readonly string[], env: Env): HostRow['name'] {
  return rowFor(argv, env).name;
}

/** The host a run with `argv` in `env` is on, built. */
export function makeHost(argv: readonly string[], env: Env): Promise<Host> {
  return Promise.resolve(rowFor(argv, env).make(argv, env));
}

/**
 * The workflow part of a terminal: GitHub's in a `run:` step of a workflow (a CodeBuild-hosted GitHub runner
 * included), where the runner reads the log for commands and takes a job summary; none elsewhere.
 */
export function workflowOf(env: Env): WorkflowSink {
  return env['GITHUB_ACTIONS'] === 'true' ? gitHubWorkflow(env) : NO_WORKFLOW;
}

/** The GitHub Action's host (`run()`, whatever the process's command line holds). */
export async function gitHubHost(env: Env): Promise<Host> {
  const { GitHubHost } = await import('./github');
  return new GitHubHost(env);
}

function rowFor(argv: readonly string[], env: Env): HostRow {
  const row = HOSTS.find((candidate) => candidate.matches(argv, env));
  if (row === undefined) throw new Error('no host matches: the terminal row matches every run');
  return row;
}
