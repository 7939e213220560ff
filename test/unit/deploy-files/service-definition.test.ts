/**
 * The service definition (`--service-definition`): its forms (create-service, update-service, describe-services), the
 * CreateService/UpdateService model, and each `service/…` rule as a table: a definition that breaks the rule (rule id,
 * where, a message naming the field) and the nearest valid variant, which must have no finding at all.
 */
import { checkDeployFiles, type CheckInput, type CheckResult } from '../../../src/deploy-files/check';
import { FileFindings } from '../../../src/deploy-files/findings';
import { parseServiceDefinition } from '../../../src/deploy-files/service-definition';
import { expectFinding, positionAfter, positionOf, taskdefText, VALID_APPSPEC } from './fixtures';

type Mutable = Record<string, any>;
type Change = (service: Mutable) => void;

const ACCOUNT = '123456789012';
const ELB = `arn:aws:elasticloadbalancing:eu-west-1:${ACCOUNT}`;
const LB = 'app/web/50dc6c495c0c9188';
const BLUE = `${ELB}:targetgroup/web-blue/0123456789abcdef`;
const GREEN = `${ELB}:targetgroup/web-green/fedcba9876543210`;
const PRODUCTION_RULE = `${ELB}:listener-rule/${LB}/f2f7dc8efc522ab2/9683b2d02a6cabee`;
const TEST_RULE = `${ELB}:listener-rule/${LB}/1a2b3c4d5e6f7a8b/0f1e2d3c4b5a6978`;

