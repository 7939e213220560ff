/**
 * examples/pipeline/: the AWS CLI inputs (`--cli-input-json file://…`) of the whole blue/green
 * pipeline, each checked against the AWS SDK's model of its operation (every key a member, every
 * required member there, each value of its type), and against each other: the names that tie the
 * service, the deployment group, the build project and the pipeline together.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as codebuild from '@aws-sdk/client-codebuild';
import * as codedeploy from '@aws-sdk/client-codedeploy';
import * as codepipeline from '@aws-sdk/client-codepipeline';
import * as ecs from '@aws-sdk/client-ecs';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import { parse } from 'yaml';
import { checkValue, exportedStructure } from '../../scripts/sdk-schema.mjs';
import { inputSpec } from '../../src/interface';

const root = new URL('../..', import.meta.url).pathname;
const dir = join(root, 'examples/pipeline');
type Json = Record<string, any>;
const read = (name: string): Json => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Json;

/** Each file, the client package that models its operation, the operation's input shape, the CLI command. */
const FILES: [string, string, string, Record<string, unknown>, string][] = [
  ['cluster.json', '@aws-sdk/client-ecs', 'CreateClusterRequest', ecs, 'aws ecs create-cluster'],
  [
    'task-definition.json',
    '@aws-sdk/client-ecs',
    'RegisterTaskDefinitionRequest',
    ecs,
    'aws ecs register-task-definition',
  ],
  [
    'target-group-blue.json',
    '@aws-sdk/client-elastic-load-balancing-v2',
    'CreateTargetGroupInput',
    elbv2,
    'aws elbv2 create-target-group',
  ],
  [
    'target-group-green.json',
    '@aws-sdk/client-elastic-load-balancing-v2',
    'CreateTargetGroupInput',
    elbv2,
    'aws elbv2 create-target-group',
  ],
  [
    'listener-production.json',
    '@aws-sdk/client-elastic-load-balancing-v2',
    'CreateListenerInput',
    elbv2,
    'aws elbv2 create-listener',
  ],
  [
    'listener-test.json',
    '@aws-sdk/client-elastic-load-balancing-v2',
    'CreateListenerInput',
    elbv2,
    'aws elbv2 create-listener',
  ],
  ['service.json', '@aws-sdk/client-ecs', 'CreateServiceRequest', ecs, 'aws ecs create-service'],
  [
    'codedeploy-application.json',
    '@aws-sdk/client-codedeploy',
    'CreateApplicationInput',
    codedeploy,
    'aws deploy create-application',
  ],
  [
    'deployment-group.json',
    '@aws-sdk/client-codedeploy',
    'CreateDeploymentGroupInput',
    codedeploy,
    'aws deploy create-deployment-group',
  ],
  [
    'codebuild-project.json',
    '@aws-sdk/client-codebuild',
    'CreateProjectInput',
    codebuild,
    'aws codebuild create-project',
  ],
  [
    'pipeline.json',
    '@aws-sdk/client-codepipeline',
    'CreatePipelineInput',
    codepipeline,
    'aws codepipeline create-pipeline',
  ],
  [
    'pipeline-codecommit.json',
    '@aws-sdk/client-codepipeline',
    'CreatePipelineInput',
    codepipeline,
    'aws codepipeline create-pipeline',
  ],
  [
    'pipeline-two-images.json',
    '@aws-sdk/client-codepipeline',
    'CreatePipelineInput',
    codepipeline,
    'aws codepipeline create-pipeline',
  ],
];

test('every example file is checked, and the README runs each', () => {
  expect(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort(),
  ).toEqual(FILES.map(([name]) => name).sort());
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  for (const [name, , , , command] of FILES) expect(readme).toContain(`${command} --cli-input-json file://${name}`);
});

test.each(FILES)('%s fits the model in %s of %s', (name, _package, shape, client) => {
  expect(checkValue(exportedStructure(client, shape), read(name))).toEqual([]);
});

