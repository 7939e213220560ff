import type { ECRClient } from '@aws-sdk/client-ecr';
import { findImagesByTag } from '../../src/ecr/ecr';
import { ServiceError } from '../../src/errors';

/** An ECR client whose every call fails with an AWS error named `name`, recording the calls' inputs. */
function failingClient(name: string): { client: ECRClient; inputs: unknown[] } {
  const inputs: unknown[] = [];
  const send = (command: { input: unknown }) => {
    inputs.push(command.input);
    return Promise.reject(Object.assign(new Error(`${name}: says ECR`), { name }));
  };
  return { client: { send } as unknown as ECRClient, inputs };
}

// The tags' lookup runs beside the repository's, before it is known to exist (or created): a missing repository
// holds no tags, and its own lookup says what is wrong.
test('findImagesByTag: a repository that does not exist holds no tags; the call names the registry asked', async () => {
  const { client, inputs } = failingClient('RepositoryNotFoundException');
  const found = await findImagesByTag(client, { name: 'team/web', registryId: '210987654321' }, ['buildcache', 'abc']);
  expect(found).toEqual(new Map());
  expect(inputs).toMatchObject([
    {
      registryId: '210987654321',
      repositoryName: 'team/web',
      imageIds: [{ imageTag: 'buildcache' }, { imageTag: 'abc' }],
    },
  ]);
});

test('findImagesByTag: any other failure is an outside error naming the call and the permission', async () => {
  const { client } = failingClient('AccessDeniedException');
  const error = await findImagesByTag(client, { name: 'team/web' }, ['abc']).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ServiceError);
  expect(error).toMatchObject({
    operation: 'ECR BatchGetImage team/web:abc',
    fix: expect.stringMatching(/ecr:BatchGetImage/),
  });
});
