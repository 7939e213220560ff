/**
 * The live rules on recorded AWS answers: a correct CodeDeploy setup and a correct ECS-native one have no finding;
 * each row breaks one thing and expects exactly one finding — its rule, severity and the resource named in the message.
 * Rows marked (moto drops it) cover what moto 5.2.1 does not answer, so the e2e suite cannot.
 */
import { checkLive } from '../../../src/live/check';
import { deploymentReads, taskReads } from '../../../src/live/plan';
import { parameterNameOf, secretIdOf } from '../../../src/live/read';
import { taskPlatform } from '../../../src/live/task-rules';
import { trustsService } from '../../../src/live/trust';
import {
  API_PARAMETER,
  BLUE,
  DB_SECRET,
  EXECUTION_ROLE,
  GREEN,
  HOOK_FUNCTION,
  HOOK_ROLE,
  INFRA_ROLE,
  PROD_LISTENER,
  PROD_RULE,
  TASK_ROLE,
  TEST_LISTENER,
  TEST_RULE,
  role,
  snapshot,
  subject,
} from './answers';

// Rows reach deep into the copies to break one thing; `any` keeps that short.
type Mutable = Record<string, any>;
type Break = (s: Mutable, answers: Mutable) => void;

const missing = (reason: string) => ({ state: 'missing', reason });
const denied = (action: string) => ({ state: 'denied', action });
const service = (answers: Mutable) => answers['service'].value;
const group = (answers: Mutable) => answers['deploymentGroup'].value;
const container = (s: Mutable) => s['taskDefinition'].containerDefinitions[0];
const advanced = (answers: Mutable) => service(answers).loadBalancers[0].advancedConfiguration;

function run(target: 'codedeploy' | 'ecs', change: Break = () => undefined) {
  const s = structuredClone(subject(target)) as Mutable;
  const answers = structuredClone(snapshot(target)) as Mutable;
  change(s, answers);
  return checkLive(s as ReturnType<typeof subject>, answers as ReturnType<typeof snapshot>);
}

test.each(['codedeploy', 'ecs'] as const)('0. a correct %s setup has no finding', (target) => {
  expect(run(target)).toEqual([]);
});