test('the model check is live: wrong keys, types and missing members are reported', () => {
  const group: Json = { ...read('deployment-group.json'), deploymentGroupName: 7, autoRollback: true };
  delete group['serviceRoleArn'];
  expect(checkValue(exportedStructure(codedeploy, 'CreateDeploymentGroupInput'), group)).toEqual([
    expect.stringMatching(/^\$\.autoRollback: not a member of CreateDeploymentGroupInput/),
    '$: CreateDeploymentGroupInput requires serviceRoleArn',
    '$.deploymentGroupName: string expected, found number 7',
  ]);
});

test('the service is a CodeDeploy blue/green service behind the blue target group', () => {
  const service = read('service.json');
  const taskDefinition = read('task-definition.json');
  expect(service['deploymentController'].type).toBe(ecs.DeploymentControllerType.CODE_DEPLOY);
  expect(service['taskDefinition']).toBe(taskDefinition['family']);
  const [balancer] = service['loadBalancers'];
  const container = taskDefinition['containerDefinitions'].find((c: Json) => c.name === balancer.containerName);
  expect(container.portMappings.map((p: Json) => p.containerPort)).toContain(balancer.containerPort);
  expect(balancer.targetGroupArn).toContain(`:targetgroup/${read('target-group-blue.json')['Name']}/`);
  // The build's appspec names the same container and port.
  const appspec = parse(readFileSync(join(root, 'examples/sample-service/appspec.yaml'), 'utf8')) as Json;
  expect(appspec['Resources'][0].TargetService.Properties.LoadBalancerInfo).toEqual({
    ContainerName: balancer.containerName,
    ContainerPort: balancer.containerPort,
  });
});

test('the deployment group: the service, both target groups, both listeners, automatic rollback', () => {
  const group = read('deployment-group.json');
  const service = read('service.json');
  expect(group['applicationName']).toBe(read('codedeploy-application.json')['applicationName']);
  expect(read('codedeploy-application.json')['computePlatform']).toBe(codedeploy.ComputePlatform.ECS);
  expect(group['ecsServices']).toEqual([{ clusterName: service['cluster'], serviceName: service['serviceName'] }]);
  expect(group['deploymentStyle']).toEqual({
    deploymentType: codedeploy.DeploymentType.BLUE_GREEN,
    deploymentOption: codedeploy.DeploymentOption.WITH_TRAFFIC_CONTROL,
  });
  const [pair] = group['loadBalancerInfo'].targetGroupPairInfoList;
  expect(pair.targetGroups.map((t: Json) => t.name)).toEqual([
    read('target-group-blue.json')['Name'],
    read('target-group-green.json')['Name'],
  ]);
  expect(pair.prodTrafficRoute.listenerArns).toHaveLength(1);
  expect(pair.testTrafficRoute.listenerArns).toHaveLength(1);
  expect(pair.prodTrafficRoute.listenerArns[0]).not.toBe(pair.testTrafficRoute.listenerArns[0]);
  expect(group['autoRollbackConfiguration'].enabled).toBe(true);
  expect(group['autoRollbackConfiguration'].events).toContain(codedeploy.AutoRollbackEvent.DEPLOYMENT_FAILURE);
  expect(read('listener-production.json')['Port']).not.toBe(read('listener-test.json')['Port']);
});

/** The CodeDeployToECS configuration of the examples: the deployment group, and the templates and Image1 from `artifact`. */
function deployConfiguration(artifact: string): Json {
  const group = read('deployment-group.json');
  return {
    ApplicationName: group['applicationName'],
    DeploymentGroupName: group['deploymentGroupName'],
    TaskDefinitionTemplateArtifact: artifact,
    TaskDefinitionTemplatePath: inputSpec('taskdef').default,
    AppSpecTemplateArtifact: artifact,
    AppSpecTemplatePath: 'appspec.yaml',
    Image1ArtifactName: artifact,
    Image1ContainerName: inputSpec('image-placeholder').default,
  };
}

