import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DESCRIBE_ONLY_FIELDS, ECS_MODEL_SOURCE } from '../../../src/deploy-files/ecs-model';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const modelFile = join(repositoryRoot, 'generated', 'ecs-model.json');

test('the model names the @aws-sdk/client-ecs version it was generated from', () => {
  const { version } = JSON.parse(
    readFileSync(join(repositoryRoot, 'node_modules', '@aws-sdk', 'client-ecs', 'package.json'), 'utf8'),
  ) as { version: string };
  expect(ECS_MODEL_SOURCE).toBe(`@aws-sdk/client-ecs@${version}`);
});

test("the Describe-only fields are the model's TaskDefinition members that RegisterTaskDefinition lacks", () => {
  expect([...DESCRIBE_ONLY_FIELDS].sort()).toEqual(
    [
      'taskDefinitionArn',
      'revision',
      'status',
      'requiresAttributes',
      'compatibilities',
      'registeredAt',
      'registeredBy',
      'deregisteredAt',
      'deleteRequestedAt',
    ].sort(),
  );
});

test('generating the model again gives the same bytes', () => {
  const before = readFileSync(modelFile);
  execFileSync(process.execPath, [join(repositoryRoot, 'scripts', 'ecs-model.mjs')]);
  expect(readFileSync(modelFile).equals(before)).toBe(true);
});
