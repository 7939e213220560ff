/**
 * Amazon ECR Public's login through `@aws-sdk/client-ecr-public`: GetAuthorizationToken, which ECR Public answers in
 * us-east-1 only, for the one registry `public.ecr.aws`. Its answer has no proxy endpoint. Pulling public images works
 * without it; a login raises the anonymous pull rate limits (a base image `FROM public.ecr.aws/…`). The SDK is loaded
 * on first use; its endpoint comes from the standard AWS configuration (`AWS_ENDPOINT_URL_ECR_PUBLIC` too).
 */
import type { ECRPUBLICClient } from '@aws-sdk/client-ecr-public';
import { awsServiceError, boundCalls, boundedClientOptions, quietSdkNodeWarning, type AwsCallLimits } from '../aws';
import { ServiceError } from '../errors';
import { proxyAgents } from '../proxy';
import { traced } from '../trace';
import { decodeAuthorizationToken, type RegistryLogin } from './ecr';
import { ECR_PUBLIC_HOST, ECR_PUBLIC_REGION } from './registry-hosts';

/** Creates an ECR Public client (us-east-1, whatever the run's region) whose calls are bounded by `limits`. */
export async function createEcrPublicClient(limits: AwsCallLimits): Promise<ECRPUBLICClient> {
  const { ECRPUBLICClient } = await traced(
    'load',
    '@aws-sdk/client-ecr-public',
    () => import('@aws-sdk/client-ecr-public'),
  );
  quietSdkNodeWarning();
  return boundCalls(
    new ECRPUBLICClient({ region: ECR_PUBLIC_REGION, ...boundedClientOptions(limits, proxyAgents()) }),
    limits,
  );
}

/** The login to `public.ecr.aws`; `mask` receives the token and password the moment they exist. */
export async function getPublicRegistryLogin(
  client: ECRPUBLICClient,
  mask: (secret: string) => void,
): Promise<RegistryLogin> {
  const { GetAuthorizationTokenCommand } = await import('@aws-sdk/client-ecr-public');
  const operation = 'ECR Public GetAuthorizationToken';
  let token;
  try {
    token = (await client.send(new GetAuthorizationTokenCommand({}))).authorizationData?.authorizationToken;
  } catch (error) {
    throw awsServiceError(operation, error, 'ecr-public:GetAuthorizationToken and sts:GetServiceBearerToken');
  }
  if (token === undefined) throw new ServiceError(operation, 'the response has no authorization token');
  return { registry: ECR_PUBLIC_HOST, ...decodeAuthorizationToken(token, operation, mask) };
}
