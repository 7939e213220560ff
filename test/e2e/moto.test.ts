/**
 * moto's server, the AWS API mock the tests of ECS, ELBv2, CodeDeploy, IAM and S3 versions run against: it starts from
 * the machine's Python, answers the real SDK clients on loopback, and forgets everything on reset.
 */
import { CreateClusterCommand, ECSClient, ListClustersCommand } from '@aws-sdk/client-ecs';
import { startMoto, type Moto } from '../stack/moto.mjs';

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
