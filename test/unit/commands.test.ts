/**
 * validate and render as functions: config and a context in, their result out (or a failure that
 * carries the check). No host: a recording logger and a runner that refuses to run anything.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandRunner } from '../../src/command';
import type { CommandContext } from '../../src/commands/context';
import type { Logger } from '../../src/log';
import { runRender, type RenderResult } from '../../src/commands/render';
import { runValidate, type ValidateResult } from '../../src/commands/validate';
import { resolveRaw } from './resolve-raw';
import { FilesRejected } from '../../src/commands/files-check';
import { UserError } from '../../src/errors';
import type { RawInputs } from '../../src/interface';
import { positionOf, taskdefText, VALID_APPSPEC } from './deploy-files/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'commands-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to a file of the test's directory; returns its path. */
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const taskdef = file('taskdef.json', taskdefText());
const appspec = file('appspec.yaml', VALID_APPSPEC);
const ec2Appspec = file('ec2-appspec.yaml', `version: 0.0\nos: linux\n${VALID_APPSPEC.slice('version: 0.0\n'.length)}`);
const wrongContainer = file('wrong-container.yaml', VALID_APPSPEC.replace('ContainerName: web', 'ContainerName: api'));
const imageDetail = file(
  'imageDetail.json',
  '{"ImageURI": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:' + 'ab'.repeat(32) + '"}\n',
);
const image = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:${'cd'.repeat(32)}`;
const arn = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-app:7';
const placeholder = { placeholder: 'IMAGE1_NAME', container: 'web', ...positionOf(taskdefText(), '"<IMAGE1_NAME>"') };

/** A context that records what a command logs and runs no program. */
function recordingContext(): { context: CommandContext; logged: string[] } {
  const logged: string[] = [];
  const log: Logger = {
    info: (message) => logged.push(`info ${message}`),
    warning: (message) => logged.push(`warning ${message}`),
    debug: (message) => logged.push(`debug ${message}`),
    group: (title, step) => {
      logged.push(`group ${title}`);
      return step();
    },
    mask: () => logged.push('mask'),
  };
  const run: CommandRunner = (program, args) => Promise.reject(new Error(`ran ${program} ${args.join(' ')}`));
  return { context: { log, run }, logged };
}

describe('validate returns what it found; it logs nothing and runs nothing', () => {
  test.each<[string, RawInputs, ValidateResult]>([
    [
      '1 valid files: where the placeholder is, which container gets the image',
      { taskdef, appspec },
      { check: { files: [taskdef, appspec], findings: [], placeholders: [placeholder], imageContainers: ['web'] } },
    ],
    [
      '2 a warning is part of the result',
      { taskdef, appspec: ec2Appspec },
      {
        check: {
          files: [taskdef, ec2Appspec],
          findings: [
            expect.objectContaining({ file: ec2Appspec, line: 2, rule: 'appspec/ec2-key', severity: 'warning' }),
          ],
          placeholders: [placeholder],
          imageContainers: ['web'],
        },
      },
    ],
    [
      '3 the image detail is among the files checked',
      { taskdef, appspec, 'image-detail': imageDetail },
      {
        check: {
          files: [taskdef, appspec, imageDetail],
          findings: [],
          placeholders: [placeholder],
          imageContainers: ['web'],
        },
      },
    ],
  ])('%s', async (_name, inputs, expected) => {
    const { context, logged } = recordingContext();
    expect(await runValidate(resolveRaw('validate', inputs, {}), context)).toEqual(expected);
    expect(logged).toEqual([]);
  });

  test.each<[string, RawInputs, string, object]>([
    [
      '4 an error: the files are rejected, and the failure carries the whole check',
      { taskdef, appspec: wrongContainer },
      `1 error in ${taskdef}, ${wrongContainer}`,
      {
        files: [taskdef, wrongContainer],
        findings: [
          expect.objectContaining({
            file: wrongContainer,
            line: 8,
            rule: 'appspec/unknown-container',
            severity: 'error',
          }),
        ],
        placeholders: [placeholder],
      },
    ],
    [
      '5 an error and a warning, counted in the message',
      {
        taskdef,
        appspec: file(
          'both.yaml',
          `version: 0.0\nos: linux\n${VALID_APPSPEC.slice('version: 0.0\n'.length).replace('ContainerName: web', 'ContainerName: api')}`,
        ),
      },
      `1 error and 1 warning in ${taskdef}, ${join(dir, 'both.yaml')}`,
      {
        findings: [
          expect.objectContaining({ rule: 'appspec/ec2-key' }),
          expect.objectContaining({ rule: 'appspec/unknown-container' }),
        ],
      },
    ],
  ])('%s', async (_name, inputs, message, check) => {
    const { context, logged } = recordingContext();
    const failure = await runValidate(resolveRaw('validate', inputs, {}), context).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FilesRejected);
    const rejected = failure as FilesRejected;
    expect(rejected.message).toBe(message);
    expect(rejected.fix).toBe('fix the errors listed above; CodeDeploy or ECS would reject these files');
    expect(rejected.check).toMatchObject(check);
    expect(logged).toEqual([]);
  });

  test('6 a file that is not there: a mistake in the input that names it, not a rejected check', async () => {
    const failure = await runValidate(
      resolveRaw('validate', { taskdef: join(dir, 'nope.json'), appspec }, {}),
      recordingContext().context,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect(failure).not.toBeInstanceOf(FilesRejected);
    expect((failure as UserError).subject).toEqual({ input: 'taskdef' });
  });
});

describe('render returns the files as ECS and CodeDeploy will use them', () => {
  const container = (result: RenderResult) =>
    (result.taskDefinition['containerDefinitions'] as { image: string }[])[0]?.image;

  test.each<[string, RawInputs, Partial<RenderResult>]>([
    [
      '1 the image put in; the appspec as it is',
      { taskdef, appspec, image },
      { taskdefPath: taskdef, appspecPath: appspec, appspec: VALID_APPSPEC },
    ],
    [
      '2 with a task definition ARN: put in the appspec too',
      { taskdef, appspec, image, 'task-definition-arn': arn },
      { appspec: VALID_APPSPEC.replace('<TASK_DEFINITION>', arn), taskDefinitionArn: arn },
    ],
  ])('%s', async (_name, inputs, expected) => {
    const { context, logged } = recordingContext();
    const result = await runRender(resolveRaw('render', inputs, {}), context);
    expect(result).toMatchObject(expected);
    expect(container(result)).toBe(image);
    expect(result.check).toEqual({
      files: [taskdef, appspec],
      findings: [],
      placeholders: [placeholder],
      imageContainers: ['web'],
    });
    expect(logged).toEqual([]);
  });

  test('3 rejected files: nothing rendered, the check in the failure', async () => {
    const failure = await runRender(
      resolveRaw('render', { taskdef, appspec: wrongContainer, image }, {}),
      recordingContext().context,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FilesRejected);
    expect((failure as FilesRejected).check.files).toEqual([taskdef, wrongContainer]);
  });
});
