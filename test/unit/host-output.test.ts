import { PassThrough } from 'node:stream';
import { failureReport, ServiceError, UserError } from '../../src/errors';
import { jest } from '@jest/globals';
import { CliHost } from '../../src/hosts/cli';
import { GitHubHost } from '../../src/hosts/github';

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
  const host = new CliHost(argv, env, stdout, stderr);
  return { host, out: () => out, err: () => err };
}

describe('failureReport: what --json prints when a run fails', () => {
  test.each<[string, unknown, object]>([
    ['an input mistake', new UserError("'x' is not a boolean", { input: 'cache' }, 'use true or false'),
      { ok: false, error: { kind: 'input', message: "'x' is not a boolean", input: 'cache', fix: 'use true or false', exitCode: 2 } }],
    ['a file mistake without fix', new UserError('2 errors in taskdef.json', { file: 'taskdef.json' }),
      { ok: false, error: { kind: 'input', message: '2 errors in taskdef.json', file: 'taskdef.json', exitCode: 2 } }],
    ['an outside failure', new ServiceError('ECR GetAuthorizationToken', 'http://127.0.0.1:9 did not answer within 5 s', 'check the network'),
      { ok: false, error: { kind: 'service', message: 'ECR GetAuthorizationToken failed: http://127.0.0.1:9 did not answer within 5 s', operation: 'ECR GetAuthorizationToken', fix: 'check the network', exitCode: 1 } }],
    ['a bug', new TypeError('x is undefined'), { ok: false, error: { kind: 'bug', message: 'unexpected error: x is undefined', exitCode: 1 } }],
  ])('%s', (_name, error, expected) => {
    expect(failureReport(error)).toEqual(expected);
  });
});

describe('the terminal host', () => {
  test('--json: a failure is one JSON document on stdout, the message on stderr', async () => {
    const { host, out, err } = cli(['--json']);
    const error = new UserError('is required', { input: 'repository' }, 'pass the name');
    host.failure('--repository: is required', 'pass the name');
    await host.finish({ exitCode: 2, seconds: 0, failureReport: failureReport(error) });
    expect(JSON.parse(out())).toEqual({ ok: false, error: { kind: 'input', message: 'is required', input: 'repository', fix: 'pass the name', exitCode: 2 } });
    expect(err()).toBe('error: --repository: is required\n  fix: pass the name\n');
  });

  test('--json after a printed result (validate\'s findings): nothing more on stdout', async () => {
    const { host, out } = cli(['validate', '--json']);
    host.print('{"ok": false, "findings": []}\n');
    host.failure('1 error');
    await host.finish({ exitCode: 2, seconds: 0, failureReport: failureReport(new UserError('1 error')) });
    expect(JSON.parse(out())).toEqual({ ok: false, findings: [] });
  });

  test('without --json, stdout stays empty on failure', async () => {
    const { host, out } = cli([]);
    host.failure('x');
    await host.finish({ exitCode: 1, seconds: 0, failureReport: failureReport(new Error('x')) });
    expect(out()).toBe('');
  });

  test('in a GitHub run: step, user text cannot forge a workflow command; on a terminal it is printed as is', () => {
    const forged = 'out\n::warning::forged\n##[error]old form';
    const github = cli([], { GITHUB_ACTIONS: 'true' });
    github.host.info(`${forged}/: taskdef.json`);
    github.host.warning(forged);
    github.host.failure(forged, forged);
    expect(github.err()).toContain('::warning::forged');
    expect(commandsSeen(github.err())).toEqual([]);

    const terminal = cli([]);
    terminal.host.info(forged);
    expect(terminal.err()).toBe(`${forged}\n`);
  });
});

describe('the GitHub host', () => {
  test('user text in info lines and printed results cannot forge a workflow command', () => {
    let written = '';
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written += chunk.toString();
      return true;
    });
    try {
      const host = new GitHubHost({});
      host.info('ecs-deploy\n::warning file=x::forged/: taskdef.json');
      host.print('{\n::add-mask::everything\n}\n');
      host.warning('tag v1\n::error::forged'); // a command of its own, the user text escaped in it
    } finally {
      spy.mockRestore();
    }
    expect(written).toContain('::warning file=x::forged');
    expect(commandsSeen(written)).toEqual(['::warning::tag v1%0A::error::forged']);
  });
});
