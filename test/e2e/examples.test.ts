/**
 * The pipeline examples as a user checks them before running the AWS CLI: `validate --pipeline`
 * with each pipeline definition against the files its CodeDeployToECS action reads from the build
 * artifact; and the first task definition the service starts from.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTool } from './harness';

const root = new URL('../..', import.meta.url).pathname;
const sample = join(root, 'examples/sample-service');

type Action = { actionTypeId: { provider: string }; configuration: Record<string, string> };
function deployAction(file: string): Action {
  const pipeline = JSON.parse(readFileSync(join(root, 'examples/pipeline', file), 'utf8')) as {
    pipeline: { stages: { actions: Action[] }[] };
  };
  const action = pipeline.pipeline.stages
    .flatMap((stage) => stage.actions)
    .find((a) => a.actionTypeId.provider === 'CodeDeployToECS');
  if (action === undefined) throw new Error(`${file} has no CodeDeployToECS action`);
  return action;
}

test.each(['pipeline.json', 'pipeline-codecommit.json'])(
  'validate --pipeline %s: the files its CodeDeployToECS action deploys pass',
  async (file) => {
    const { configuration } = deployAction(file);
    const run = await runTool(
      [
        'validate',
        '--taskdef',
        configuration['TaskDefinitionTemplatePath']!,
        '--appspec',
        configuration['AppSpecTemplatePath']!,
        '--pipeline',
        join(root, 'examples/pipeline', file),
        '--json',
      ],
      { cwd: sample },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      ok: boolean;
      findings: unknown[];
      placeholders: { placeholder: string; container: string }[];
    };
    expect(result).toMatchObject({ ok: true, findings: [] });
    expect(result.placeholders).toEqual([
      expect.objectContaining({ placeholder: configuration['Image1ContainerName'], container: 'web' }),
    ]);
  },
);

test('validate --pipeline pipeline-two-images.json with the extra-images list of examples/two-images: both images mapped, no finding', async () => {
  const { configuration } = deployAction('pipeline-two-images.json');
  const run = await runTool(
    [
      'validate',
      '--extra-images',
      '@extra-images.yml',
      '--pipeline',
      join(root, 'examples/pipeline/pipeline-two-images.json'),
      '--json',
    ],
    { cwd: join(root, 'examples/two-images') },
  );
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as {
    ok: boolean;
    findings: unknown[];
    placeholders: { placeholder: string; container: string }[];
  };
  expect(result).toMatchObject({ ok: true, findings: [] });
  expect(result.placeholders).toEqual([
    expect.objectContaining({ placeholder: configuration['Image1ContainerName'], container: 'web' }),
    expect.objectContaining({ placeholder: configuration['Image2ContainerName'], container: 'envoy' }),
  ]);

  // Without the list, nothing says which image fills <IMAGE2_NAME>.
  const without = await runTool(['validate', '--pipeline', join(root, 'examples/pipeline/pipeline-two-images.json')], {
    cwd: join(root, 'examples/two-images'),
  });
  expect(without.code).toBe(2);
  expect(without.stderr).toContain('placeholder/unmapped');
});

test('validate --pipeline catches the example broken the usual way (brackets in Image1ContainerName)', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'ebb-pipeline-'));
  try {
    const broken = join(tmp, 'pipeline.json');
    writeFileSync(
      broken,
      readFileSync(join(root, 'examples/pipeline/pipeline.json'), 'utf8').replace(
        '"Image1ContainerName": "IMAGE1_NAME"',
        '"Image1ContainerName": "<IMAGE1_NAME>"',
      ),
    );
    const run = await runTool(['validate', '--pipeline', broken], { cwd: sample });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ {2}error {2}\\S+ {2}.*IMAGE1_NAME`, 'm'),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('the first task definition (a literal image) passes, warning that no pipeline placeholder is in it', async () => {
  const run = await runTool(
    [
      'validate',
      '--taskdef',
      join(root, 'examples/pipeline/task-definition.json'),
      '--appspec',
      join(sample, 'appspec.yaml'),
      '--json',
    ],
    { cwd: sample },
  );
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as { ok: boolean; findings: { rule: string; severity: string }[] };
  expect(result.ok).toBe(true);
  expect(result.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning placeholder/missing']);
});
