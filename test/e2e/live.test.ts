/**
 * `--live` against moto's server (through the project's front, test/stack/moto-front.mjs, which logs every call and
 * answers what moto 5.2.1 does not as AWS documents): a correct CodeDeploy account passes; each case breaks one thing
 * and `validate --live` exits 2 with the rule id and the resource named; access denied is a warning; `build --live`
 * stops before any push (a failing account check, an image built for another platform than the task's); and no call
 * of any run writes (every operation a Describe, Get or List).
 *
 * Not here, because moto 5.2.1 drops them from DescribeServices: the deployment strategy (live/advanced-configuration),
 * lifecycle hooks (their functions and roles: live/hook-function-missing, live/hook-role, Lambda's access denied) and
 * capacityProviderStrategy — the unit table test/unit/live/rules.test.ts checks those rules on recorded AWS answers.
 * Both kinds of blue/green run the bundle: the ECS-native cases with --deploy-target ecs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { join } from 'node:path';
import { DeleteLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DeleteListenerCommand,
  DeleteRuleCommand,
  ModifyListenerCommand,
  ModifyRuleCommand,
  CreateTargetGroupCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { DeleteRoleCommand, UpdateAssumeRolePolicyCommand } from '@aws-sdk/client-iam';
import { DeleteSecretCommand } from '@aws-sdk/client-secrets-manager';
import { DeleteParameterCommand } from '@aws-sdk/client-ssm';
import { startMoto, type Moto } from '../stack/moto.mjs';
import { startMotoFront } from '../stack/moto-front.mjs';
import { createRepository, registry, runTool, sampleWorkspace, unique, type Workspace } from './harness';
import {
  accountClients,
  codeDeploySetup,
  createDeploymentGroup,
  CLUSTER,
  LOG_GROUP,
  liveTaskDefinition,
  nativeSetup,
  PARAMETER,
  SERVICE,
  trust,
  type Account,
  type AccountClients,
  type SetupChanges,
} from './live-account';

jest.setTimeout(180_000);

let moto: Moto;
let front: Awaited<ReturnType<typeof startMotoFront>>;
let aws: AccountClients;
let workspace: Workspace;

beforeAll(async () => {
  moto = await startMoto({ name: 'moto-live' });
  front = await startMotoFront(moto.endpoint);
  aws = accountClients(moto);
  workspace = sampleWorkspace();
});
afterAll(async () => {
  await front?.stop();
  await moto?.stop();
});

/** Writes the sample task definition for `account` (liveTaskDefinition) into the workspace. */
function writeTaskdef(account?: Account): void {
  writeFileSync(join(workspace.dir, 'taskdef.json'), `${JSON.stringify(liveTaskDefinition(account), null, 2)}\n`);
}

type TaskDefinition = ReturnType<typeof liveTaskDefinition>;

/** Writes the account's task definition with `change` over it. */
async function rewriteTaskdef(account: Account, change: (taskdef: TaskDefinition) => object): Promise<void> {
  writeFileSync(
    join(workspace.dir, 'taskdef.json'),
    `${JSON.stringify(change(liveTaskDefinition(account)), null, 2)}\n`,
  );
}

/** The task definition with the web container's one port mapping replaced. */
function withPortMapping(
  taskdef: TaskDefinition,
  mapping: { containerPort: number; protocol: string },
): TaskDefinition {
  const [web] = taskdef.containerDefinitions;
  return { ...taskdef, containerDefinitions: [{ ...(web as NonNullable<typeof web>), portMappings: [mapping] }] };
}

async function freshCodeDeploy(changes: SetupChanges = {}): Promise<Account> {
  await moto.reset();
  const account = await codeDeploySetup(moto, aws, changes);
  writeTaskdef(account);
  return account;
}

function awsEnv(): Record<string, string> {
  return { ...moto.env, AWS_ENDPOINT_URL: front.endpoint };
}

function validateLive(args: readonly string[] = []) {
  const service = args.includes('--service') ? [] : ['--service', SERVICE];
  return runTool(['validate', '--live', '--cluster', CLUSTER, ...service, ...args], {
    cwd: workspace.dir,
    env: awsEnv(),
  });
}

/** Every call the front saw from the tool reads (the setup's writes go to moto directly). */
function expectNoWrites(): void {
  const writes = front.calls.filter((call) => !/^(Describe|Get|List)/.test(call.operation));
  expect(writes).toEqual([]);
}