test.each(['pipeline.json', 'pipeline-codecommit.json'])(
  "%s: source, this tool's CodeBuild project, CodeDeployToECS reading its artifact",
  (name) => {
    const stages = read(name)['pipeline'].stages as Json[];
    expect(stages.map((stage) => stage['name'])).toEqual(['Source', 'Build', 'Deploy']);
    const [source, build, deploy] = stages.map((stage) => stage['actions'][0]) as [Json, Json, Json];
    expect(['CodeStarSourceConnection', 'CodeCommit']).toContain(source['actionTypeId'].provider);
    const project = read('codebuild-project.json');
    expect(build['actionTypeId'].provider).toBe('CodeBuild');
    expect(build['configuration'].ProjectName).toBe(project['name']);
    expect(build['inputArtifacts']).toEqual(source['outputArtifacts']);
    // The project builds privileged (Docker) with this repository's buildspec.
    expect(project['environment'].privilegedMode).toBe(true);
    expect(project['source'].buildspec).toBe('buildspec.yml');
    const artifact = build['outputArtifacts'][0].name;
    expect(deploy['actionTypeId'].provider).toBe('CodeDeployToECS');
    expect(deploy['configuration']).toEqual(deployConfiguration(artifact));
    expect(deploy['inputArtifacts']).toEqual([{ name: artifact }]);
  },
);

test("pipeline-two-images.json: the Build action's two artifacts are the two-image buildspec's secondary artifacts, each image mapped", () => {
  const [source, build, deploy] = (read('pipeline-two-images.json')['pipeline'].stages as Json[]).map(
    (stage) => stage['actions'][0],
  ) as [Json, Json, Json];
  const buildspec = parse(readFileSync(join(root, 'examples/two-images/buildspec.yml'), 'utf8')) as Json;
  const extraImages = parse(readFileSync(join(root, 'examples/two-images/extra-images.yml'), 'utf8')) as Json[];
  expect(build['configuration'].ProjectName).toBe(read('codebuild-project.json')['name']);
  expect(build['inputArtifacts']).toEqual(source['outputArtifacts']);
  // With more than one output artifact CodePipeline takes each from the secondary artifact of its name.
  const [main, envoy] = build['outputArtifacts'].map((artifact: Json) => artifact.name) as [string, string];
  expect(buildspec['artifacts']).toEqual({
    'secondary-artifacts': {
      [main]: { 'base-directory': inputSpec('output-dir').default, files: ['**/*'] },
      // <output-dir>-<slug>: IMAGE2_NAME's slug is image2.
      [envoy]: { 'base-directory': `${inputSpec('output-dir').default}-image2`, files: ['**/*'] },
    },
  });
  expect(extraImages.map((entry) => entry['placeholder'])).toEqual(['IMAGE2_NAME']);
  expect(buildspec['phases'].build.commands[0]).toContain('--extra-images @extra-images.yml');
  expect(deploy['configuration']).toEqual({
    ...deployConfiguration(main),
    Image2ArtifactName: envoy,
    Image2ContainerName: 'IMAGE2_NAME',
  });
  // CodeDeployToECS takes 1 to 5 input artifacts: the templates' and up to four images'.
  expect(deploy['inputArtifacts']).toEqual([{ name: main }, { name: envoy }]);
  // The two-image task definition holds both placeholders, the app behind the load balancer as in service.json.
  const taskdef = JSON.parse(readFileSync(join(root, 'examples/two-images/taskdef.json'), 'utf8')) as Json;
  expect(taskdef['containerDefinitions'].map((c: Json) => [c.name, c.image])).toEqual([
    ['web', '<IMAGE1_NAME>'],
    ['envoy', '<IMAGE2_NAME>'],
  ]);
  expect(readFileSync(join(root, 'examples/two-images/appspec.yaml'), 'utf8')).toBe(
    readFileSync(join(root, 'examples/sample-service/appspec.yaml'), 'utf8'),
  );
});

