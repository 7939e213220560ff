/**
 * AWS SDK errors, turned into ServiceErrors that say what we were doing, what the service said,
 * and the usual fix (in the spirit of configure-aws-credentials' "Could not assume role: …").
 */
import { ServiceError } from './errors';

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
 * Wraps an SDK failure during `operation` (e.g. "ECR DescribeImages for team/web").
 * @param action the IAM action the call needs, for access-denied hints
 */
export function awsServiceError(operation: string, error: unknown, action?: string): ServiceError {
  const name = awsErrorName(error);
  const message = error instanceof Error ? error.message : String(error);
  // Signature errors append the canonical request: the first paragraph says it; --debug shows all.
  const [summary = message, ...rest] = message.split('\n\n');
  const detail = rest.length > 0 ? `${summary} (--debug shows the service's full message)` : summary;
  return new ServiceError(operation, name === 'Error' ? detail : `${name}: ${detail}`, hintFor(name, message, action), { cause: error });
}

function hintFor(name: string, message: string, action: string | undefined): string | undefined {
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(message)) {
    return 'configure AWS credentials: aws-actions/configure-aws-credentials on GitHub, the project\'s service role in CodeBuild, AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY on a laptop';
  }
  if (/^(UnrecognizedClientException|InvalidSignatureException|InvalidClientTokenId|SignatureDoesNotMatch|InvalidAccessKeyId)$/.test(name)) {
    return 'the AWS credentials are not valid: check the access key and secret, and the clock of this machine';
  }
  if (/^(ExpiredToken(Exception)?|RequestExpired)$/.test(name)) return 'the AWS session has expired: get fresh credentials';
  if (/^(AccessDenied(Exception)?|UnauthorizedOperation)$/.test(name)) {
    return action ? `allow ${action} for the role or user this runs as` : 'check the IAM permissions of the role or user this runs as';
  }
  if (/^(ThrottlingException|TooManyRequestsException|SlowDown)$/.test(name)) return 'the service is throttling requests; retry the job later';
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(message)) {
    return 'the AWS endpoint cannot be reached: check the region, the network, and any AWS_ENDPOINT_URL_* setting';
  }
  return undefined;
}
