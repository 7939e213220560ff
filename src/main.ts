/**
 * The program, as functions: `run()` is the GitHub Action (what `@github/local-action` calls),
 * `runProgram()` picks the host from the command line and environment. Importing this module does
 * nothing; the callers decide when to run. The one place that catches errors and sets the exit code.
 */
import packageJson from '../package.json' with { type: 'json' };
import { runExitTasks } from './cleanup';
import { runCommand, stopCommands } from './command';
import type { CommandContext } from './commands/context';
import { FailedAfterCheck } from './commands/files-check';
import { loadInputs, resolveConfig } from './config';
import { exitCodeOf, UserError } from './errors';
import { helpText } from './hosts/cli';
import { gitHubHost, makeHost } from './hosts/detect';
import type { Host, Invocation, Outcome } from './hosts/host';
import { formatTrace, traceSpans } from './trace';

/** The GitHub Action: inputs from `INPUT_*`, whatever the process's command line holds. */
export async function run(): Promise<void> {
  installExitHandlers();
  process.exitCode = await runOnHost(await gitHubHost(process.env));
}

/**
 * Runs on the host `hosts/detect.ts` picks: the Action when GitHub runs this as one, CodeBuild's
 * host when CodeBuild runs it, the terminal's otherwise.
 * @returns the exit code
 */
export async function runProgram(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  installExitHandlers();
  return runOnHost(await makeHost(argv, env));
}

/**
 * Has `host` read the invocation once, runs it, has the host report how it ended once, and returns
 * the exit code: 2 for the user's mistakes, 1 for anything else that failed.
 */
export async function runOnHost(host: Host): Promise<number> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let invocation: Invocation | undefined;
  let outcome: Outcome;
  try {
    invocation = await host.read();
    outcome = await dispatch(invocation, { log: host.log, run: runCommand });
  } catch (error) {
    outcome = failed(invocation, error);
  }
  for (const line of formatTrace(traceSpans())) host.log.debug(line);
  try {
    await host.finish({ ...outcome, seconds: seconds() });
  } catch (error) {
    // Reporting a result writes files too (the outputs' env file, $GITHUB_OUTPUT): when that
    // fails, the failure is the run's.
    if (outcome.kind === 'failed') throw error;
    outcome = failed(invocation, error);
    await host.finish({ ...outcome, seconds: seconds() });
  }
  return outcome.kind === 'failed' ? exitCodeOf(outcome.error) : 0;
}

/** The command `invocation` names, on its config. Each loads what it needs: validate and render nothing of AWS or Docker. */
async function dispatch(invocation: Invocation, context: CommandContext): Promise<Outcome> {
  switch (invocation.kind) {
    case 'help':
      return { kind: 'text', text: helpText(packageJson.version) };
    case 'version':
      return { kind: 'text', text: `${packageJson.version}\n` };
    case 'explain': {
      const live = invocation.rule.trim().startsWith('live/'); // --live's rules load with nothing of the files'
      const explanation = live
        ? (await import('./live/explain')).explainLiveRule(invocation.rule)
        : (await import('./deploy-files/explain')).explainRule(invocation.rule);
      if (explanation.kind === 'rule') return { kind: 'text', text: explanation.text };
      const { suggestion } = explanation;
      throw new UserError(
        `no ${live ? 'live' : 'task definition'} rule is named ${JSON.stringify(explanation.id.slice(0, 80))}`,
        { input: 'explain' },
        suggestion !== undefined
          ? `did you mean ${suggestion}?`
          : live
            ? 'give a rule id of a --live finding (live/service-missing); the README lists them'
            : 'give a rule id of a taskdef finding (taskdef/health-check); the README lists them by data type',
      );
    }
    case 'run':
      break;
  }
  const { command, inputs, env, commit } = invocation;
  const loaded = await loadInputs(inputs, env);
  switch (command) {
    case 'validate': {
      const { runValidate } = await import('./commands/validate');
      return {
        kind: 'done',
        command,
        result: await runValidate(resolveConfig(command, loaded, env), context),
      };
    }
    case 'render': {
      const { runRender } = await import('./commands/render');
      return {
        kind: 'done',
        command,
        result: await runRender(resolveConfig(command, loaded, env), context),
      };
    }
    case 'build': {
      const config = resolveConfig(command, loaded, env, commit);
      for (const notice of config.notices) context.log.warning(notice);
      const { runBuild } = await import('./commands/build');
      return { kind: 'done', command, result: await runBuild(config, context) };
    }
  }
}

/** How a run ended in `error`: a failure after the files' check carries that check, for the host to report with it. */
function failed(invocation: Invocation | undefined, error: unknown): Outcome {
  const command = invocation?.kind === 'run' ? { command: invocation.command } : {};
  if (error instanceof FailedAfterCheck) return { kind: 'failed', ...command, error: error.error, check: error.check };
  return { kind: 'failed', ...command, error };
}

let exitHandlersInstalled = false;

/** Once per process: a signal stops the programs this run started, then the exit tasks run. */
function installExitHandlers(): void {
  if (exitHandlersInstalled) return;
  exitHandlersInstalled = true;
  process.on('exit', runExitTasks);
  // The programs this run started go first (their process groups), then the exit tasks remove
  // the private Docker config they were using.
  let stopping = false;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      void stopCommands().finally(() => process.exit(code));
    });
  }
}
