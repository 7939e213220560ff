import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { jest } from '@jest/globals';
import type { BuildResult } from '../../src/commands/build';
import type { Finding } from '../../src/deploy-files/findings';
import { FilesRejected, type FilesCheck } from '../../src/commands/files-check';
import { failureReport, ServiceError, UserError } from '../../src/errors';
import { CliHost } from '../../src/hosts/cli';
import { readLocalCommit } from '../../src/hosts/commit';
import { workflowOf } from '../../src/hosts/detect';
import { GitHubHost } from '../../src/hosts/github';
import type { Outcome } from '../../src/hosts/host';
import type { Outputs } from '../../src/outputs';
import { tempDirs } from './temp-dir';

/** The lines a GitHub runner would act on as workflow commands, honouring ::stop-commands::. */
function commandsSeen(output: string): string[] {
  const seen: string[] = [];
  let stopped: string | undefined;
  for (const line of output.split('\n')) {
    const text = line.trimStart();
    if (stopped !== undefined) {
      if (text === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(text);
    if (stop) stopped = stop[1];
    else if (text.startsWith('::') || text.includes('##[')) seen.push(text);
  }
  return seen;
}

function cli(argv: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  // The parts the host table gives a terminal in this environment (a `run:` step's workflow sink under GITHUB_ACTIONS).
  const host = new CliHost(argv, env, stdout, stderr, {
    commit: readLocalCommit,
    envFile: 'when-given',
    workflow: workflowOf(env),
  });
  return { host, out: () => out, err: () => err };
}

const tempDir = tempDirs('host-output-');

const digest = `sha256:${'ab'.repeat(32)}`;
const warning: Finding = {
  file: 'appspec.yaml',
  line: 2,
  column: 1,
  rule: 'appspec/ec2-key',
  severity: 'warning',
  message: '"os" belongs to EC2/on-premises appspecs',
  fix: 'remove it',
};
const error: Finding = {
  file: 'appspec.yaml',
  line: 8,
  column: 26,
  rule: 'appspec/container-name',
  severity: 'error',
  message: "ContainerName 'api' is not a container of taskdef.json",
  fix: 'write web',
};
const check: FilesCheck = {
  files: ['taskdef.json', 'appspec.yaml'],
  findings: [warning],
  placeholders: [{ placeholder: 'IMAGE1_NAME', container: 'web', line: 9, column: 16 }],
  imageContainers: ['web'],
};
const rejected = new FilesRejected({ ...check, findings: [error, warning] });
const outputs: Outputs = {
  'image-uri': `127.0.0.1:5000/team/web@${digest}`,
  'image-digest': digest,
  'image-tags': 'abc1234',
  'artifact-dir': '/w/ecs-deploy',
  'artifact-zip': '/w/ecs-deploy.zip',
  'artifact-sha256': 'f00d',
};
const buildResult: BuildResult = {
  outputs,
  files: ['taskdef.json', 'appspec.yaml', 'imageDetail.json'],
  envFile: 'ecs-bluegreen-build.env',
  check,
};
const built: Outcome = { kind: 'done', command: 'build', result: buildResult };
const rendered: Outcome = {
  kind: 'done',
  command: 'render',
  result: {
    check: { ...check, findings: [] },
    taskdefPath: 'taskdef.json',
    taskDefinition: { family: 'web' },
    appspecPath: 'appspec.yaml',
    appspec: 'version: 0.0',
  },
};

const warningLines =
  '\nappspec.yaml:2:1  warning  appspec/ec2-key  "os" belongs to EC2/on-premises appspecs\n    fix: remove it\n';
const errorLines =
  "appspec.yaml:8:26  error  appspec/container-name  ContainerName 'api' is not a container of taskdef.json\n    fix: write web\n";
const placeholderLine = '<IMAGE1_NAME> is the image of container web (line 9)\n';
const rejectedLine =
  'error: 1 error and 1 warning in taskdef.json, appspec.yaml\n  fix: fix the errors listed above; CodeDeploy or ECS would reject these files\n';
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('the terminal host reports the run once, at the end', () => {
  test.each<[string, string[], Outcome, string, string]>([
    [
      '1 validate: findings, placeholders and the verdict on stderr; nothing on stdout',
      ['validate'],
      { kind: 'done', command: 'validate', result: { check } },
      '',
      `${warningLines.slice(1)}${placeholderLine}taskdef.json, appspec.yaml: ok (1 warning)\nvalidate done in 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '2 validate --json: the document on stdout, the verdict on stderr',
      ['validate', '--json'],
      { kind: 'done', command: 'validate', result: { check } },
      json({ ok: true, findings: [warning], placeholders: check.placeholders, imageContainers: ['web'] }),
      "taskdef.json, appspec.yaml: ok (1 warning)\nvalidate done in 0.0 s (all of it this tool's own work)\n",
    ],
    [
      '3 validate --json, files rejected: the same document, ok: false, and nothing more on stdout',
      ['validate', '--json'],
      { kind: 'failed', command: 'validate', error: rejected },
      json({ ok: false, findings: [error, warning], placeholders: check.placeholders, imageContainers: ['web'] }),
      `${rejectedLine}validate failed after 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '4 validate, files rejected: the findings before the failure',
      ['validate'],
      { kind: 'failed', command: 'validate', error: rejected },
      '',
      `${errorLines}${warningLines.slice(1)}${placeholderLine}${rejectedLine}validate failed after 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '5 render --json, files rejected: findings on stderr, the failure as JSON on stdout',
      ['render', '--json'],
      { kind: 'failed', command: 'render', error: rejected },
      json({
        ok: false,
        error: {
          kind: 'input',
          message: '1 error and 1 warning in taskdef.json, appspec.yaml',
          fix: 'fix the errors listed above; CodeDeploy or ECS would reject these files',
          exitCode: 2,
        },
      }),
      `${errorLines}${warningLines.slice(1)}${placeholderLine}${rejectedLine}render failed after 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '6 render: the files on stdout, what they are on stderr',
      ['render'],
      rendered,
      '{\n  "family": "web"\n}\nversion: 0.0\n',
      `${placeholderLine}taskdef.json, appspec.yaml: ok\ntaskdef.json, as ECS will register it:\nappspec.yaml, as CodeDeploy will use it (<TASK_DEFINITION> is the ARN CodeDeploy registers):\nrender done in 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '7 render --json: one document',
      ['render', '--json'],
      rendered,
      json({ taskDefinition: { family: 'web' }, appspec: 'version: 0.0' }),
      `${placeholderLine}taskdef.json, appspec.yaml: ok\nrender done in 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '8 build: the check, then the outputs as name: value lines',
      [],
      built,
      `image-uri: ${outputs['image-uri']}\nimage-digest: ${digest}\nimage-tags: abc1234\nartifact-dir: /w/ecs-deploy\nartifact-zip: /w/ecs-deploy.zip\nartifact-sha256: f00d\n`,
      `${warningLines.slice(1)}${placeholderLine}taskdef.json, appspec.yaml: ok (1 warning)\nbuild done in 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '9 build --json: the outputs as one object, every output present',
      ['--json'],
      built,
      json({
        ...Object.fromEntries(
          [
            'image-uri',
            'image-digest',
            'image-tags',
            'artifact-dir',
            'artifact-zip',
            'artifact-sha256',
            's3-uri',
            's3-version-id',
            'images',
          ].map((name) => [name, '']),
        ),
        ...outputs,
      }),
      `${warningLines.slice(1)}${placeholderLine}taskdef.json, appspec.yaml: ok (1 warning)\nbuild done in 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '10 a mistake in an input: named as a flag',
      ['--json'],
      {
        kind: 'failed',
        command: 'build',
        error: new UserError('is required', { input: 'repository' }, 'pass the name'),
      },
      json({
        ok: false,
        error: { kind: 'input', message: 'is required', input: 'repository', fix: 'pass the name', exitCode: 2 },
      }),
      "error: --repository: is required\n  fix: pass the name\nbuild failed after 0.0 s (all of it this tool's own work)\n",
    ],
    [
      '11 a command line that cannot be read: no closing line',
      [],
      { kind: 'failed', error: new UserError('unknown option --x', undefined, 'see --help') },
      '',
      'error: unknown option --x\n  fix: see --help\n',
    ],
    [
      '12 an outside system failing',
      [],
      {
        kind: 'failed',
        command: 'build',
        error: new ServiceError('ECR GetAuthorizationToken', 'no answer', 'check the network'),
      },
      '',
      "error: ECR GetAuthorizationToken failed: no answer\n  fix: check the network\nbuild failed after 0.0 s (all of it this tool's own work)\n",
    ],
    [
      '12b a build failing after its files passed: their warnings reported with the failure',
      [],
      {
        kind: 'failed',
        command: 'build',
        error: new ServiceError('docker build', 'exit code 1', 'read the log'),
        check,
      },
      '',
      `${warningLines.slice(1)}${placeholderLine}taskdef.json, appspec.yaml: ok (1 warning)\nerror: docker build failed: exit code 1\n  fix: read the log\nbuild failed after 0.0 s (all of it this tool's own work)\n`,
    ],
    [
      '13 a bug: the hint to --debug',
      [],
      { kind: 'failed', command: 'validate', error: new TypeError('x is undefined') },
      '',
      "error: unexpected error: x is undefined (run with --debug, or ECS_BLUEGREEN_BUILD_DEBUG=1, for the stack trace)\nvalidate failed after 0.0 s (all of it this tool's own work)\n",
    ],
    ['14 --help: its text on stdout', ['--help'], { kind: 'text', text: 'Usage: …\n' }, 'Usage: …\n', ''],
  ])('%s', async (_name, argv, outcome, stdout, stderr) => {
    const { host, out, err } = cli(argv);
    await host.finish({ ...outcome, seconds: 0 });
    expect(out()).toBe(stdout);
    expect(err()).toBe(stderr);
  });

  test("--debug: a bug with its stack, a service failure with its cause's", async () => {
    const bug = cli(['--debug']);
    await bug.host.finish({ kind: 'failed', command: 'build', error: new TypeError('x is undefined'), seconds: 0 });
    expect(bug.err()).toMatch(/^error: unexpected error: x is undefined\ndebug: TypeError: x is undefined\n {4}at /);
    const service = cli(['--debug']);
    const cause = new RangeError('socket hang up');
    await service.host.finish({
      kind: 'failed',
      command: 'build',
      error: new ServiceError('S3 PutObject', 'socket hang up', undefined, { cause }),
      seconds: 0,
    });
    expect(service.err()).toMatch(
      /^error: S3 PutObject failed: socket hang up\ndebug: RangeError: socket hang up\n {4}at /,
    );
  });

  test('a secret masked through the logger is left out of the report too', async () => {
    const { host, out, err } = cli([]);
    host.log.mask('hunter2');
    host.log.info('password hunter2');
    await host.finish({
      kind: 'done',
      command: 'build',
      result: { ...buildResult, outputs: { 'image-tags': 'hunter2' } },
      seconds: 0,
    });
    expect(`${out()}${err()}`).not.toContain('hunter2');
    expect(out()).toBe('image-tags: ***\n');
  });

  test('outputs-env-file given: the outputs written there too', async () => {
    const file = join(tempDir(), 'out.env');
    const { host, err } = cli(['--outputs-env-file', file]);
    await host.read();
    // The file is the config's: the host writes where the build says.
    await host.finish({ kind: 'done', command: 'build', result: { ...buildResult, envFile: file }, seconds: 0 });
    expect(readFileSync(file, 'utf8')).toContain(`export IMAGE_URI='${outputs['image-uri']}'\n`);
    expect(err()).toContain(`Outputs written to ${file}`);
  });

  test('in a GitHub run: step: findings become annotations, and the job summary is written', async () => {
    const workspace = tempDir();
    const summary = join(workspace, 'summary.md');
    writeFileSync(summary, '');
    const { host, err } = cli(['validate'], {
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
    });
    await host.finish({ kind: 'failed', command: 'validate', error: rejected, seconds: 0 });
    expect(commandsSeen(err())).toEqual([
      "::error title=appspec/container-name,file=appspec.yaml,line=8,col=26::ContainerName 'api' is not a container of taskdef.json%0Awrite web",
      '::warning title=appspec/ec2-key,file=appspec.yaml,line=2,col=1::"os" belongs to EC2/on-premises appspecs%0Aremove it',
    ]);
    const markdown = readFileSync(summary, 'utf8');
    expect(markdown).toContain('### ecs-bluegreen-build validate: failed');
    expect(markdown).toContain('**What failed:** 1 error and 1 warning in taskdef.json, appspec.yaml');
    expect(markdown).toContain(
      '| <code>appspec.yaml</code> | 8 | error | <code>appspec/container-name</code> | ContainerName &#39;api&#39; is not a container of taskdef.json | write web |',
    );
  });

  test('in a GitHub run: step, a summary file that cannot be written is a warning, and the run done as it was', async () => {
    const summary = join(tempDir(), 'no-such-dir', 'summary.md');
    const { host, err } = cli(['validate'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    await expect(host.finish({ kind: 'done', command: 'validate', result: { check }, seconds: 0 })).resolves.toBe(
      undefined,
    );
    expect(err()).toContain('validate done in 0.0 s');
    expect(err()).toContain(
      `warning: job summary not written: GITHUB_STEP_SUMMARY names '${summary}', which cannot be written (ENOENT); the run's result stands\n`,
    );
    expect(existsSync(summary)).toBe(false);
  });

  test('in a GitHub run: step, user text cannot forge a workflow command; on a terminal it is printed as is', async () => {
    const forged = 'out\n::warning::forged\n##[error]old form';
    const github = cli([], { GITHUB_ACTIONS: 'true' });
    github.host.log.info(`${forged}/: taskdef.json`);
    github.host.log.warning(forged);
    await github.host.finish({ kind: 'failed', error: new UserError(forged, undefined, forged), seconds: 0 });
    expect(github.err()).toContain('::warning::forged');
    expect(commandsSeen(github.err())).toEqual([]);

    const terminal = cli([]);
    terminal.host.log.info(forged);
    expect(terminal.err()).toBe(`${forged}\n`);
  });
});

describe('failureReport: what --json prints when a run fails', () => {
  test.each<[string, unknown, object]>([
    [
      'an input mistake',
      new UserError("'x' is not a boolean", { input: 'cache' }, 'use true or false'),
      {
        ok: false,
        error: {
          kind: 'input',
          message: "'x' is not a boolean",
          input: 'cache',
          fix: 'use true or false',
          exitCode: 2,
        },
      },
    ],
    [
      'a file mistake without fix',
      new UserError('2 errors in taskdef.json', { file: 'taskdef.json' }),
      { ok: false, error: { kind: 'input', message: '2 errors in taskdef.json', file: 'taskdef.json', exitCode: 2 } },
    ],
    [
      'an outside failure',
      new ServiceError(
        'ECR GetAuthorizationToken',
        'http://127.0.0.1:9 did not answer within 5 s',
        'check the network',
      ),
      {
        ok: false,
        error: {
          kind: 'service',
          message: 'ECR GetAuthorizationToken failed: http://127.0.0.1:9 did not answer within 5 s',
          operation: 'ECR GetAuthorizationToken',
          fix: 'check the network',
          exitCode: 1,
        },
      },
    ],
    [
      'a bug',
      new TypeError('x is undefined'),
      { ok: false, error: { kind: 'bug', message: 'unexpected error: x is undefined', exitCode: 1 } },
    ],
  ])('%s', (_name, error, expected) => {
    expect(failureReport(error)).toEqual(expected);
  });
});

describe('the GitHub host reports the run once, at the end', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  /** What the host writes on stdout (where @actions/core writes its commands) while `act` runs. */
  async function stdoutOf(act: () => Promise<void> | void): Promise<string> {
    let written = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += chunk.toString();
      return true;
    });
    try {
      await act();
    } finally {
      spy.mockRestore();
    }
    return written;
  }

  /** `name<<delimiter`, value, delimiter: the entries of a $GITHUB_OUTPUT file. */
  function outputFile(text: string): Record<string, string> {
    const entries = [...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm)].map((match) => [match[1], match[3]]);
    return Object.fromEntries(entries) as Record<string, string>;
  }

  test('a build: warnings as annotations on their file and line, outputs to $GITHUB_OUTPUT, the job summary', async () => {
    const dir = tempDir();
    const env = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
    for (const file of Object.values(env)) writeFileSync(file, '');
    Object.assign(process.env, env);
    const written = await stdoutOf(() => new GitHubHost(env).finish({ ...built, seconds: 0 }));
    expect(commandsSeen(written)).toEqual([
      '::warning title=appspec/ec2-key,file=appspec.yaml,line=2,col=1::"os" belongs to EC2/on-premises appspecs%0Aremove it',
    ]);
    expect(written).toContain('taskdef.json, appspec.yaml: ok (1 warning)\n');
    expect(written).toContain("build done in 0.0 s (all of it this tool's own work)\n");
    expect(outputFile(readFileSync(env.GITHUB_OUTPUT, 'utf8'))).toEqual({
      ...Object.fromEntries(['s3-uri', 's3-version-id', 'images'].map((name) => [name, ''])),
      ...outputs,
    });
    const summary = readFileSync(env.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toContain('### ecs-bluegreen-build build: done');
    expect(summary).toContain('| <code>image-tags</code> | <code>abc1234</code> |');
    expect(summary).toContain(
      'Artifact files: <code>taskdef.json</code>, <code>appspec.yaml</code>, <code>imageDetail.json</code>',
    );
    expect(summary).toContain('| <code>appspec.yaml</code> | 2 | warning | <code>appspec/ec2-key</code> |');
  });

  test('a summary file that cannot be written (its directory missing): the summary left out with a warning, the run done as it was', async () => {
    const dir = tempDir();
    const env = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STEP_SUMMARY: join(dir, 'missing', 'summary.md') };
    writeFileSync(env.GITHUB_OUTPUT, '');
    Object.assign(process.env, env);
    const written = await stdoutOf(() =>
      new GitHubHost(env).finish({ kind: 'done', command: 'validate', result: { check }, seconds: 0 }),
    );
    expect(written).toContain('validate done in 0.0 s');
    expect(commandsSeen(written)).toContain(
      `::warning::job summary not written: GITHUB_STEP_SUMMARY names '${env.GITHUB_STEP_SUMMARY}', which cannot be written (ENOENT); the run's result stands`,
    );
    expect(existsSync(env.GITHUB_STEP_SUMMARY)).toBe(false);
  });

  test('rejected files: each finding an annotation, then the failure, the input named as an input', async () => {
    const written = await stdoutOf(async () => {
      await new GitHubHost({}).finish({ kind: 'failed', command: 'validate', error: rejected, seconds: 0 });
      await new GitHubHost({}).finish({
        kind: 'failed',
        command: 'build',
        error: new UserError('is required', { input: 'repository' }, 'pass the name'),
        seconds: 0,
      });
    });
    expect(commandsSeen(written)).toEqual([
      "::error title=appspec/container-name,file=appspec.yaml,line=8,col=26::ContainerName 'api' is not a container of taskdef.json%0Awrite web",
      '::warning title=appspec/ec2-key,file=appspec.yaml,line=2,col=1::"os" belongs to EC2/on-premises appspecs%0Aremove it',
      '::error::1 error and 1 warning in taskdef.json, appspec.yaml%0A  fix: fix the errors listed above; CodeDeploy or ECS would reject these files',
      "::error::input 'repository': is required%0A  fix: pass the name",
    ]);
  });

  test('user text in info lines and printed results cannot forge a workflow command', async () => {
    const written = await stdoutOf(async () => {
      const host = new GitHubHost({});
      host.log.info('ecs-deploy\n::warning file=x::forged/: taskdef.json');
      host.log.warning('tag v1\n::error::forged'); // a command of its own, the user text escaped in it
      await host.finish({ kind: 'text', text: '{\n::add-mask::everything\n}\n', seconds: 0 });
    });
    expect(written).toContain('::warning file=x::forged');
    expect(written).toContain('::add-mask::everything');
    expect(commandsSeen(written)).toEqual(['::warning::tag v1%0A::error::forged']);
  });
});
