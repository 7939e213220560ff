/**
 * ECR registry hosts beyond the default. The stack's ECR endpoint answers ECR Public (its own JSON target prefix,
 * SigV4 checked for `ecr-public` in us-east-1): the login, and a public repository as the build's target, its images in
 * the same registry; the documented test override ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES sends Docker's login and push
 * for `public.ecr.aws` to the stack's registry under `localhost:<port>` (no hosts entry, no resolver). FIPS and
 * dual-stack hosts: a proxy on loopback that refuses every CONNECT shows where the tool's API calls would go. The host
 * forms have their tables in test/unit/registry-hosts.test.ts, the SDK's endpoint for each included.
 */
import { ECRPUBLICClient, DescribeImagesCommand } from '@aws-sdk/client-ecr-public';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../stack/layout.mjs';
import { PUBLIC_ALIAS, publicStorageName, secondRegistryHost } from '../stack/repositories.mjs';
import { refusingConnectProxy } from './faults';
import { createRepository, registryDigest, runTool, sampleWorkspace, stack, unique } from './harness';
import { expectPublished } from './published';

const publicAddress = secondRegistryHost(stack.registry);
const servicesLog = join(paths.logs, 'aws-services.log');
const publicLogins = () =>
  readFileSync(servicesLog, 'utf8')
    .split('\n')
    .filter((line) => line.includes('ecr-public GetAuthorizationToken → 200')).length;
/** The ECR Public calls the stack answered after line `from` of its log: `<operation> → <status>`. */
const publicCallsSince = (from: number) =>
  readFileSync(servicesLog, 'utf8')
    .split('\n')
    .slice(from)
    .flatMap((line) => /ecr-public (\S+ → \d+)/.exec(line)?.[1] ?? []);
const logLines = () => readFileSync(servicesLog, 'utf8').split('\n').length - 1;
const publicEnv = {
  AWS_ENDPOINT_URL_ECR_PUBLIC: stack.ecrEndpoint,
  ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES: `public.ecr.aws=${publicAddress}`,
};
const ecrPublic = new ECRPUBLICClient({
  region: 'us-east-1',
  endpoint: stack.ecrEndpoint,
  credentials: stack.credentials,
});
afterAll(() => ecrPublic.destroy());

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

describe("an ECR Public repository as the build's repository", () => {
  test('created through ECR Public, pushed, confirmed by its DescribeImages; imageDetail.json names public.ecr.aws', async () => {
    const workspace = sampleWorkspace();
    const name = unique('hosts/public-push');
    const uri = `public.ecr.aws/${PUBLIC_ALIAS}/${name}`;
    const from = logLines();
    const run = await runTool(
      ['build', '--repository', uri, '--create-repository', '--tags', 'v1,{short_sha}', '--json'],
      {
        cwd: workspace.dir,
        tmp: workspace.tmp,
        env: publicEnv,
      },
    );
    expect(run.stderr).toContain(`created ${uri} (public: listed in the ECR Public Gallery)`);
    expect(run.stderr).toContain(
      `${uri} is an ECR Public repository: the registry layer cache is off for it (a cache tag there would publish the layers of every build stage)`,
    );
    expect(run.stderr).toContain(`Log in to ${publicAddress}\n`);
    expect(run.code).toBe(0);
    const outputs = JSON.parse(run.stdout) as Record<string, string>;
    const tags = ['v1', workspace.sha.slice(0, 7)];
    const digest = await expectPublished(workspace, outputs, run, {
      repository: name,
      tags,
      imageName: uri,
      stored: publicStorageName(name),
    });
    // Every call went to ECR Public's API; no cache tag was looked up or pushed.
    expect(publicCallsSince(from).sort()).toEqual(
      [
        'CreateRepository → 200',
        'DescribeImages → 200',
        'DescribeRegistries → 200',
        'DescribeRepositories → 400',
        'GetAuthorizationToken → 200',
      ].sort(),
    );
    // ECR Public's own answer: the image under both tags, the digest imageDetail.json carries.
    const described = await ecrPublic.send(
      new DescribeImagesCommand({ repositoryName: name, imageIds: [{ imageDigest: digest }] }),
    );
    expect(described.imageDetails?.map((image) => [image.imageDigest, image.imageTags?.sort()])).toEqual([
      [digest, [...tags].sort()],
    ]);
    expect(await registryDigest(publicStorageName(name), 'buildcache')).toBeUndefined();

    // A re-run finds the repository, and pushes over the tag: ECR Public's tags are all mutable.
    const again = await runTool(['build', '--repository', uri, '--tags', 'v1', '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: publicEnv,
    });
    expect(again.stderr).toContain(`${uri} (ECR Public: tags mutable)`);
    expect(again.code).toBe(0);
    const rerun = JSON.parse(again.stdout) as Record<string, string>;
    expect(rerun['image-uri']).toBe(`${uri}@${rerun['image-digest']}`);
    expect(await registryDigest(publicStorageName(name), 'v1')).toBe(rerun['image-digest']);
  });

  test.each<[string, string, string, RegExp]>([
    [
      '1 no alias',
      'public.ecr.aws/web',
      "error: --repository: 'public.ecr.aws/web' names no registry alias and repository",
      /fix: write public\.ecr\.aws\/<alias>\/<name>/,
    ],
    [
      '2 an alias ECR Public would refuse',
      'public.ecr.aws/9Team/web',
      "error: --repository: '9Team' in 'public.ecr.aws/9Team/web' is not an ECR Public registry alias",
      /fix: an alias is 2–50 lowercase letters/,
    ],
    [
      "3 another registry's alias",
      'public.ecr.aws/someone-else/web',
      `error: --repository: 'someone-else' is not an active alias of this account's ECR Public registry (its aliases: ${PUBLIC_ALIAS})`,
      /fix: use your registry's alias \(aws ecr-public describe-registries\)/,
    ],
    [
      '4 a repository that does not exist, create-repository off',
      `public.ecr.aws/${PUBLIC_ALIAS}/absent-web`,
      `error: --repository: 'absent-web' does not exist in the ECR Public registry ${PUBLIC_ALIAS}`,
      /fix: create it \(aws ecr-public create-repository --region us-east-1/,
    ],
  ])('refused: %s → exit 2 naming the input and the fix, nothing pushed', async (_name, uri, message, fix) => {
    const workspace = sampleWorkspace();
    const run = await runTool(['build', '--repository', uri], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: publicEnv,
    });
    expect(run.stderr).toContain(message);
    expect(run.stderr).toMatch(fix);
    expect(run.stderr).not.toContain('==> Build');
    expect(run.code).toBe(2);
    const name = uri.split('/').slice(2).join('/');
    if (name !== '') expect(await registryDigest(publicStorageName(name), workspace.sha.slice(0, 7))).toBeUndefined();
  });
});

