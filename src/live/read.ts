/**
 * The readers of `--live`: read-only calls (Describe, Get, List), each taking its client, each answer turned into a
 * Lookup — found, missing (the service's not-found error or an empty answer), or denied (the IAM action named). Any
 * other failure is the service's: a ServiceError naming the operation. Nothing here writes to the account; the
 * e2e suite holds it to that with a log of every request.
 */
import type { CodeDeployClient } from '@aws-sdk/client-codedeploy';
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LambdaClient } from '@aws-sdk/client-lambda';
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SSMClient } from '@aws-sdk/client-ssm';
import { awsErrorName, awsServiceError, isAccessDenied } from '../aws';
import { messageOf } from '../errors';
import type { LiveClients } from './clients';
import { deploymentReads, taskReads, type LogGroupRef } from './plan';
import { logGroupKey, resourceName, type LiveSnapshot, type LiveSubject, type Lookup } from './snapshot';

/**
 * The IAM action of each of `--live`'s calls, all read-only. `lookup` takes no other: a new call adds its action here,
 * and a unit test holds the README's ready-to-copy policy to this list.
 */
export const LIVE_ACTIONS = [
  'ecs:DescribeServices',
  'elasticloadbalancing:DescribeTargetGroups',
  'elasticloadbalancing:DescribeListeners',
  'elasticloadbalancing:DescribeRules',
  'codedeploy:GetApplication',
  'codedeploy:GetDeploymentGroup',
  'codedeploy:GetDeploymentConfig',
  'iam:GetRole',
  'lambda:GetFunctionConfiguration',
  'logs:DescribeLogGroups',
  'secretsmanager:DescribeSecret',
  'ssm:GetParameters',
] as const;

/** One of LIVE_ACTIONS. */
export type LiveAction = (typeof LIVE_ACTIONS)[number];

/** Reads everything the checks of `subject` decide on: two rounds, each at once. */
export async function readSnapshot(clients: LiveClients, subject: LiveSubject): Promise<LiveSnapshot> {
  const task = taskReads(subject);
  // The task's resources do not depend on the service: read them while the service is read.
  const taskPart = Promise.all([
    readAll(task.roles, (role) => readRole(clients.iam, role)),
    readAll(
      task.logGroups.map((group) => logGroupKey(group.region, group.name)),
      (_key, index) => readLogGroup(clients, task.logGroups[index] as LogGroupRef),
    ),
    readSecrets(clients, task.secrets, subject.region, accountOf(subject.taskDefinition.executionRoleArn)),
  ]);
  // Awaited below; when a service read fails first, it never is, and its own failure must not end the process as an
  // unhandled rejection (a stack trace after the run's message). The await below still sees the failure.
  taskPart.catch(() => undefined);
  const names = subject.codedeploy;
  const codedeploy = names && clients.codedeploy;
  if (names !== undefined && codedeploy === undefined)
    throw new Error('bug: no CodeDeploy client for a codedeploy check');
  const [service, application, deploymentGroup] = await Promise.all([
    readService(clients.ecs, subject.cluster, subject.service),
    names && codedeploy && readApplication(codedeploy, names.application),
    names && codedeploy && readDeploymentGroup(codedeploy, names.application, names.deploymentGroup),
  ]);
  const next = deploymentReads(
    subject,
    service.state === 'found' ? service.value : undefined,
    deploymentGroup?.state === 'found' ? deploymentGroup.value : undefined,
  );
  const roles = next.roles.filter((role) => !task.roles.includes(role));
  const [[taskRoles, logGroups, secrets], targetGroups, listeners, rules, moreRoles, functions, deploymentConfig] =
    await Promise.all([
      taskPart,
      readAll(next.targetGroups, (targetGroup) => readTargetGroup(clients.elb, targetGroup)),
      readAll(next.listeners, (listener) => readListener(clients.elb, listener)),
      readAll(next.rules, (rule) => readRule(clients.elb, rule)),
      readAll(roles, (role) => readRole(clients.iam, role)),
      readAll(next.functions, async (fn) => readFunction(await clients.lambda(regionOf(fn, subject.region)), fn)),
      next.deploymentConfig === undefined || codedeploy === undefined
        ? undefined
        : readDeploymentConfig(codedeploy, next.deploymentConfig),
    ]);
  return {
    service,
    ...(application && { application }),
    ...(deploymentGroup && { deploymentGroup }),
    ...(deploymentConfig && { deploymentConfig }),
    targetGroups,
    listeners,
    rules,
    roles: { ...taskRoles, ...moreRoles },
    functions,
    logGroups,
    secrets,
  };
}