/** A native blue/green service (ECS controller, BLUE_GREEN, an ALB with a test rule, a hook) that passes every rule. */
function nativeService(): Mutable {
  return {
    cluster: 'prod',
    serviceName: 'web',
    taskDefinition: 'web-app',
    desiredCount: 2,
    launchType: 'FARGATE',
    deploymentController: { type: 'ECS' },
    deploymentConfiguration: {
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 5,
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true },
      lifecycleHooks: [
        {
          hookTargetArn: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:web-smoke-test`,
          roleArn: `arn:aws:iam::${ACCOUNT}:role/ecs-hooks`,
          lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
          timeoutConfiguration: { timeoutInMinutes: 15, action: 'ROLLBACK' },
        },
      ],
    },
    loadBalancers: [
      {
        targetGroupArn: BLUE,
        containerName: 'web',
        containerPort: 80,
        advancedConfiguration: {
          alternateTargetGroupArn: GREEN,
          productionListenerRule: PRODUCTION_RULE,
          testListenerRule: TEST_RULE,
          roleArn: `arn:aws:iam::${ACCOUNT}:role/ecs-infrastructure-load-balancers`,
        },
      },
    ],
    networkConfiguration: {
      awsvpcConfiguration: {
        subnets: ['subnet-0a1b2c3d'],
        securityGroups: ['sg-0a1b2c3d'],
        assignPublicIp: 'DISABLED',
      },
    },
  };
}

/** A CodeDeploy blue/green service (CODE_DEPLOY controller) that passes every rule with VALID_APPSPEC. */
function codeDeployService(): Mutable {
  return {
    cluster: 'prod',
    serviceName: 'web',
    taskDefinition: 'web-app',
    desiredCount: 2,
    launchType: 'FARGATE',
    deploymentController: { type: 'CODE_DEPLOY' },
    loadBalancers: [{ targetGroupArn: BLUE, containerName: 'web', containerPort: 80 }],
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0a1b2c3d'], securityGroups: ['sg-0a1b2c3d'] } },
  };
}

function serviceText(base: () => Mutable, change: Change): string {
  const service = base();
  change(service);
  return JSON.stringify(service, null, 2);
}

function check(text: string, input: Partial<CheckInput> = {}): CheckResult {
  return checkDeployFiles({
    imagePlaceholder: 'IMAGE1_NAME',
    taskdef: { path: 'taskdef.json', text: taskdefText() },
    serviceDefinition: { path: 'service.json', text },
    deployTarget: 'ecs',
    ...input,
  });
}

const hook = (s: Mutable): Mutable => s['deploymentConfiguration'].lifecycleHooks[0];
const advanced = (s: Mutable): Mutable => s['loadBalancers'][0].advancedConfiguration;

interface RuleCase {
  readonly name: string;
  readonly rule: string;
  readonly broken: Change;
  readonly valid: Change;
  /** Where the finding points: after `"key": ` (the value), or at a needle. */
  readonly at: { after: string; occurrence?: number } | { at: string; occurrence?: number };
  readonly message: string;
  readonly severity?: 'error' | 'warning';
  /** Defaults to the native service with deploy-target ecs. */
  readonly codedeploy?: boolean;
}

const CASES: RuleCase[] = [
  {
    name: 'a CODE_DEPLOY service with deploy-target ecs',
    rule: 'service/deployment-controller',
    at: { after: '"type": ' },
    message: 'Unable to update task definition on services with a CODE_DEPLOY deployment controller',
    broken: (s) => {
      s['deploymentController'].type = 'CODE_DEPLOY';
      delete s['deploymentConfiguration'];
      delete s['loadBalancers'][0].advancedConfiguration;
    },
    valid: () => undefined,
  },
  {
    name: 'an ECS-controller service with deploy-target codedeploy',
    rule: 'service/deployment-controller',
    codedeploy: true,
    at: { after: '"type": ' },
    message: 'deploymentController.type is "ECS", but the deploy target is codedeploy',
    broken: (s) => {
      s['deploymentController'].type = 'ECS';
    },
    valid: () => undefined,
  },
  {
    name: 'linearConfiguration with strategy BLUE_GREEN',
    rule: 'service/strategy',
    at: { at: '"linearConfiguration"' },
    message: 'deploymentConfiguration.linearConfiguration is only valid when the strategy is LINEAR',
    broken: (s) => {
      s['deploymentConfiguration'].linearConfiguration = { stepPercent: 10 };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].linearConfiguration = { stepPercent: 10 };
    },
  },
  {
    name: 'canaryConfiguration with strategy LINEAR',
    rule: 'service/strategy',
    at: { at: '"canaryConfiguration"' },
    message: 'deploymentConfiguration.canaryConfiguration is only valid when the strategy is CANARY',
    broken: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].canaryConfiguration = { canaryPercent: 5 };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'CANARY';
      s['deploymentConfiguration'].canaryConfiguration = { canaryPercent: 5 };
    },
  },
  {
    name: 'earlySuccessCriteria with BLUE_GREEN',
    rule: 'service/strategy',
    severity: 'warning',
    at: { after: '"earlySuccessCriteria": ' },
    message: 'deploymentConfiguration.earlySuccessCriteria is for rolling deployments',
    broken: (s) => {
      s['deploymentConfiguration'].earlySuccessCriteria = { enable: true, healthyPercent: 80 };
    },
    valid: () => undefined,
  },
  {
    name: 'strategy on the CODE_DEPLOY controller',
    rule: 'service/strategy',
    codedeploy: true,
    severity: 'warning',
    at: { after: '"strategy": ' },
    message: 'deploymentConfiguration.strategy applies to the ECS deployment controller',
    broken: (s) => {
      s['deploymentConfiguration'] = { strategy: 'BLUE_GREEN' };
    },
    valid: (s) => {
      delete s['deploymentConfiguration'];
    },
  },
  {
    name: 'BLUE_GREEN without bakeTimeInMinutes',
    rule: 'service/bake-time',
    severity: 'warning',
    at: { after: '"strategy": ' },
    message: 'strategy is BLUE_GREEN and deploymentConfiguration.bakeTimeInMinutes is not set',
    broken: (s) => {
      delete s['deploymentConfiguration'].bakeTimeInMinutes;
    },
    valid: (s) => {
      s['deploymentConfiguration'].bakeTimeInMinutes = 0;
    },
  },
  {
    name: 'a bake time beyond what AWS documents',
    rule: 'service/bake-time',
    severity: 'warning',
    at: { after: '"bakeTimeInMinutes": ' },
    message: 'states no range for it',
    broken: (s) => {
      s['deploymentConfiguration'].bakeTimeInMinutes = 1441;
    },
    valid: (s) => {
      s['deploymentConfiguration'].bakeTimeInMinutes = 1440;
    },
  },
  {
    name: 'a negative bake time',
    rule: 'service/bake-time',
    at: { after: '"bakeTimeInMinutes": ' },
    message: 'deploymentConfiguration.bakeTimeInMinutes is the number -1',
    broken: (s) => {
      s['deploymentConfiguration'].bakeTimeInMinutes = -1;
    },
    valid: (s) => {
      s['deploymentConfiguration'].bakeTimeInMinutes = 30;
    },
  },
  {
    name: 'linear stepPercent below 3.0',
    rule: 'service/linear-configuration',
    at: { after: '"stepPercent": ' },
    message:
      'deploymentConfiguration.linearConfiguration.stepPercent is 2.9; it must be a multiple of 0.1 from 3.0 to 100.0',
    broken: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].linearConfiguration = { stepPercent: 2.9 };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].linearConfiguration = { stepPercent: 3.3 };
    },
  },
  {
    name: 'linear stepPercent not a multiple of 0.1',
    rule: 'service/linear-configuration',
    at: { after: '"stepPercent": ' },
    message: 'stepPercent is 12.25',
    broken: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].linearConfiguration = { stepPercent: 12.25 };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].linearConfiguration = { stepPercent: 100 };
    },
  },
  {
    name: 'linear step bake time over 1440',
    rule: 'service/linear-configuration',
    at: { after: '"stepBakeTimeInMinutes": ' },
    message: 'deploymentConfiguration.linearConfiguration.stepBakeTimeInMinutes is the number 1441',
    broken: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].linearConfiguration = { stepBakeTimeInMinutes: 1441 };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'LINEAR';
      s['deploymentConfiguration'].linearConfiguration = { stepBakeTimeInMinutes: 0 };
    },
  },
  {
    name: 'canaryPercent of 0',
    rule: 'service/canary-configuration',
    at: { after: '"canaryPercent": ' },
    message:
      'deploymentConfiguration.canaryConfiguration.canaryPercent is 0; it must be a multiple of 0.1 from 0.1 to 100.0',
    broken: (s) => {
      s['deploymentConfiguration'].strategy = 'CANARY';
      s['deploymentConfiguration'].canaryConfiguration = { canaryPercent: 0 };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'CANARY';
      s['deploymentConfiguration'].canaryConfiguration = { canaryPercent: 0.1 };
    },
  },
  {
    name: 'canary bake time of 2000 minutes',
    rule: 'service/canary-configuration',
    at: { after: '"canaryBakeTimeInMinutes": ' },
    message: 'canaryBakeTimeInMinutes is the number 2000; it must be a whole number from 0 to 1440',
    broken: (s) => {
      s['deploymentConfiguration'].strategy = 'CANARY';
      s['deploymentConfiguration'].canaryConfiguration = { canaryBakeTimeInMinutes: 2000 };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'CANARY';
      s['deploymentConfiguration'].canaryConfiguration = { canaryBakeTimeInMinutes: 1440 };
    },
  },
  {
    name: 'a Lambda hook without hookTargetArn',
    rule: 'service/lifecycle-hook',
    at: { at: '{\n        "roleArn"' },
    message: 'deploymentConfiguration.lifecycleHooks[0] has no hookTargetArn',
    broken: (s) => {
      delete hook(s).hookTargetArn;
    },
    valid: (s) => {
      delete hook(s).hookTargetArn;
      delete hook(s).roleArn;
      hook(s).targetType = 'PAUSE';
    },
  },
  {
    name: 'a hook target that is a function name, not an ARN',
    rule: 'service/lifecycle-hook',
    at: { after: '"hookTargetArn": ' },
    message: 'deploymentConfiguration.lifecycleHooks[0].hookTargetArn "web-smoke-test" is not a Lambda function ARN',
    broken: (s) => {
      hook(s).hookTargetArn = 'web-smoke-test';
    },
    valid: (s) => {
      hook(s).hookTargetArn = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:web-smoke-test:live`;
    },
  },
  {
    name: 'a Lambda hook without roleArn',
    rule: 'service/lifecycle-hook',
    severity: 'warning',
    at: { at: '{\n        "hookTargetArn"' },
    message: 'deploymentConfiguration.lifecycleHooks[0] has no roleArn',
    broken: (s) => {
      delete hook(s).roleArn;
    },
    valid: () => undefined,
  },
  {
    name: 'a hook roleArn that is a user ARN',
    rule: 'service/lifecycle-hook',
    at: { after: '"roleArn": ' },
    message: 'deploymentConfiguration.lifecycleHooks[0].roleArn',
    broken: (s) => {
      hook(s).roleArn = `arn:aws:iam::${ACCOUNT}:user/deployer`;
    },
    valid: (s) => {
      hook(s).roleArn = `arn:aws:iam::${ACCOUNT}:role/service-role/ecs-hooks`;
    },
  },
  {
    name: 'a PAUSE hook at TEST_TRAFFIC_SHIFT',
    rule: 'service/lifecycle-hook',
    at: { at: '"TEST_TRAFFIC_SHIFT"' },
    message:
      'deploymentConfiguration.lifecycleHooks[0].lifecycleStages[0] is "TEST_TRAFFIC_SHIFT", where a PAUSE hook cannot be configured',
    broken: (s) => {
      s['deploymentConfiguration'].lifecycleHooks = [{ targetType: 'PAUSE', lifecycleStages: ['TEST_TRAFFIC_SHIFT'] }];
    },
    valid: (s) => {
      s['deploymentConfiguration'].lifecycleHooks = [
        { targetType: 'PAUSE', lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'] },
      ];
    },
  },
  {
    name: 'a PAUSE hook with a target ARN',
    rule: 'service/lifecycle-hook',
    severity: 'warning',
    at: { after: '"hookTargetArn": ' },
    message: 'deploymentConfiguration.lifecycleHooks[0].hookTargetArn is not used by a PAUSE hook',
    broken: (s) => {
      hook(s).targetType = 'PAUSE';
      delete hook(s).roleArn;
    },
    valid: (s) => {
      hook(s).targetType = 'PAUSE';
      delete hook(s).roleArn;
      delete hook(s).hookTargetArn;
    },
  },
  {
    name: 'a hook without lifecycleStages',
    rule: 'service/lifecycle-hook',
    at: { after: '"lifecycleStages": ' },
    message: 'deploymentConfiguration.lifecycleHooks[0] has no lifecycleStages',
    broken: (s) => {
      hook(s).lifecycleStages = [];
    },
    valid: (s) => {
      hook(s).lifecycleStages = ['PRE_PRODUCTION_TRAFFIC_SHIFT', 'POST_PRODUCTION_TRAFFIC_SHIFT'];
    },
  },
  {
    name: 'a hook stage listed twice',
    rule: 'service/lifecycle-hook',
    severity: 'warning',
    at: { at: '"POST_TEST_TRAFFIC_SHIFT"', occurrence: 2 },
    message: 'lists "POST_TEST_TRAFFIC_SHIFT" twice',
    broken: (s) => {
      hook(s).lifecycleStages = ['POST_TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT'];
    },
    valid: () => undefined,
  },
  {
    name: 'a hook timeout over 20160 minutes',
    rule: 'service/lifecycle-hook',
    at: { after: '"timeoutInMinutes": ' },
    message: 'timeoutConfiguration.timeoutInMinutes is the number 20161; it must be a whole number from 1 to 20160',
    broken: (s) => {
      hook(s).timeoutConfiguration.timeoutInMinutes = 20161;
    },
    valid: (s) => {
      hook(s).timeoutConfiguration.timeoutInMinutes = 20160;
    },
  },
  {
    name: 'alarms enabled without names',
    rule: 'service/alarms',
    at: { after: '"alarmNames": ' },
    message: 'deploymentConfiguration.alarms.enable is true but alarmNames is empty',
    broken: (s) => {
      s['deploymentConfiguration'].alarms.alarmNames = [];
    },
    valid: (s) => {
      s['deploymentConfiguration'].alarms = { alarmNames: [], enable: false, rollback: false };
    },
  },
  {
    name: 'alarm rollback with alarms off',
    rule: 'service/alarms',
    severity: 'warning',
    at: { after: '"rollback": ' },
    message: 'deploymentConfiguration.alarms.rollback is true but enable is false',
    broken: (s) => {
      s['deploymentConfiguration'].alarms.enable = false;
    },
    valid: () => undefined,
  },
  {
    name: 'the circuit breaker with BLUE_GREEN',
    rule: 'service/circuit-breaker',
    severity: 'warning',
    at: { after: '"enable": ', occurrence: 2 },
    message: 'deploymentConfiguration.deploymentCircuitBreaker is enabled, but it works only with rolling updates',
    broken: (s) => {
      s['deploymentConfiguration'].deploymentCircuitBreaker = { enable: true, rollback: true };
    },
    valid: (s) => {
      s['deploymentConfiguration'].strategy = 'ROLLING';
      delete s['deploymentConfiguration'].lifecycleHooks;
      delete s['loadBalancers'][0].advancedConfiguration;
      s['deploymentConfiguration'].deploymentCircuitBreaker = { enable: true, rollback: true };
    },
  },
  {
    name: 'a custom maximumPercent on CODE_DEPLOY with EC2',
    rule: 'service/deployment-percent',
    codedeploy: true,
    at: { after: '"maximumPercent": ' },
    message:
      'deploymentConfiguration.maximumPercent cannot be set for a service on the CODE_DEPLOY controller with the EC2 launch type',
    broken: (s) => {
      s['launchType'] = 'EC2';
      s['deploymentConfiguration'] = { maximumPercent: 150 };
    },
    valid: (s) => {
      s['launchType'] = 'FARGATE';
    },
  },
  {
    name: 'a load balancer container that is not in the task definition',
    rule: 'service/load-balancer',
    at: { after: '"containerName": ' },
    message:
      'loadBalancers[0].containerName "webb" is not a container of taskdef.json; its containers are "web"; did you mean "web"?',
    broken: (s) => {
      s['loadBalancers'][0].containerName = 'webb';
    },
    valid: () => undefined,
  },
  {
    name: 'a load balancer port the container does not map',
    rule: 'service/load-balancer',
    at: { after: '"containerPort": ' },
    message: 'loadBalancers[0].containerPort is 8080, but container "web" in taskdef.json maps containerPort 80',
    broken: (s) => {
      s['loadBalancers'][0].containerPort = 8080;
    },
    valid: () => undefined,
  },
  {
    name: 'a load balancer without containerPort',
    rule: 'service/load-balancer',
    at: { at: '{\n      "targetGroupArn"' },
    message: 'loadBalancers[0] has no containerPort',
    broken: (s) => {
      delete s['loadBalancers'][0].containerPort;
    },
    valid: () => undefined,
  },
  {
    name: "the appspec's container differs from the service's (codedeploy)",
    rule: 'service/appspec-mismatch',
    codedeploy: true,
    at: { after: '"containerPort": ' },
    message: 'loadBalancers[0].containerPort is 8080, but appspec.yaml LoadBalancerInfo.ContainerPort is 80',
    broken: (s) => {
      s['loadBalancers'][0].containerPort = 8080;
    },
    valid: () => undefined,
  },
  {
    name: 'BLUE_GREEN with a target group and no advancedConfiguration',
    rule: 'service/advanced-configuration',
    at: { at: '{\n      "targetGroupArn"' },
    message: 'loadBalancers[0] has a target group but no advancedConfiguration',
    broken: (s) => {
      delete s['loadBalancers'][0].advancedConfiguration;
    },
    valid: () => undefined,
  },
  {
    name: 'no alternate target group',
    rule: 'service/advanced-configuration',
    at: { after: '"advancedConfiguration": ' },
    message: 'loadBalancers[0].advancedConfiguration has no alternateTargetGroupArn',
    broken: (s) => {
      delete advanced(s).alternateTargetGroupArn;
    },
    valid: () => undefined,
  },
  {
    name: 'the alternate target group is the blue one',
    rule: 'service/advanced-configuration',
    at: { after: '"alternateTargetGroupArn": ' },
    message:
      'loadBalancers[0].advancedConfiguration.alternateTargetGroupArn is the same target group as loadBalancers[0].targetGroupArn',
    broken: (s) => {
      advanced(s).alternateTargetGroupArn = BLUE;
    },
    valid: () => undefined,
  },
  {
    name: 'an ALB listener where a listener rule belongs',
    rule: 'service/advanced-configuration',
    at: { after: '"productionListenerRule": ' },
    message: "is an Application Load Balancer's listener; for an ALB ECS takes a listener rule",
    broken: (s) => {
      advanced(s).productionListenerRule = `${ELB}:listener/${LB}/f2f7dc8efc522ab2`;
    },
    valid: (s) => {
      const nlb = 'net/web/60dc6c495c0c9188';
      advanced(s).productionListenerRule = `${ELB}:listener/${nlb}/f2f7dc8efc522ab2`;
      advanced(s).testListenerRule = `${ELB}:listener/${nlb}/a2f7dc8efc522ab2`;
    },
  },
  {
    name: 'the same rule for production and test',
    rule: 'service/advanced-configuration',
    at: { after: '"testListenerRule": ' },
    message: 'cannot be used as both production and test listener rules',
    broken: (s) => {
      advanced(s).testListenerRule = PRODUCTION_RULE;
    },
    valid: (s) => {
      delete advanced(s).testListenerRule;
    },
  },
  {
    name: 'test and production rules on different load balancers',
    rule: 'service/advanced-configuration',
    at: { after: '"testListenerRule": ' },
    message: 'testListenerRule belongs to load balancer "web-test/70dc6c495c0c9188"',
    broken: (s) => {
      advanced(s).testListenerRule =
        `${ELB}:listener-rule/app/web-test/70dc6c495c0c9188/1a2b3c4d5e6f7a8b/0f1e2d3c4b5a6978`;
    },
    valid: () => undefined,
  },
  {
    name: 'no infrastructure role',
    rule: 'service/advanced-configuration',
    at: { after: '"advancedConfiguration": ' },
    message: 'loadBalancers[0].advancedConfiguration has no roleArn, the infrastructure role',
    broken: (s) => {
      delete advanced(s).roleArn;
    },
    valid: () => undefined,
  },
  {
    name: 'advancedConfiguration on a rolling service',
    rule: 'service/advanced-configuration',
    severity: 'warning',
    at: { after: '"advancedConfiguration": ' },
    message: 'loadBalancers[0].advancedConfiguration is used by the BLUE_GREEN, LINEAR and CANARY strategies',
    broken: (s) => {
      s['deploymentConfiguration'] = { strategy: 'ROLLING' };
    },
    valid: () => undefined,
  },
  {
    name: 'advancedConfiguration on the CODE_DEPLOY controller',
    rule: 'service/advanced-configuration',
    codedeploy: true,
    severity: 'warning',
    at: { after: '"advancedConfiguration": ' },
    message: 'loadBalancers[0].advancedConfiguration is for ECS blue/green deployments',
    broken: (s) => {
      s['loadBalancers'][0].advancedConfiguration = { alternateTargetGroupArn: GREEN };
    },
    valid: () => undefined,
  },
  {
    name: 'a Service Connect test header with a space',
    rule: 'service/test-traffic',
    at: { after: '"name": ', occurrence: 1 },
    message: 'testTrafficRules.header.name "x test" is not an HTTP header name',
    broken: (s) => {
      s['serviceConnectConfiguration'] = serviceConnect({ name: 'x test', value: { exact: 'green' } });
    },
    valid: (s) => {
      s['serviceConnectConfiguration'] = serviceConnect({ name: 'x-test', value: { exact: 'green' } });
    },
  },
  {
    name: 'a Service Connect test header with an empty exact value',
    rule: 'service/test-traffic',
    at: { after: '"exact": ' },
    message: 'testTrafficRules.header.value.exact is empty',
    broken: (s) => {
      s['serviceConnectConfiguration'] = serviceConnect({ name: 'x-test', value: { exact: '' } });
    },
    valid: (s) => {
      s['serviceConnectConfiguration'] = serviceConnect({ name: 'x-test' });
    },
  },
  {
    name: 'Service Connect test traffic rules on a rolling service',
    rule: 'service/test-traffic',
    severity: 'warning',
    at: { after: '"testTrafficRules": ' },
    message: 'routes test traffic during ECS blue/green, linear and canary deployments only',
    broken: (s) => {
      s['deploymentConfiguration'] = { strategy: 'ROLLING' };
      delete s['loadBalancers'][0].advancedConfiguration;
      s['serviceConnectConfiguration'] = serviceConnect({ name: 'x-test' });
    },
    valid: (s) => {
      s['deploymentConfiguration'] = { strategy: 'ROLLING' };
      delete s['loadBalancers'][0].advancedConfiguration;
      s['serviceConnectConfiguration'] = { enabled: true, namespace: 'prod' };
    },
  },
  {
    name: 'an awsvpc task definition and no network configuration',
    rule: 'service/network-configuration',
    at: { at: '{\n  "cluster"' },
    message: 'taskdef.json uses networkMode "awsvpc", and the service has no networkConfiguration.awsvpcConfiguration',
    broken: (s) => {
      delete s['networkConfiguration'];
    },
    valid: () => undefined,
  },
  {
    name: 'seventeen subnets',
    rule: 'service/network-configuration',
    at: { after: '"subnets": ' },
    message: 'networkConfiguration.awsvpcConfiguration.subnets lists 17; ECS takes up to 16',
    broken: (s) => {
      s['networkConfiguration'].awsvpcConfiguration.subnets = Array.from({ length: 17 }, (_, i) => `subnet-${i}`);
    },
    valid: (s) => {
      s['networkConfiguration'].awsvpcConfiguration.subnets = Array.from({ length: 16 }, (_, i) => `subnet-${i}`);
    },
  },
  {
    name: 'both launchType and capacityProviderStrategy',
    rule: 'service/launch-type',
    at: { after: '"launchType": ' },
    message: 'the service sets both launchType and capacityProviderStrategy',
    broken: (s) => {
      s['capacityProviderStrategy'] = [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }];
    },
    valid: (s) => {
      delete s['launchType'];
      s['capacityProviderStrategy'] = [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }];
    },
  },
  {
    name: 'launchType EC2 for a Fargate-only task definition',
    rule: 'service/launch-type',
    at: { after: '"launchType": ' },
    message: 'launchType is "EC2", but taskdef.json has requiresCompatibilities ["FARGATE"]',
    broken: (s) => {
      s['launchType'] = 'EC2';
    },
    valid: () => undefined,
  },
  {
    name: 'describe-services fields',
    rule: 'service/describe-only-field',
    severity: 'warning',
    at: { at: '"serviceArn"' },
    message: '"serviceArn" is a field that DescribeServices returns',
    broken: (s) => {
      s['serviceArn'] = `arn:aws:ecs:eu-west-1:${ACCOUNT}:service/prod/web`;
    },
    valid: () => undefined,
  },
  {
    name: 'a misspelt key',
    rule: 'service/unknown-key',
    at: { at: '"deploymentControler"' },
    message:
      'unknown key "deploymentControler" at the top level of the service definition; did you mean "deploymentController"? CreateService rejects unknown keys',
    broken: (s) => {
      s['deploymentControler'] = s['deploymentController'];
      delete s['deploymentController'];
    },
    valid: () => undefined,
  },
  {
    name: 'a key at the wrong level',
    rule: 'service/unknown-key',
    at: { at: '"bakeTimeInMinutes"', occurrence: 2 },
    message:
      '"bakeTimeInMinutes" is not a key at the top level of the service definition; it belongs in deploymentConfiguration',
    broken: (s) => {
      s['bakeTimeInMinutes'] = 5;
    },
    valid: () => undefined,
  },
  {
    name: 'a strategy that is not one',
    rule: 'service/enum-value',
    at: { after: '"strategy": ' },
    message: 'deploymentConfiguration.strategy is "BLUEGREEN"; ECS accepts one of',
    broken: (s) => {
      s['deploymentConfiguration'].strategy = 'BLUEGREEN';
    },
    valid: () => undefined,
  },
  {
    name: 'a lifecycle stage that is not one',
    rule: 'service/enum-value',
    at: { at: '"POST_TEST_TRAFFIC"' },
    message: 'deploymentConfiguration.lifecycleHooks[0].lifecycleStages[0] is "POST_TEST_TRAFFIC"',
    broken: (s) => {
      hook(s).lifecycleStages = ['POST_TEST_TRAFFIC'];
    },
    valid: () => undefined,
  },
  {
    name: 'a port written as a string',
    rule: 'service/value-type',
    at: { after: '"containerPort": ' },
    message: 'loadBalancers[0].containerPort is the string "80"; the ECS API takes a number here',
    broken: (s) => {
      s['loadBalancers'][0].containerPort = '80';
    },
    valid: () => undefined,
  },
  {
    name: 'a create-service input without serviceName',
    rule: 'service/missing-required',
    at: { at: '{\n  "cluster"' },
    message: 'the service definition has no "serviceName", which CreateService requires',
    broken: (s) => {
      delete s['serviceName'];
    },
    valid: () => undefined,
  },
];

