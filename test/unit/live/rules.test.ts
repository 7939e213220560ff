/**
 * The live rules on recorded AWS answers (the example account, src/live/example-account.ts): a correct CodeDeploy
 * setup and a correct ECS-native one have no finding; each rule's own examples (src/live/rule-docs.ts) and each row
 * below break one thing and expect exactly one finding — its rule, severity and the resource quoted in the message
 * (whole: the longest ARN here is 130 characters).
 * Rows marked (moto drops it) cover what moto 5.2.1 does not answer, so the e2e suite cannot.
 */
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
  denied,
  missing,
  snapshot,
  subject,
} from '../../../src/live/example-account';
import { accountFindings, quoteResource, type LiveFinding } from '../../../src/live/findings';
import { deploymentReads, taskReads } from '../../../src/live/plan';
import { parameterNameOf, secretIdOf } from '../../../src/live/read';
import { checkExample, LIVE_RULES, type LiveRuleDoc } from '../../../src/live/rule-docs';
import { taskPlatform } from '../../../src/live/task-rules';
import { trustsService } from '../../../src/live/trust';

// Rows reach deep into the copies to break one thing; `any` keeps that short.
type Mutable = Record<string, any>;
type Break = (s: Mutable, answers: Mutable) => void;

const service = (answers: Mutable) => answers['service'].value;

function run(target: 'codedeploy' | 'ecs', change: Break = () => undefined) {
  return checkExample({ target, says: '', change: (account) => change(account.subject, account.answers) });
}

/** The one finding expected, as a row names it; the resource is quoted in the message (a clipped, escaped value). */
function expectOne(findings: readonly LiveFinding[], rule: string, severity: string, resource: string): void {
  expect(findings.map(({ rule, severity, resource }) => ({ rule, severity, resource }))).toEqual([
    { rule, severity, resource },
  ]);
  expect(findings[0]?.message).toContain(quoteResource(resource));
  expect(findings[0]?.fix).not.toBe('');
}

test.each(['codedeploy', 'ecs'] as const)('0. a correct %s setup has no finding', (target) => {
  expect(run(target)).toEqual([]);
});

const docs = LIVE_RULES.map((doc, index) => [index + 1, doc.id, doc] as const);

test.each(docs)('%i. %s refuses its own example: one finding of the rule', (_n, _id, doc: LiveRuleDoc) => {
  const findings = checkExample(doc.refuses);
  if (doc.id === 'live/more-findings') {
    expect(accountFindings(findings, 'us-east-1')).toContainEqual(
      expect.objectContaining({ rule: doc.id, severity: 'error', file: 'aws:us-east-1', line: 0 }),
    );
    return;
  }
  expectOne(findings, doc.id, doc.severity ?? 'error', findings[0]?.resource ?? '(none)');
});

test.each(docs)('%i. %s accepts the nearest account: no finding', (_n, _id, doc: LiveRuleDoc) => {
  expect(checkExample(doc.accepts)).toEqual([]);
});

