/**
 * ECR registry hosts beyond the default that the offline stack can serve: ECR Public's login. The stack's ECR endpoint
 * answers ECR Public's GetAuthorizationToken (its own JSON target prefix, SigV4 checked for `ecr-public` in us-east-1),
 * and the documented test override ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES sends Docker's login for `public.ecr.aws`
 * to the stack's registry under `localhost:<port>` (no hosts entry, no resolver). The other forms (FIPS, dual-stack,
 * China) have their tables in test/unit/registry-hosts.test.ts, the SDK's endpoint for each included.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../stack/layout.mjs';
import { secondRegistryHost } from '../stack/repositories.mjs';
import { createRepository, registryDigest, runTool, sampleWorkspace, stack, unique } from './harness';

const publicAddress = secondRegistryHost(stack.registry);
const servicesLog = join(paths.logs, 'aws-services.log');
const publicLogins = () =>
  readFileSync(servicesLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes('ecr-public GetAuthorizationToken → 200')).length;

test("public.ecr.aws in login-registries: logged in through ECR Public's API, the password masked", async () => {
  const workspace = sampleWorkspace();
  const repository = unique('hosts/public');
  await createRepository(repository);
  const before = publicLogins();
  const run = await runTool(['--repository', repository, '--login-registries', 'public.ecr.aws', '--json'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: {
      AWS_ENDPOINT_URL_ECR_PUBLIC: stack.ecrEndpoint,
      ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES: `public.ecr.aws=${publicAddress}`,
    },
  });
  expect(run.stderr).toContain(`Log in to ${stack.registry}, ${publicAddress}`);
  expect(run.code).toBe(0);
  expect(publicLogins()).toBe(before + 1);
  expect(`${run.stdout}${run.stderr}`).not.toContain(stack.registryPassword);
  const digest = (JSON.parse(run.stdout) as Record<string, string>)['image-digest'];
  expect(await registryDigest(repository, workspace.sha.slice(0, 7))).toBe(digest);
});

test('a malformed registry address override: exit 2 naming the variable, nothing pushed', async () => {
  const workspace = sampleWorkspace();
  const repository = unique('hosts/override');
  await createRepository(repository);
  const run = await runTool(['--repository', repository, '--login-registries', 'public.ecr.aws'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
    env: {
      AWS_ENDPOINT_URL_ECR_PUBLIC: stack.ecrEndpoint,
      ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES: 'public.ecr.aws',
    },
  });
  expect(run.stderr).toContain(
    "error: the environment variable ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES: 'public.ecr.aws' is not host=address",
  );
  expect(run.code).toBe(2);
  expect(await registryDigest(repository, workspace.sha.slice(0, 7))).toBeUndefined();
});
