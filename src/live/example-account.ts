/**
 * The example account of the live rules: recorded AWS answers (shapes as the SDK v3 returns them, values from one
 * account's CodeDeploy and ECS-native blue/green services) that pass every rule. Each rule's examples
 * (rule-docs.ts), `validate --explain live/…` and the unit tables take a fresh copy and break one thing.
 */
import type { Service } from '@aws-sdk/client-ecs';
import type { LiveSnapshot, LiveSubject, LiveTarget, Lookup } from './snapshot';

const ACCOUNT = '111122223333';
const arn = (service: string, resource: string) => `arn:aws:${service}:us-east-1:${ACCOUNT}:${resource}`;

export const BLUE = arn('elasticloadbalancing', 'targetgroup/web-blue/1d2c3b4a5f6e7d8c');
export const GREEN = arn('elasticloadbalancing', 'targetgroup/web-green/8c7d6e5f4a3b2c1d');
export const PROD_LISTENER = arn('elasticloadbalancing', 'listener/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2');
export const TEST_LISTENER = arn('elasticloadbalancing', 'listener/app/web/50dc6c495c0c9188/0467ef3c8400ae65');
export const PROD_RULE = arn(
  'elasticloadbalancing',
  'listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee',
);
export const TEST_RULE = arn(
  'elasticloadbalancing',
  'listener-rule/app/web/50dc6c495c0c9188/0467ef3c8400ae65/3f1a9c2e7d5b4a60',
);
export const EXECUTION_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`;
export const TASK_ROLE = `arn:aws:iam::${ACCOUNT}:role/web-task`;
export const INFRA_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsInfrastructureRoleForLoadBalancers`;
export const HOOK_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsHookInvoke`;
export const HOOK_FUNCTION = arn('lambda', 'function:web-smoke-test');
export const DB_SECRET = arn('secretsmanager', 'secret:web/db-AbCdEf:password::');
export const API_PARAMETER = '/web/api-key';

/** An answer that found `value`. */
export const found = <T>(value: T): Lookup<T> => ({ state: 'found', value });
/** An answer that found nothing, in the service's words. */
export const missing = (reason: string): Lookup<never> => ({ state: 'missing', reason });
/** An answer the credentials may not read. */
export const denied = (action: string): Lookup<never> => ({ state: 'denied', action });

/** IAM's answer: the trust policy URL-encoded, as GetRole returns it. */
export function role(name: string, ...services: string[]) {
  const policy = {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }],
  };
  return found({
    RoleName: name,
    Path: '/',
    RoleId: 'AROAEXAMPLEID',
    Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    CreateDate: new Date('2025-07-17T10:00:00Z'),
    AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(policy)),
  });
}

function targetGroup(name: string, targetGroupArn: string) {
  return found({
    TargetGroupArn: targetGroupArn,
    TargetGroupName: name,
    Protocol: 'HTTP' as const,
    Port: 8080,
    VpcId: 'vpc-0f1e2d3c4b5a69788',
    HealthCheckProtocol: 'HTTP' as const,
    HealthCheckPort: 'traffic-port',
    TargetType: 'ip' as const,
    LoadBalancerArns: [arn('elasticloadbalancing', 'loadbalancer/app/web/50dc6c495c0c9188')],
  });
}

/** The deployment the example account is checked for. */
export function subject(target: LiveTarget): LiveSubject {
  return {
    target,
    region: 'us-east-1',
    cluster: 'prod',
    service: 'web',
    ...(target === 'codedeploy' && {
      codedeploy: { application: 'AppECS-prod-web', deploymentGroup: 'DgpECS-prod-web' },
    }),
    taskDefinition: {
      family: 'web',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
      executionRoleArn: EXECUTION_ROLE,
      taskRoleArn: TASK_ROLE,
      containerDefinitions: [
        {
          name: 'web',
          image: '<IMAGE1_NAME>',
          portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
          secrets: [
            { name: 'DB_PASSWORD', valueFrom: DB_SECRET },
            { name: 'API_KEY', valueFrom: API_PARAMETER },
          ],
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
          },
        },
      ],
    },
    images: [{ name: 'Image1 (team/web)', platforms: ['linux/amd64'] }],
  };
}

const codeDeployService = {
  serviceArn: arn('ecs', 'service/prod/web'),
  serviceName: 'web',
  clusterArn: arn('ecs', 'cluster/prod'),
  status: 'ACTIVE',
  launchType: 'FARGATE' as const,
  deploymentController: { type: 'CODE_DEPLOY' as const },
  loadBalancers: [{ targetGroupArn: BLUE, containerName: 'web', containerPort: 8080 }],
  taskSets: [
    {
      id: 'ecs-svc/9223370474617042452',
      status: 'PRIMARY',
      loadBalancers: [{ targetGroupArn: BLUE, containerName: 'web', containerPort: 8080 }],
    },
  ],
};

const nativeService = {
  serviceArn: arn('ecs', 'service/prod/web'),
  serviceName: 'web',
  clusterArn: arn('ecs', 'cluster/prod'),
  status: 'ACTIVE',
  launchType: 'FARGATE' as const,
  deploymentController: { type: 'ECS' as const },
  deploymentConfiguration: {
    strategy: 'BLUE_GREEN' as const,
    bakeTimeInMinutes: 5,
    maximumPercent: 200,
    minimumHealthyPercent: 100,
    lifecycleHooks: [
      {
        hookTargetArn: HOOK_FUNCTION,
        roleArn: HOOK_ROLE,
        lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT' as const],
      },
    ],
  },
  loadBalancers: [
    {
      targetGroupArn: BLUE,
      containerName: 'web',
      containerPort: 8080,
      advancedConfiguration: {
        alternateTargetGroupArn: GREEN,
        productionListenerRule: PROD_RULE,
        testListenerRule: TEST_RULE,
        roleArn: INFRA_ROLE,
      },
    },
  ],
};

const weightedForward = [
  {
    Type: 'forward' as const,
    Order: 1,
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: BLUE, Weight: 100 },
        { TargetGroupArn: GREEN, Weight: 0 },
      ],
      TargetGroupStickinessConfig: { Enabled: false },
    },
  },
];

/** Everything the checks read of a correct setup for `target`: no finding at all. */
export function snapshot(target: LiveTarget): LiveSnapshot {
  const common = {
    targetGroups: { [BLUE]: targetGroup('web-blue', BLUE), [GREEN]: targetGroup('web-green', GREEN) },
    roles: {
      [EXECUTION_ROLE]: role('ecsTaskExecutionRole', 'ecs-tasks.amazonaws.com'),
      [TASK_ROLE]: role('web-task', 'ecs-tasks.amazonaws.com'),
    },
    logGroups: { 'us-east-1 /ecs/web': found(true as const) },
    secrets: { [DB_SECRET]: found(true as const), [API_PARAMETER]: found(true as const) },
    functions: {},
  };
  if (target === 'codedeploy') {
    return {
      ...common,
      service: found(structuredClone(codeDeployService)),
      application: found({ applicationName: 'AppECS-prod-web', computePlatform: 'ECS' as const }),
      deploymentGroup: found({
        applicationName: 'AppECS-prod-web',
        deploymentGroupName: 'DgpECS-prod-web',
        deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
        serviceRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsCodeDeployRole`,
        computePlatform: 'ECS' as const,
        deploymentStyle: { deploymentType: 'BLUE_GREEN' as const, deploymentOption: 'WITH_TRAFFIC_CONTROL' as const },
        autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE' as const] },
        ecsServices: [{ serviceName: 'web', clusterName: 'prod' }],
        loadBalancerInfo: {
          targetGroupPairInfoList: [
            {
              targetGroups: [{ name: 'web-blue' }, { name: 'web-green' }],
              prodTrafficRoute: { listenerArns: [PROD_LISTENER] },
              testTrafficRoute: { listenerArns: [TEST_LISTENER] },
            },
          ],
        },
      }),
      deploymentConfig: found({
        deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
        computePlatform: 'ECS' as const,
        trafficRoutingConfig: { type: 'AllAtOnce' as const },
      }),
      targetGroups: {
        ...common.targetGroups,
        'web-blue': targetGroup('web-blue', BLUE),
        'web-green': targetGroup('web-green', GREEN),
      },
      listeners: {
        [PROD_LISTENER]: found({
          ListenerArn: PROD_LISTENER,
          Port: 80,
          Protocol: 'HTTP' as const,
          DefaultActions: [{ Type: 'forward' as const, TargetGroupArn: BLUE }],
        }),
        [TEST_LISTENER]: found({
          ListenerArn: TEST_LISTENER,
          Port: 8080,
          Protocol: 'HTTP' as const,
          DefaultActions: [{ Type: 'forward' as const, TargetGroupArn: GREEN }],
        }),
      },
      rules: {},
    };
  }
  return {
    ...common,
    service: found(structuredClone(nativeService)),
    listeners: {},
    rules: {
      [PROD_RULE]: found({
        RuleArn: PROD_RULE,
        Priority: '1',
        IsDefault: false,
        Actions: structuredClone(weightedForward),
      }),
      [TEST_RULE]: found({
        RuleArn: TEST_RULE,
        Priority: '1',
        IsDefault: false,
        Actions: structuredClone(weightedForward),
      }),
    },
    roles: {
      ...common.roles,
      [INFRA_ROLE]: role('ecsInfrastructureRoleForLoadBalancers', 'ecs.amazonaws.com'),
      [HOOK_ROLE]: role('ecsHookInvoke', 'ecs.amazonaws.com'),
    },
    functions: {
      [HOOK_FUNCTION]: found({
        FunctionName: 'web-smoke-test',
        FunctionArn: HOOK_FUNCTION,
        Runtime: 'nodejs22.x' as const,
      }),
    },
  };
}