test.each<[string, 'codedeploy' | 'ecs', Break, string, 'error' | 'warning', string]>([
  // the service, either target
  [
    '1. the service does not exist (DescribeServices failures: MISSING)',
    'codedeploy',
    (_s, a) => (a['service'] = missing('MISSING: arn:aws:ecs:us-east-1:111122223333:service/prod/web')),
    'live/service-missing',
    'error',
    'web',
  ],
  [
    '2. the service is DRAINING',
    'ecs',
    (_s, a) => (service(a).status = 'DRAINING'),
    'live/service-missing',
    'error',
    'web',
  ],
  [
    '3. codedeploy target, ECS controller',
    'codedeploy',
    (_s, a) => (service(a).deploymentController = { type: 'ECS' }),
    'live/deployment-controller',
    'error',
    'web',
  ],
  [
    '4. ecs target, CODE_DEPLOY controller',
    'ecs',
    (_s, a) => (service(a).deploymentController = { type: 'CODE_DEPLOY' }),
    'live/deployment-controller',
    'error',
    'web',
  ],
  [
    '5. launch type EXTERNAL, the task for FARGATE',
    'ecs',
    (_s, a) => (service(a).launchType = 'EXTERNAL'),
    'live/launch-type',
    'error',
    'web',
  ],
  [
    '6. capacity provider FARGATE_SPOT, the task for EC2 only (moto drops capacityProviderStrategy)',
    'codedeploy',
    (s, a) => {
      s['taskDefinition'].requiresCompatibilities = ['EC2'];
      s['taskDefinition'].runtimePlatform = undefined;
      delete service(a).launchType;
      service(a).capacityProviderStrategy = [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }];
    },
    'live/launch-type',
    'error',
    'web',
  ],
  [
    "7. the load balancer's container port is not mapped",
    'codedeploy',
    (s) => (container(s).portMappings = [{ containerPort: 80, protocol: 'tcp' }]),
    'live/load-balancer-container',
    'error',
    'web',
  ],
  [
    "8. the service's target group is gone",
    'ecs',
    (_s, a) => (a['targetGroups'][BLUE] = missing('TargetGroupNotFound: One or more target groups not found')),
    'live/target-group-missing',
    'error',
    BLUE,
  ],
  [
    '9. target type instance for an awsvpc task',
    'ecs',
    (_s, a) => (a['targetGroups'][BLUE].value.TargetType = 'instance'),
    'live/target-group-target-type',
    'error',
    'web-blue',
  ],
  [
    '10. a UDP container port behind an HTTP target group',
    'codedeploy',
    (s) => (container(s).portMappings = [{ containerPort: 8080, protocol: 'udp' }]),
    'live/target-group-protocol',
    'error',
    'web-blue',
  ],
  // codedeploy
  [
    '11. the application does not exist',
    'codedeploy',
    (_s, a) =>
      (a['application'] = missing('ApplicationDoesNotExistException: No application found for name: AppECS-prod-web')),
    'live/codedeploy-application',
    'error',
    'AppECS-prod-web',
  ],
  [
    '12. the application is for Lambda',
    'codedeploy',
    (_s, a) => (a['application'].value.computePlatform = 'Lambda'),
    'live/codedeploy-application',
    'error',
    'AppECS-prod-web',
  ],
  [
    '13. the deployment group does not exist',
    'codedeploy',
    (_s, a) => {
      a['deploymentGroup'] = missing('DeploymentGroupDoesNotExistException');
      delete a['deploymentConfig'];
    },
    'live/deployment-group-missing',
    'error',
    'DgpECS-prod-web',
  ],
  [
    '14. the deployment group deploys another service',
    'codedeploy',
    (_s, a) => (group(a).ecsServices = [{ serviceName: 'web', clusterName: 'staging' }]),
    'live/deployment-group-service',
    'error',
    'DgpECS-prod-web',
  ],
  [
    "15. the deployment group's target groups are not the service's",
    'codedeploy',
    (_s, a) => (service(a).loadBalancers[0].targetGroupArn = GREEN.replace('web-green', 'old')),
    'live/deployment-group-target-groups',
    'error',
    'DgpECS-prod-web',
  ],
  [
    '16. the production listener is gone',
    'codedeploy',
    (_s, a) => (a['listeners'][PROD_LISTENER] = missing('ListenerNotFound')),
    'live/listener-missing',
    'error',
    PROD_LISTENER,
  ],
  [
    '17. the production listener forwards to green while blue is primary ("Primary taskset target group must be behind listener")',
    'codedeploy',
    (_s, a) => (a['listeners'][PROD_LISTENER].value.DefaultActions = [{ Type: 'forward', TargetGroupArn: GREEN }]),
    'live/listener-forward',
    'error',
    PROD_LISTENER,
  ],
  [
    '18. the test listener forwards elsewhere',
    'codedeploy',
    (_s, a) =>
      (a['listeners'][TEST_LISTENER].value.DefaultActions = [
        { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } },
      ]),
    'live/listener-forward',
    'error',
    TEST_LISTENER,
  ],
  [
    '19. the deployment config was deleted',
    'codedeploy',
    (_s, a) => {
      group(a).deploymentConfigName = 'web-canary';
      a['deploymentConfig'] = missing('DeploymentConfigDoesNotExistException');
    },
    'live/deployment-config-missing',
    'error',
    'web-canary',
  ],
  [
    '20. automatic rollback is off',
    'codedeploy',
    (_s, a) => (group(a).autoRollbackConfiguration = { enabled: false }),
    'live/auto-rollback',
    'warning',
    'DgpECS-prod-web',
  ],
  // ecs native
  [
    '21. the alternate target group is gone',
    'ecs',
    (_s, a) => (a['targetGroups'][GREEN] = missing('TargetGroupNotFound')),
    'live/target-group-missing',
    'error',
    GREEN,
  ],
  [
    '22. the production rule is gone',
    'ecs',
    (_s, a) => (a['rules'][PROD_RULE] = missing('RuleNotFound')),
    'live/listener-rule-missing',
    'error',
    PROD_RULE,
  ],
  [
    '23. the test rule forwards to blue only (a plain forward)',
    'ecs',
    (_s, a) => (a['rules'][TEST_RULE].value.Actions = [{ Type: 'forward', TargetGroupArn: BLUE }]),
    'live/listener-rule-forward',
    'error',
    TEST_RULE,
  ],
  [
    '24. the production rule authenticates before it forwards',
    'ecs',
    (_s, a) =>
      a['rules'][PROD_RULE].value.Actions.unshift({
        Type: 'authenticate-cognito',
        Order: 0,
        AuthenticateCognitoConfig: {
          UserPoolArn: 'arn:aws:cognito-idp:us-east-1:111122223333:userpool/x',
          UserPoolClientId: 'c',
          UserPoolDomain: 'd',
        },
      }),
    'live/listener-rule-forward',
    'error',
    PROD_RULE,
  ],
  [
    '25. production and test are the same rule',
    'ecs',
    (_s, a) => (advanced(a).testListenerRule = PROD_RULE),
    'live/listener-rules-same',
    'error',
    PROD_RULE,
  ],
  [
    '26. the infrastructure role trusts ecs-tasks, not ecs',
    'ecs',
    (_s, a) => (a['roles'][INFRA_ROLE] = role('ecsInfrastructureRoleForLoadBalancers', 'ecs-tasks.amazonaws.com')),
    'live/infrastructure-role',
    'error',
    INFRA_ROLE,
  ],
  [
    '27. blue/green with a load balancer and no advancedConfiguration (moto drops strategy)',
    'ecs',
    (_s, a) => delete service(a).loadBalancers[0].advancedConfiguration,
    'live/advanced-configuration',
    'error',
    'web',
  ],
  [
    '28. the hook function does not exist (moto drops lifecycleHooks)',
    'ecs',
    (_s, a) => (a['functions'][HOOK_FUNCTION] = missing('ResourceNotFoundException: Function not found')),
    'live/hook-function-missing',
    'error',
    HOOK_FUNCTION,
  ],
  [
    '29. the hook role does not exist (moto drops lifecycleHooks)',
    'ecs',
    (_s, a) => (a['roles'][HOOK_ROLE] = missing('NoSuchEntity: The role with name ecsHookInvoke cannot be found.')),
    'live/hook-role',
    'error',
    HOOK_ROLE,
  ],
  // the task
  [
    '30. the execution role does not exist',
    'codedeploy',
    (_s, a) => (a['roles'][EXECUTION_ROLE] = missing('NoSuchEntity')),
    'live/execution-role',
    'error',
    EXECUTION_ROLE,
  ],
  [
    '31. the task role trusts only lambda',
    'ecs',
    (_s, a) => (a['roles'][TASK_ROLE] = role('web-task', 'lambda.amazonaws.com')),
    'live/task-role',
    'error',
    TASK_ROLE,
  ],
  [
    '32. the log group does not exist',
    'codedeploy',
    (_s, a) => (a['logGroups']['us-east-1 /ecs/web'] = missing('not found')),
    'live/log-group-missing',
    'error',
    '/ecs/web',
  ],
  [
    '33. a Secrets Manager secret does not exist',
    'ecs',
    (_s, a) =>
      (a['secrets'][DB_SECRET] = missing(
        "ResourceNotFoundException: Secrets Manager can't find the specified secret.",
      )),
    'live/secret-missing',
    'error',
    DB_SECRET,
  ],
  [
    '34. an SSM parameter does not exist',
    'codedeploy',
    (_s, a) => (a['secrets'][API_PARAMETER] = missing('ParameterNotFound')),
    'live/secret-missing',
    'error',
    API_PARAMETER,
  ],
  [
    '35. an arm64 image for an X86_64 task',
    'ecs',
    (s) => (s['images'] = [{ name: 'Image1 (team/web)', platforms: ['linux/arm64'] }]),
    'live/image-platform',
    'error',
    'Image1 (team/web)',
  ],
  // access denied: a warning naming the action, one per service read
  [
    '36. ECS denied',
    'ecs',
    (_s, a) => (a['service'] = denied('ecs:DescribeServices')),
    'live/access-denied',
    'warning',
    'web',
  ],
  [
    '37. CodeDeploy denied',
    'codedeploy',
    (_s, a) => (a['application'] = denied('codedeploy:GetApplication')),
    'live/access-denied',
    'warning',
    'AppECS-prod-web',
  ],
  [
    '38. ELB denied',
    'ecs',
    (_s, a) => (a['rules'][TEST_RULE] = denied('elasticloadbalancing:DescribeRules')),
    'live/access-denied',
    'warning',
    TEST_RULE,
  ],
  [
    '39. IAM denied',
    'ecs',
    (_s, a) => (a['roles'][TASK_ROLE] = denied('iam:GetRole')),
    'live/access-denied',
    'warning',
    TASK_ROLE,
  ],
  [
    '40. Lambda denied',
    'ecs',
    (_s, a) => (a['functions'][HOOK_FUNCTION] = denied('lambda:GetFunctionConfiguration')),
    'live/access-denied',
    'warning',
    HOOK_FUNCTION,
  ],
  [
    '41. CloudWatch Logs denied',
    'codedeploy',
    (_s, a) => (a['logGroups']['us-east-1 /ecs/web'] = denied('logs:DescribeLogGroups')),
    'live/access-denied',
    'warning',
    'us-east-1 /ecs/web',
  ],
  [
    '42. Secrets Manager denied',
    'codedeploy',
    (_s, a) => (a['secrets'][DB_SECRET] = denied('secretsmanager:DescribeSecret')),
    'live/access-denied',
    'warning',
    DB_SECRET,
  ],
  [
    '43. SSM denied',
    'ecs',
    (_s, a) => (a['secrets'][API_PARAMETER] = denied('ssm:GetParameters')),
    'live/access-denied',
    'warning',
    API_PARAMETER,
  ],
])('%s', (_name, target, change, rule, severity, resource) => {
  const findings = run(target, change);
  expect(findings.map(({ rule, severity, resource }) => ({ rule, severity, resource }))).toEqual([
    { rule, severity, resource },
  ]);
  expect(findings[0]?.message).toContain(resource.replace(/^us-east-1 /, ''));
  expect(findings[0]?.fix).not.toBe('');
});

