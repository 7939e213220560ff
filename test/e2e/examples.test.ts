/**
 * The pipeline examples as a user checks them before running the AWS CLI: the files the pipeline's
 * CodeDeployToECS action reads from the build artifact, validated by the built tool with the
 * pipeline's own settings; and the first task definition the service starts from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTool } from './harness';

const root = new URL('../..', import.meta.url).pathname;
const sample = join(root, 'examples/sample-service');

type Action = { actionTypeId: { provider: string }; configuration: Record<string, string> };
function deployAction(file: string): Action {
  const pipeline = JSON.parse(readFileSync(join(root, 'examples/pipeline', file), 'utf8')) as { pipeline: { stages: { actions: Action[] }[] } };
  const action = pipeline.pipeline.stages.flatMap((stage) => stage.actions).find((a) => a.actionTypeId.provider === 'CodeDeployToECS');
  if (action === undefined) throw new Error(`${file} has no CodeDeployToECS action`);
  return action;
}

test.each(['pipeline.json', 'pipeline-codecommit.json'])('the files %s deploys pass validate with its CodeDeployToECS settings', async (file) => {
  const { configuration } = deployAction(file);
  const run = await runTool([
    'validate', '--taskdef', configuration['TaskDefinitionTemplatePath']!, '--appspec', configuration['AppSpecTemplatePath']!,
    '--image-placeholder', configuration['Image1ContainerName']!, '--json',
  ], { cwd: sample });
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as { ok: boolean; findings: unknown[]; placeholders: { placeholder: string; container: string }[] };
  expect(result).toMatchObject({ ok: true, findings: [] });
  expect(result.placeholders).toEqual([expect.objectContaining({ placeholder: configuration['Image1ContainerName'], container: 'web' })]);
});

test('the first task definition (a literal image) passes, warning that no pipeline placeholder is in it', async () => {
  const run = await runTool(['validate', '--taskdef', join(root, 'examples/pipeline/task-definition.json'), '--appspec', join(sample, 'appspec.yaml'), '--json'], { cwd: sample });
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as { ok: boolean; findings: { rule: string; severity: string }[] };
  expect(result.ok).toBe(true);
  expect(result.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning placeholder/missing']);
});
