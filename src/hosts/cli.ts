/**
 * The terminal host: flags named as the action inputs, logs on stderr, results on stdout
 * (`--json` for machines). CodeBuild's host is this one with CodeBuild's parts (`detect.ts`).
 */
import type { Logger } from '../log';
import {
  COMMANDS,
  INPUTS,
  inputSpec,
  parseCommand,
  RENAMED_INPUTS,
  type Command,
  type InputSpec,
  type RawInputs,
} from '../interface';
import { formatFinding } from '../deploy-files/findings';
import { UserError } from '../errors';
import { outputsEnvFile, outputsJson, type Outputs } from '../outputs';
import { closestMatch } from '../suggest';
import { readLocalCommit, type CommitReader } from './commit';
import type { Host, Invocation, RunReport } from './host';
import { reportRun } from './report';
import { writeJobSummary } from './job-summary-file';
import { summaryMarkdown } from './summary';
import { formatSeconds, StepTimer } from './timing';
import { maskedParts, redact } from './redaction';
import { NO_WORKFLOW, type WorkflowSink } from './workflow-sink';

/** Flags of the terminal itself, not inputs of the job. */
const OWN_FLAGS = ['json', 'debug', 'help', 'version'] as const;
type OwnFlag = (typeof OWN_FLAGS)[number];

/** What the user asked for, as the command line says it (the run's environment and commit not read yet). */
export type Request =
  | { readonly kind: 'run'; readonly command: Command; readonly inputs: RawInputs }
  | Exclude<Invocation, { kind: 'run' }>;

export interface ParsedArguments {
  readonly request: Request;
  readonly flags: ReadonlySet<OwnFlag>;
  /** Inputs given on the command line (as opposed to defaults). */
  readonly given: ReadonlySet<string>;
}

/**
 * Parses `[command] --input value --input=value --boolean …`. List inputs may repeat; other
 * inputs may not. Booleans are `--flag` or `--flag=true|false`.
 * @throws UserError for unknown flags, missing values, repeats and inputs the command does not read
 */
export function parseArguments(argv: readonly string[]): ParsedArguments {
  const flags = new Set<OwnFlag>();
  const values = new Map<string, string>();
  let command: Command | undefined;
  let explain: string | undefined;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      if (command !== undefined || values.size > 0) {
        throw new UserError(
          `unexpected argument '${arg}'`,
          undefined,
          'write flags as --name value or --name=value; the command comes first; a boolean takes --name=true|false',
        );
      }
      command = parseCommand(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);

    if (name === 'explain') {
      // A flag of the terminal with a value: not an input of the job, so not in the inputs table.
      const value = inline ?? argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        throw new UserError('needs a rule id', { input: name }, 'write validate --explain taskdef/health-check');
      }
      if (explain !== undefined) throw new UserError('is given twice', { input: name }, 'explain one rule at a time');
      if (inline === undefined) i++;
      explain = value;
      continue;
    }
    if ((OWN_FLAGS as readonly string[]).includes(name)) {
      if (inline !== undefined) throw new UserError(`takes no value`, { input: name });
      flags.add(name as OwnFlag);
      continue;
    }
    const spec = INPUTS.find((input) => input.name === name && input.name !== 'command');
    const renamed = RENAMED_INPUTS[name];
    if (spec === undefined && renamed !== undefined) {
      throw new UserError(
        `is now --${renamed.name}: ${renamed.why}`,
        { input: name },
        `write --${renamed.name} instead`,
      );
    }
    if (spec === undefined) {
      const suggestion = closestMatch(name, [
        ...INPUTS.filter((input) => input.name !== 'command').map((input) => input.name),
        ...OWN_FLAGS,
        'explain',
      ]);
      throw new UserError(
        `unknown option --${name}`,
        undefined,
        suggestion ? `did you mean --${suggestion}? (see --help)` : 'see --help for the options',
      );
    }
    let value: string;
    if (spec.kind === 'boolean') {
      value = inline ?? 'true';
    } else if (inline !== undefined) {
      value = inline;
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) {
        throw new UserError('needs a value', { input: name }, `write --${name} <${spec.value ?? 'value'}>`);
      }
      value = next;
      i++;
    }
    const previous = values.get(name);
    if (previous !== undefined) {
      if (spec.kind !== 'list' && spec.kind !== 'pairs') {
        throw new UserError('is given twice', { input: name }, 'give it once');
      }
      value = `${previous}\n${value}`;
    }
    values.set(name, value);
  }

  const resolved = command ?? 'build';
  for (const name of values.keys()) {
    const spec = inputSpec(name);
    if (!spec.commands.includes(resolved)) {
      throw new UserError(
        `is not an option of ${resolved}`,
        { input: name },
        `remove it; it belongs to ${spec.commands.join(', ')}`,
      );
    }
  }
  if (explain !== undefined && resolved !== 'validate') {
    throw new UserError(`is not an option of ${resolved}`, { input: 'explain' }, 'write validate --explain <rule>');
  }
  const request: Request = flags.has('help')
    ? { kind: 'help' }
    : flags.has('version')
      ? { kind: 'version' }
      : explain !== undefined
        ? { kind: 'explain', rule: explain }
        : { kind: 'run', command: resolved, inputs: Object.fromEntries(values) };
  return { request, flags, given: new Set(values.keys()) };
}