afterEach(() => {
  expectNoWrites();
  front.calls.length = 0;
  front.denied.clear();
});

test('a correct CodeDeploy account passes: exit 0, the account named ok, only reads', async () => {
  await freshCodeDeploy();
  const run = await validateLive();
  expect(run.stderr).not.toMatch(/warning|error/);
  expect(run.code).toBe(0);
  expect(run.stdout + run.stderr).toContain('aws:us-east-1: ok');
  const operations = new Set(front.calls.map((call) => `${call.service}:${call.operation}`));
  expect([...operations].sort()).toEqual([
    'codedeploy:GetApplication',
    'codedeploy:GetDeploymentConfig',
    'codedeploy:GetDeploymentGroup',
    'ecs:DescribeServices',
    'elasticloadbalancing:DescribeListeners',
    'elasticloadbalancing:DescribeTargetGroups',
    'iam:GetRole',
    'logs:DescribeLogGroups',
    'secretsmanager:DescribeSecret',
    'ssm:GetParameters',
  ]);
});

type Break = (account: Account) => Promise<unknown>;

test.each<[string, SetupChanges, Break, readonly string[], string, (account: Account) => string]>([
  [
    '1. the service does not exist',
    {},
    async () => undefined,
    ['--service', 'other'],
    'live/service-missing',
    () => 'other',
  ],
  [
    '2. the target groups are of type instance for an awsvpc task',
    { targetType: 'instance' },
    async () => undefined,
    [],
    'live/target-group-target-type',
    () => 'sample-blue',
  ],
  [
    '3. the CodeDeploy application does not exist',
    {},
    async () => undefined,
    ['--codedeploy-application', 'AppECS-nope'],
    'live/codedeploy-application',
    () => 'AppECS-nope',
  ],
  [
    '4. the deployment group does not exist',
    {},
    async () => undefined,
    ['--codedeploy-deployment-group', 'DgpECS-nope'],
    'live/deployment-group-missing',
    () => 'DgpECS-nope',
  ],
  [
    '5. the deployment group deploys another service',
    {},
    (account) =>
      createDeploymentGroup(aws, account, {
        deploymentGroupName: 'other-service',
        ecsServices: [{ clusterName: CLUSTER, serviceName: 'other' }],
      }),
    ['--codedeploy-deployment-group', 'other-service'],
    'live/deployment-group-service',
    () => 'other-service',
  ],
  [
    "6. the deployment group's target groups are not the service's",
    {},
    async (account) => {
      await aws.elb.send(
        new CreateTargetGroupCommand({
          Name: 'sample-old',
          Protocol: 'HTTP',
          Port: 8080,
          VpcId: account.vpc,
          TargetType: 'ip',
        }),
      );
      await createDeploymentGroup(aws, account, {
        deploymentGroupName: 'old-pair',
        loadBalancerInfo: {
          targetGroupPairInfoList: [
            {
              targetGroups: [{ name: 'sample-old' }, { name: 'sample-green' }],
              prodTrafficRoute: { listenerArns: [account.production] },
            },
          ],
        },
      });
    },
    ['--codedeploy-deployment-group', 'old-pair'],
    'live/deployment-group-target-groups',
    () => 'old-pair',
  ],
  [
    '7. the test listener is gone',
    {},
    (account) => aws.elb.send(new DeleteListenerCommand({ ListenerArn: account.test })),
    [],
    'live/listener-missing',
    (account) => account.test,
  ],
  [
    '8. the production listener forwards to green while the service is on blue',
    {},
    (account) =>
      aws.elb.send(
        new ModifyListenerCommand({
          ListenerArn: account.production,
          DefaultActions: [{ Type: 'forward', TargetGroupArn: account.green }],
        }),
      ),
    [],
    'live/listener-forward',
    (account) => account.production,
  ],
  [
    '9. the deployment config does not exist',
    {},
    (account) =>
      createDeploymentGroup(aws, account, {
        deploymentGroupName: 'custom-config',
        deploymentConfigName: 'Team.Canary5Percent',
      }),
    ['--codedeploy-deployment-group', 'custom-config'],
    'live/deployment-config-missing',
    () => 'Team.Canary5Percent',
  ],
  [
    '10. the execution role does not exist',
    {},
    () => aws.iam.send(new DeleteRoleCommand({ RoleName: 'ecsTaskExecutionRole' })),
    [],
    'live/execution-role',
    () => 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
  ],
  [
    '11. the task role trusts Lambda, not ECS tasks',
    {},
    () =>
      aws.iam.send(
        new UpdateAssumeRolePolicyCommand({
          RoleName: 'sample-service-task',
          PolicyDocument: trust('lambda.amazonaws.com'),
        }),
      ),
    [],
    'live/task-role',
    () => 'arn:aws:iam::123456789012:role/sample-service-task',
  ],
  [
    '12. the log group does not exist',
    {},
    () => aws.logs.send(new DeleteLogGroupCommand({ logGroupName: LOG_GROUP })),
    [],
    'live/log-group-missing',
    () => LOG_GROUP,
  ],
  [
    '13. the Secrets Manager secret is gone',
    {},
    (account) =>
      aws.secrets.send(new DeleteSecretCommand({ SecretId: account.secretArn, ForceDeleteWithoutRecovery: true })),
    [],
    'live/secret-missing',
    (account) => account.secretArn,
  ],
  [
    '14. the SSM parameter is gone',
    {},
    () => aws.ssm.send(new DeleteParameterCommand({ Name: PARAMETER })),
    [],
    'live/secret-missing',
    () => PARAMETER,
  ],
  [
    '15. the CODE_DEPLOY service checked for ECS deployments',
    {},
    async () => undefined,
    ['--deploy-target', 'ecs'],
    'live/deployment-controller',
    () => SERVICE,
  ],
  [
    '16. the task definition is for EC2 only, the service runs on Fargate',
    {},
    (account) => rewriteTaskdef(account, (taskdef) => ({ ...taskdef, requiresCompatibilities: ['EC2'] })),
    [],
    'live/launch-type',
    () => SERVICE,
  ],
  [
    "17. the container no longer maps the port the service's load balancer sends to",
    {},
    async (account) => {
      await rewriteTaskdef(account, (taskdef) => withPortMapping(taskdef, { containerPort: 9090, protocol: 'tcp' }));
      // The appspec follows the task (the file check would stop the run first): the service does not.
      const appspec = readFileSync(join(workspace.dir, 'appspec.yaml'), 'utf8');
      writeFileSync(
        join(workspace.dir, 'appspec-9090.yaml'),
        appspec.replace('ContainerPort: 8080', 'ContainerPort: 9090'),
      );
    },
    ['--appspec', 'appspec-9090.yaml'],
    'live/load-balancer-container',
    () => 'web',
  ],
  [
    "18. the container's port is UDP behind HTTP target groups",
    {},
    (account) =>
      rewriteTaskdef(account, (taskdef) => withPortMapping(taskdef, { containerPort: 8080, protocol: 'udp' })),
    [],
    'live/target-group-protocol',
    () => 'sample-blue',
  ],
])(
  '%s: validate --live exits 2 naming the rule and the resource',
  async (_name, changes, breakIt, args, rule, resource) => {
    const account = await freshCodeDeploy(changes);
    await breakIt(account);
    const run = await validateLive(args);
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 2 });
    const escaped = resource(account).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    expect(run.stderr).toMatch(new RegExp(`^aws:us-east-1 {2}error {2}${rule} {2}.*${escaped}`, 'm'));
  },
);

