/**
 * A correct account for `--live`, built in moto with the AWS SDK: the sample service's roles, log group, secret and
 * parameter; a load balancer with two target groups; and either a CODE_DEPLOY service with its CodeDeploy application
 * and deployment group, or an ECS-native blue/green service with listener rules and an infrastructure role. The e2e
 * cases break one thing of it at a time.
 */
import { CloudWatchLogsClient, CreateLogGroupCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  CodeDeployClient,
  CreateApplicationCommand,
  CreateDeploymentGroupCommand,
  type CreateDeploymentGroupInput,
} from '@aws-sdk/client-codedeploy';
import {
  CreateClusterCommand,
  CreateServiceCommand,
  ECSClient,
  RegisterTaskDefinitionCommand,
  type AdvancedConfiguration,
  type CreateServiceRequest,
} from '@aws-sdk/client-ecs';
import {
  CreateListenerCommand,
  CreateLoadBalancerCommand,
  CreateRuleCommand,
  CreateTargetGroupCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { PutParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { Moto } from '../stack/moto.mjs';

/** The SDK clients of the setup, straight at moto. */
export function accountClients(moto: Moto) {
  const options = {
    endpoint: moto.endpoint,
    region: moto.env['AWS_REGION'] as string,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  };
  return {
    ecs: new ECSClient(options),
    elb: new ElasticLoadBalancingV2Client(options),
    codedeploy: new CodeDeployClient(options),
    iam: new IAMClient(options),
    logs: new CloudWatchLogsClient(options),
    secrets: new SecretsManagerClient(options),
    ssm: new SSMClient(options),
  };
}

export type AccountClients = ReturnType<typeof accountClients>;

/** What the setup made, for the cases to break and the messages to name. */
export interface Account {
  readonly cluster: string;
  readonly service: string;
  readonly blue: string;
  readonly green: string;
  readonly production: string;
  readonly test: string;
  readonly productionRule?: string;
  readonly testRule?: string;
  readonly secretArn: string;
  readonly parameter: string;
  readonly vpc: string;
  readonly loadBalancer: string;
}

export const CLUSTER = 'prod';
export const SERVICE = 'sample-service';
export const LOG_GROUP = '/ecs/sample-service';
export const PARAMETER = '/sample-service/api-key';

/**
 * The sample task definition the accounts are checked against; with `account` (the CodeDeploy setup's), also a task
 * role, two secrets, one of each store, and an awslogs group — the native setup makes none of them.
 */
export function liveTaskDefinition(account?: Account) {
  return {
    family: 'sample-service',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' },
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    ...(account && { taskRoleArn: 'arn:aws:iam::123456789012:role/sample-service-task' }),
    containerDefinitions: [
      {
        name: 'web',
        image: '<IMAGE1_NAME>',
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
        ...(account && {
          secrets: [
            { name: 'DB_PASSWORD', valueFrom: account.secretArn },
            { name: 'API_KEY', valueFrom: PARAMETER },
          ],
          logConfiguration: {
            logDriver: 'awslogs',
            options: { 'awslogs-group': LOG_GROUP, 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' },
          },
        }),
      },
    ],
  };
}

/** A trust policy letting `service` assume the role. */
export function trust(service: string): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });
}

