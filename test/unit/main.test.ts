/**
 * The dispatcher over a host that records: it reads the invocation once, runs the command with the
 * host's logger, has the host report once (twice only when reporting itself failed), and returns
 * the exit code.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../src/log';
import { FilesRejected } from '../../src/commands/files-check';
import { ServiceError, UserError } from '../../src/errors';
import type { Host, Invocation, RunReport } from '../../src/hosts/host';
import type { RawInputs } from '../../src/interface';
import { runOnHost } from '../../src/main';
import { taskdefText, VALID_APPSPEC } from './deploy-files/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'main-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const taskdef = join(dir, 'taskdef.json');
const appspec = join(dir, 'appspec.yaml');
const wrong = join(dir, 'wrong.yaml');
writeFileSync(taskdef, taskdefText());
writeFileSync(appspec, VALID_APPSPEC);
writeFileSync(wrong, VALID_APPSPEC.replace('ContainerName: web', 'ContainerName: api'));

const validate = (inputs: RawInputs): Invocation => ({ kind: 'run', command: 'validate', inputs, env: {}, commit: {} });

/** A host whose invocation is given, that records every report, and whose first report may fail. */
function recordingHost(read: () => Promise<Invocation>, finishFails?: Error) {
  const reports: RunReport[] = [];
  let reads = 0;
  const log: Logger = {
    info: () => {},
    warning: () => {},
    debug: () => {},
    group: (_title, step) => step(),
    mask: () => {},
  };
  const host: Host = {
    log,
    read: () => {
      reads++;
      return read();
    },
    finish: async (report) => {
      reports.push(report);
      if (finishFails && reports.length === 1) throw finishFails;
    },
  };
  return { host, reports, reads: () => reads };
}

test.each<[string, () => Promise<Invocation>, number, (report: RunReport) => void]>([
  [
    '1 a command that passes: its result reported, exit 0',
    async () => validate({ taskdef, appspec }),
    0,
    (report) => {
      expect(report).toMatchObject({
        kind: 'done',
        command: 'validate',
        result: { check: { files: [taskdef, appspec], findings: [] } },
      });
    },
  ],
  [
    '2 rejected files: the failure with its check, exit 2',
    async () => validate({ taskdef, appspec: wrong }),
    2,
    (report) => {
      expect(report).toMatchObject({ kind: 'failed', command: 'validate' });
      expect(report.kind === 'failed' && report.error).toBeInstanceOf(FilesRejected);
    },
  ],
  [
    '3 an invocation that cannot be read: the failure without a command, exit 2',
    () => Promise.reject(new UserError('unknown option --x')),
    2,
    (report) => {
      expect(report).toEqual({
        kind: 'failed',
        error: new UserError('unknown option --x'),
        seconds: expect.any(Number),
      });
    },
  ],
  [
    '4 a mistake in the inputs: the failure names the command',
    async () => validate({ taskdef: join(dir, 'nope.json'), appspec }),
    2,
    (report) => {
      expect(report).toMatchObject({ kind: 'failed', command: 'validate', error: { subject: { input: 'taskdef' } } });
    },
  ],
  [
    '5 --version: the text reported, exit 0',
    async () => ({ kind: 'version' }),
    0,
    (report) => {
      expect(report).toMatchObject({ kind: 'text', text: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
    },
  ],
  [
    '5b validate --explain: the rule explained as text, exit 0',
    async () => ({ kind: 'explain', rule: 'taskdef/health-check' }),
    0,
    (report) => {
      expect(report).toMatchObject({
        kind: 'text',
        text: expect.stringContaining('  HealthCheck.timeout: a whole number from 2 to 60 seconds\n'),
      });
    },
  ],
  [
    '5c validate --explain of an unknown rule: a did-you-mean, exit 2',
    async () => ({ kind: 'explain', rule: 'taskdef/helth-check' }),
    2,
    (report) => {
      expect(report).toMatchObject({
        kind: 'failed',
        error: {
          message: 'no task definition rule is named "taskdef/helth-check"',
          subject: { input: 'explain' },
          fix: 'did you mean taskdef/health-check?',
        },
      });
    },
  ],
])('%s', async (_name, read, exitCode, check) => {
  const { host, reports, reads } = recordingHost(read);
  expect(await runOnHost(host)).toBe(exitCode);
  expect(reads()).toBe(1);
  expect(reports).toHaveLength(1);
  check(reports[0] as RunReport);
});

test('6 reporting a result fails (the outputs cannot be written): that failure is reported and sets the exit code', async () => {
  const unwritable = new ServiceError('write GITHUB_OUTPUT', 'EACCES');
  const { host, reports } = recordingHost(async () => validate({ taskdef, appspec }), unwritable);
  expect(await runOnHost(host)).toBe(1);
  expect(reports.map((report) => report.kind)).toEqual(['done', 'failed']);
  expect(reports[1]).toMatchObject({ kind: 'failed', command: 'validate', error: unwritable });
});