test('automatic rollback off is a warning: exit 0, the deployment group named', async () => {
  const account = await freshCodeDeploy();
  await createDeploymentGroup(aws, account, {
    deploymentGroupName: 'no-rollback',
    autoRollbackConfiguration: { enabled: false },
  });
  const run = await validateLive(['--codedeploy-deployment-group', 'no-rollback']);
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(/^aws:us-east-1 {2}warning {2}live\/auto-rollback {2}.*no-rollback/m);
});

test.each([
  ['ECS', 'DescribeServices', 'ecs:DescribeServices'],
  ['IAM', 'GetRole', 'iam:GetRole'],
  ['ELB', 'DescribeTargetGroups', 'elasticloadbalancing:DescribeTargetGroups'],
  ['CodeDeploy', 'GetDeploymentGroup', 'codedeploy:GetDeploymentGroup'],
  ['CloudWatch Logs', 'DescribeLogGroups', 'logs:DescribeLogGroups'],
  ['Secrets Manager', 'DescribeSecret', 'secretsmanager:DescribeSecret'],
  ['SSM', 'GetParameters', 'ssm:GetParameters'],
])('access denied by %s is a warning naming the permission: exit 0', async (_service, operation, action) => {
  await freshCodeDeploy();
  front.denied.add(operation);
  const run = await validateLive();
  expect(run.code).toBe(0);
  expect(run.stderr).toMatch(
    new RegExp(`^aws:us-east-1 {2}warning {2}live/access-denied {2}.*access denied to ${action}`, 'm'),
  );
  expect(run.stderr).toContain(`fix: allow ${action} `);
});

