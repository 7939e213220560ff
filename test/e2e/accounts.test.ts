/**
 * A central ECR account: pushing to a repository in another account's registry (registry-id, or
 * the repository as a full URI), and building FROM a base image in it (login-registries). The
 * stack's second account, 210987654321, is the same registry front under the host name localhost.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateRepositoryCommand } from '@aws-sdk/client-ecr';
import { stackEnv } from '../stack/index.mjs';
import { SECOND_ACCOUNT_ID, secondRegistryHost } from '../stack/repositories.mjs';
import { createRepository, ecr, registry, runTool, sampleWorkspace, stack, unique } from './harness';
import { expectNoPasswordLeft } from './published';

const secondRegistry = secondRegistryHost(stack.registry);

async function createSecondAccountRepository(name: string): Promise<void> {
  await ecr.send(new CreateRepositoryCommand({ repositoryName: name, registryId: SECOND_ACCOUNT_ID }));
}

/** The digest a tag has in the second account's registry, read from distribution itself. */
async function secondAccountDigest(name: string, tag: string): Promise<string | undefined> {
  return (await registry.manifest(`${SECOND_ACCOUNT_ID}/${name}`, tag))?.digest;
}

test("push to another account's repository: by registry-id, and by the repository URI", async () => {
  const workspace = sampleWorkspace();
  const name = unique('central/web');
  await createSecondAccountRepository(name);

  const run = await runTool(
    ['build', '--repository', name, '--registry-id', SECOND_ACCOUNT_ID, '--tags', 'by-id', '--json'],
    { cwd: workspace.dir, tmp: workspace.tmp },
  );
  expect(run.code).toBe(0);
  const outputs = JSON.parse(run.stdout) as Record<string, string>;
  expect(await secondAccountDigest(name, 'by-id')).toBe(outputs['image-digest']);
  expect(outputs['image-uri']).toBe(`${secondRegistry}/${name}@${outputs['image-digest']}`);
  expect(JSON.parse(readFileSync(join(workspace.dir, 'ecs-deploy', 'imageDetail.json'), 'utf8'))).toEqual({
    ImageURI: outputs['image-uri'],
  });
  // Nothing of it in the credentials' own registry.
  expect(await registry.manifest(name, 'by-id')).toBeUndefined();
  expect(run.stderr).toContain(`==> Log in to ${secondRegistry}\n`);

  const uri = `${SECOND_ACCOUNT_ID}.dkr.ecr.${stack.region}.amazonaws.com/${name}`;
  const byUri = await runTool(['build', '--repository', uri, '--tags', 'by-uri', '--json'], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
  });
  expect(byUri.code).toBe(0);
  expect(await secondAccountDigest(name, 'by-uri')).toBe(JSON.parse(byUri.stdout)['image-digest']);

  // A repository the other account does not have: the message names the account.
  const missing = await runTool(['build', '--repository', `${name}-none`, '--registry-id', SECOND_ACCOUNT_ID], {
    cwd: workspace.dir,
    tmp: workspace.tmp,
  });
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain(
    `error: --repository: '${name}-none' does not exist in the registry of account ${SECOND_ACCOUNT_ID} in ${stack.region}`,
  );
});

test('a build FROM a base image in another account: login-registries logs in to it too, in the same private config', async () => {
  const base = sampleWorkspace();
  // A base image of its own (no other test builds it), gone from the daemon once pushed: the
  // build below must get it from the other account's registry.
  writeFileSync(join(base.dir, 'site', 'base.txt'), randomBytes(8).toString('hex'));
  const baseName = unique('central/base');
  await createSecondAccountRepository(baseName);
  const pushed = await runTool(
    ['build', '--repository', baseName, '--registry-id', SECOND_ACCOUNT_ID, '--tags', 'v1', '--cache=false', '--json'],
    { cwd: base.dir, tmp: base.tmp },
  );
  expect(pushed.code).toBe(0);
  const baseImage = JSON.parse(pushed.stdout)['image-uri'] as string;
  // By its tag, its only name in the daemon: the image id differs between the image stores.
  execFileSync('docker', ['rmi', '--force', baseImage.replace(/@sha256:[0-9a-f]{64}$/, ':v1')], {
    env: stackEnv(stack),
    stdio: 'ignore',
  });

  const service = sampleWorkspace();
  writeFileSync(join(service.dir, 'Dockerfile'), `FROM ${baseImage}\nLABEL org.example.base=central\n`);
  const name = unique('app/web');
  await createRepository(name);
  // BuildKit resolves the base image in the other account's registry: without a login there, refused.
  const refused = await runTool(['build', '--repository', name, '--tags', 'refused'], {
    cwd: service.dir,
    tmp: service.tmp,
  });
  expect(refused.code).toBe(1);
  expect(refused.stderr).toMatch(/401 Unauthorized[\s\S]*error: docker build failed/);

  const run = await runTool(
    ['build', '--repository', name, '--tags', 'derived', '--login-registries', SECOND_ACCOUNT_ID, '--json'],
    { cwd: service.dir, tmp: service.tmp },
  );
  expect(run.stderr).toContain(`==> Log in to ${stack.registry}, ${secondRegistry}\n`);
  expect(run.code).toBe(0);
  const outputs = JSON.parse(run.stdout) as Record<string, string>;
  expect(await registry.manifest(name, 'derived')).toMatchObject({ digest: outputs['image-digest'] });
  // The derived image has the base image's layers (an index's platform image's, on the containerd image store).
  const layers = async (repository: string, tag: string) =>
    (await registry.image(repository, tag))!.layers.map((l) => l.digest);
  expect(await layers(name, 'derived')).toEqual(await layers(`${SECOND_ACCOUNT_ID}/${baseName}`, 'v1'));
  expectNoPasswordLeft(service, run);
});
