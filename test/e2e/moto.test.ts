/**
 * moto's server, the AWS API mock the tests of ECS, ELBv2, CodeDeploy, IAM and S3 versions run against: it starts from
 * the machine's Python, answers the real SDK clients on loopback, and forgets everything on reset. And the project's
 * front before it (the --live tests' request log and the answers moto lacks), which keeps answering while the process
 * that started it is blocked.
 */
import { spawnSync } from 'node:child_process';
import { CreateClusterCommand, ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { startMoto, type Moto } from '../stack/moto.mjs';
import { startMotoFront } from '../stack/moto-front.mjs';

let moto: Moto;
beforeAll(async () => {
  moto = await startMoto({ name: 'moto-smoke' });
});
afterAll(() => moto?.stop());

test("moto's server answers the SDK on loopback and forgets everything on reset", async () => {
  expect(moto.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  const ecs = new ECSClient({
    endpoint: moto.endpoint,
    region: moto.env.AWS_REGION,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  });
  const created = await ecs.send(new CreateClusterCommand({ clusterName: 'smoke' }));
  expect(created.cluster?.clusterArn).toBe(`arn:aws:ecs:us-east-1:${moto.accountId}:cluster/smoke`);
  expect((await ecs.send(new ListClustersCommand({}))).clusterArns).toEqual([created.cluster?.clusterArn]);
  await moto.reset();
  expect((await ecs.send(new ListClustersCommand({}))).clusterArns).toEqual([]);
});

describe('the moto front (test/stack/moto-front.mjs): in a thread of its own', () => {
  let front: Awaited<ReturnType<typeof startMotoFront>>;
  beforeAll(async () => {
    front = await startMotoFront(moto.endpoint);
  });
  afterAll(() => front?.stop());

  /**
   * One JSON-protocol call to the front from a child process, while this process waits in spawnSync (as the bench's
   * timers do): its status and body. The timeout only ends a hang; a front sharing this thread never answers.
   */
  function callBlocked(service: string, target: string, body: object): { status: number; body: string } {
    const script = `
      const response = await fetch(process.env.FRONT, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': process.env.TARGET,
          authorization: 'AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/' + process.env.SERVICE + '/aws4_request, SignedHeaders=host, Signature=0',
        },
        body: process.env.BODY,
      });
      process.stdout.write(JSON.stringify({ status: response.status, body: await response.text() }));`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, FRONT: front.endpoint, SERVICE: service, TARGET: target, BODY: JSON.stringify(body) },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ signal: child.signal, status: child.status, stderr: child.stderr }).toEqual({
      signal: null,
      status: 0,
      stderr: '',
    });
    return JSON.parse(child.stdout) as { status: number; body: string };
  }

  test('it answers, logs and denies while the process that started it is blocked in spawnSync', () => {
    front.calls.length = 0;
    const config = callBlocked('codedeploy', 'CodeDeploy_20141006.GetDeploymentConfig', {
      deploymentConfigName: 'CodeDeployDefault.ECSAllAtOnce',
    });
    expect(config.status).toBe(200);
    expect(JSON.parse(config.body).deploymentConfigInfo.deploymentConfigName).toBe('CodeDeployDefault.ECSAllAtOnce');
    // Forwarded to moto.
    const clusters = callBlocked('ecs', 'AmazonEC2ContainerServiceV20141113.ListClusters', {});
    expect({ status: clusters.status, body: JSON.parse(clusters.body) }).toEqual({
      status: 200,
      body: { clusterArns: [] },
    });
    front.denied.add('ListClusters');
    const denied = callBlocked('ecs', 'AmazonEC2ContainerServiceV20141113.ListClusters', {});
    expect({ status: denied.status, type: JSON.parse(denied.body).__type }).toEqual({
      status: 400,
      type: 'AccessDeniedException',
    });
    front.denied.clear();
    expect(callBlocked('ecs', 'AmazonEC2ContainerServiceV20141113.ListClusters', {}).status).toBe(200);
    expect(front.calls.map((call) => `${call.service}:${call.operation}`)).toEqual([
      'codedeploy:GetDeploymentConfig',
      'ecs:ListClusters',
      'ecs:ListClusters',
      'ecs:ListClusters',
    ]);
  });
});
