/**
 * readSnapshot's reads run at once: when the service read fails first, the task's reads still under way must not end
 * the process later as an unhandled rejection (a stack trace printed after the run's own message). SSM's batches of
 * ten names run at once too.
 */
import type { SSMClient } from '@aws-sdk/client-ssm';
import type { LiveClients } from '../../../src/live/clients';
import { getParameters, readSnapshot } from '../../../src/live/read';
import type { LiveSubject } from '../../../src/live/snapshot';

/** A client whose every call fails as a silent endpoint does, after `ms`. */
function failingClient(ms: number, what: string) {
  return {
    send: () =>
      new Promise((_resolve, reject) =>
        setTimeout(() => reject(Object.assign(new Error(`${what} did not answer`), { name: 'EndpointSilent' })), ms),
      ),
  };
}

test('the service read fails first, the role read after it: one rejection, none left unhandled', async () => {
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', record);
  try {
    const clients = {
      ecs: failingClient(0, 'ECS'),
      iam: failingClient(50, 'IAM'),
    } as unknown as LiveClients;
    const subject: LiveSubject = {
      target: 'ecs',
      region: 'us-east-1',
      cluster: 'prod',
      service: 'web',
      taskDefinition: {
        family: 'web',
        executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
        containerDefinitions: [{ name: 'web' }],
      },
      images: [],
    };
    await expect(readSnapshot(clients, subject)).rejects.toThrow(/ECS DescribeServices for web in prod/);
    // Past the role read's failure, and a turn more for the rejection to be reported.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(unhandled).toEqual([]);
  } finally {
    process.off('unhandledRejection', record);
  }
});

test('GetParameters asks ten names a call, every batch at once, and names each reference found or missing', async () => {
  const asked: string[][] = [];
  const answers: (() => void)[] = [];
  const ssm = {
    send: (command: { input: { Names: string[] } }) =>
      new Promise((resolve) => {
        asked.push(command.input.Names);
        answers.push(() => resolve({ InvalidParameters: command.input.Names.filter((name) => name.endsWith('/11')) }));
      }),
  } as unknown as SSMClient;
  const references = Array.from({ length: 12 }, (_, index) => `/web/${index}`);
  const result = getParameters(ssm, references, undefined);
  // Both calls are made before either is answered.
  await new Promise((resolve) => setImmediate(resolve));
  expect(asked.map((names) => names.length)).toEqual([10, 2]);
  answers.forEach((answer) => answer());
  const found = await result;
  expect(Object.keys(found)).toEqual(references);
  expect(found['/web/11']).toEqual({ state: 'missing', reason: 'ParameterNotFound' });
  expect(found['/web/0']).toEqual({ state: 'found', value: true });
});
