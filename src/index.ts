#!/usr/bin/env node
/**
 * Entry point of the GitHub Action, the CodeBuild command and the CLI: pick the host, run the
 * command, report. The one place that catches errors and sets the exit code.
 */
import packageJson from '../package.json';
import { runExitTasks } from './cleanup';
import { resolveConfig } from './config';
import { ServiceError, UserError } from './errors';
import { CliHost, helpText } from './hosts/cli';
import { CodeBuildHost } from './hosts/codebuild';
import type { Host } from './hosts/host';

/**
 * The GitHub host when GitHub runs this as an action (`uses:`; a `run:` step's id starts with
 * `__run`), CodeBuild's when CodeBuild runs it, the terminal's otherwise.
 */
async function createHost(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<Host> {
  const action = env['GITHUB_ACTION'];
  if (argv.length === 0 && env['GITHUB_ACTIONS'] === 'true' && action && !action.startsWith('__run')) {
    // Loaded only here: @actions/core is of no use to the other hosts and slows their start.
    const { GitHubHost } = await import('./hosts/github');
    return new GitHubHost(env);
  }
  return env['CODEBUILD_BUILD_ID'] ? new CodeBuildHost(argv, env) : new CliHost(argv, env);
}

async function main(host: Host): Promise<number> {
  const invocation = host.invocation();
  switch (invocation.kind) {
    case 'help':
      host.print(helpText(packageJson.version));
      return 0;
    case 'version':
      host.print(`${packageJson.version}\n`);
      return 0;
    case 'run':
      break;
  }
  const { command, inputs } = invocation;
  // Each command loads what it needs: validate and render nothing of AWS or Docker.
  switch (command) {
    case 'validate':
      await (await import('./files')).runValidate(resolveConfig(command, inputs, host.env), host);
      return 0;
    case 'render':
      await (await import('./files')).runRender(resolveConfig(command, inputs, host.env), host);
      return 0;
    case 'build': {
      const config = resolveConfig(command, inputs, host.env, await host.source());
      const { outputs, files } = await (await import('./run')).runBuild(config, host);
      await host.outputs(outputs, files);
      return 0;
    }
  }
}

/** Reports what ended the run and returns the exit code: 2 for the user's mistakes, 1 otherwise. */
function fail(host: Host, error: unknown): number {
  if (error instanceof UserError) {
    const subject = error.subject ? `${host.subject(error.subject)}: ` : '';
    host.failure(`${subject}${error.message}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
    return 2;
  }
  if (error instanceof ServiceError) {
    host.failure(`${error.message}${error.fix ? `\n  fix: ${error.fix}` : ''}`);
    if (host.debugEnabled && error.cause instanceof Error) host.debug(error.cause.stack ?? String(error.cause));
    return 1;
  }
  const detail = error instanceof Error ? error.message : String(error);
  host.failure(`unexpected error: ${detail}${host.debugEnabled ? '' : ' (run with --debug, or ECS_BLUEGREEN_BUILD_DEBUG=1, for the stack trace)'}`);
  if (host.debugEnabled && error instanceof Error && error.stack) host.debug(error.stack);
  return 1;
}

process.on('exit', runExitTasks);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => process.exit(code));
}

const argv = process.argv.slice(2);
const host = await createHost(argv, process.env);
process.exitCode = await main(host).catch((error: unknown) => fail(host, error));
