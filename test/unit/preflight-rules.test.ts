import { dockerfileStages, findPathConflict, type InputPath, type OutputPaths } from '../../src/preflight-rules';

const inputs: InputPath[] = [
  { input: 'taskdef', path: '/w/deploy/taskdef.json' },
  { input: 'appspec', path: '/w/deploy/appspec.yaml' },
  { input: 'context', path: '/w/app' },
  { input: 'dockerfile', path: '/w/app/Dockerfile' },
];
const fine: OutputPaths = {
  outputDir: '/w/ecs-deploy',
  artifact: '/w/ecs-deploy.zip',
  envFile: '/w/ecs-bluegreen-build.env',
};

describe('findPathConflict: outputs that would destroy an input or break the next run', () => {
  test.each<[string, Partial<OutputPaths>, { input: string; message: RegExp } | undefined]>([
    ['the defaults', {}, undefined],
    ['the zip inside the context (beside the sources)', { artifact: '/w/app/out.zip' }, undefined],
    ['output-dir inside the context', { outputDir: '/w/app/ecs-deploy' }, undefined],
    ['an output-dir whose name starts like an input folder', { outputDir: '/w/deploy-out' }, undefined],
    [
      'the zip over the task definition',
      { artifact: '/w/deploy/taskdef.json' },
      { input: 'artifact', message: /is the taskdef input; writing it would destroy/ },
    ],
    [
      'the zip over the Dockerfile',
      { artifact: '/w/app/Dockerfile' },
      { input: 'artifact', message: /is the dockerfile input/ },
    ],
    [
      'the env file over the appspec',
      { envFile: '/w/deploy/appspec.yaml' },
      { input: 'outputs-env-file', message: /is the appspec input/ },
    ],
    [
      'the env file on the zip',
      { envFile: '/w/ecs-deploy.zip' },
      { input: 'outputs-env-file', message: /is also the artifact zip/ },
    ],
    [
      "output-dir is the task definition's folder",
      { outputDir: '/w/deploy' },
      { input: 'output-dir', message: /holds the taskdef input/ },
    ],
    [
      'output-dir is the context',
      { outputDir: '/w/app' },
      { input: 'output-dir', message: /'\/w\/app' is the context input/ },
    ],
    ['output-dir holds the context', { outputDir: '/w' }, { input: 'output-dir', message: /holds the taskdef input/ }],
    [
      'the zip inside output-dir (the next run would refuse the directory)',
      { artifact: '/w/ecs-deploy/a.zip' },
      { input: 'artifact', message: /is inside the output directory '\/w\/ecs-deploy', which is replaced/ },
    ],
    [
      'the env file inside output-dir',
      { envFile: '/w/ecs-deploy/x.env' },
      { input: 'outputs-env-file', message: /inside the output directory/ },
    ],
    [
      'the zip on output-dir itself',
      { artifact: '/w/ecs-deploy' },
      { input: 'artifact', message: /is the output directory/ },
    ],
  ])('%s', (_name, outputs, expected) => {
    const conflict = findPathConflict({ ...fine, ...outputs }, inputs);
    if (expected === undefined) {
      expect(conflict).toBeUndefined();
      return;
    }
    expect(conflict?.input).toBe(expected.input);
    expect(conflict?.message).toMatch(expected.message);
    expect(conflict?.fix).toBeTruthy();
  });
});

describe('dockerfileStages', () => {
  test.each<[string, string, string[]]>([
    ['no stage names', 'FROM scratch\nCOPY a /a\n', []],
    ['named stages, lower-cased', 'FROM node:20 AS Build\nRUN x\nfrom scratch as runtime\n', ['build', 'runtime']],
    ['--platform before the image', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS builder\n', ['builder']],
    ['a continued FROM line', 'FROM \\\n  alpine \\\n  AS base\n', ['base']],
    ['a comment inside a continuation', 'FROM alpine \\\n# comment\n  AS base\n', ['base']],
    ['the escape directive', '# escape=`\nFROM alpine `\n  AS win\n', ['win']],
    ['a commented-out stage', '# FROM alpine AS old\nFROM alpine AS new\n', ['new']],
    ['CRLF line ends', 'FROM alpine AS one\r\nFROM alpine AS two\r\n', ['one', 'two']],
    ['AS in a RUN is no stage', 'FROM alpine\nRUN echo FROM x AS y\n', []],
  ])('%s', (_name, text, stages) => {
    expect(dockerfileStages(text)).toEqual(stages);
  });
});
