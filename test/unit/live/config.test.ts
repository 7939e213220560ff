/**
 * The inputs of --live → its config: the CodeDeploy names default as the ECS console gives them; a name that is no
 * ECS or CodeDeploy name, or a region that is no region, is refused naming the input — its value quoted, clipped.
 */
import { liveNames, type LiveConfig } from '../../../src/config';
import type { RawInputs } from '../../../src/interface';
import { resolveRaw } from '../resolve-raw';
import { userError } from '../user-error';

const env = { AWS_REGION: 'us-east-1' };
const live = { live: 'true', cluster: 'prod', service: 'web' };

test.each<[string, RawInputs, Record<string, unknown>]>([
  [
    '1. names: the CodeDeploy application and group default as the ECS console names them',
    live,
    {
      target: 'codedeploy',
      region: 'us-east-1',
      cluster: 'prod',
      service: 'web',
      codedeploy: { application: 'AppECS-prod-web', deploymentGroup: 'DgpECS-prod-web' },
    },
  ],
  [
    '2. ARNs: the defaults take their last part',
    {
      ...live,
      cluster: 'arn:aws:ecs:us-east-1:111122223333:cluster/prod',
      service: 'arn:aws:ecs:us-east-1:111122223333:service/prod/web',
    },
    { codedeploy: { application: 'AppECS-prod-web', deploymentGroup: 'DgpECS-prod-web' } },
  ],
  [
    '3. names given, a CodeDeploy name with spaces and dots',
    { ...live, 'codedeploy-application': 'web app.v2', 'codedeploy-deployment-group': 'web-dg' },
    { codedeploy: { application: 'web app.v2', deploymentGroup: 'web-dg' } },
  ],
  ['4. the region input over the environment', { ...live, region: 'eu-west-1' }, { region: 'eu-west-1' }],
  [
    '5. deploy-target ecs: the account is checked for ECS blue/green, no CodeDeploy names',
    { ...live, 'deploy-target': 'ecs' },
    { target: 'ecs', cluster: 'prod', service: 'web' },
  ],
])('%s', (_name, raw, expected) => {
  const resolved = resolveRaw('validate', raw, env).live as LiveConfig;
  expect({ ...resolved, ...liveNames(resolved) }).toMatchObject(expected);
});

test('6. deploy-target ecs: no CodeDeploy names in the live config', () => {
  expect(resolveRaw('validate', { ...live, 'deploy-target': 'ecs' }, env)).not.toHaveProperty('live.codedeploy');
});

/** --live with a service definition and no cluster or service input: the names come from the file once parsed. */
const fromFile = { live: 'true', 'service-definition': 'service.json' };

test.each<[string, RawInputs, { cluster?: string; service?: string }, Record<string, unknown>]>([
  [
    '1. both from the service definition, the CodeDeploy names following them',
    fromFile,
    { cluster: 'prod', service: 'web' },
    {
      cluster: 'prod',
      service: 'web',
      codedeploy: { application: 'AppECS-prod-web', deploymentGroup: 'DgpECS-prod-web' },
    },
  ],
  [
    '2. an input wins over the file',
    { ...fromFile, service: 'api' },
    { cluster: 'prod', service: 'web' },
    { cluster: 'prod', service: 'api', codedeploy: { application: 'AppECS-prod-api' } },
  ],
  [
    '3. a cluster ARN from describe-services output',
    { ...fromFile, 'deploy-target': 'ecs' },
    { cluster: 'arn:aws:ecs:us-east-1:111122223333:cluster/prod', service: 'web' },
    { cluster: 'arn:aws:ecs:us-east-1:111122223333:cluster/prod', service: 'web' },
  ],
])('names %s', (_name, raw, written, expected) => {
  const resolved = resolveRaw('validate', raw, env).live as LiveConfig;
  expect(liveNames(resolved, written)).toMatchObject(expected);
});

test.each<[string, RawInputs, { cluster?: string; service?: string } | undefined, string, RegExp]>([
  ['1. the file has no cluster', fromFile, { service: 'web' }, 'cluster', /the service definition has no cluster/],
  [
    '2. the file has no serviceName',
    fromFile,
    { cluster: 'prod' },
    'service',
    /the service definition has no serviceName/,
  ],
  [
    '3. the file names a service that forges a workflow command',
    fromFile,
    { cluster: 'prod', service: 'web\n::error::x' },
    'service-definition',
    /^names the service "web\\n::error::x", which is no ECS service name/,
  ],
])('names refused: %s', (_name, raw, written, input, message) => {
  const resolved = resolveRaw('validate', raw, env).live as LiveConfig;
  const error = userError(() => liveNames(resolved, written));
  expect(error.subject).toEqual({ input });
  expect(error.message).toMatch(message);
  expect(error.message).not.toContain('\n');
  expect(error.fix).toMatch(/service-definition|pass/);
});

test('7. without live: no live config, and no cluster or service needed', () => {
  expect(resolveRaw('validate', {}, env)).not.toHaveProperty('live');
});

test.each<[string, RawInputs, Record<string, string | undefined>, string, RegExp]>([
  ['1. no cluster', { live: 'true', service: 'web' }, env, 'cluster', /is required by live/],
  ['2. no service', { live: 'true', cluster: 'prod' }, env, 'service', /is required by live/],
  ['3. no region anywhere', live, {}, 'region', /is required by live/],
  ['4. a region that is none', { ...live, region: 'us-east-1 x' }, env, 'region', /is not an AWS region name/],
  ['5. a service name with a slash', { ...live, service: 'prod/web' }, env, 'service', /is not an ECS service name/],
  [
    '6. a cluster name of 256 characters',
    { ...live, cluster: 'c'.repeat(256) },
    env,
    'cluster',
    /^"c{60}"… \(256 characters\) is not an ECS cluster name/,
  ],
  [
    '7. a service name forging a workflow command',
    { ...live, service: 'web\n::error title=forged::x' },
    env,
    'service',
    /^"web\\n::error title=forged::x" is not an ECS service name/,
  ],
  [
    '8. a CodeDeploy application of 101 characters',
    { ...live, 'codedeploy-application': 'a'.repeat(101) },
    env,
    'codedeploy-application',
    /is not a CodeDeploy name/,
  ],
  [
    '9. a deployment group on two lines',
    { ...live, 'codedeploy-deployment-group': 'dg\n::warning::x' },
    env,
    'codedeploy-deployment-group',
    /^"dg\\n::warning::x" is not a CodeDeploy name/,
  ],
  [
    '10. a CodeDeploy application with deploy-target ecs',
    { ...live, 'deploy-target': 'ecs', 'codedeploy-application': 'AppECS-prod-web' },
    env,
    'codedeploy-application',
    /deploy-target ecs does not use/,
  ],
])('refused: %s', (_name, raw, environment, input, message) => {
  const error = userError(() => resolveRaw('validate', raw, environment));
  expect(error.subject).toEqual({ input });
  expect(error.message).toMatch(message);
  expect(error.message).not.toContain('\n');
  expect(error.fix).toBeTruthy();
});