async function readAll<T>(
  keys: readonly string[],
  read: (key: string, index: number) => Promise<Lookup<T>>,
): Promise<Record<string, Lookup<T>>> {
  const answers = await Promise.all(keys.map(read));
  return Object.fromEntries(keys.map((key, index) => [key, answers[index] as Lookup<T>]));
}

/**
 * One read: `call`'s answer (undefined: not found), a not-found error as missing, access denied as denied.
 * @param operation "ECS DescribeServices for web", for the ServiceError of any other failure
 * @param action the IAM action the call needs
 */
async function lookup<T>(
  operation: string,
  action: LiveAction,
  call: () => Promise<T | undefined>,
  notFound: RegExp,
): Promise<Lookup<T>> {
  try {
    const value = await call();
    return value === undefined ? { state: 'missing', reason: 'not found' } : { state: 'found', value };
  } catch (error) {
    if (isAccessDenied(error)) return { state: 'denied', action };
    if (notFound.test(awsErrorName(error))) return { state: 'missing', reason: clip(messageOf(error)) };
    throw awsServiceError(operation, error, action);
  }
}

/** A service's words, kept to one short line in our message. */
function clip(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}

/** DescribeServices: a missing service is a `failures` entry; a missing cluster an error. */
export async function readService(ecs: ECSClient, cluster: string, service: string) {
  const { DescribeServicesCommand } = await import('@aws-sdk/client-ecs');
  return lookup(
    `ECS DescribeServices for ${service} in ${cluster}`,
    'ecs:DescribeServices',
    async () => {
      const answer = await ecs.send(new DescribeServicesCommand({ cluster, services: [service] }));
      const failure = answer.failures?.[0];
      if (failure !== undefined && (answer.services ?? []).length === 0) {
        throw Object.assign(new Error(`${failure.reason ?? 'MISSING'}: ${failure.arn ?? service}`), {
          name: 'ServiceNotFoundException',
        });
      }
      return answer.services?.[0];
    },
    /NotFound/,
  );
}

export async function readApplication(codedeploy: CodeDeployClient, application: string) {
  const { GetApplicationCommand } = await import('@aws-sdk/client-codedeploy');
  return lookup(
    `CodeDeploy GetApplication ${application}`,
    'codedeploy:GetApplication',
    async () => (await codedeploy.send(new GetApplicationCommand({ applicationName: application }))).application,
    /DoesNotExist/,
  );
}

/** GetDeploymentGroup (moto 5.2.1 answers BatchGetDeploymentGroups with 500; one group needs one call anyway). */
export async function readDeploymentGroup(codedeploy: CodeDeployClient, application: string, group: string) {
  const { GetDeploymentGroupCommand } = await import('@aws-sdk/client-codedeploy');
  return lookup(
    `CodeDeploy GetDeploymentGroup ${group} of ${application}`,
    'codedeploy:GetDeploymentGroup',
    async () =>
      (
        await codedeploy.send(
          new GetDeploymentGroupCommand({ applicationName: application, deploymentGroupName: group }),
        )
      ).deploymentGroupInfo,
    /DoesNotExist/,
  );
}

export async function readDeploymentConfig(codedeploy: CodeDeployClient, name: string) {
  const { GetDeploymentConfigCommand } = await import('@aws-sdk/client-codedeploy');
  return lookup(
    `CodeDeploy GetDeploymentConfig ${name}`,
    'codedeploy:GetDeploymentConfig',
    async () =>
      (await codedeploy.send(new GetDeploymentConfigCommand({ deploymentConfigName: name }))).deploymentConfigInfo,
    /DoesNotExist/,
  );
}