/**
 * FIPS and dual-stack registry hosts take ECR's API to the endpoint of their variant: with no endpoint configured and
 * a proxy that refuses every CONNECT, the targets it records are where the calls would have gone. Nothing leaves
 * loopback; the run fails naming the ECR operation.
 */
describe("FIPS and dual-stack hosts: ECR's API at the endpoint of the same variant", () => {
  test.each<[string, string, string]>([
    [
      '1 FIPS',
      '123456789012.dkr.ecr-fips.us-east-1.amazonaws.com/team/web',
      'api.ecr-fips.us-east-1.amazonaws.com:443',
    ],
    ['2 dual-stack', '123456789012.dkr-ecr.us-east-1.on.aws/team/web', 'ecr.us-east-1.api.aws:443'],
    ['3 dual-stack FIPS', '123456789012.dkr-ecr-fips.us-east-1.on.aws/team/web', 'ecr-fips.us-east-1.api.aws:443'],
  ])('%s: %s', async (_name, repository, target) => {
    const workspace = sampleWorkspace();
    const proxy = await refusingConnectProxy();
    const run = await runTool(['build', '--repository', repository, '--response-timeout', '20'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { AWS_ENDPOINT_URL_ECR: '', HTTPS_PROXY: proxy.url, NO_PROXY: '' },
    });
    expect(run.stderr).toMatch(/error: ECR (DescribeRepositories|GetAuthorizationToken)/);
    expect(run.code).toBe(1);
    expect(proxy.targets.length).toBeGreaterThan(0);
    expect([...new Set(proxy.targets)]).toEqual([target]);
  });
});

/**
 * The same hosts through the stack, as a VPC endpoint would serve them: with ECR's endpoint configured
 * (AWS_ENDPOINT_URL_ECR) the API calls go there (the SDK refuses a variant beside a configured endpoint), and the test
 * override sends Docker's login and push for the host to the stack's registry; the images keep the host's name.
 */
describe('FIPS and dual-stack hosts through the stack: pushed, and named by the host as written', () => {
  test.each<[string, string]>([
    ['1 FIPS', `${stack.accountId}.dkr.ecr-fips.${stack.region}.amazonaws.com`],
    ['2 dual-stack', `${stack.accountId}.dkr-ecr.${stack.region}.on.aws`],
  ])('%s: %s', async (_name, host) => {
    const workspace = sampleWorkspace();
    const repository = unique('hosts/variant');
    await createRepository(repository);
    const run = await runTool(['build', '--repository', `${host}/${repository}`, '--json'], {
      cwd: workspace.dir,
      tmp: workspace.tmp,
      env: { ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES: `${host}=${stack.registry}` },
    });
    expect(run.stderr).toContain(`Log in to ${stack.registry}\n`);
    expect(run.code).toBe(0);
    await expectPublished(workspace, JSON.parse(run.stdout) as Record<string, string>, run, {
      repository,
      tags: [workspace.sha.slice(0, 7)],
      imageName: `${host}/${repository}`,
    });
  });
});