function serviceConnect(header: Mutable): Mutable {
  return {
    enabled: true,
    namespace: 'prod',
    services: [{ portName: 'http', clientAliases: [{ port: 80, testTrafficRules: { header } }] }],
  };
}

describe('service/… rules', () => {
  test.each(CASES.map((ruleCase, index) => ({ ...ruleCase, number: index + 1 })))('$number. $name', (ruleCase) => {
    const base = ruleCase.codedeploy === true ? codeDeployService : nativeService;
    const input: Partial<CheckInput> =
      ruleCase.codedeploy === true
        ? { deployTarget: 'codedeploy', appspec: { path: 'appspec.yaml', text: VALID_APPSPEC } }
        : {};
    const text = serviceText(base, ruleCase.broken);
    const at =
      'after' in ruleCase.at
        ? positionAfter(text, ruleCase.at.after, ruleCase.at.occurrence)
        : positionOf(text, ruleCase.at.at, ruleCase.at.occurrence);
    const expected = { rule: ruleCase.rule, severity: ruleCase.severity ?? 'error', at, message: ruleCase.message };
    expectFinding(check(text, input), expected);
    expect(check(serviceText(base, ruleCase.valid), input).findings).toEqual([]);
  });
});

describe('forms of the file', () => {
  const parse = (value: unknown) => {
    const findings = new FileFindings('service.json', 'service');
    const definition = parseServiceDefinition(JSON.stringify(value, null, 2), findings);
    return { definition, findings: findings.findings };
  };

  test.each([
    ['1. create-service input', nativeService(), 'create-service', 'prod', 'web'],
    [
      '2. update-service input (service and cluster as ARNs)',
      {
        service: `arn:aws:ecs:eu-west-1:${ACCOUNT}:service/prod/web`,
        cluster: `arn:aws:ecs:eu-west-1:${ACCOUNT}:cluster/prod`,
        forceNewDeployment: true,
      },
      'update-service',
      'prod',
      'web',
    ],
    [
      '3. describe-services output',
      {
        services: [
          {
            ...nativeService(),
            cluster: undefined,
            clusterArn: `arn:aws:ecs:eu-west-1:${ACCOUNT}:cluster/prod`,
            status: 'ACTIVE',
          },
        ],
        failures: [],
      },
      'describe-services',
      'prod',
      'web',
    ],
  ])('%s', (_name, value, form, cluster, service) => {
    const { definition } = parse(value);
    expect(definition).toMatchObject({ form, cluster, service });
  });

  test('describe-services output: its read-only fields are warned about and left out, not refused', () => {
    const described = {
      ...nativeService(),
      serviceArn: 'arn:aws:ecs:eu-west-1:123456789012:service/prod/web',
      events: [],
      runningCount: 2,
    };
    const { definition, findings } = parse({ services: [described], failures: [] });
    expect(findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['service/describe-only-field', 'warning'],
      ['service/describe-only-field', 'warning'],
      ['service/describe-only-field', 'warning'],
    ]);
    expect(definition?.value).not.toHaveProperty('serviceArn');
    expect(definition?.value).toHaveProperty('deploymentConfiguration.strategy', 'BLUE_GREEN');
  });

  test('an empty describe-services answer is an error naming what to run', () => {
    const { definition, findings } = parse({ services: [], failures: [{ reason: 'MISSING' }] });
    expect(definition).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'service/structure',
        severity: 'error',
        message: expect.stringContaining('services is an empty list'),
      }),
    ]);
  });

  test('several services: the first is checked, with a warning', () => {
    const { definition, findings } = parse({
      services: [nativeService(), { ...nativeService(), serviceName: 'other' }],
    });
    expect(definition?.service).toBe('web');
    expect(findings.map((finding) => finding.rule)).toEqual(['service/structure']);
  });

  test('an update-service input is checked against UpdateService: serviceName is not one of its keys', () => {
    const { findings } = parse({ service: 'web', serviceName: 'web', cluster: 'prod' });
    // With both, it reads as create-service, where "service" is unknown.
    expect(findings.map((finding) => finding.message)).toEqual([expect.stringContaining('unknown key "service"')]);
  });

  test('lifecycle hooks and their timeouts as ECS reads them (1440 by default)', () => {
    const service = nativeService();
    service['deploymentConfiguration'].lifecycleHooks.push({
      targetType: 'PAUSE',
      lifecycleStages: ['PRE_PRODUCTION_TRAFFIC_SHIFT'],
    });
    const { definition } = parse(service);
    expect(definition?.lifecycleHooks.map((h) => [h.targetType, h.stages, h.timeoutInMinutes])).toEqual([
      ['AWS_LAMBDA', ['POST_TEST_TRAFFIC_SHIFT'], 15],
      ['PAUSE', ['PRE_PRODUCTION_TRAFFIC_SHIFT'], 1440],
    ]);
  });
});
