/**
 * What every AWS SDK client of this tool shares: calls bounded in time with bounded retries, and
 * errors turned into ServiceErrors that say what we were doing, where, what the service said, and
 * the usual fix (in the spirit of configure-aws-credentials' "Could not assume role: …").
 */
import type { Agent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { FinalizeHandler, FinalizeHandlerArguments, MetadataBearer, MiddlewareStack } from '@smithy/types';
import { ServiceError } from './errors';
import { traceCalls } from './trace';

/** How long an AWS call may go without an answer, from the `response-timeout` input. */
export interface AwsCallLimits {
  readonly responseTimeoutMs: number;
}

/** Attempts per call: one-off 5xx, throttling and reset connections are retried, boundedly. */
const MAX_ATTEMPTS = 3;

/**
 * Client options that bound every call (through `agents`, the proxy's, if any): a connection that does not open, or a response that
 * stops arriving, fails after `responseTimeoutMs`; other transient failures are retried.
 */
export function boundedClientOptions(
  limits: AwsCallLimits,
  agents: { httpAgent?: Agent; httpsAgent?: HttpsAgent } = {},
) {
  const timeout = limits.responseTimeoutMs;
  return {
    maxAttempts: MAX_ATTEMPTS,
    requestHandler: { ...agents, connectionTimeout: timeout, socketTimeout: timeout, requestTimeout: 0 },
  };
}

/** Thrown (inside the SDK) for an attempt that timed out; never retried. */
class EndpointSilent extends Error {
  override readonly name = 'EndpointSilent';
}

/** Thrown (inside the SDK) for an attempt cut short because its client was destroyed; never retried. */
class ClientDestroyed extends Error {
  override readonly name = 'ClientDestroyed';
}

/**
 * Adds, to every attempt of `client`'s calls, the endpoint to errors (for the message), and turns
 * a timeout into an error the SDK does not retry: an endpoint that went silent stays silent, and
 * three waits would triple the time to report it. A call still running when the client is
 * destroyed (the run failed elsewhere: its other calls are moot) ends there too: the SDK would
 * retry the reset connection on a new one and hold the process for another wait. Each call goes
 * in the run's trace.
 */
export function boundCalls<
  C extends { middlewareStack: MiddlewareStack<I, O>; destroy(): void },
  I extends object,
  O extends MetadataBearer,
>(client: C, limits: AwsCallLimits): C {
  let destroyed = false;
  const destroy = client.destroy.bind(client);
  client.destroy = () => {
    destroyed = true;
    destroy();
  };
  const middleware =
    (next: FinalizeHandler<I, O>): FinalizeHandler<I, O> =>
    async (args: FinalizeHandlerArguments<I>) => {
      if (destroyed) throw new ClientDestroyed('the client was destroyed');
      try {
        return await next(args);
      } catch (error) {
        if (destroyed) throw new ClientDestroyed('the client was destroyed'); // no `cause`: see EndpointSilent
        const request = args.request as { protocol?: string; hostname?: string; port?: number } | undefined;
        const endpoint =
          request?.hostname === undefined
            ? undefined
            : `${request.protocol ?? 'https:'}//${request.hostname}${request.port ? `:${request.port}` : ''}`;
        // The SDK names a reset connection (ECONNRESET, EPIPE) TimeoutError too: that one is retried.
        const code = (error as { code?: unknown }).code;
        if (error instanceof Error && error.name === 'TimeoutError' && (code === undefined || code === 'ETIMEDOUT')) {
          // No `cause`: the SDK retries an error whose cause is a timeout.
          throw Object.assign(
            new EndpointSilent(
              `${endpoint ?? 'the endpoint'} did not answer within ${limits.responseTimeoutMs / 1000} s`,
            ),
            { $endpoint: endpoint },
          );
        }
        if (error instanceof Error && endpoint !== undefined) Object.assign(error, { $endpoint: endpoint });
        throw error;
      }
    };
  client.middlewareStack.addRelativeTo(middleware, {
    relation: 'after',
    toMiddleware: 'retryMiddleware',
    name: 'ecsBluegreenBuildBounds',
  });
  traceCalls(client.middlewareStack);
  return client;
}

/**
 * Called before creating a client. The SDK warns on Node < 22 that *its future releases* will need
 * Node 22; this tool ships one SDK release in its bundle, so the warning only alarms our users.
 */
export function quietSdkNodeWarning(): void {
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';
}

/** The AWS error name of anything the SDK threw. */
export function awsErrorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}

