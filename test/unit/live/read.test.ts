/**
 * readSnapshot's reads run at once: when the service read fails first, the task's reads still under way must not end
 * the process later as an unhandled rejection (a stack trace printed after the run's own message).
 */
import type { LiveClients } from '../../../src/live/clients';
import { readSnapshot } from '../../../src/live/read';
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