test('an access-denied warning names the IAM action in its message and fix', () => {
  const [finding] = run('ecs', (_s, a) => (a['roles'][TASK_ROLE] = denied('iam:GetRole')));
  expect(finding?.message).toContain('access denied to iam:GetRole');
  expect(finding?.fix).toMatch(/^allow iam:GetRole /);
});

describe('what is read', () => {
  test.each<[string, 'codedeploy' | 'ecs', Record<string, string[] | string>]>([
    [
      '1. codedeploy: the service and deployment group name target groups, listeners and a deployment config',
      'codedeploy',
      {
        targetGroups: [BLUE, 'web-blue', 'web-green'],
        listeners: [PROD_LISTENER, TEST_LISTENER],
        rules: [],
        roles: [],
        functions: [],
        deploymentConfig: 'CodeDeployDefault.ECSAllAtOnce',
      },
    ],
    [
      '2. ecs: the advanced configuration and the hooks',
      'ecs',
      {
        targetGroups: [BLUE, GREEN],
        listeners: [],
        rules: [PROD_RULE, TEST_RULE],
        roles: [INFRA_ROLE, HOOK_ROLE],
        functions: [HOOK_FUNCTION],
      },
    ],
  ])('%s', (_name, target, expected) => {
    const answers = snapshot(target);
    const found = <T>(lookup: { state: string; value?: T } | undefined) => lookup?.value as T;
    expect(deploymentReads(subject(target), found(answers.service), found(answers.deploymentGroup))).toEqual(expected);
  });

  test('3. the task: its roles, the log groups it does not create, every valueFrom', () => {
    const s = structuredClone(subject('ecs')) as Mutable;
    s['taskDefinition'].containerDefinitions.push({
      name: 'sidecar',
      logConfiguration: {
        logDriver: 'awslogs',
        options: { 'awslogs-group': '/ecs/side', 'awslogs-create-group': 'true' },
      },
      repositoryCredentials: {
        credentialsParameter: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:hub-x1y2z3',
      },
    });
    expect(taskReads(s as ReturnType<typeof subject>)).toEqual({
      roles: [EXECUTION_ROLE, TASK_ROLE],
      logGroups: [{ region: 'us-east-1', name: '/ecs/web' }],
      secrets: [DB_SECRET, API_PARAMETER, 'arn:aws:secretsmanager:us-east-1:111122223333:secret:hub-x1y2z3'],
    });
  });

  test.each([
    ['1. a name', '/web/api-key', '111122223333', '/web/api-key'],
    ['2. an ARN of a path', 'arn:aws:ssm:us-east-1:111122223333:parameter/web/api-key', '111122223333', '/web/api-key'],
    ['3. an ARN of a plain name', 'arn:aws:ssm:us-east-1:111122223333:parameter/token', '111122223333', 'token'],
    [
      "4. another account's shared parameter keeps its ARN",
      'arn:aws:ssm:us-east-1:444455556666:parameter/shared/key',
      '111122223333',
      'arn:aws:ssm:us-east-1:444455556666:parameter/shared/key',
    ],
  ])('SSM name %s', (_name, valueFrom, account, name) => {
    expect(parameterNameOf(valueFrom, account)).toBe(name);
  });

  test('a Secrets Manager valueFrom with a JSON key names its secret', () => {
    expect(secretIdOf(DB_SECRET)).toBe('arn:aws:secretsmanager:us-east-1:111122223333:secret:web/db-AbCdEf');
  });
});

