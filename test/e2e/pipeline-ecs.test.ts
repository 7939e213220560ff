/**
 * examples/pipeline-ecs/ replayed as its README runs it: the AWS CLI (aws-cli v1 in the machine's Python, which knows
 * CodePipeline V2 fields and AWS_ENDPOINT_URL; Debian's awscli 2.9 knows neither) against moto's server, with the ids
 * moto hands out put where the examples hold the placeholder account's (as a user puts theirs). Then what AWS gives
 * back — describe-services and get-pipeline output — goes to `validate --deploy-target ecs --service-definition
 * --pipeline`, as a user checks a live service.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { motoPython, startMoto, type Moto } from '../stack/moto.mjs';
import { runTool } from './harness';

const root = new URL('../..', import.meta.url).pathname;
type Json = Record<string, any>;
const example = (dir: string, name: string): Json =>
  JSON.parse(readFileSync(join(root, 'examples', dir, name), 'utf8')) as Json;

let moto: Moto;
let work: string;
beforeAll(async () => {
  moto = await startMoto({ name: 'moto-pipeline-ecs' });
  work = mkdtempSync(join(tmpdir(), 'ebb-pipeline-ecs-'));
}, 120_000);
afterAll(async () => {
  await moto?.stop();
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

let inputs = 0;
/** `aws <service> <operation> --cli-input-json file://…` (or plain arguments), its JSON answer. */
async function aws(service: string, operation: string, input?: Json, args: readonly string[] = []): Promise<Json> {
  const file = join(work, `input-${++inputs}.json`);
  if (input !== undefined) writeFileSync(file, JSON.stringify(input));
  const { stdout } = await promisify(execFile)(
    motoPython(),
    [
      '-m',
      'awscli',
      service,
      operation,
      ...(input !== undefined ? ['--cli-input-json', `file://${file}`] : []),
      ...args,
      '--output',
      'json',
    ],
    { env: { ...process.env, ...moto.env, AWS_CONFIG_FILE: '/dev/null', AWS_SHARED_CREDENTIALS_FILE: '/dev/null' } },
  );
  return stdout.trim() === '' ? {} : (JSON.parse(stdout) as Json);
}

/** The example with every ARN or id of the placeholder account replaced by moto's (longest first). */
function substituted(value: Json, ids: ReadonlyMap<string, string>): Json {
  let text = JSON.stringify(value);
  for (const [from, to] of [...ids].sort(([a], [b]) => b.length - a.length)) text = text.split(from).join(to);
  return JSON.parse(text) as Json;
}

