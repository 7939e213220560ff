/**
 * The program, as functions: `run()` is the GitHub Action (what `@github/local-action` calls),
 * `runProgram()` picks the host from the command line and environment. Importing this module does
 * nothing; the callers decide when to run. The one place that catches errors and sets the exit code.
 */
import packageJson from '../package.json';
import { runExitTasks } from './cleanup';
import { stopCommands } from './command';
import { readInputFiles, resolveConfig } from './config';
import { failureReport, ServiceError, UserError } from './errors';
import { CliHost, helpText } from './hosts/cli';
import { CodeBuildHost } from './hosts/codebuild';
import type { Host, RunReport } from './hosts/host';

/** The GitHub Action: inputs from `INPUT_*`, whatever the process's command line holds. */
export async function run(): Promise<void> {
  process.exitCode = await runOnHost(await gitHubHost(process.env));
}

async function gitHubHost(env: NodeJS.ProcessEnv): Promise<Host> {
  // Loaded only here: @actions/core is of no use to the other hosts and slows their start.
  const { GitHubHost } = await import('./hosts/github');
  return new GitHubHost(env);
}

/**
 * The Action when GitHub runs this as one (`uses:`; a `run:` step's id starts with `__run`),
 * CodeBuild's host when CodeBuild runs it, the terminal's otherwise.
 * @returns the exit code
 */
export async function runProgram(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const action = env['GITHUB_ACTION'];
  if (argv.length === 0 && env['GITHUB_ACTIONS'] === 'true' && action && !action.startsWith('__run')) {
    return runOnHost(await gitHubHost(env));
  }
  return runOnHost(env['CODEBUILD_BUILD_ID'] ? new CodeBuildHost(argv, env) : new CliHost(argv, env));
}

let exitHandlersInstalled = false;

/** Runs the invocation `host` reads, reports how it ended, and returns the exit code. */
async function runOnHost(host: Host): Promise<number> {
  if (!exitHandlersInstalled) {
    exitHandlersInstalled = true;
    process.on('exit', runExitTasks);
    // The programs this run started go first (their process groups), then the exit tasks remove
    // the private Docker config they were using.
    let stopping = false;
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        void stopCommands().finally(() => process.exit(code));
      });
    }
  }
  const started = performance.now();
  let report: Outcome;
  try {
    report = await main(host);
  } catch (error) {
    report = { ...fail(host, error), failureReport: failureReport(error) };
  }
  await host.finish({ ...report, seconds: (performance.now() - started) / 1000 });
  return report.exitCode;
}

type Outcome = Omit<RunReport, 'seconds'>;

async function main(host: Host): Promise<Outcome> {
  const invocation = host.invocation();
  switch (invocation.kind) {
    case 'help':
      host.print(helpText(packageJson.version));
      return { exitCode: 0 };
    case 'version':
      host.print(`${packageJson.version}\n`);
      return { exitCode: 0 };
    case 'run':
      break;
  }
  const { command, inputs } = invocation;
  const inputFiles = await readInputFiles(inputs);
  // Each command loads what it needs: validate and render nothing of AWS or Docker.
  switch (command) {
    case 'validate':
      await (await import('./commands/validate')).runValidate(resolveConfig(command, inputs, host.env, {}, inputFiles), host);
      return { exitCode: 0, command };
    case 'render':
      await (await import('./commands/render')).runRender(resolveConfig(command, inputs, host.env, {}, inputFiles), host);
      return { exitCode: 0, command };
    case 'build': {
      const config = resolveConfig(command, inputs, host.env, await host.source(), inputFiles);
      for (const notice of config.notices) host.warning(notice);
      const { outputs, files } = await (await import('./commands/build')).runBuild(config, host);
      await host.outputs(outputs, files);
      return { exitCode: 0, command, outputs, files, region: config.region };
    }
  }
}

/** Reports what ended the run: exit code 2 for the user's mistakes, 1 otherwise. */
function fail(host: Host, error: unknown): Outcome {
  const command = commandOf(host);
  if (error instanceof UserError) {
    const subject = error.subject ? `${host.subject(error.subject)}: ` : '';
    const failure = { message: `${subject}${error.message}`, ...(error.fix && { fix: error.fix }) };
    host.failure(failure.message, failure.fix);
    return { exitCode: 2, ...command, failure };
  }
  if (error instanceof ServiceError) {
    const failure = { message: error.message, ...(error.fix && { fix: error.fix }) };
    host.failure(failure.message, failure.fix);
    if (host.debugEnabled && error.cause instanceof Error) host.debug(error.cause.stack ?? String(error.cause));
    return { exitCode: 1, ...command, failure };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const message = `unexpected error: ${detail}${host.debugEnabled ? '' : ' (run with --debug, or ECS_BLUEGREEN_BUILD_DEBUG=1, for the stack trace)'}`;
  host.failure(message);
  if (host.debugEnabled && error instanceof Error && error.stack) host.debug(error.stack);
  return { exitCode: 1, ...command, failure: { message } };
}

/** The command being run, when the invocation could be read at all. */
function commandOf(host: Host): Pick<RunReport, 'command'> {
  try {
    const invocation = host.invocation();
    return invocation.kind === 'run' ? { command: invocation.command } : {};
  } catch {
    return {};
  }
}