/**
 * The endpoint the environment sets for `service`'s API, as the SDK reads it: `AWS_ENDPOINT_URL_<SERVICE>`, else
 * `AWS_ENDPOINT_URL`; none under `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS=true`. (The shared config file's `services`
 * sections are not read here.)
 */
export function configuredEndpoint(
  env: Readonly<Record<string, string | undefined>>,
  service: 'S3' | 'ECR',
): string | undefined {
  if (/^true$/i.test(env['AWS_IGNORE_CONFIGURED_ENDPOINT_URLS'] ?? '')) return undefined;
  return env[`AWS_ENDPOINT_URL_${service}`] || env['AWS_ENDPOINT_URL'] || undefined;
}

/** Whether the SDK's error says the credentials may not make the call. */
export function isAccessDenied(error: unknown): boolean {
  return ACCESS_DENIED.test(awsErrorName(error));
}

const ACCESS_DENIED = /^(AccessDenied(Exception)?|UnauthorizedOperation)$/;

/**
 * Wraps an SDK failure during `operation` (e.g. "ECR DescribeImages for team/web").
 * @param action the IAM action the call needs, for access-denied hints
 */
export function awsServiceError(operation: string, error: unknown, action?: string): ServiceError {
  const name = awsErrorName(error);
  if (error instanceof Error) {
    // The cause is what --debug prints: without the session token and signatures it may quote.
    error.message = redactSigning(error.message);
    if (error.stack !== undefined) error.stack = redactSigning(error.stack);
  }
  const message = error instanceof Error ? error.message : String(error);
  // Signature errors append the canonical request: the first paragraph says it; --debug shows all.
  const [summary = message, ...rest] = message.split('\n\n');
  const detail = rest.length > 0 ? `${summary} (--debug shows the service's full message)` : summary;
  const endpoint = (error as { $endpoint?: unknown } | undefined)?.$endpoint;
  // A network failure names where it went: the endpoint is the usual suspect.
  const where =
    typeof endpoint === 'string' && name !== 'EndpointSilent' && NETWORK.test(`${name} ${message}`)
      ? ` (${endpoint})`
      : '';
  const text = name === 'Error' || name === 'EndpointSilent' ? detail : `${name}: ${detail}`;
  return new ServiceError(operation, `${text}${where}`, hintFor(name, message, action), { cause: error });
}

/**
 * `text` without the secrets of a signed request: the session token (`x-amz-security-token:…`, a
 * header line of a canonical request; `X-Amz-Security-Token=…` in a query) and signatures
 * (`Signature=…`, `X-Amz-Signature=…`). AWS's signature errors quote the canonical request they
 * expected, session token included, and --debug prints the service's full message.
 */
export function redactSigning(text: string): string {
  return text
    .replace(/(x-amz-security-token\s*[:=]\s*)[^\s&'",]+/gi, '$1***')
    .replace(/((?:x-amz-)?signature\s*=\s*)[^\s&'",]+/gi, '$1***');
}

const NETWORK = /ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EPIPE|socket hang up/;

function hintFor(name: string, message: string, action: string | undefined): string | undefined {
  if (name === 'EndpointSilent') {
    return 'check the network, the region and any AWS_ENDPOINT_URL_* or proxy setting; on a slow network raise response-timeout (seconds)';
  }
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return "configure AWS credentials: aws-actions/configure-aws-credentials on GitHub, the project's service role in CodeBuild, AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY on a laptop";
  }
  if (
    /^(UnrecognizedClientException|InvalidSignatureException|InvalidClientTokenId|SignatureDoesNotMatch|InvalidAccessKeyId)$/.test(
      name,
    )
  ) {
    return 'the AWS credentials are not valid: check the access key and secret, and the clock of this machine';
  }
  if (/^(ExpiredToken(Exception)?|RequestExpired)$/.test(name))
    return 'the AWS session has expired: get fresh credentials';
  if (ACCESS_DENIED.test(name)) {
    return action
      ? `allow ${action} for the role or user this runs as`
      : 'check the IAM permissions of the role or user this runs as';
  }
  if (/^(ThrottlingException|TooManyRequestsException|SlowDown)$/.test(name))
    return 'the service is throttling requests; retry the job later';
  if (NETWORK.test(message)) {
    return 'the AWS endpoint cannot be reached: check the region, the network, and any AWS_ENDPOINT_URL_* setting';
  }
  return undefined;
}
