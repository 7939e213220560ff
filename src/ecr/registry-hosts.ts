/**
 * ECR's registry host names, every documented form (AWS General Reference, "Amazon ECR endpoints and quotas";
 * "Making requests to Amazon ECR registries"): which API logs in to each, in which region, through which endpoint
 * variant. Pure; table-tested in registry-hosts.test.ts.
 *
 * | form | host | API |
 * | --- | --- | --- |
 * | standard | `<account>.dkr.ecr.<region>.amazonaws.com` | ECR in `<region>` |
 * | FIPS | `<account>.dkr.ecr-fips.<region>.amazonaws.com` | ECR's FIPS endpoint (`ecr-fips.<region>…`) |
 * | dual-stack | `<account>.dkr-ecr.<region>.on.aws` | ECR's dual-stack endpoint (`ecr.<region>.api.aws`) |
 * | dual-stack FIPS | `<account>.dkr-ecr-fips.<region>.on.aws` | ECR's FIPS dual-stack endpoint |
 * | China | `<account>.dkr.ecr.<cn-region>.amazonaws.com.cn` | ECR in the China region |
 * | ECR Public | `public.ecr.aws` | ECR Public's API (login, and its repositories), in us-east-1 only |
 *
 * China's regions have no FIPS endpoint, and their dual-stack registry host is not in the reference: both refused.
 */

/** The region ECR Public's API answers in, whatever region the registry's images are pulled from. */
export const ECR_PUBLIC_REGION = 'us-east-1';

/** ECR Public's registry host. */
export const ECR_PUBLIC_HOST = 'public.ecr.aws';

/** Which of ECR's endpoints: FIPS, dual-stack (IPv4 and IPv6), both, or neither (the standard one). */
export interface EcrEndpointVariant {
  /** The FIPS endpoints: the API's (`useFipsEndpoint`) and the registry's. */
  readonly fips: boolean;
  /** The dual-stack endpoints: the API's (`useDualstackEndpoint`) and the registry's. */
  readonly dualStack: boolean;
}

/** A private registry: an account's registry in a region, reached through one endpoint variant. */
export interface PrivateRegistryHost extends EcrEndpointVariant {
  readonly kind: 'private';
  /** The host as written (lowercase): where Docker logs in and pushes. */
  readonly host: string;
  readonly registryId: string;
  readonly region: string;
}

/** ECR Public's registry (`public.ecr.aws`): logged in to through ECR Public's API, in us-east-1. */
export interface PublicRegistryHost {
  readonly kind: 'public';
  readonly host: typeof ECR_PUBLIC_HOST;
}

export type EcrRegistryHost = PrivateRegistryHost | PublicRegistryHost;

/** The problem of a host that has no ECR form at all (`ghcr.io`). */
export const NOT_AN_ECR_HOST = 'not an ECR registry host';

/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`, captured: account, variant, region, suffix. */
const IPV4_HOST = /^(\d{12})\.dkr\.(ecr|ecr-fips)\.([a-z]{2}(?:-[a-z]+)+-\d+)\.(amazonaws\.com(?:\.cn)?)$/;

/** `<account>.dkr-ecr[-fips].<region>.on.aws`, captured: account, variant, region. */
const DUAL_STACK_HOST = /^(\d{12})\.(dkr-ecr|dkr-ecr-fips)\.([a-z]{2}(?:-[a-z]+)+-\d+)\.on\.aws$/;

/**
 * The registry `host` names, or why it is not an ECR registry host (a sentence for the message). A scheme
 * (`https://`) and trailing slashes are taken off, as `docker login` and ECR's `proxyEndpoint` write them.
 */
export function parseEcrRegistryHost(text: string): EcrRegistryHost | { readonly problem: string } {
  const host = text
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  if (host === ECR_PUBLIC_HOST) return { kind: 'public', host: ECR_PUBLIC_HOST };
  const ipv4 = IPV4_HOST.exec(host);
  if (ipv4) {
    const [, registryId = '', variant, region = '', suffix] = ipv4;
    const china = region.startsWith('cn-');
    if (china !== (suffix === 'amazonaws.com.cn')) {
      return {
        problem: china
          ? `the China region ${region} has its registries under amazonaws.com.cn`
          : `amazonaws.com.cn holds the China regions' registries only, not ${region}'s`,
      };
    }
    if (china && variant === 'ecr-fips') return { problem: `ECR has no FIPS endpoint in the China region ${region}` };
    return { kind: 'private', host, registryId, region, fips: variant === 'ecr-fips', dualStack: false };
  }
  const dualStack = DUAL_STACK_HOST.exec(host);
  if (dualStack) {
    const [, registryId = '', variant, region = ''] = dualStack;
    if (region.startsWith('cn-'))
      return { problem: `ECR's dual-stack registry hosts under on.aws do not serve the China region ${region}` };
    return { kind: 'private', host, registryId, region, fips: variant === 'dkr-ecr-fips', dualStack: true };
  }
  return { problem: NOT_AN_ECR_HOST };
}

/** The standard host of an account's registry in a region (`…dkr.ecr.<region>.amazonaws.com[.cn]`). */
export function standardRegistryHost(registryId: string, region: string): string {
  return `${registryId}.dkr.ecr.${region}.amazonaws.com${region.startsWith('cn-') ? '.cn' : ''}`;
}

/**
 * Whether a host names the endpoint ECR's API returns in `repositoryUri` and `proxyEndpoint` (the standard one), so
 * that ECR's own answers can be used as they are; FIPS and dual-stack hosts are kept as the user wrote them.
 */
export function isStandardRegistryHost(host: PrivateRegistryHost): boolean {
  return !host.fips && !host.dualStack;
}

/** The variable that moves Docker's login for a registry host to another address (see `registryAddress`). */
export const REGISTRY_ADDRESSES_VARIABLE = 'ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES';

/**
 * Where Docker reaches `host`: the address `ECS_BLUEGREEN_BUILD_REGISTRY_ADDRESSES` gives it (`host=address` pairs,
 * comma-separated), else the host. FOR TESTS: the offline stack serves `public.ecr.aws` on a loopback port without a
 * hosts entry or a resolver. It applies to the logins of `public.ecr.aws` and of FIPS and dual-stack hosts, the ones
 * ECR's own answers do not name, and to the pushes to them (the images keep the host's name). A pair that is not
 * `host=address` is an error naming the variable.
 */
export function registryAddress(
  host: string,
  env: Readonly<Record<string, string | undefined>>,
): string | { problem: string } {
  for (const entry of (env[REGISTRY_ADDRESSES_VARIABLE] ?? '').split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const pair = /^([a-z0-9.-]+)=([a-z0-9.-]+(?::\d{1,5})?)$/i.exec(entry);
    if (!pair) return { problem: `'${entry.slice(0, 80)}' is not host=address` };
    if ((pair[1] as string).toLowerCase() === host) return pair[2] as string;
  }
  return host;
}
