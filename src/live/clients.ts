/**
 * The AWS SDK clients of `--live`, each loaded on first use (a run without `--live` loads none of them), with calls
 * bounded by `response-timeout` like every other client of the tool. Logs, SSM, Secrets Manager and Lambda are read in
 * the region their resources name, so those clients are made per region.
 */
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { boundCalls, boundedClientOptions, quietSdkNodeWarning, type AwsCallLimits } from '../aws';
import { proxyAgents } from '../proxy';
import { traced } from '../trace';

/** The clients the live readers take. */
export interface LiveClients {
  readonly ecs: ECSClient;
  readonly elb: ElasticLoadBalancingV2Client;
  /** For deploy-target codedeploy only: ECS's own deployments have no use for the CodeDeploy SDK, not loaded then. */
  readonly codedeploy?: CodeDeployClient;
  readonly iam: IAMClient;
  lambda(region: string): Promise<LambdaClient>;
  logs(region: string): Promise<CloudWatchLogsClient>;
  ssm(region: string): Promise<SSMClient>;
  secrets(region: string): Promise<SecretsManagerClient>;
}

type ClientOptions = { region: string } & ReturnType<typeof boundedClientOptions>;

/**
 * Creates the clients for `region`, loading the ECS, ELB and IAM SDKs (and CodeDeploy's, for `codedeploy`) at once and
 * the others on first use: loading an SDK client is most of what `--live` adds to a run on a fast network.
 */
export async function createLiveClients(
  region: string,
  limits: AwsCallLimits,
  { codedeploy: withCodeDeploy }: { codedeploy: boolean },
): Promise<LiveClients> {
  quietSdkNodeWarning();
  const options = (where: string): ClientOptions => ({
    region: where,
    ...boundedClientOptions(limits, proxyAgents()),
  });
  const perRegion = <C extends Parameters<typeof boundCalls>[0]>(make: (options: ClientOptions) => Promise<C>) => {
    const made = new Map<string, Promise<C>>();
    return (where: string): Promise<C> => {
      let client = made.get(where);
      if (client === undefined) {
        client = make(options(where)).then((created) => boundCalls(created, limits));
        made.set(where, client);
      }
      return client;
    };
  };
  const [ecs, elb, codedeploy, iam] = await Promise.all([
    traced('load', '@aws-sdk/client-ecs', () => import('@aws-sdk/client-ecs')).then(
      ({ ECSClient }) => new ECSClient(options(region)),
    ),
    traced(
      'load',
      '@aws-sdk/client-elastic-load-balancing-v2',
      () => import('@aws-sdk/client-elastic-load-balancing-v2'),
    ).then(({ ElasticLoadBalancingV2Client }) => new ElasticLoadBalancingV2Client(options(region))),
    withCodeDeploy
      ? traced('load', '@aws-sdk/client-codedeploy', () => import('@aws-sdk/client-codedeploy')).then(
          ({ CodeDeployClient }) => new CodeDeployClient(options(region)),
        )
      : undefined,
    traced('load', '@aws-sdk/client-iam', () => import('@aws-sdk/client-iam')).then(
      ({ IAMClient }) => new IAMClient(options(region)),
    ),
  ]);
  return {
    ecs: boundCalls(ecs, limits),
    elb: boundCalls(elb, limits),
    ...(codedeploy && { codedeploy: boundCalls(codedeploy, limits) }),
    iam: boundCalls(iam, limits),
    lambda: perRegion(
      async (o) =>
        new (await traced('load', '@aws-sdk/client-lambda', () => import('@aws-sdk/client-lambda'))).LambdaClient(o),
    ),
    logs: perRegion(
      async (o) =>
        new (
          await traced('load', '@aws-sdk/client-cloudwatch-logs', () => import('@aws-sdk/client-cloudwatch-logs'))
        ).CloudWatchLogsClient(o),
    ),
    ssm: perRegion(
      async (o) => new (await traced('load', '@aws-sdk/client-ssm', () => import('@aws-sdk/client-ssm'))).SSMClient(o),
    ),
    secrets: perRegion(
      async (o) =>
        new (
          await traced('load', '@aws-sdk/client-secrets-manager', () => import('@aws-sdk/client-secrets-manager'))
        ).SecretsManagerClient(o),
    ),
  };
}
