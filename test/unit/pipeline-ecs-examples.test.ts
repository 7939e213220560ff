/**
 * examples/pipeline-ecs/: ECS-native blue/green with CodePipeline's ECS deploy action — the listener rules, the IAM
 * roles ECS assumes (infrastructure and hooks), the service (ECS controller, BLUE_GREEN, a test listener rule and a
 * hook), the build project and the pipeline. Each file is checked against the AWS SDK's model of its operation, and
 * against the files it refers to: ../pipeline/ (cluster, task definition, target groups, listeners) and the sample
 * service's task definition.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as codebuild from '@aws-sdk/client-codebuild';
import * as codepipeline from '@aws-sdk/client-codepipeline';
import * as ecs from '@aws-sdk/client-ecs';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import * as iam from '@aws-sdk/client-iam';
import { checkValue, exportedStructure } from '../../scripts/sdk-schema.mjs';
import { checkDeployFiles } from '../../src/deploy-files/check';

const root = new URL('../..', import.meta.url).pathname;
const dir = join(root, 'examples/pipeline-ecs');
type Json = Record<string, any>;
const readIn = (directory: string, name: string): Json =>
  JSON.parse(readFileSync(join(root, directory, name), 'utf8')) as Json;
const read = (name: string): Json => readIn('examples/pipeline-ecs', name);

/** Each file, its operation's input shape, the client that models it, the CLI command. */
const FILES: [string, string, Record<string, unknown>, string][] = [
  ['rule-production.json', 'CreateRuleInput', elbv2, 'aws elbv2 create-rule'],
  ['rule-test.json', 'CreateRuleInput', elbv2, 'aws elbv2 create-rule'],
  ['infrastructure-role.json', 'CreateRoleRequest', iam, 'aws iam create-role'],
  ['hook-role.json', 'CreateRoleRequest', iam, 'aws iam create-role'],
  ['hook-role-policy.json', 'PutRolePolicyRequest', iam, 'aws iam put-role-policy'],
  ['service.json', 'CreateServiceRequest', ecs, 'aws ecs create-service'],
  ['codebuild-project.json', 'CreateProjectInput', codebuild, 'aws codebuild create-project'],
  ['pipeline.json', 'CreatePipelineInput', codepipeline, 'aws codepipeline create-pipeline'],
];

test('every example file is checked, and the README runs each', () => {
  expect(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort(),
  ).toEqual(FILES.map(([name]) => name).sort());
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  for (const [name, , , command] of FILES) expect(readme).toContain(`${command} --cli-input-json file://${name}`);
});

test.each(FILES)('%s fits the model of %s', (name, shape, client) => {
  expect(checkValue(exportedStructure(client, shape), read(name))).toEqual([]);
});

test('the service: ECS controller, BLUE_GREEN, blue and green target groups, the rules on the two listeners', () => {
  const service = read('service.json');
  expect(service['deploymentController']).toEqual({ type: ecs.DeploymentControllerType.ECS });
  expect(service['deploymentConfiguration'].strategy).toBe(ecs.DeploymentStrategy.BLUE_GREEN);
  const [balancer] = service['loadBalancers'];
  const advanced = balancer.advancedConfiguration;
  expect(balancer.targetGroupArn).toContain(
    `:targetgroup/${readIn('examples/pipeline', 'target-group-blue.json')['Name']}/`,
  );
  expect(advanced.alternateTargetGroupArn).toContain(
    `:targetgroup/${readIn('examples/pipeline', 'target-group-green.json')['Name']}/`,
  );
  // Each rule forwards to both target groups, on the listener of ../pipeline/ it belongs to; ECS moves the weights.
  for (const [file, listener, ruleArn] of [
    ['rule-production.json', 'f2f7dc8efc522ab2', advanced.productionListenerRule],
    ['rule-test.json', '0467ef3c8400ae65', advanced.testListenerRule],
  ] as const) {
    const rule = read(file);
    expect(rule['ListenerArn']).toMatch(new RegExp(`:listener/app/sample-alb/50dc6c495c0c9188/${listener}$`));
    expect(ruleArn).toMatch(new RegExp(`:listener-rule/app/sample-alb/50dc6c495c0c9188/${listener}/[0-9a-f]{16}$`));
    expect(rule['Actions'][0].ForwardConfig.TargetGroups.map((group: Json) => group.TargetGroupArn)).toEqual([
      balancer.targetGroupArn,
      advanced.alternateTargetGroupArn,
    ]);
  }
  expect(advanced.roleArn).toBe(`arn:aws:iam::123456789012:role/${read('infrastructure-role.json')['RoleName']}`);
  expect(service['deploymentConfiguration'].lifecycleHooks[0].roleArn).toBe(
    `arn:aws:iam::123456789012:role/${read('hook-role.json')['RoleName']}`,
  );
  expect(service['taskDefinition']).toBe(readIn('examples/pipeline', 'task-definition.json')['family']);
});

test.each(['infrastructure-role.json', 'hook-role.json'])('%s is trusted by ecs.amazonaws.com', (name) => {
  const trust = JSON.parse(read(name)['AssumeRolePolicyDocument'] as string) as Json;
  expect(trust['Statement']).toEqual([
    expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' }),
  ]);
});

test('the pipeline: the ECS deploy action on the Build artifact, for the service; the build targets ecs', () => {
  const [, build, deploy] = (read('pipeline.json')['pipeline'].stages as Json[]).map(
    (stage) => stage['actions'][0],
  ) as [Json, Json, Json];
  const project = read('codebuild-project.json');
  expect(build['configuration'].ProjectName).toBe(project['name']);
  expect(project['environment'].environmentVariables).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'DEPLOY_TARGET', value: 'ecs' })]),
  );
  expect(deploy['actionTypeId']).toEqual({ category: 'Deploy', owner: 'AWS', provider: 'ECS', version: '1' });
  const service = read('service.json');
  expect(deploy['configuration']).toEqual({
    ClusterName: service['cluster'],
    ServiceName: service['serviceName'],
    FileName: 'imagedefinitions.json',
    DeploymentTimeout: '30',
  });
  expect(deploy['inputArtifacts']).toEqual(build['outputArtifacts']);
});

test('validate: the service definition and the pipeline fit the sample service, but for the warning the ECS action always earns', () => {
  const file = (path: string) => ({ path, text: readFileSync(join(root, path), 'utf8') });
  const result = checkDeployFiles({
    imagePlaceholder: 'IMAGE1_NAME',
    deployTarget: 'ecs',
    requirePlaceholder: true,
    taskdef: file('examples/sample-service/taskdef.json'),
    serviceDefinition: file('examples/pipeline-ecs/service.json'),
    pipeline: file('examples/pipeline-ecs/pipeline.json'),
  });
  expect(result.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
    ['pipeline/ignores-taskdef', 'warning'],
  ]);
});