describe('trust policies and platforms', () => {
  test.each<[string, unknown, boolean]>([
    [
      '1. Principal.Service as a string',
      { Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' },
      true,
    ],
    [
      '2. Action as a list',
      { Effect: 'Allow', Principal: { Service: ['ecs.amazonaws.com'] }, Action: ['sts:AssumeRole', 'sts:TagSession'] },
      true,
    ],
    [
      '3. another service',
      { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
      false,
    ],
    [
      '4. a Deny for the service',
      { Effect: 'Deny', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' },
      false,
    ],
    [
      '5. only sts:TagSession',
      { Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:TagSession' },
      false,
    ],
  ])('%s', (_name, statement, trusted) => {
    const document = JSON.stringify({ Version: '2012-10-17', Statement: statement });
    for (const form of [document, encodeURIComponent(document)]) {
      expect(
        trustsService(
          {
            RoleName: 'r',
            Path: '/',
            RoleId: 'x',
            Arn: 'arn',
            CreateDate: new Date(0),
            AssumeRolePolicyDocument: form,
          },
          'ecs.amazonaws.com',
        ),
      ).toBe(trusted);
    }
  });

  test.each<[string, Mutable, string | undefined]>([
    ['1. Fargate without runtimePlatform runs linux/amd64', { requiresCompatibilities: ['FARGATE'] }, 'linux/amd64'],
    ['2. ARM64', { runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' } }, 'linux/arm64'],
    ['3. EC2 without runtimePlatform: the instance decides', { requiresCompatibilities: ['EC2'] }, undefined],
  ])('platform %s', (_name, taskDefinition, platform) => {
    expect(taskPlatform({ ...subject('ecs'), taskDefinition })).toBe(platform);
  });
});
