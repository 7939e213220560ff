/**
 * The inputs of `--live` → a LiveConfig (pure): which account, cluster, service and CodeDeploy names the checks read.
 * The names default the way the ECS console names a CodeDeploy application and deployment group.
 */
import { UserError } from '../errors';
import type { InputReader } from './inputs';
import { resourceName } from '../live/snapshot';

/** What the live checks read, and how long each call may take. */
export interface LiveConfig {
  /** `codedeploy` until a deploy-target input says otherwise. */
  readonly target: 'codedeploy' | 'ecs';
  readonly region: string;
  /** A name or an ARN, as given. */
  readonly cluster: string;
  readonly service: string;
  readonly codedeploy?: { readonly application: string; readonly deploymentGroup: string };
  readonly responseTimeoutMs: number;
}

/**
 * The live checks' config, when `live` is on.
 * @param region the run's region (build's), or undefined for validate, which reads `region` and the environment here
 * @throws UserError naming the input for a missing cluster, service or region
 */
export function resolveLive(
  inputs: InputReader,
  region: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): LiveConfig | undefined {
  if (!inputs.boolean('live')) return undefined;
  const cluster = required(inputs, 'cluster', 'the ECS cluster of the service, e.g. prod (or its ARN)');
  const service = required(inputs, 'service', 'the ECS service the deployment updates, e.g. web (or its ARN)');
  const where =
    region ?? inputs.given('region') ?? (env['AWS_REGION'] || undefined) ?? (env['AWS_DEFAULT_REGION'] || undefined);
  if (where === undefined) {
    throw new UserError(
      'is required by live: no region given and neither AWS_REGION nor AWS_DEFAULT_REGION is set',
      { input: 'region' },
      'pass the region of the service, e.g. eu-west-1',
    );
  }
  const target = 'codedeploy';
  const names = `${resourceName(cluster)}-${resourceName(service)}`;
  return Object.freeze({
    target,
    region: where,
    cluster,
    service,
    codedeploy: {
      application: inputs.given('codedeploy-application') ?? `AppECS-${names}`,
      deploymentGroup: inputs.given('codedeploy-deployment-group') ?? `DgpECS-${names}`,
    },
    responseTimeoutMs: inputs.seconds('response-timeout'),
  });
}

function required(inputs: InputReader, name: 'cluster' | 'service', what: string): string {
  const value = inputs.given(name);
  if (value === undefined) throw new UserError('is required by live', { input: name }, `pass ${what}`);
  return value;
}