/** The `--help` text, built from the inputs table. */
export function helpText(version: string): string {
  const describe = (spec: InputSpec) => {
    const flag = `--${spec.name}${spec.kind === 'boolean' ? '[=true|false]' : ` <${spec.value ?? 'value'}>`}`;
    const shown = spec.default && spec.kind !== 'boolean' ? ` (default: ${spec.default})` : '';
    return `  ${flag.padEnd(36)} ${spec.description.replace(/`/g, '')}${shown}`;
  };
  const section = (command: Command) =>
    INPUTS.filter((spec) => spec.name !== 'command' && spec.commands.includes(command))
      .map(describe)
      .join('\n');
  return `ecs-bluegreen-build ${version}: the Build stage of an Amazon ECS blue/green (CodeDeploy) pipeline.

Usage:
  ecs-bluegreen-build [build] --repository <name> [options]   log in to ECR, build, push, write and zip the artifact
  ecs-bluegreen-build validate [--taskdef F] [--appspec F]   check the deployment files (no AWS, no Docker)
  ecs-bluegreen-build render --image <uri> [options]          print the files as ECS and CodeDeploy will use them

Commands: ${COMMANDS.join(', ')}

build options:
${section('build')}

validate options:
${section('validate')}

render options:
${section('render')}

Other:
  --json                               results as JSON on stdout (outputs, findings, rendered files)
  --debug                              show commands run and stack traces (or ECS_BLUEGREEN_BUILD_DEBUG=1)
  --explain <rule>                     (validate) a task definition rule: its fields, sources, a file it refuses
  --help, --version

