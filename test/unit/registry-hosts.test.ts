import type { ECRClient } from '@aws-sdk/client-ecr';
import type { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import { parseLoginRegistry, parseRepositoryInput } from '../../src/config/validators';
import { createEcrClient } from '../../src/ecr/ecr';
import { createEcrPublicClient } from '../../src/ecr/ecr-public';
import { UserError } from '../../src/errors';
import {
  ECR_PUBLIC_REGION,
  parseEcrRegistryHost,
  registryAddress,
  standardRegistryHost,
  type EcrRegistryHost,
} from '../../src/ecr/registry-hosts';

const standard = { kind: 'private', registryId: '123456789012', fips: false, dualStack: false } as const;

describe('parseEcrRegistryHost: every documented ECR registry host form', () => {
  test.each<[string, string, EcrRegistryHost]>([
    [
      '1 standard',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com',
      { ...standard, host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', region: 'eu-west-1' },
    ],
    [
      '2 FIPS',
      '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
      {
        ...standard,
        host: '123456789012.dkr.ecr-fips.us-gov-west-1.amazonaws.com',
        region: 'us-gov-west-1',
        fips: true,
      },
    ],
    [
      '3 dual-stack',
      '123456789012.dkr-ecr.us-east-1.on.aws',
      { ...standard, host: '123456789012.dkr-ecr.us-east-1.on.aws', region: 'us-east-1', dualStack: true },
    ],
    [
      '4 dual-stack FIPS',
      '123456789012.dkr-ecr-fips.us-east-2.on.aws',
      {
        ...standard,
        host: '123456789012.dkr-ecr-fips.us-east-2.on.aws',
        region: 'us-east-2',
        fips: true,
        dualStack: true,
      },
    ],
    [
      '5 China',
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn',
      { ...standard, host: '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', region: 'cn-north-1' },
    ],
    ['6 ECR Public', 'public.ecr.aws', { kind: 'public', host: 'public.ecr.aws' }],
    [
      '7 as docker login and proxyEndpoint write it: scheme, trailing slash, capitals',
      'https://123456789012.DKR.ECR.eu-west-1.amazonaws.com/',
      { ...standard, host: '123456789012.dkr.ecr.eu-west-1.amazonaws.com', region: 'eu-west-1' },
    ],
  ])('%s: %s', (_name, text, expected) => {
    expect(parseEcrRegistryHost(text)).toEqual(expected);
  });

  test.each<[string, string, string]>([
    ['1 another registry', 'ghcr.io', 'not an ECR registry host'],
    ['2 an account id of 11 digits', '12345678901.dkr.ecr.eu-west-1.amazonaws.com', 'not an ECR registry host'],
    ['3 no region', '123456789012.dkr.ecr.amazonaws.com', 'not an ECR registry host'],
    ['4 the API host, not the registry', 'api.ecr.eu-west-1.amazonaws.com', 'not an ECR registry host'],
    [
      '5 a China region under amazonaws.com',
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com',
      'the China region cn-north-1 has its registries under amazonaws.com.cn',
    ],
    [
      '6 amazonaws.com.cn with a region outside China',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com.cn',
      "amazonaws.com.cn holds the China regions' registries only, not eu-west-1's",
    ],
    [
      '7 FIPS in China',
      '123456789012.dkr.ecr-fips.cn-north-1.amazonaws.com.cn',
      'ECR has no FIPS endpoint in the China region cn-north-1',
    ],
    [
      '8 dual-stack under on.aws for China',
      '123456789012.dkr-ecr.cn-north-1.on.aws',
      "ECR's dual-stack registry hosts under on.aws do not serve the China region cn-north-1",
    ],
    ['9 a look-alike suffix', '123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.example', 'not an ECR registry host'],
    ['10 ECR Public with a path', 'public.ecr.aws/abc123', 'not an ECR registry host'],
    ['11 the dual-stack form with dots', '123456789012.dkr.ecr.us-east-1.on.aws', 'not an ECR registry host'],
  ])('refused %s: %s', (_name, text, problem) => {
    expect(parseEcrRegistryHost(text)).toEqual({ problem });
  });

  test.each([
    ['eu-west-1', '123456789012.dkr.ecr.eu-west-1.amazonaws.com'],
    ['cn-northwest-1', '123456789012.dkr.ecr.cn-northwest-1.amazonaws.com.cn'],
  ])('standardRegistryHost %s', (region, host) => {
    expect(standardRegistryHost('123456789012', region)).toBe(host);
    expect(parseEcrRegistryHost(host)).toMatchObject({ region, fips: false, dualStack: false });
  });
});

describe('repository and login-registries inputs', () => {
  test.each<[string, string, ReturnType<typeof parseRepositoryInput>]>([
    ['1 a name', 'team/web', { name: 'team/web' }],
    [
      '2 a standard URI: ECR names it, no host kept',
      '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web',
      { name: 'team/web', registryId: '123456789012', region: 'eu-west-1' },
    ],
    [
      '3 a China URI: standard in its partition',
      '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn/web',
      { name: 'web', registryId: '123456789012', region: 'cn-north-1' },
    ],
    [
      '4 a dual-stack URI keeps its host',
      '123456789012.dkr-ecr.us-east-1.on.aws/team/web',
      {
        name: 'team/web',
        registryId: '123456789012',
        region: 'us-east-1',
        host: { ...standard, host: '123456789012.dkr-ecr.us-east-1.on.aws', region: 'us-east-1', dualStack: true },
      },
    ],
    ['5 ECR Public: its alias, then the name', 'public.ecr.aws/abc123/web', { name: 'web', publicAlias: 'abc123' }],
    [
      '6 ECR Public: a name with a namespace, an alias with . _ -',
      'public.ecr.aws/my-team.x_1/project-a/nginx-web-app',
      { name: 'project-a/nginx-web-app', publicAlias: 'my-team.x_1' },
    ],
    [
      '7 ECR Public: a 205-character name, its longest',
      `public.ecr.aws/abc123/${'a'.repeat(205)}`,
      { name: 'a'.repeat(205), publicAlias: 'abc123' },
    ],
  ])('repository %s', (_name, text, expected) => {
    expect(parseRepositoryInput(text, { input: 'repository' })).toEqual(expected);
  });

  test.each<[string, string, RegExp, RegExp]>([
    [
      '1 ECR Public without an alias',
      'public.ecr.aws/web',
      /^'public\.ecr\.aws\/web' names no registry alias and repository$/,
      /^write public\.ecr\.aws\/<alias>\/<name>: the alias of your public registry \(aws ecr-public describe-registries/,
    ],
    [
      '2 another registry',
      'ghcr.io/team/web',
      /^'ghcr\.io' is not an ECR registry$/,
      /public\.ecr\.aws\/<alias>\/<name>/,
    ],
    [
      '3 FIPS in China',
      '123456789012.dkr.ecr-fips.cn-north-1.amazonaws.com.cn/web',
      /is not an ECR registry \(ECR has no FIPS endpoint in the China region cn-north-1\)/,
      /repository name/,
    ],
    [
      '4 ECR Public: an alias starting with a digit',
      'public.ecr.aws/9team/web',
      /^'9team' in 'public\.ecr\.aws\/9team\/web' is not an ECR Public registry alias$/,
      /^an alias is 2–50 lowercase letters, digits and \. _ - between them, starting with a letter/,
    ],
    [
      '5 ECR Public: capitals in the alias',
      'public.ecr.aws/Team/web',
      /^'Team' in 'public\.ecr\.aws\/Team\/web' is not an ECR Public registry alias$/,
      /starting with a letter/,
    ],
    [
      '6 ECR Public: a 51-character alias',
      `public.ecr.aws/${'a'.repeat(51)}/web`,
      /is not an ECR Public registry alias$/,
      /2–50/,
    ],
    [
      '7 ECR Public: an alias and no name',
      'public.ecr.aws/abc123/',
      /names no registry alias and repository$/,
      /<alias>\/<name>/,
    ],
    [
      '8 ECR Public: a name ECR would refuse',
      'public.ecr.aws/abc123/Web',
      /^'Web' is not a valid ECR repository name$/,
      /lowercase letters/,
    ],
    [
      '9 ECR Public: a name over 205 characters (ECR would take it, ECR Public not)',
      `public.ecr.aws/abc123/${'a'.repeat(206)}`,
      /is 206 characters long$/,
      /^ECR Public repository names are at most 205 characters: shorten it$/,
    ],
  ])('repository refused: %s', (_name, text, message, fix) => {
    const error = (() => {
      try {
        parseRepositoryInput(text, { input: 'repository' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
    expect((error as UserError).fix).toMatch(fix);
  });

  test.each<[string, string, ReturnType<typeof parseLoginRegistry>]>([
    ['1 an account: this region', '210987654321', { registryId: '210987654321', region: 'eu-west-1' }],
    [
      '2 a standard host: its region',
      '210987654321.dkr.ecr.us-west-2.amazonaws.com',
      { registryId: '210987654321', region: 'us-west-2' },
    ],
    [
      '3 a FIPS host: kept',
      'https://210987654321.dkr.ecr-fips.us-east-1.amazonaws.com',
      {
        registryId: '210987654321',
        region: 'us-east-1',
        host: {
          ...standard,
          registryId: '210987654321',
          host: '210987654321.dkr.ecr-fips.us-east-1.amazonaws.com',
          region: 'us-east-1',
          fips: true,
        },
      },
    ],
    ['4 ECR Public', 'public.ecr.aws', { kind: 'public', host: 'public.ecr.aws' }],
  ])('login-registries %s', (_name, entry, expected) => {
    expect(parseLoginRegistry(entry, 'eu-west-1')).toEqual(expected);
  });

  test('login-registries refused: a Docker Hub host, with the forms accepted', () => {
    expect(() => parseLoginRegistry('docker.io', 'eu-west-1')).toThrow(/^'docker\.io' is not an ECR registry$/);
  });
});

/**
 * Where each variant's calls go, as the SDK itself resolves them with the options the tool passes (no request is
 * made): the FIPS and dual-stack hosts must take ECR's API to the endpoint of the same variant, and ECR Public's login
 * must go to us-east-1 whatever the run's region.
 */
describe("the SDK's endpoints for each variant", () => {
  const resolve = async (client: ECRClient | ECRPUBLICClient) => {
    const config = client.config as unknown as {
      endpointProvider: (params: Record<string, unknown>) => { url: URL };
      region: () => Promise<string>;
      useFipsEndpoint: () => Promise<boolean>;
      useDualstackEndpoint: () => Promise<boolean>;
    };
    const url = config.endpointProvider({
      Region: await config.region(),
      UseFIPS: await config.useFipsEndpoint(),
      UseDualStack: await config.useDualstackEndpoint(),
    }).url;
    client.destroy();
    return url.host;
  };
  const limits = { responseTimeoutMs: 4000 };
  test.each<[string, string, string]>([
    ['1 standard', '123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'api.ecr.eu-west-1.amazonaws.com'],
    ['2 FIPS', '123456789012.dkr.ecr-fips.us-east-1.amazonaws.com', 'api.ecr-fips.us-east-1.amazonaws.com'],
    ['3 dual-stack', '123456789012.dkr-ecr.us-east-1.on.aws', 'ecr.us-east-1.api.aws'],
    ['4 dual-stack FIPS', '123456789012.dkr-ecr-fips.us-east-2.on.aws', 'ecr-fips.us-east-2.api.aws'],
    ['5 China', '123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn', 'api.ecr.cn-north-1.amazonaws.com.cn'],
  ])('ECR %s: %s', async (_name, registry, host) => {
    const parsed = parseEcrRegistryHost(registry);
    if (!('kind' in parsed) || parsed.kind !== 'private') throw new Error(`${registry} is not a private registry`);
    expect(await resolve(await createEcrClient(parsed.region, limits, parsed))).toBe(host);
  });

  test.each<[number, string, Record<string, string>, boolean]>([
    [1, 'no endpoint configured: the FIPS endpoint', {}, true],
    [
      2,
      'AWS_ENDPOINT_URL_ECR (a VPC endpoint): it, without the variant',
      { AWS_ENDPOINT_URL_ECR: 'https://vpce-1.example' },
      false,
    ],
    [3, 'AWS_ENDPOINT_URL for every service: the same', { AWS_ENDPOINT_URL: 'http://127.0.0.1:4566' }, false],
    [
      4,
      'configured endpoints ignored: the FIPS endpoint',
      { AWS_ENDPOINT_URL_ECR: 'https://vpce-1.example', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' },
      true,
    ],
  ])("%i a FIPS host beside the environment's endpoint: %s", async (_n, _name, env, fips) => {
    const parsed = parseEcrRegistryHost('123456789012.dkr.ecr-fips.us-east-1.amazonaws.com');
    if (!('kind' in parsed) || parsed.kind !== 'private') throw new Error('not a private registry');
    const client = await createEcrClient(parsed.region, limits, parsed, env);
    // The SDK refuses a variant beside a configured endpoint ("FIPS and custom endpoint are not supported").
    expect(await (client.config as unknown as { useFipsEndpoint: () => Promise<boolean> }).useFipsEndpoint()).toBe(
      fips,
    );
    client.destroy();
  });

  test('ECR Public: us-east-1', async () => {
    expect(ECR_PUBLIC_REGION).toBe('us-east-1');
    expect(await resolve(await createEcrPublicClient({ responseTimeoutMs: 4000 }))).toBe(
      'api.ecr-public.us-east-1.amazonaws.com',
    );
  });
});

describe('registryAddress: the test override of where Docker logs in', () => {
  const env = (value: string) => ({ ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES: value });
  test.each<[string, Record<string, string>, string, ReturnType<typeof registryAddress>]>([
    ['1 unset: the host', {}, 'public.ecr.aws', 'public.ecr.aws'],
    ['2 mapped', env('public.ecr.aws=localhost:5000'), 'public.ecr.aws', 'localhost:5000'],
    [
      '3 one of several, spaces around',
      env(' a.example=127.0.0.1:1 , public.ecr.aws=127.0.0.1:2'),
      'public.ecr.aws',
      '127.0.0.1:2',
    ],
    [
      '4 another host is not moved',
      env('public.ecr.aws=localhost:5000'),
      'x.dkr-ecr.us-east-1.on.aws',
      'x.dkr-ecr.us-east-1.on.aws',
    ],
    [
      '5 not host=address',
      env('public.ecr.aws'),
      'public.ecr.aws',
      { problem: "'public.ecr.aws' is not host=address" },
    ],
    [
      '6 a URL is not an address',
      env('public.ecr.aws=http://127.0.0.1:5000'),
      'public.ecr.aws',
      { problem: "'public.ecr.aws=http://127.0.0.1:5000' is not host=address" },
    ],
  ])('%s', (_name, given, host, expected) => {
    expect(registryAddress(host, given)).toEqual(expected);
  });
});