/** One target group by ARN (the service's) or by name (CodeDeploy's): one call each, as a missing one fails the call. */
export async function readTargetGroup(elb: ElasticLoadBalancingV2Client, arnOrName: string) {
  const { DescribeTargetGroupsCommand } = await import('@aws-sdk/client-elastic-load-balancing-v2');
  const input = arnOrName.startsWith('arn:') ? { TargetGroupArns: [arnOrName] } : { Names: [arnOrName] };
  return lookup(
    `ELB DescribeTargetGroups for ${arnOrName}`,
    'elasticloadbalancing:DescribeTargetGroups',
    async () => (await elb.send(new DescribeTargetGroupsCommand(input))).TargetGroups?.[0],
    /NotFound/,
  );
}

export async function readListener(elb: ElasticLoadBalancingV2Client, arn: string) {
  const { DescribeListenersCommand } = await import('@aws-sdk/client-elastic-load-balancing-v2');
  return lookup(
    `ELB DescribeListeners for ${arn}`,
    'elasticloadbalancing:DescribeListeners',
    async () => (await elb.send(new DescribeListenersCommand({ ListenerArns: [arn] }))).Listeners?.[0],
    /NotFound/,
  );
}

export async function readRule(elb: ElasticLoadBalancingV2Client, arn: string) {
  const { DescribeRulesCommand } = await import('@aws-sdk/client-elastic-load-balancing-v2');
  return lookup(
    `ELB DescribeRules for ${arn}`,
    'elasticloadbalancing:DescribeRules',
    async () => (await elb.send(new DescribeRulesCommand({ RuleArns: [arn] }))).Rules?.[0],
    /NotFound/,
  );
}

/** GetRole: the role and its trust policy (moto 5.2.1 answers SimulatePrincipalPolicy with 500; the trust policy is what ECS meets). */
export async function readRole(iam: IAMClient, arnOrName: string) {
  const { GetRoleCommand } = await import('@aws-sdk/client-iam');
  return lookup(
    `IAM GetRole ${arnOrName}`,
    'iam:GetRole',
    async () => (await iam.send(new GetRoleCommand({ RoleName: resourceName(arnOrName) }))).Role,
    /NoSuchEntity/,
  );
}

export async function readFunction(lambda: LambdaClient, arn: string) {
  const { GetFunctionConfigurationCommand } = await import('@aws-sdk/client-lambda');
  return lookup(
    `Lambda GetFunctionConfiguration ${arn}`,
    'lambda:GetFunctionConfiguration',
    async () => lambda.send(new GetFunctionConfigurationCommand({ FunctionName: arn })),
    /ResourceNotFound/,
  );
}

/** DescribeLogGroups by prefix, then the exact name (moto 5.2.1 answers ListLogGroups with 500). */
async function readLogGroup(clients: LiveClients, group: LogGroupRef): Promise<Lookup<true>> {
  const logs = await clients.logs(group.region);
  return findLogGroup(logs, group.name);
}

export async function findLogGroup(logs: CloudWatchLogsClient, name: string): Promise<Lookup<true>> {
  const { DescribeLogGroupsCommand } = await import('@aws-sdk/client-cloudwatch-logs');
  return lookup(
    `CloudWatch Logs DescribeLogGroups for ${name}`,
    'logs:DescribeLogGroups',
    async () => {
      const answer = await logs.send(new DescribeLogGroupsCommand({ logGroupNamePrefix: name }));
      // The exact name sorts first among the names it prefixes.
      return (answer.logGroups ?? []).some((found) => found.logGroupName === name) ? true : undefined;
    },
    /ResourceNotFound/,
  );
}

/** The secret a Secrets Manager `valueFrom` names: its ARN without `:json-key:version-stage:version-id`. */
export function secretIdOf(valueFrom: string): string {
  return valueFrom.split(':').slice(0, 7).join(':');
}