test('validate --explain live/… prints the rule, its source, an account it refuses and the finding; a typo exits 2', async () => {
  const run = await runTool(['validate', '--explain', 'live/listener-forward'], { cwd: workspace.dir, env: awsEnv() });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(
    /^live\/listener-forward\n\n {2}elasticloadbalancing:DescribeListeners, Listener\.DefaultActions: the production listener forwards/,
  );
  expect(run.stdout).toContain('    source: CodeDeploy: "The ELB could not be updated');
  expect(run.stdout).toContain(
    'An account it refuses (deploy-target codedeploy, cluster prod, service web, in us-east-1):',
  );
  expect(run.stdout).toMatch(
    /\n {2}aws:us-east-1 {2}error {2}live\/listener-forward {2}the production listener "arn:aws:elasticloadbalancing:us-east-1:111122223333:listener\/app\/web\/[0-9a-f/]+" forwards to "arn:[^"]+web-green[^"]+", not to the primary task set's target group "arn:[^"]+web-blue/,
  );
  expect(front.calls).toEqual([]); // explained from the rule's own example: no account is read

  const unknown = await runTool(['validate', '--explain', 'live/listener-foward'], { cwd: workspace.dir });
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(
    /^error: --explain: no live rule is named "live\/listener-foward"\n {2}fix: did you mean live\/listener-forward\?$/m,
  );
});

test('a service name that forges a workflow command is refused by its input, quoted on one line: exit 2, nothing read', async () => {
  const run = await validateLive(['--service', 'web\n::error title=forged::x']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^error: --service: "web\\n::error title=forged::x" is not an ECS service name or ARN$/m);
  expect(run.stderr).not.toMatch(/^::error/m);
  expect(front.calls).toEqual([]);
});

test('build --live stops before any push when a check fails: exit 2, the image not in the registry', async () => {
  await freshCodeDeploy();
  await aws.logs.send(new DeleteLogGroupCommand({ logGroupName: LOG_GROUP }));
  const repository = unique('live/stop');
  await createRepository(repository);
  const run = await runTool(
    ['build', '--repository', repository, '--tags', 'v1', '--live', '--cluster', CLUSTER, '--service', SERVICE],
    { cwd: workspace.dir, tmp: workspace.tmp, env: awsEnv() },
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/error {2}live\/log-group-missing {2}.*\/ecs\/sample-service/);
  expect(await registry.tags(repository)).toEqual([]);
});

test('build --live --platform linux/arm64 for an X86_64 task: exit 2 on live/image-platform, nothing pushed', async () => {
  await freshCodeDeploy();
  const repository = unique('live/platform');
  await createRepository(repository);
  const run = await runTool(
    [
      'build',
      '--repository',
      repository,
      '--tags',
      'v1',
      '--platform',
      'linux/arm64',
      '--live',
      '--cluster',
      CLUSTER,
      '--service',
      SERVICE,
    ],
    { cwd: workspace.dir, tmp: workspace.tmp, env: awsEnv() },
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^aws:us-east-1 {2}error {2}live\/image-platform {2}.*"linux\/arm64".*linux\/amd64/m);
  expect(await registry.tags(repository)).toEqual([]);
});

