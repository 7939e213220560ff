/**
 * `validate --pipeline` with the standard ECS deploy action: its configuration and input artifact, FileName, the
 * service it names, DeploymentTimeout against the bake time and hook timeouts, and whether a deploy action fits the
 * service's deployment controller. One pipeline and service that pass, then a table: each mistake (rule, where, a
 * message naming the field) and the nearest valid variant, which must have no finding but the one that always holds
 * (`pipeline/ignores-taskdef`, a warning whenever a task definition is checked with the ECS action).
 */
import { checkDeployFiles, type CheckInput, type CheckResult } from '../../../src/deploy-files/check';
import type { Finding } from '../../../src/deploy-files/findings';
import { positionAfter, positionOf, taskdefText, VALID_APPSPEC } from './fixtures';

type Mutable = Record<string, any>;

function pipeline(): Mutable {
  return {
    pipeline: {
      name: 'web',
      roleArn: 'arn:aws:iam::123456789012:role/codepipeline',
      artifactStore: { type: 'S3', location: 'codepipeline-eu-west-1-123456789012' },
      stages: [
        {
          name: 'Source',
          actions: [
            {
              name: 'Source',
              actionTypeId: { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' },
              configuration: { FullRepositoryId: 'team/web', BranchName: 'main' },
              outputArtifacts: [{ name: 'SourceArtifact' }],
            },
          ],
        },
        {
          name: 'Build',
          actions: [
            {
              name: 'Build',
              actionTypeId: { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' },
              configuration: { ProjectName: 'web' },
              inputArtifacts: [{ name: 'SourceArtifact' }],
              outputArtifacts: [{ name: 'BuildArtifact' }],
            },
          ],
        },
        {
          name: 'Deploy',
          actions: [
            {
              name: 'Deploy',
              actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'ECS', version: '1' },
              configuration: {
                ClusterName: 'prod',
                ServiceName: 'web',
                FileName: 'imagedefinitions.json',
                DeploymentTimeout: '30',
              },
              inputArtifacts: [{ name: 'BuildArtifact' }],
            },
          ],
        },
      ],
    },
  };
}

/** A native blue/green service with a short bake time, and a PAUSE hook of 10 minutes. */
function service(): Mutable {
  return {
    cluster: 'prod',
    serviceName: 'web',
    launchType: 'FARGATE',
    deploymentController: { type: 'ECS' },
    deploymentConfiguration: {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      lifecycleHooks: [
        {
          targetType: 'PAUSE',
          lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
          timeoutConfiguration: { timeoutInMinutes: 10, action: 'ROLLBACK' },
        },
      ],
    },
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'] } },
  };
}

const deploy = (p: Mutable): Mutable => p['pipeline'].stages[2].actions[0];

function check(pipelineValue: Mutable, serviceValue: Mutable, input: Partial<CheckInput> = {}): CheckResult {
  return checkDeployFiles({
    imagePlaceholder: 'IMAGE1_NAME',
    taskdef: { path: 'taskdef.json', text: taskdefText() },
    pipeline: { path: 'pipeline.json', text: JSON.stringify(pipelineValue, null, 2) },
    serviceDefinition: { path: 'service.json', text: JSON.stringify(serviceValue, null, 2) },
    deployTarget: 'ecs',
    ...input,
  });
}

const notAlways = (findings: readonly Finding[]) =>
  findings.filter((finding) => finding.rule !== 'pipeline/ignores-taskdef');

test('the ECS action with its service: only the warning that it takes the task definition the service runs', () => {
  const result = check(pipeline(), service());
  expect(result.findings).toEqual([
    expect.objectContaining({
      file: 'pipeline.json',
      rule: 'pipeline/ignores-taskdef',
      severity: 'warning',
      message: expect.stringContaining(
        'changes to taskdef.json (environment, cpu, a new container) do not deploy through it',
      ),
    }),
  ]);
});

interface PipelineCase {
  readonly name: string;
  readonly rule: string;
  readonly severity?: 'error' | 'warning';
  readonly broken: (pipeline: Mutable, service: Mutable) => void;
  readonly valid: (pipeline: Mutable, service: Mutable) => void;
  /** In pipeline.json: after `"key": `, or at a needle. */
  readonly at: { after: string; occurrence?: number } | { at: string; occurrence?: number };
  readonly message: string;
  readonly input?: Partial<CheckInput>;
  /** Beside `input`, for the broken variant only. */
  readonly brokenInput?: Partial<CheckInput>;
}

const CASES: PipelineCase[] = [
  {
    name: 'the ECS action for a CODE_DEPLOY service',
    rule: 'pipeline/deploy-action-controller',
    at: { after: '"provider": ', occurrence: 3 },
    message:
      'action "Deploy" is the ECS deploy action, but the service "web" uses the CODE_DEPLOY deployment controller',
    broken: (_p, s) => {
      s['deploymentController'].type = 'CODE_DEPLOY';
      delete s['deploymentConfiguration'];
    },
    valid: () => undefined,
  },
  {
    name: 'CodeDeployToECS for an ECS-controller service',
    rule: 'pipeline/deploy-action-controller',
    at: { after: '"provider": ', occurrence: 3 },
    message: 'action "Deploy" is CodeDeployToECS, but the service "web" uses the ECS deployment controller',
    input: { deployTarget: 'codedeploy', appspec: { path: 'appspec.yaml', text: VALID_APPSPEC } },
    broken: (p, s) => {
      codeDeployAction(p);
      s['deploymentController'].type = 'ECS';
    },
    valid: (p, s) => {
      codeDeployAction(p);
      s['deploymentController'].type = 'CODE_DEPLOY';
      delete s['deploymentConfiguration'];
    },
  },
  {
    name: 'CodeDeployToECS with deploy-target ecs',
    rule: 'pipeline/deploy-target',
    at: { after: '"provider": ', occurrence: 3 },
    message:
      'action "Deploy" is CodeDeployToECS, which reads an appspec from the artifact, but the deploy target is ecs',
    broken: (p, s) => {
      codeDeployAction(p);
      s['deploymentController'].type = 'CODE_DEPLOY';
      delete s['deploymentConfiguration'];
    },
    valid: () => undefined,
  },
  {
    name: 'no ServiceName',
    rule: 'pipeline/configuration',
    at: { after: '"configuration": ', occurrence: 3 },
    message: 'action "Deploy" has no ServiceName in its configuration',
    broken: (p) => {
      delete deploy(p).configuration.ServiceName;
    },
    valid: () => undefined,
  },
  {
    name: 'two input artifacts',
    rule: 'pipeline/artifact-reference',
    at: { after: '"inputArtifacts": ', occurrence: 2 },
    message: 'action "Deploy" has 2 input artifacts; the ECS deploy action takes exactly one',
    broken: (p) => {
      deploy(p).inputArtifacts.push({ name: 'SourceArtifact' });
    },
    valid: () => undefined,
  },
  {
    name: 'an input artifact no earlier action makes',
    rule: 'pipeline/artifact-reference',
    at: { at: '"BuildOutput"' },
    message: 'inputArtifacts "BuildOutput" is the output artifact of no action in the pipeline',
    broken: (p) => {
      deploy(p).inputArtifacts = [{ name: 'BuildOutput' }];
    },
    valid: () => undefined,
  },
  {
    name: 'a FileName the artifact does not hold',
    rule: 'pipeline/image-definitions',
    at: { after: '"FileName": ' },
    message: 'FileName of action "Deploy" is "imagedefinition.json", but the artifact holds "imagedefinitions.json"',
    broken: (p) => {
      deploy(p).configuration.FileName = 'imagedefinition.json';
    },
    valid: (p) => {
      delete deploy(p).configuration.FileName;
    },
  },
  {
    name: 'no container gets the image',
    rule: 'pipeline/image-definitions',
    at: { after: '"FileName": ' },
    message:
      'no container of the task definition gets the built image, so imagedefinitions.json would be an empty list',
    brokenInput: {
      taskdef: { path: 'taskdef.json', text: taskdefText((t) => (t['containerDefinitions'][0].image = 'busybox')) },
    },
    broken: () => undefined,
    valid: () => undefined,
  },
  {
    name: 'another cluster than the service definition',
    rule: 'pipeline/service-mismatch',
    at: { after: '"ClusterName": ' },
    message: 'ClusterName of action "Deploy" is "staging", but the service definition\'s cluster is "prod"',
    broken: (p) => {
      deploy(p).configuration.ClusterName = 'staging';
    },
    valid: (_p, s) => {
      s['cluster'] = 'arn:aws:ecs:eu-west-1:123456789012:cluster/prod';
    },
  },
  {
    name: 'another service than the service definition',
    rule: 'pipeline/service-mismatch',
    at: { after: '"ServiceName": ' },
    message: 'ServiceName of action "Deploy" is "web-blue", but the service definition\'s serviceName is "web"',
    broken: (p) => {
      deploy(p).configuration.ServiceName = 'web-blue';
    },
    valid: () => undefined,
  },
  {
    name: 'DeploymentTimeout over 60',
    rule: 'pipeline/deployment-timeout',
    at: { after: '"DeploymentTimeout": ' },
    message: 'DeploymentTimeout of action "Deploy" is the string "90"; it is a whole number of minutes from 1 to 60',
    broken: (p) => {
      deploy(p).configuration.DeploymentTimeout = '90';
    },
    valid: (p) => {
      deploy(p).configuration.DeploymentTimeout = '60';
    },
  },
  {
    name: 'DeploymentTimeout as a number',
    rule: 'pipeline/deployment-timeout',
    at: { after: '"DeploymentTimeout": ' },
    message: 'DeploymentTimeout of action "Deploy" is the number 30',
    broken: (p) => {
      deploy(p).configuration.DeploymentTimeout = 30;
    },
    valid: () => undefined,
  },
  {
    name: 'a bake time the timeout cannot wait for',
    rule: 'pipeline/deployment-timeout',
    at: { after: '"DeploymentTimeout": ' },
    message: 'action "Deploy" has DeploymentTimeout 30, but the service\'s BLUE_GREEN deployment bakes for 30 minutes',
    broken: (_p, s) => {
      s['deploymentConfiguration'].bakeTimeInMinutes = 30;
    },
    valid: (_p, s) => {
      s['deploymentConfiguration'].bakeTimeInMinutes = 15;
    },
  },
  {
    name: 'linear steps that outlast the default timeout',
    rule: 'pipeline/deployment-timeout',
    at: { after: '"configuration": ', occurrence: 3 },
    message:
      "has no DeploymentTimeout (the default, 60 minutes), but the service's LINEAR deployment bakes for 60 minutes",
    broken: (p, s) => {
      delete deploy(p).configuration.DeploymentTimeout;
      s['deploymentConfiguration'] = {
        strategy: 'LINEAR',
        bakeTimeInMinutes: 6,
        linearConfiguration: { stepPercent: 10 },
      };
    },
    valid: (p, s) => {
      delete deploy(p).configuration.DeploymentTimeout;
      s['deploymentConfiguration'] = {
        strategy: 'LINEAR',
        bakeTimeInMinutes: 6,
        linearConfiguration: { stepPercent: 25 },
      };
    },
  },
  {
    name: 'hook timeouts that may outlast the timeout',
    rule: 'pipeline/deployment-timeout',
    severity: 'warning',
    at: { after: '"DeploymentTimeout": ' },
    message: "the service's bake time (5 minutes) plus its lifecycle hooks' timeouts (1440 minutes",
    broken: (_p, s) => {
      delete s['deploymentConfiguration'].lifecycleHooks[0].timeoutConfiguration;
    },
    valid: () => undefined,
  },
];

function codeDeployAction(p: Mutable): void {
  const action = deploy(p);
  action.actionTypeId.provider = 'CodeDeployToECS';
  action.configuration = {
    ApplicationName: 'web',
    DeploymentGroupName: 'web-dg',
    TaskDefinitionTemplateArtifact: 'BuildArtifact',
    AppSpecTemplateArtifact: 'BuildArtifact',
    Image1ArtifactName: 'BuildArtifact',
    Image1ContainerName: 'IMAGE1_NAME',
  };
}

test.each(CASES.map((pipelineCase, index) => ({ ...pipelineCase, number: index + 1 })))('$number. $name', (c) => {
  const broken = { pipeline: pipeline(), service: service() };
  c.broken(broken.pipeline, broken.service);
  const text = JSON.stringify(broken.pipeline, null, 2);
  const at =
    'after' in c.at ? positionAfter(text, c.at.after, c.at.occurrence) : positionOf(text, c.at.at, c.at.occurrence);
  const found = check(broken.pipeline, broken.service, { ...c.input, ...c.brokenInput }).findings.filter(
    (finding) => finding.rule === c.rule,
  );
  expect(found).toEqual([
    expect.objectContaining({
      file: 'pipeline.json',
      severity: c.severity ?? 'error',
      line: at.line,
      column: at.column,
      message: expect.stringContaining(c.message),
    }),
  ]);
  const valid = { pipeline: pipeline(), service: service() };
  c.valid(valid.pipeline, valid.service);
  expect(notAlways(check(valid.pipeline, valid.service, c.input).findings)).toEqual([]);
});
