/**
 * The shapes of the AWS ARNs a service definition holds, from the ARN formats of each service's reference
 * ("Amazon Resource Names" of IAM, Lambda and Elastic Load Balancing). Partitions: aws, aws-cn, aws-us-gov, ….
 */

const PARTITION = 'aws[a-z-]*';
const REGION = '[a-z]{2}(?:-[a-z]+)+-\\d';
const ACCOUNT = '\\d{12}';

/** `arn:aws:iam::123456789012:role/name` (a path may come before the name). */
export const IAM_ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::${ACCOUNT}:role/[\\w+=,.@/-]{1,512}$`);

/** `arn:aws:lambda:us-east-1:123456789012:function:name`, optionally with `:version` or `:alias`. */
export const LAMBDA_FUNCTION_ARN = new RegExp(
  `^arn:${PARTITION}:lambda:${REGION}:${ACCOUNT}:function:[A-Za-z0-9_-]{1,64}(?::[A-Za-z0-9$_-]{1,128})?$`,
);

const ELB = `^arn:${PARTITION}:elasticloadbalancing:${REGION}:${ACCOUNT}:`;

/** `…:targetgroup/name/0123456789abcdef`. */
export const TARGET_GROUP_ARN = new RegExp(`${ELB}targetgroup/[A-Za-z0-9-]{1,32}/[0-9a-f]{16}$`);

/** The kind of load balancer an ELB listener or listener rule ARN belongs to. */
export type ListenerArnKind =
  | { readonly kind: 'listener'; readonly loadBalancer: 'app' | 'net' | 'gwy'; readonly loadBalancerId: string }
  | { readonly kind: 'listener-rule'; readonly loadBalancer: 'app' | 'net' | 'gwy'; readonly loadBalancerId: string }
  | { readonly kind: 'other' };

const LISTENER = new RegExp(
  `${ELB}(listener|listener-rule)/(app|net|gwy)/([A-Za-z0-9-]{1,32}/[0-9a-f]{16})/[0-9a-f]{16}(/[0-9a-f]{16})?$`,
);

/**
 * What an ELB listener or listener rule ARN is: `listener/app/<lb>/<id>/<listener>` is an Application Load Balancer's
 * listener, `listener-rule/app/<lb>/<id>/<listener>/<rule>` one of its rules, `listener/net/…` a Network Load
 * Balancer's listener.
 */
export function listenerArnKind(arn: string): ListenerArnKind {
  const match = LISTENER.exec(arn);
  if (match === null) return { kind: 'other' };
  const [, kind, loadBalancer, loadBalancerId = '', rule] = match;
  if ((kind === 'listener-rule') !== (rule !== undefined)) return { kind: 'other' };
  return {
    kind: kind === 'listener-rule' ? 'listener-rule' : 'listener',
    loadBalancer: loadBalancer as 'app' | 'net' | 'gwy',
    loadBalancerId,
  };
}