test('the README of examples/pipeline-ecs against moto, then validate on what AWS answers', async () => {
  const ids = new Map<string, string>();
  // The calls that need no id of another run beside the network's: the cluster and task definition (step 1) and the
  // roles (step 3). Each CLI call is a Python start; on a loaded machine the two chains save minutes.
  const independent = (async () => {
    await aws('ecs', 'create-cluster', example('pipeline', 'cluster.json'));
    await aws('ecs', 'register-task-definition', example('pipeline', 'task-definition.json'));
    // 3. The roles ECS assumes, trusted by ecs.amazonaws.com.
    for (const file of ['infrastructure-role.json', 'hook-role.json']) {
      await aws('iam', 'create-role', example('pipeline-ecs', file));
      const role = await aws('iam', 'get-role', undefined, ['--role-name', example('pipeline-ecs', file)['RoleName']]);
      const trust = role['Role'].AssumeRolePolicyDocument;
      const document = (typeof trust === 'string' ? JSON.parse(decodeURIComponent(trust)) : trust) as Json;
      expect(document['Statement'][0].Principal).toEqual({ Service: 'ecs.amazonaws.com' });
    }
    await aws('iam', 'put-role-policy', example('pipeline-ecs', 'hook-role-policy.json'));
  })();
  independent.catch(() => undefined); // awaited below; a failure there fails the test, not the process
  // The network and the load balancer ../pipeline/ takes as given.
  const vpc = (await aws('ec2', 'create-vpc', undefined, ['--cidr-block', '10.0.0.0/16']))['Vpc'].VpcId as string;
  ids.set(example('pipeline', 'target-group-blue.json')['VpcId'], vpc);
  const subnets: string[] = [];
  for (const [index, zone] of ['us-east-1a', 'us-east-1b'].entries()) {
    const subnet = await aws('ec2', 'create-subnet', undefined, [
      '--vpc-id',
      vpc,
      '--cidr-block',
      `10.0.${index}.0/24`,
      '--availability-zone',
      zone,
    ]);
    subnets.push(subnet['Subnet'].SubnetId as string);
  }
  const service = example('pipeline-ecs', 'service.json');
  service['networkConfiguration'].awsvpcConfiguration.subnets.forEach((subnet: string, index: number) =>
    ids.set(subnet, subnets[index]!),
  );
  const group = await aws('ec2', 'create-security-group', undefined, [
    '--group-name',
    'sample-service',
    '--description',
    'sample-service tasks',
    '--vpc-id',
    vpc,
  ]);
  ids.set(service['networkConfiguration'].awsvpcConfiguration.securityGroups[0], group['GroupId']);
  const balancer = await aws('elbv2', 'create-load-balancer', undefined, [
    '--name',
    'sample-alb',
    '--subnets',
    ...subnets,
  ]);
  ids.set(
    example('pipeline', 'listener-production.json')['LoadBalancerArn'],
    balancer['LoadBalancers'][0].LoadBalancerArn,
  );

  // 1. From ../pipeline/.
  for (const [file, arn] of [
    ['target-group-blue.json', service['loadBalancers'][0].targetGroupArn],
    ['target-group-green.json', service['loadBalancers'][0].advancedConfiguration.alternateTargetGroupArn],
  ] as const) {
    const created = await aws('elbv2', 'create-target-group', substituted(example('pipeline', file), ids));
    ids.set(arn, created['TargetGroups'][0].TargetGroupArn);
  }
  for (const [file, rule] of [
    ['listener-production.json', 'rule-production.json'],
    ['listener-test.json', 'rule-test.json'],
  ] as const) {
    const created = await aws('elbv2', 'create-listener', substituted(example('pipeline', file), ids));
    ids.set(example('pipeline-ecs', rule)['ListenerArn'], created['Listeners'][0].ListenerArn);
  }

  // 2. The listener rules, forwarding to both target groups.
  const advanced = service['loadBalancers'][0].advancedConfiguration;
  for (const [file, arn] of [
    ['rule-production.json', advanced.productionListenerRule],
    ['rule-test.json', advanced.testListenerRule],
  ] as const) {
    const created = await aws('elbv2', 'create-rule', substituted(example('pipeline-ecs', file), ids));
    const [rule] = created['Rules'];
    expect(rule.Actions[0].ForwardConfig.TargetGroups.map((group: Json) => group.Weight)).toEqual([100, 0]);
    ids.set(arn, rule.RuleArn);
  }

  await independent;

  // 4. The service.
  const created = await aws('ecs', 'create-service', substituted(service, ids));
  expect(created['service'].deploymentController).toEqual({ type: 'ECS' });
  const described = await aws('ecs', 'describe-services', undefined, [
    '--cluster',
    service['cluster'],
    '--services',
    service['serviceName'],
  ]);
  const live = described['services'][0] as Json;
  expect(live['loadBalancers'][0].advancedConfiguration).toEqual(substituted(advanced, ids));
  // moto 5.2.1 accepts strategy, bakeTimeInMinutes and lifecycleHooks but does not return them (TOOLCHAIN.md); AWS
  // returns the deployment configuration as created. This line notices when moto starts to.
  expect(live['deploymentConfiguration']?.strategy).toBeUndefined();
  // So the describe-services output validated below gets the deployment configuration the service was created with.
  live['deploymentConfiguration'] = substituted(service['deploymentConfiguration'], ids);
  writeFileSync(join(work, 'describe-services.json'), JSON.stringify(described, null, 2));

  // 5. The build project and the pipeline. moto wants a source and an artifacts location even for CODEPIPELINE ones,
  //    which AWS does not (TOOLCHAIN.md): given here only for moto.
  const project = example('pipeline-ecs', 'codebuild-project.json');
  await aws('codebuild', 'create-project', {
    ...project,
    source: { ...project['source'], location: 'codepipeline' },
    artifacts: { ...project['artifacts'], location: 'codepipeline' },
  });
  // The pipeline's service role is one of the roles the examples take as given; moto checks that it exists.
  const pipelineRole = (example('pipeline-ecs', 'pipeline.json')['pipeline'].roleArn as string).split('/').pop()!;
  await aws('iam', 'create-role', {
    RoleName: pipelineRole,
    AssumeRolePolicyDocument: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Service: 'codepipeline.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    }),
  });
  await aws('codepipeline', 'create-pipeline', example('pipeline-ecs', 'pipeline.json'));
  const pipeline = await aws('codepipeline', 'get-pipeline', undefined, ['--name', 'sample-service-ecs']);
  const deploy = (pipeline['pipeline'].stages as Json[]).flatMap((stage) => stage['actions'] as Json[]).at(-1)!;
  expect(deploy['actionTypeId'].provider).toBe('ECS');
  writeFileSync(join(work, 'get-pipeline.json'), JSON.stringify(pipeline, null, 2));

  // What AWS answered, validated against the sample service's task definition.
  const run = await runTool(
    [
      'validate',
      '--deploy-target',
      'ecs',
      '--service-definition',
      join(work, 'describe-services.json'),
      '--pipeline',
      join(work, 'get-pipeline.json'),
      '--json',
    ],
    { cwd: join(root, 'examples/sample-service') },
  );
  expect(run.stderr).toContain('get-pipeline.json: ok (');
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as { ok: boolean; findings: { rule: string; severity: string }[] };
  expect(result.ok).toBe(true);
  // The read-only fields of describe-services output are warned about, and the ECS action's one warning.
  expect([...new Set(result.findings.map((finding) => `${finding.severity} ${finding.rule}`))].sort()).toEqual([
    'warning pipeline/ignores-taskdef',
    'warning service/describe-only-field',
  ]);
}, 900_000);