/** moto's default VPC and two of its subnets, through EC2's query API (the project has no EC2 client). */
async function defaultNetwork(moto: Moto): Promise<{ vpc: string; subnets: string[]; securityGroup: string }> {
  const call = async (action: string) => {
    const response = await fetch(moto.endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${moto.env['AWS_REGION']}/ec2/aws4_request, SignedHeaders=host, Signature=0`,
      },
      body: `Action=${action}&Version=2016-11-15`,
    });
    return response.text();
  };
  const vpc = /<vpcId>(vpc-[0-9a-f]+)<\/vpcId>/.exec(await call('DescribeVpcs'))?.[1];
  const subnets = [...(await call('DescribeSubnets')).matchAll(/<subnetId>(subnet-[0-9a-f]+)<\/subnetId>/g)].map(
    (match) => match[1] as string,
  );
  const securityGroup = /<groupId>(sg-[0-9a-f]+)<\/groupId>/.exec(await call('DescribeSecurityGroups'))?.[1];
  if (vpc === undefined || subnets.length < 2 || securityGroup === undefined) {
    throw new Error("moto's default VPC has no two subnets or no security group");
  }
  return { vpc, subnets: subnets.slice(0, 2), securityGroup };
}

/** What a case changes of the correct setup before it is built. */
export interface SetupChanges {
  readonly targetType?: 'ip' | 'instance';
  /** ECS native: over the service's advancedConfiguration. */
  readonly advanced?: Partial<AdvancedConfiguration>;
  /** ECS native: the production listener rule as the test rule too. */
  readonly testIsProduction?: boolean;
}

/** The roles, log group, secret and parameter the sample task names, and the load balancer both setups share. */
async function commonSetup(moto: Moto, aws: AccountClients, changes: SetupChanges) {
  await Promise.all([
    aws.iam.send(
      new CreateRoleCommand({
        RoleName: 'ecsTaskExecutionRole',
        AssumeRolePolicyDocument: trust('ecs-tasks.amazonaws.com'),
      }),
    ),
    aws.iam.send(
      new CreateRoleCommand({
        RoleName: 'sample-service-task',
        AssumeRolePolicyDocument: trust('ecs-tasks.amazonaws.com'),
      }),
    ),
    aws.logs.send(new CreateLogGroupCommand({ logGroupName: LOG_GROUP })),
    aws.ssm.send(new PutParameterCommand({ Name: PARAMETER, Value: 'not-read', Type: 'SecureString' })),
  ]);
  const secret = await aws.secrets.send(
    new CreateSecretCommand({ Name: 'sample-service/db', SecretString: 'not-read' }),
  );
  const { vpc, subnets, securityGroup } = await defaultNetwork(moto);
  const loadBalancer = (await aws.elb.send(new CreateLoadBalancerCommand({ Name: 'sample', Subnets: subnets })))
    .LoadBalancers?.[0]?.LoadBalancerArn as string;
  const targetGroup = async (name: string) =>
    (
      await aws.elb.send(
        new CreateTargetGroupCommand({
          Name: name,
          Protocol: 'HTTP',
          Port: 8080,
          VpcId: vpc,
          TargetType: changes.targetType ?? 'ip',
        }),
      )
    ).TargetGroups?.[0]?.TargetGroupArn as string;
  const [blue, green] = await Promise.all([targetGroup('sample-blue'), targetGroup('sample-green')]);
  const listener = async (port: number, targetGroupArn: string) =>
    (
      await aws.elb.send(
        new CreateListenerCommand({
          LoadBalancerArn: loadBalancer,
          Protocol: 'HTTP',
          Port: port,
          DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
        }),
      )
    ).Listeners?.[0]?.ListenerArn as string;
  const [production, test] = await Promise.all([listener(80, blue), listener(8080, green)]);
  await aws.ecs.send(new CreateClusterCommand({ clusterName: CLUSTER }));
  await aws.ecs.send(
    new RegisterTaskDefinitionCommand({
      family: SERVICE,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'web', image: 'busybox', portMappings: [{ containerPort: 8080 }] }],
    }),
  );
  return {
    cluster: CLUSTER,
    service: SERVICE,
    blue,
    green,
    production,
    test,
    secretArn: secret.ARN as string,
    parameter: PARAMETER,
    vpc,
    loadBalancer,
    network: { awsvpcConfiguration: { subnets, securityGroups: [securityGroup], assignPublicIp: 'DISABLED' as const } },
  };
}

/** The sample service on Fargate in `network`, with `fields` (controller, load balancers) over it. */
async function createService(
  aws: AccountClients,
  network: CreateServiceRequest['networkConfiguration'],
  fields: Partial<CreateServiceRequest>,
): Promise<void> {
  await aws.ecs.send(
    new CreateServiceCommand({
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: SERVICE,
      desiredCount: 1,
      launchType: 'FARGATE',
      networkConfiguration: network,
      ...fields,
    }),
  );
}

/** A CODE_DEPLOY service behind blue, its application and deployment group (the console's names), rollback on. */
export async function codeDeploySetup(moto: Moto, aws: AccountClients, changes: SetupChanges = {}): Promise<Account> {
  const { network, ...common } = await commonSetup(moto, aws, changes);
  await createService(aws, network, {
    deploymentController: { type: 'CODE_DEPLOY' },
    loadBalancers: [{ targetGroupArn: common.blue, containerName: 'web', containerPort: 8080 }],
  });
  const role = await aws.iam.send(
    new CreateRoleCommand({
      RoleName: 'ecsCodeDeployRole',
      AssumeRolePolicyDocument: trust('codedeploy.amazonaws.com'),
    }),
  );
  await aws.codedeploy.send(
    new CreateApplicationCommand({ applicationName: `AppECS-${CLUSTER}-${SERVICE}`, computePlatform: 'ECS' }),
  );
  await createDeploymentGroup(aws, common, {
    deploymentGroupName: `DgpECS-${CLUSTER}-${SERVICE}`,
    ...(role.Role?.Arn !== undefined && { serviceRoleArn: role.Role.Arn }),
  });
  return common;
}

/** A deployment group of the sample application: the correct one, with `changes` over it. */
export async function createDeploymentGroup(
  aws: AccountClients,
  account: Pick<Account, 'production' | 'test'>,
  changes: Partial<CreateDeploymentGroupInput> & { deploymentGroupName: string },
): Promise<void> {
  await aws.codedeploy.send(
    new CreateDeploymentGroupCommand({
      applicationName: `AppECS-${CLUSTER}-${SERVICE}`,
      serviceRoleArn: `arn:aws:iam::123456789012:role/ecsCodeDeployRole`,
      deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
      deploymentStyle: { deploymentType: 'BLUE_GREEN', deploymentOption: 'WITH_TRAFFIC_CONTROL' },
      blueGreenDeploymentConfiguration: {
        terminateBlueInstancesOnDeploymentSuccess: { action: 'TERMINATE', terminationWaitTimeInMinutes: 5 },
        deploymentReadyOption: { actionOnTimeout: 'CONTINUE_DEPLOYMENT' },
      },
      autoRollbackConfiguration: { enabled: true, events: ['DEPLOYMENT_FAILURE'] },
      ecsServices: [{ clusterName: CLUSTER, serviceName: SERVICE }],
      loadBalancerInfo: {
        targetGroupPairInfoList: [
          {
            targetGroups: [{ name: 'sample-blue' }, { name: 'sample-green' }],
            prodTrafficRoute: { listenerArns: [account.production] },
            testTrafficRoute: { listenerArns: [account.test] },
          },
        ],
      },
      ...changes,
    }),
  );
}

/**
 * An ECS-native blue/green service: listener rules that forward to both target groups (weighted), the infrastructure
 * role. (moto keeps advancedConfiguration but drops strategy and lifecycleHooks: the hook checks are unit rows.)
 */
export async function nativeSetup(moto: Moto, aws: AccountClients, changes: SetupChanges = {}): Promise<Account> {
  const { network, ...common } = await commonSetup(moto, aws, changes);
  const rule = async (listener: string) =>
    (
      await aws.elb.send(
        new CreateRuleCommand({
          ListenerArn: listener,
          Priority: 1,
          Conditions: [{ Field: 'path-pattern', Values: ['/*'] }],
          Actions: [
            {
              Type: 'forward',
              ForwardConfig: {
                TargetGroups: [
                  { TargetGroupArn: common.blue, Weight: 100 },
                  { TargetGroupArn: common.green, Weight: 0 },
                ],
              },
            },
          ],
        }),
      )
    ).Rules?.[0]?.RuleArn as string;
  const [productionRule, testRule] = await Promise.all([rule(common.production), rule(common.test)]);
  const infrastructure = await aws.iam.send(
    new CreateRoleCommand({
      RoleName: 'ecsInfrastructureRoleForLoadBalancers',
      AssumeRolePolicyDocument: trust('ecs.amazonaws.com'),
    }),
  );
  await createService(aws, network, {
    deploymentController: { type: 'ECS' },
    deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 },
    loadBalancers: [
      {
        targetGroupArn: common.blue,
        containerName: 'web',
        containerPort: 8080,
        advancedConfiguration: {
          alternateTargetGroupArn: common.green,
          productionListenerRule: productionRule,
          testListenerRule: changes.testIsProduction ? productionRule : testRule,
          roleArn: infrastructure.Role?.Arn as string,
          ...changes.advanced,
        },
      },
    ],
  });
  return { ...common, productionRule, testRule };
}
