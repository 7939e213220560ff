/**
 * Whether an IAM role's trust policy lets an AWS service assume it (pure). Read from GetRole's
 * AssumeRolePolicyDocument rather than asked of SimulatePrincipalPolicy: the trust policy is what ECS meets, and
 * GetRole is one read-only action every account's auditors already allow.
 */
import type { Role } from '@aws-sdk/client-iam';

interface Statement {
  readonly Effect?: unknown;
  readonly Action?: unknown;
  readonly Principal?: unknown;
}

/** The role's trust policy as data; IAM hands it URL-encoded. Undefined when it is not a JSON policy. */
export function trustPolicy(role: Role): { Statement?: unknown } | undefined {
  const document = role.AssumeRolePolicyDocument;
  if (document === undefined) return undefined;
  for (const text of [safeDecode(document), document]) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed === 'object' && parsed !== null) return parsed;
    } catch {
      // not this form
    }
  }
  return undefined;
}

/** Whether `role` lets `service` (`ecs-tasks.amazonaws.com`) call sts:AssumeRole. Conditions are not evaluated. */
export function trustsService(role: Role, service: string): boolean {
  const statements = asList(trustPolicy(role)?.Statement) as Statement[];
  const allows = (statement: Statement) =>
    statement.Effect === 'Allow' &&
    asList(statement.Action).some((action) => action === 'sts:AssumeRole' || action === 'sts:*' || action === '*') &&
    (statement.Principal === '*' ||
      asList((statement.Principal as { Service?: unknown } | undefined)?.Service).includes(service));
  const denies = (statement: Statement) =>
    statement.Effect === 'Deny' &&
    asList((statement.Principal as { Service?: unknown } | undefined)?.Service).includes(service);
  return statements.some(allows) && !statements.some(denies);
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