/** The answers keyed by resource: an example replaces or removes one. */
type Keyed = 'targetGroups' | 'listeners' | 'rules' | 'roles' | 'functions' | 'logGroups' | 'secrets';

/**
 * A fresh, writable copy of the example account for `target`: the deployment checked and the answers read. Writable
 * to the depth examples change (the SDK's own types are writable already).
 */
export interface ExampleAccount {
  readonly subject: { -readonly [K in keyof LiveSubject]: LiveSubject[K] };
  readonly answers: {
    -readonly [K in keyof LiveSnapshot]: K extends Keyed
      ? { -readonly [R in keyof LiveSnapshot[K]]: LiveSnapshot[K][R] }
      : LiveSnapshot[K];
  };
}

/** A fresh copy of the example account; nothing an example changes is seen by the next. */
export function exampleAccount(target: LiveTarget): ExampleAccount {
  return { subject: structuredClone(subject(target)), answers: structuredClone(snapshot(target)) };
}

/**
 * The value of an answer that found it.
 * @throws Error when the example account's answer is not found (an example written against another account)
 */
export function foundValue<T>(lookup: Lookup<T> | undefined): T {
  if (lookup?.state !== 'found') throw new Error('the example account has no such answer');
  return lookup.value;
}

/** The example account's service, to change. */
export function serviceOf(account: ExampleAccount): Service {
  return foundValue(account.answers.service);
}