/**
 * The SSM parameter name GetParameters is asked for: a name as it is; an ARN of `account`'s own parameter as its name
 * (`parameter/a/b` is `/a/b`; moto 5.2.1 refuses ARNs); another account's shared parameter by its ARN, which only an
 * ARN reaches.
 */
export function parameterNameOf(valueFrom: string, account: string | undefined): string {
  const match = /^arn:[^:]+:ssm:[^:]*:([^:]*):parameter(\/.+)$/.exec(valueFrom);
  if (match === null) return valueFrom;
  const [, owner, path = ''] = match;
  if (account !== undefined && owner !== account) return valueFrom;
  return path.indexOf('/', 1) === -1 ? path.slice(1) : path;
}

async function readSecrets(
  clients: LiveClients,
  references: readonly string[],
  region: string,
  account: string | undefined,
): Promise<Record<string, Lookup<true>>> {
  const managed = references.filter((reference) => /^arn:[^:]+:secretsmanager:/.test(reference));
  const parameters = references.filter((reference) => !managed.includes(reference));
  const byRegion = new Map<string, string[]>();
  for (const reference of parameters) {
    const where = regionOf(reference, region);
    byRegion.set(where, [...(byRegion.get(where) ?? []), reference]);
  }
  const [secrets, ...parameterGroups] = await Promise.all([
    readAll(managed, async (reference) =>
      describeSecret(await clients.secrets(regionOf(reference, region)), secretIdOf(reference)),
    ),
    ...[...byRegion].map(async ([where, group]) => getParameters(await clients.ssm(where), group, account)),
  ]);
  return Object.assign({}, secrets, ...parameterGroups) as Record<string, Lookup<true>>;
}

/** DescribeSecret: the secret's metadata, never its value. */
export async function describeSecret(secrets: SecretsManagerClient, secretId: string): Promise<Lookup<true>> {
  const { DescribeSecretCommand } = await import('@aws-sdk/client-secrets-manager');
  return lookup(
    `Secrets Manager DescribeSecret ${secretId}`,
    'secretsmanager:DescribeSecret',
    async () => {
      const answer = await secrets.send(new DescribeSecretCommand({ SecretId: secretId }));
      return answer.DeletedDate === undefined ? true : undefined;
    },
    /ResourceNotFound/,
  );
}

/**
 * GetParameters (WithDecryption off), ten names a call: which of `references` exist. The values in the answer are
 * dropped here, unread — only the names found and not found leave this function.
 */
export async function getParameters(
  ssm: SSMClient,
  references: readonly string[],
  account: string | undefined,
): Promise<Record<string, Lookup<true>>> {
  const { GetParametersCommand } = await import('@aws-sdk/client-ssm');
  const batches: string[][] = [];
  for (let start = 0; start < references.length; start += 10) batches.push(references.slice(start, start + 10));
  // The batches at once, as every other read: a task with many parameters costs one call's time, not one per ten.
  const verdicts = await Promise.all(
    batches.map(async (batch) => {
      const names = batch.map((reference) => parameterNameOf(reference, account));
      const answer = await lookup(
        `SSM GetParameters for ${names.join(', ')}`,
        'ssm:GetParameters',
        async () => {
          const { InvalidParameters = [] } = await ssm.send(
            new GetParametersCommand({ Names: names, WithDecryption: false }),
          );
          return { invalid: InvalidParameters };
        },
        /$^/,
      );
      return batch.map((reference, index): [string, Lookup<true>] => [
        reference,
        answer.state !== 'found'
          ? answer
          : answer.value.invalid.includes(names[index] as string)
            ? { state: 'missing', reason: 'ParameterNotFound' }
            : { state: 'found', value: true },
      ]);
    }),
  );
  return Object.fromEntries(verdicts.flat());
}

/** The region an ARN names, or `fallback` for a name. */
function regionOf(arnOrName: string, fallback: string): string {
  return arnOrName.startsWith('arn:') ? arnOrName.split(':')[3] || fallback : fallback;
}

/** The account an ARN names. */
function accountOf(arn: string | undefined): string | undefined {
  return arn?.startsWith('arn:') ? arn.split(':')[4] || undefined : undefined;
}
