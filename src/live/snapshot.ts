/**
 * What `--live` read of the account: every API answer the checks decide on, as plain data. The readers
 * (read.ts) fill it; the rules (service-rules.ts, task-rules.ts) decide on it without a network, so that a
 * table of recorded AWS answers tests each decision.
 */
import type { ApplicationInfo, DeploymentConfigInfo, DeploymentGroupInfo } from '@aws-sdk/client-codedeploy';
import type { Service, TaskDefinition } from '@aws-sdk/client-ecs';
import type { Listener, Rule, TargetGroup } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { Role } from '@aws-sdk/client-iam';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';

/** The answer for one resource: found, not there (with the service's words), or not ours to read. */
export type Lookup<T> =
  | { readonly state: 'found'; readonly value: T }
  | { readonly state: 'missing'; readonly reason: string }
  | { readonly state: 'denied'; readonly action: string };

/** `--live`'s two kinds of deployment: CodeDeploy blue/green, or ECS's own deployments (rolling, blue/green, …). */
export type LiveTarget = 'codedeploy' | 'ecs';

/** An image of the run and the platforms it holds (`linux/amd64`), as built or as the registry lists them. */
export interface LiveImage {
  /** The placeholder or the image URI, as the message names it. */
  readonly name: string;
  readonly platforms: readonly string[];
}

/** What the checks are about: the deployment this run prepares. */
export interface LiveSubject {
  readonly target: LiveTarget;
  /** The run's region: where the service is, and the log groups that name no other. */
  readonly region: string;
  /** As given: a name or an ARN. */
  readonly cluster: string;
  readonly service: string;
  /** For `codedeploy`. */
  readonly codedeploy?: { readonly application: string; readonly deploymentGroup: string };
  /** The task definition file as checked (its shapes are valid). */
  readonly taskDefinition: TaskDefinition;
  readonly images: readonly LiveImage[];
}

/** Every answer, keyed as asked: target groups by ARN or name, roles by ARN or name, log groups by logGroupKey(). */
export interface LiveSnapshot {
  readonly service: Lookup<Service>;
  readonly application?: Lookup<ApplicationInfo>;
  readonly deploymentGroup?: Lookup<DeploymentGroupInfo>;
  readonly deploymentConfig?: Lookup<DeploymentConfigInfo>;
  readonly targetGroups: Readonly<Record<string, Lookup<TargetGroup>>>;
  readonly listeners: Readonly<Record<string, Lookup<Listener>>>;
  readonly rules: Readonly<Record<string, Lookup<Rule>>>;
  readonly roles: Readonly<Record<string, Lookup<Role>>>;
  readonly functions: Readonly<Record<string, Lookup<FunctionConfiguration>>>;
  readonly logGroups: Readonly<Record<string, Lookup<true>>>;
  /** By `valueFrom`. */
  readonly secrets: Readonly<Record<string, Lookup<true>>>;
}

/** The key of a log group in `LiveSnapshot.logGroups`. */
export function logGroupKey(region: string, name: string): string {
  return `${region} ${name}`;
}

/** The last part of a name-or-ARN (`arn:aws:ecs:…:service/cluster/web` → `web`; `role/path/name` → `name`). */
export function resourceName(nameOrArn: string): string {
  return nameOrArn.startsWith('arn:') ? (nameOrArn.split(/[:/]/).pop() ?? nameOrArn) : nameOrArn;
}