describe('the README leaves nothing to guess', () => {
  const readme = readFileSync(join(dir, 'README.md'), 'utf8');
  /** The rows of the "values to replace" table: the values in backticks of the first cell, the third cell. */
  const rows = (() => {
    const section = readme.slice(readme.indexOf('\n## The values to replace\n'));
    const table = section.slice(section.indexOf('\n|'), section.indexOf('\n\n', section.indexOf('\n|')));
    return table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => {
        const [, values = '', , source = ''] = line.split('|').map((cell) => cell.trim());
        return { values: [...values.matchAll(/`([^`]+)`/g)].map((match) => match[1]!), source };
      });
  })();
  const arnsOf = (name: string): string[] => [...new Set(readFileSync(join(dir, name), 'utf8').match(/arn:aws[^"]*/g))];
  /** Where the README runs a file's command: the order of the steps. */
  const step = (name: string) => readme.indexOf(`--cli-input-json file://${name}`);

  test('the replace list is there and names every value it lists once', () => {
    const values = rows.flatMap((row) => row.values);
    expect(values.length).toBeGreaterThan(10);
    expect(new Set(values).size).toBe(values.length);
  });

  test.each(FILES.map(([name]) => name))(
    '%s: every ARN it uses is in the replace list; one made by another step is made before it',
    (name) => {
      for (const arn of arnsOf(name)) {
        const row = rows.find((candidate) => candidate.values.includes(arn));
        expect({ arn, listed: row !== undefined }).toEqual({ arn, listed: true });
        const producer = /file:\/\/([\w.-]+)/.exec(row!.source)?.[1];
        if (producer === undefined) continue;
        expect(step(producer)).toBeGreaterThanOrEqual(0);
        expect({ arn, producer, before: step(producer) < step(name) }).toEqual({ arn, producer, before: true });
        // The step named makes this very resource: a target group ARN carries the file's Name.
        const targetGroup = /:targetgroup\/([^/]+)\//.exec(arn)?.[1];
        if (targetGroup !== undefined) expect(read(producer)['Name']).toBe(targetGroup);
      }
    },
  );

  test('each listed ARN is one a file uses (no stale entry), and the values are the files own', () => {
    const used = new Set(FILES.flatMap(([name]) => arnsOf(name)));
    const listed = rows.flatMap((row) => row.values).filter((value) => value.startsWith('arn:'));
    expect(listed.filter((arn) => !used.has(arn))).toEqual([]);
    const files = FILES.map(([name]) => readFileSync(join(dir, name), 'utf8')).join('\n');
    for (const value of rows.flatMap((row) => row.values).filter((value) => !value.startsWith('arn:')))
      expect({ value, inAFile: files.includes(value) }).toEqual({ value, inAFile: true });
  });

  test('what the files name and AWS does not create is created before its first use: bucket, alarm, log group', () => {
    const firstStep = step('cluster.json');
    const created = (command: string) => {
      const at = readme.indexOf(command);
      return at >= 0 && at < firstStep;
    };
    for (const name of ['pipeline.json', 'pipeline-codecommit.json', 'pipeline-two-images.json'])
      expect(created(`aws s3api create-bucket --bucket ${read(name)['pipeline'].artifactStore.location}`)).toBe(true);
    for (const alarm of read('deployment-group.json')['alarmConfiguration'].alarms)
      expect(created(`aws cloudwatch put-metric-alarm --alarm-name ${alarm.name} `)).toBe(true);
    for (const container of read('task-definition.json')['containerDefinitions']) {
      const options = container.logConfiguration?.options ?? {};
      if (options['awslogs-create-group'] === 'true') continue;
      expect(created(`aws logs create-log-group --log-group-name ${options['awslogs-group']}`)).toBe(true);
    }
    expect(created('aws codeconnections create-connection --provider-type GitHub')).toBe(true);
  });

  test('the minimum AWS CLI is stated where a pipeline uses what older ones reject', () => {
    const modern = FILES.filter(([name]) => name.startsWith('pipeline')).some(
      ([name]) => 'executionMode' in read(name)['pipeline'],
    );
    expect(modern).toBe(true);
    expect(readme).toContain('aws codepipeline create-pipeline help | grep -c executionMode');
  });
});
