/**
 * The live checks of the task (pure): its roles exist and trust ECS's tasks, its awslogs groups exist, its
 * secrets resolve, its images hold its platform. Each failure here keeps tasks from starting: ECS retries them
 * for as long as the deployment waits, so CodeDeploy or ECS reports it only when the deployment times out.
 */
import type { Role } from '@aws-sdk/client-iam';
import { joinWords, quote } from '../deploy-files/findings';
import { LiveFindings, quoteResource, type LiveFinding } from './findings';
import { awslogsGroups, secretReferences } from './plan';
import { logGroupKey, type LiveSnapshot, type LiveSubject, type Lookup } from './snapshot';
import { trustsService } from './trust';

const TASKS_PRINCIPAL = 'ecs-tasks.amazonaws.com';

/** The task's roles, log groups, secrets and image platforms against the account. */
export function checkTask(subject: LiveSubject, snapshot: LiveSnapshot): readonly LiveFinding[] {
  const findings = new LiveFindings();
  const { executionRoleArn, taskRoleArn } = subject.taskDefinition;
  checkTaskRole(findings, 'live/execution-role', 'execution role', executionRoleArn, snapshot.roles);
  checkTaskRole(findings, 'live/task-role', 'task role', taskRoleArn, snapshot.roles);
  for (const group of awslogsGroups(subject)) {
    const lookup = snapshot.logGroups[logGroupKey(group.region, group.name)];
    if (lookup?.state !== 'missing') continue;
    findings.error(
      'live/log-group-missing',
      group.name,
      `the awslogs log group ${quoteResource(group.name)} does not exist in ${quoteResource(group.region)}: the task's containers cannot start`,
      `create the log group (aws logs create-log-group --log-group-name ${quoteResource(group.name)} --region ${quoteResource(group.region)}), ` +
        'or set the container\'s logConfiguration option awslogs-create-group to "true" and allow logs:CreateLogGroup to the execution role',
    );
  }
  for (const reference of secretReferences(subject)) {
    const lookup = snapshot.secrets[reference];
    if (lookup?.state !== 'missing') continue;
    const where = reference.startsWith('arn:aws:secretsmanager:') ? 'Secrets Manager' : 'SSM Parameter Store';
    findings.error(
      'live/secret-missing',
      reference,
      `the secret ${quoteResource(reference)} does not resolve in ${where} (${quote(lookup.reason)}): the task's containers cannot start`,
      `create it, or correct valueFrom (a Secrets Manager ARN, an SSM parameter name or ARN in the task's region)`,
    );
  }
  checkImagePlatforms(findings, subject);
  return findings.findings;
}

function checkTaskRole(
  findings: LiveFindings,
  rule: string,
  what: string,
  role: string | undefined,
  roles: LiveSnapshot['roles'],
): void {
  const problem = role === undefined ? undefined : roleProblem(roles[role], TASKS_PRINCIPAL);
  if (role === undefined || problem === undefined) return;
  findings.error(
    rule,
    role,
    `the ${what} ${quoteResource(role)} ${problem}: ECS cannot start the task with it`,
    trustFix(TASKS_PRINCIPAL),
  );
}

/** What is wrong with a role ECS must assume as `principal`, or undefined when nothing is (or it could not be read). */
export function roleProblem(lookup: Lookup<Role> | undefined, principal: string): string | undefined {
  if (lookup?.state === 'missing') return `does not exist (${quote(lookup.reason)})`;
  if (lookup?.state === 'found' && !trustsService(lookup.value, principal)) return `does not trust ${principal}`;
  return undefined;
}

/** The fix of a role that is missing or does not trust `principal`. */
export function trustFix(principal: string): string {
  return (
    `create the role, or correct the ARN, with this statement in its trust policy: ` +
    `{"Effect": "Allow", "Principal": {"Service": "${principal}"}, "Action": "sts:AssumeRole"}`
  );
}

const ARCHITECTURES: Readonly<Record<string, string>> = { X86_64: 'amd64', ARM64: 'arm64' };

/** The `os/arch` a task runs on; undefined when the instance decides (EC2 without a runtimePlatform). */
export function taskPlatform(subject: LiveSubject): string | undefined {
  const { runtimePlatform, requiresCompatibilities } = subject.taskDefinition;
  const architecture = runtimePlatform?.cpuArchitecture;
  if (architecture === undefined && !requiresCompatibilities?.includes('FARGATE')) return undefined;
  const os = runtimePlatform?.operatingSystemFamily?.startsWith('WINDOWS') ? 'windows' : 'linux';
  // Fargate runs X86_64 unless the task asks for ARM64.
  return `${os}/${ARCHITECTURES[architecture ?? 'X86_64'] ?? String(architecture).toLowerCase()}`;
}

function checkImagePlatforms(findings: LiveFindings, subject: LiveSubject): void {
  const wanted = taskPlatform(subject);
  if (wanted === undefined) return;
  for (const image of subject.images) {
    if (image.platforms.length === 0) continue;
    if (image.platforms.some((platform) => platform === wanted || platform.startsWith(`${wanted}/`))) continue;
    const runtime = subject.taskDefinition.runtimePlatform;
    findings.error(
      'live/image-platform',
      image.name,
      `the image ${quoteResource(image.name)} is for ${joinWords(image.platforms.map(quoteResource), 'and')}, but the task runs on ${wanted}` +
        ` (runtimePlatform ${runtime?.operatingSystemFamily ?? 'LINUX'}/${runtime?.cpuArchitecture ?? 'X86_64'}): its containers would exit at once`,
      `build it for ${wanted} (the platform input), or set the task definition's runtimePlatform.cpuArchitecture to the image's`,
    );
  }
}
