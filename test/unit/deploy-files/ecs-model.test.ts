import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ecs from '@aws-sdk/client-ecs';
import {
  DESCRIBE_ONLY_FIELDS,
  ECS_MODEL_SOURCE,
  ecsEnumValues,
  SERVICE_DESCRIBE_ONLY_FIELDS,
} from '../../../src/deploy-files/ecs-model';
import { checkValue, describeSimpleType, exportedStructure, structureParts } from '../../../scripts/sdk-schema.mjs';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const modelFiles = ['ecs-model.json', 'ecs-service-model.json'].map((name) => join(repositoryRoot, 'generated', name));

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

test('generating the models again gives the same bytes', () => {
  const before = modelFiles.map((file) => readFileSync(file));
  execFileSync(process.execPath, [join(repositoryRoot, 'scripts', 'ecs-model.mjs')]);
  modelFiles.forEach((file, index) => expect(readFileSync(file).equals(before[index] as Buffer)).toBe(true));
});

test("the service model: DescribeServices' read-only fields are the Service members neither input takes", () => {
  expect(SERVICE_DESCRIBE_ONLY_FIELDS).toEqual(
    expect.arrayContaining(['serviceArn', 'clusterArn', 'status', 'deployments', 'events', 'runningCount', 'taskSets']),
  );
  for (const input of ['serviceName', 'cluster', 'deploymentConfiguration', 'loadBalancers', 'taskDefinition']) {
    expect(SERVICE_DESCRIBE_ONLY_FIELDS).not.toContain(input);
  }
});

test.each([
  ['DeploymentLifecycleHookStage', ecs.DeploymentLifecycleHookStage],
  ['DeploymentStrategy', ecs.DeploymentStrategy],
  ['DeploymentLifecycleHookTargetType', ecs.DeploymentLifecycleHookTargetType],
  ['DeploymentControllerType', ecs.DeploymentControllerType],
])('the enumeration %s is the client’s own', (name, values) => {
  expect([...ecsEnumValues(name)].sort()).toEqual(Object.values(values).sort());
});

describe('the schema reader fails loudly when the SDK’s format moves', () => {
  test.each([
    ['1. an unknown simple type code', () => describeSimpleType(3), 'unknown simple schema code 3'],
    [
      '2. a structure the client does not export',
      () => exportedStructure({}, 'CreateServiceRequest'),
      'no structure schema',
    ],
    [
      '3. a structure without a member list',
      () => structureParts([3, 'ns', 'Broken', 0, 'names']),
      'has no member list',
    ],
    ['4. an unknown schema kind', () => checkValue([9, 'ns', 'Odd', 0, 0], {}), 'unknown schema kind 9'],
  ])('%s', (_name, read, message) => {
    expect(read).toThrow(message);
  });
});