Exit codes: 0 done; 2 the input or files are wrong (nothing pushed or written); 1 anything else.
AWS credentials and endpoints come from the standard AWS configuration (AWS_PROFILE, AWS_ENDPOINT_URL_ECR, …).
`;
}

/** What differs between the terminals a run is on: a developer's, CodeBuild's. */
export interface TerminalParts {
  /** What is known about the commit being built. */
  readonly commit: CommitReader;
  /** `always` in CodeBuild (how the buildspec gets the outputs); on a terminal only when `--outputs-env-file` is given. */
  readonly envFile: 'always' | 'when-given';
  /** In a GitHub `run:` step, GitHub's: annotations, no forged command, the job summary; elsewhere none. */
  readonly workflow: WorkflowSink;
}

/** A terminal: logs on stderr with secrets redacted, results on stdout. */
export class CliHost implements Host {
  private readonly debugEnabled: boolean;
  private readonly json: boolean;
  private parsed?: ParsedArguments;
  private readonly secrets: string[] = [];
  private readonly timer = new StepTimer();

  readonly log: Logger = {
    info: (message) => this.line(message),
    warning: (message) => this.line(`warning: ${message}`),
    debug: (message) => {
      if (this.debugEnabled) this.line(`debug: ${message}`);
    },
    group: (title, step) => {
      this.line(`==> ${title}`);
      return this.timer.time(step, (seconds) => this.line(`    took ${formatSeconds(seconds)}`));
    },
    mask: (secret) => {
      for (const part of maskedParts(secret)) if (!this.secrets.includes(part)) this.secrets.push(part);
    },
  };

  /** @param env the environment the run reads: region defaults, CI variables, the build's programs */
  constructor(
    private readonly argv: readonly string[],
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly stdout: NodeJS.WritableStream = process.stdout,
    private readonly stderr: NodeJS.WritableStream = process.stderr,
    private readonly parts: TerminalParts = { commit: readLocalCommit, envFile: 'when-given', workflow: NO_WORKFLOW },
  ) {
    // Known before the arguments are parsed, so a parse error is reported the way they ask.
    this.debugEnabled = argv.includes('--debug') || env['ECS_BLUEGREEN_BUILD_DEBUG'] === '1';
    this.json = argv.includes('--json');
  }

  async read(): Promise<Invocation> {
    this.parsed ??= parseArguments(this.argv);
    const { request } = this.parsed;
    if (request.kind !== 'run') return request;
    return { ...request, env: this.env, commit: request.command === 'build' ? await this.parts.commit(this.env) : {} };
  }

  async finish(report: RunReport): Promise<void> {
    const summary = await reportRun(report, {
      json: this.json,
      debugEnabled: this.debugEnabled,
      info: (message) => this.log.info(message),
      debug: (message) => this.log.debug(message),
      findings: (findings) => {
        for (const finding of findings) {
          this.line(formatFinding(finding));
          // A `run:` step in a GitHub workflow: the runner turns these lines into annotations.
          const annotation = this.parts.workflow.annotation(finding);
          if (annotation !== undefined) this.stderr.write(`${this.redact(annotation)}\n`);
        }
      },
      print: (text) => this.print(text),
      outputs: (outputs, _files, envFile) => this.outputs(outputs, envFile),
      failure: (message, fix) => this.line(`error: ${message}${fix ? `\n  fix: ${fix}` : ''}`),
      subject: (subject) => {
        if (!('input' in subject)) return subject.file;
        // The command is the one input that is positional on a command line.
        return subject.input === 'command' ? 'command' : `--${subject.input}`;
      },
    });
    if (summary.command === undefined) return;
    this.line(this.timer.closingLine(summary.command, summary.ok, summary.seconds));
    // A `run:` step in a GitHub workflow gets the job summary an action step gets.
    const { summaryFile, workspace } = this.parts.workflow;
    if (!summaryFile) return;
    const markdown = this.redact(summaryMarkdown(summary, workspace));
    await writeJobSummary(summaryFile, markdown, (message) => this.log.warning(message));
  }

  private get writesEnvFile(): boolean {
    return this.parts.envFile === 'always' || (this.parsed?.given.has('outputs-env-file') ?? false);
  }

  private async outputs(outputs: Outputs, envFile: string): Promise<void> {
    if (this.writesEnvFile) await this.writeEnvFile(outputs, envFile);
    if (this.json) {
      this.print(outputsJson(outputs));
      return;
    }
    for (const [name, value] of Object.entries(outputs)) if (value) this.print(`${name}: ${value}\n`);
  }

  /** Writes the outputs as `export NAME='value'` lines to `file` (the config's `outputs-env-file`). */
  private async writeEnvFile(outputs: Outputs, file: string): Promise<void> {
    const { writeFileAtomic } = await import('../artifact/write');
    await writeFileAtomic(file, outputsEnvFile(outputs));
    this.line(`Outputs written to ${file}; source it: . ./${file.replace(/^\.\//, '')}`);
  }

  private print(text: string): void {
    this.stdout.write(this.plain(this.redact(text), this.json ? 'json' : 'text'));
  }

  private line(message: string): void {
    this.stderr.write(this.plain(`${this.redact(message)}\n`));
  }

  /**
   * In a GitHub `run:` step the runner reads our output for workflow commands too: none may be
   * forged, `--json` included (kept a document its reader parses).
   */
  private plain(text: string, format: 'text' | 'json' = 'text'): string {
    return this.parts.workflow.plain(text, format);
  }

  private redact(text: string): string {
    return redact(text, this.secrets);
  }
}