test.each<[string, 'codedeploy' | 'ecs', Break, string, 'error' | 'warning', string]>([
  // the service, either target
  [
    '1. the service is DRAINING',
    'ecs',
    (_s, a) => (service(a).status = 'DRAINING'),
    'live/service-missing',
    'error',
    'web',
  ],
  [
    '2. ecs target, CODE_DEPLOY controller',
    'ecs',
    (_s, a) => (service(a).deploymentController = { type: 'CODE_DEPLOY' }),
    'live/deployment-controller',
    'error',
    'web',
  ],
  [
    '3. capacity provider FARGATE_SPOT, the task for EC2 only (moto drops capacityProviderStrategy)',
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
  // codedeploy
  [
    '4. the application is for Lambda',
    'codedeploy',
    (_s, a) => (a['application'].value.computePlatform = 'Lambda'),
    'live/codedeploy-application',
    'error',
    'AppECS-prod-web',
  ],
  [
    '5. the test listener forwards elsewhere',
    'codedeploy',
    (_s, a) =>
      (a['listeners'][TEST_LISTENER].value.DefaultActions = [
        { Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404' } },
      ]),
    'live/listener-forward',
    'error',
    TEST_LISTENER,
  ],
  // ecs native
  [
    '6. the alternate target group is gone',
    'ecs',
    (_s, a) => (a['targetGroups'][GREEN] = missing('TargetGroupNotFound')),
    'live/target-group-missing',
    'error',
    GREEN,
  ],
  [
    '7. the test rule forwards to blue only (a plain forward)',
    'ecs',
    (_s, a) => (a['rules'][TEST_RULE].value.Actions = [{ Type: 'forward', TargetGroupArn: BLUE }]),
    'live/listener-rule-forward',
    'error',
    TEST_RULE,
  ],
  // the task
  [
    '8. a Secrets Manager secret does not exist',
    'ecs',
    (_s, a) =>
      (a['secrets'][DB_SECRET] = missing(
        "ResourceNotFoundException: Secrets Manager can't find the specified secret.",
      )),
    'live/secret-missing',
    'error',
    DB_SECRET,
  ],
  // access denied: a warning naming the action, one per service read
  [
    '9. ECS denied',
    'ecs',
    (_s, a) => (a['service'] = denied('ecs:DescribeServices')),
    'live/access-denied',
    'warning',
    'web',
  ],
  [
    '10. CodeDeploy denied',
    'codedeploy',
    (_s, a) => (a['application'] = denied('codedeploy:GetApplication')),
    'live/access-denied',
    'warning',
    'AppECS-prod-web',
  ],
  [
    '11. ELB denied',
    'ecs',
    (_s, a) => (a['rules'][TEST_RULE] = denied('elasticloadbalancing:DescribeRules')),
    'live/access-denied',
    'warning',
    TEST_RULE,
  ],
  [
    '12. Lambda denied',
    'ecs',
    (_s, a) => (a['functions'][HOOK_FUNCTION] = denied('lambda:GetFunctionConfiguration')),
    'live/access-denied',
    'warning',
    HOOK_FUNCTION,
  ],
  [
    '13. CloudWatch Logs denied',
    'codedeploy',
    (_s, a) => (a['logGroups']['us-east-1 /ecs/web'] = denied('logs:DescribeLogGroups')),
    'live/access-denied',
    'warning',
    '/ecs/web',
  ],
  [
    '14. Secrets Manager denied',
    'codedeploy',
    (_s, a) => (a['secrets'][DB_SECRET] = denied('secretsmanager:DescribeSecret')),
    'live/access-denied',
    'warning',
    DB_SECRET,
  ],
  [
    '15. SSM denied',
    'ecs',
    (_s, a) => (a['secrets'][API_PARAMETER] = denied('ssm:GetParameters')),
    'live/access-denied',
    'warning',
    API_PARAMETER,
  ],
])('%s', (_name, target, change, rule, severity, resource) => {
  expectOne(run(target, change), rule, severity, resource);
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

describe('text from the account is outside text', () => {
  const forged = `\n::error title=forged::pwned ${'x'.repeat(10_000)}`;
  test.each<[string, 'codedeploy' | 'ecs', Break]>([
    ['1. a reason in an error answer', 'codedeploy', (_s, a) => (a['service'] = missing(`MISSING${forged}`))],
    [
      '2. a cluster name in the deployment group',
      'codedeploy',
      (_s, a) => (a['deploymentGroup'].value.ecsServices = [{ serviceName: 'web', clusterName: `prod${forged}` }]),
    ],
    ['3. a target type', 'ecs', (_s, a) => (a['targetGroups'][BLUE].value.TargetType = `instance${forged}`)],
    [
      '4. an action type of a listener rule',
      'ecs',
      (_s, a) => a['rules'][TEST_RULE].value.Actions.push({ Type: `redirect${forged}` }),
    ],
  ])('%s is quoted clipped: one line, bounded, no command at a line start', (_name, target, change) => {
    const [finding] = run(target, change);
    expect(finding?.message).toContain('\\n::error title=forged::pwned');
    expect(finding?.message).toMatch(/… \(10,\d\d\d characters\)/);
    expect(finding?.message).not.toMatch(/[\n\r]/);
    expect(finding?.message.length).toBeLessThan(600);
  });
});
