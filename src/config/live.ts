/**
 * The inputs of `--live` → a LiveConfig (pure): which account, cluster, service and CodeDeploy names the checks read.
 * The names default the way the ECS console names a CodeDeploy application and deployment group.
 */
import type { DeployTarget } from '../deploy-files/deploy-target';
import { quote } from '../deploy-files/findings';
import { UserError } from '../errors';
import type { InputReader } from './inputs';
import type { LiveConfig } from './types';
import { resourceName } from '../live/snapshot';
import { checkRegion } from './validators';

/**
 * The live checks' config, when `live` is on.
 * @param region the run's region (build's), or undefined for validate, which reads `region` and the environment here
 * @param target the deploy target: which kind of blue/green the account is checked for
 * @throws UserError naming the input for a missing cluster, service or region, or CodeDeploy names given with `ecs`
 */
export function resolveLive(
  inputs: InputReader,
  region: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  target: DeployTarget,
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
  checkRegion(where); // it names the account in every finding: aws:<region>
  if (target === 'ecs') {
    for (const name of ['codedeploy-application', 'codedeploy-deployment-group'] as const) {
      if (inputs.given(name) === undefined) continue;
      throw new UserError(
        'names CodeDeploy, which deploy-target ecs does not use: ECS deploys the service itself',
        { input: name },
        `remove ${name}, or set deploy-target codedeploy for a CODE_DEPLOY service`,
      );
    }
  }
  const names = `${resourceName(cluster)}-${resourceName(service)}`;
  return Object.freeze({
    target,
    region: where,
    cluster,
    service,
    ...(target === 'codedeploy' && {
      codedeploy: {
        application: codeDeployName(inputs, 'codedeploy-application') ?? `AppECS-${names}`,
        deploymentGroup: codeDeployName(inputs, 'codedeploy-deployment-group') ?? `DgpECS-${names}`,
      },
    }),
    responseTimeoutMs: inputs.seconds('response-timeout'),
  });
}

/** An ECS cluster or service name (up to 255 letters, digits, hyphens and underscores), or its ARN. */
const ECS_NAME =
  /^(?:[A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:(?:cluster|service)\/[A-Za-z0-9_/-]{1,512})$/;
/** A CodeDeploy application or deployment group name: up to 100 characters, none of them a control character. */
const CODEDEPLOY_NAME = /^[^\p{Cc}]{1,100}$/u;

function required(inputs: InputReader, name: 'cluster' | 'service', what: string): string {
  const value = inputs.given(name);
  if (value === undefined) throw new UserError('is required by live', { input: name }, `pass ${what}`);
  if (!ECS_NAME.test(value)) {
    throw new UserError(
      `${quote(value)} is not an ECS ${name} name or ARN`,
      { input: name },
      `pass ${what}: up to 255 letters, digits, hyphens and underscores`,
    );
  }
  return value;
}

function codeDeployName(
  inputs: InputReader,
  name: 'codedeploy-application' | 'codedeploy-deployment-group',
): string | undefined {
  const value = inputs.given(name);
  if (value === undefined || CODEDEPLOY_NAME.test(value)) return value;
  throw new UserError(
    `${quote(value)} is not a CodeDeploy name`,
    { input: name },
    'pass the name as the CodeDeploy console shows it: up to 100 characters, on one line',
  );
}