describe('ECS native blue/green: validate --live --deploy-target ecs', () => {
  /** Sets up the native account with `changes`, breaks it, and runs `validate --live --deploy-target ecs`. */
  async function checkNative(changes: SetupChanges = {}, breakIt: Break = async () => undefined) {
    await moto.reset();
    const account = await nativeSetup(moto, aws, changes);
    await breakIt(account);
    writeTaskdef();
    const run = await validateLive(['--deploy-target', 'ecs']);
    // The account's finding lines: aws:<region>  <severity>  <rule>  <message>.
    const findings = [...run.stderr.matchAll(/^aws:us-east-1 {2}(error|warning) {2}(\S+) {2}(.*)$/gm)].map(
      ([, severity, rule, message]) => ({ severity, rule, message: message as string }),
    );
    return { account, run, findings };
  }

  test('a correct native account has no finding: exit 0, the account named ok, no CodeDeploy call', async () => {
    const { run, findings } = await checkNative();
    expect({ code: run.code, findings }).toEqual({ code: 0, findings: [] });
    expect(run.stdout + run.stderr).toContain('aws:us-east-1: ok');
    expect(front.calls.filter((call) => call.service === 'codedeploy')).toEqual([]);
  });

  test('the cluster and service from the service definition: no --cluster or --service, exit 0, the service read', async () => {
    await checkNative();
    front.calls.length = 0;
    const definition = {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: 'sample-service',
      desiredCount: 1,
      launchType: 'FARGATE',
      deploymentController: { type: 'ECS' },
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0123456789abcdef0'] } },
    };
    writeFileSync(join(workspace.dir, 'service.json'), `${JSON.stringify(definition, null, 2)}\n`);
    const run = await runTool(
      ['validate', '--live', '--deploy-target', 'ecs', '--service-definition', 'service.json'],
      { cwd: workspace.dir, env: awsEnv() },
    );
    expect({ code: run.code, errors: run.stderr.match(/^.* {2}error {2}.*$/gm) ?? [] }).toEqual({
      code: 0,
      errors: [],
    });
    expect(run.stdout + run.stderr).toContain('aws:us-east-1: ok');
    const described = front.calls.filter((call) => call.operation === 'DescribeServices');
    expect(described.map((call) => call.service)).toEqual(['ecs']);
  });

  test.each<[string, SetupChanges, Break, string, (account: Account) => string]>([
    [
      '1. the production listener rule is gone',
      {},
      (account) => aws.elb.send(new DeleteRuleCommand({ RuleArn: account.productionRule })),
      'live/listener-rule-missing',
      (account) => account.productionRule as string,
    ],
    [
      '2. the test rule forwards to blue only',
      {},
      (account) =>
        aws.elb.send(
          new ModifyRuleCommand({
            RuleArn: account.testRule,
            Actions: [{ Type: 'forward', TargetGroupArn: account.blue }],
          }),
        ),
      'live/listener-rule-forward',
      (account) => account.testRule as string,
    ],
    [
      '3. the test rule redirects besides forwarding',
      {},
      (account) =>
        aws.elb.send(
          new ModifyRuleCommand({
            RuleArn: account.testRule,
            Actions: [
              {
                Type: 'redirect',
                Order: 1,
                RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' },
              },
              {
                Type: 'forward',
                Order: 2,
                ForwardConfig: {
                  TargetGroups: [
                    { TargetGroupArn: account.blue, Weight: 100 },
                    { TargetGroupArn: account.green, Weight: 0 },
                  ],
                },
              },
            ],
          }),
        ),
      'live/listener-rule-forward',
      (account) => account.testRule as string,
    ],
    [
      '4. the alternate target group does not exist',
      {
        advanced: {
          alternateTargetGroupArn:
            'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gone/0123456789abcdef',
        },
      },
      async () => undefined,
      'live/target-group-missing',
      () => 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/gone/0123456789abcdef',
    ],
    [
      '5. the infrastructure role trusts ECS tasks, not ECS',
      {},
      () =>
        aws.iam.send(
          new UpdateAssumeRolePolicyCommand({
            RoleName: 'ecsInfrastructureRoleForLoadBalancers',
            PolicyDocument: trust('ecs-tasks.amazonaws.com'),
          }),
        ),
      'live/infrastructure-role',
      () => 'arn:aws:iam::123456789012:role/ecsInfrastructureRoleForLoadBalancers',
    ],
  ])('%s', async (_name, changes, breakIt, rule, resource) => {
    const { account, run, findings } = await checkNative(changes, breakIt);
    expect(run.code).toBe(2);
    const found = findings.filter((finding) => finding.rule === rule);
    expect(found.map((finding) => finding.severity)).toContain('error');
    expect(found.some((finding) => finding.message.includes(resource(account)))).toBe(true);
  });

  test('6. production and test the same rule', async () => {
    const { account, run, findings } = await checkNative({ testIsProduction: true });
    expect(run.code).toBe(2);
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['live/listener-rules-same', 'error'],
    ]);
    expect(findings[0]?.message).toContain(account.productionRule);
  });
});
