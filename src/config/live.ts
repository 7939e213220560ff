/**
 * The inputs of `--live` → a LiveConfig (pure): which account, cluster, service and CodeDeploy names the checks read.
 * The names default the way the ECS console names a CodeDeploy application and deployment group.
 */
import { quote } from '../deploy-files/findings';
import { UserError } from '../errors';
import type { InputReader } from './inputs';
import type { ServiceDefinition } from '../deploy-files/service-definition';
import type { FilesConfig, LiveConfig } from './types';
import { resourceName } from '../live/snapshot';
import { checkRegion } from './validators';

/**
 * The live checks' config, when `live` is on.
 * @param region the run's region (build's), or undefined for validate, which reads `region` and the environment here
 * @param files the deploy target (which kind of blue/green the account is checked for) and the service definition,
 *   whose `cluster` and `serviceName` stand in for the inputs not given
 * @throws UserError naming the input for a missing cluster, service or region, or CodeDeploy names given with `ecs`
 */
export function resolveLive(
  inputs: InputReader,
  region: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  files: Pick<FilesConfig, 'deployTarget' | 'serviceDefinition'>,
): LiveConfig | undefined {
  if (!inputs.boolean('live')) return undefined;
  const cluster = ecsName(inputs, 'cluster', files.serviceDefinition);
  const service = ecsName(inputs, 'service', files.serviceDefinition);
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
  const application = codeDeployName(inputs, 'codedeploy-application');
  const deploymentGroup = codeDeployName(inputs, 'codedeploy-deployment-group');
  if (files.deployTarget === 'ecs') {
    for (const name of ['codedeploy-application', 'codedeploy-deployment-group'] as const) {
      if (inputs.given(name) === undefined) continue;
      throw new UserError(
        'names CodeDeploy, which deploy-target ecs does not use: ECS deploys the service itself',
        { input: name },
        `remove ${name}, or set deploy-target codedeploy for a CODE_DEPLOY service`,
      );
    }
  }
  return Object.freeze({
    target: files.deployTarget,
    region: where,
    ...(cluster !== undefined && { cluster }),
    ...(service !== undefined && { service }),
    ...(files.deployTarget === 'codedeploy' && {
      codedeploy: {
        ...(application !== undefined && { application }),
        ...(deploymentGroup !== undefined && { deploymentGroup }),
      },
    }),
    responseTimeoutMs: inputs.seconds('response-timeout'),
  });
}

/** The cluster, service and CodeDeploy names the checks read, once the service definition is parsed. */
export interface LiveNames {
  readonly cluster: string;
  readonly service: string;
  readonly codedeploy?: { readonly application: string; readonly deploymentGroup: string };
}

const WHAT = {
  cluster: { field: 'cluster', example: 'the ECS cluster of the service, e.g. prod (or its ARN)' },
  service: { field: 'serviceName', example: 'the ECS service the deployment updates, e.g. web (or its ARN)' },
} as const;

/**
 * The names `live` reads: the inputs, else the service definition's `cluster` and `serviceName`; the CodeDeploy names
 * default as the ECS console names them.
 * @throws UserError naming the input when neither the input nor the service definition gives a name, or the service
 *   definition's is no ECS name
 */
export function liveNames(
  live: LiveConfig,
  serviceDefinition?: Pick<ServiceDefinition, 'cluster' | 'service'>,
): LiveNames {
  const name = (input: 'cluster' | 'service'): string => {
    const given = live[input];
    if (given !== undefined) return given;
    const written = serviceDefinition?.[input];
    if (written === undefined) {
      throw new UserError(
        serviceDefinition === undefined
          ? 'is required by live'
          : `is required by live: the service definition has no ${WHAT[input].field}`,
        { input },
        `pass ${WHAT[input].example}, or give a service-definition that names it`,
      );
    }
    if (!ECS_NAME.test(written)) {
      throw new UserError(
        `names the ${input} ${quote(written)}, which is no ECS ${input} name or ARN`,
        { input: 'service-definition' },
        `write ${WHAT[input].field} as ECS names it, or pass ${input}`,
      );
    }
    return written;
  };
  const cluster = name('cluster');
  const service = name('service');
  const names = `${resourceName(cluster)}-${resourceName(service)}`;
  return {
    cluster,
    service,
    ...(live.codedeploy && {
      codedeploy: {
        application: live.codedeploy.application ?? `AppECS-${names}`,
        deploymentGroup: live.codedeploy.deploymentGroup ?? `DgpECS-${names}`,
      },
    }),
  };
}

/** An ECS cluster or service name (up to 255 letters, digits, hyphens and underscores), or its ARN. */
const ECS_NAME =
  /^(?:[A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:(?:cluster|service)\/[A-Za-z0-9_/-]{1,512})$/;
/** A CodeDeploy application or deployment group name: up to 100 characters, none of them a control character. */
const CODEDEPLOY_NAME = /^[^\p{Cc}]{1,100}$/u;

/** The `cluster` or `service` input, checked as an ECS name; undefined when not given. */
function ecsName(
  inputs: InputReader,
  name: 'cluster' | 'service',
  serviceDefinition: string | undefined,
): string | undefined {
  const value = inputs.given(name);
  if (value === undefined) {
    // The service definition's, once it is parsed (liveNames).
    if (serviceDefinition !== undefined) return undefined;
    throw new UserError(
      'is required by live',
      { input: name },
      `pass ${WHAT[name].example}, or give a service-definition that names it`,
    );
  }
  if (!ECS_NAME.test(value)) {
    throw new UserError(
      `${quote(value)} is not an ECS ${name} name or ARN`,
      { input: name },
      `pass ${WHAT[name].example}: up to 255 letters, digits, hyphens and underscores`,
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
