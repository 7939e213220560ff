/**
 * All of `--live`'s decisions over one snapshot (pure): what the credentials could not read (a warning naming the IAM
 * action: the deployment may still work, the check was not made), then the service's and the task's rules.
 */
import { LiveFindings, quoteResource, type LiveFinding } from './findings';
import { checkService } from './service-rules';
import type { LiveSnapshot, LiveSubject, Lookup } from './snapshot';
import { checkTask } from './task-rules';

/** The findings of the live checks of `subject` on what was read of the account. */
export function checkLive(subject: LiveSubject, snapshot: LiveSnapshot): readonly LiveFinding[] {
  return [...deniedReads(subject, snapshot), ...checkService(subject, snapshot), ...checkTask(subject, snapshot)];
}

function deniedReads(subject: LiveSubject, snapshot: LiveSnapshot): readonly LiveFinding[] {
  const findings = new LiveFindings();
  const single = (what: string, resource: string | undefined, lookup: Lookup<unknown> | undefined) =>
    resource === undefined || lookup === undefined ? [] : [[what, resource, lookup, ''] as const];
  const keyed = (what: string, lookups: Readonly<Record<string, Lookup<unknown>>>) =>
    Object.entries(lookups).map(([resource, lookup]) => [what, resource, lookup, ''] as const);
  // A log group is keyed `<region> <name>` (logGroupKey): the name is the resource, in its region.
  const logGroups = Object.entries(snapshot.logGroups).map(([key, lookup]) => {
    const [region = '', name = key] = key.split(/ (.*)/s);
    return ['the log group', name, lookup, ` in ${region}`] as const;
  });
  const reads = [
    ...single('the service', subject.service, snapshot.service),
    ...single('the CodeDeploy application', subject.codedeploy?.application, snapshot.application),
    ...single('the deployment group', subject.codedeploy?.deploymentGroup, snapshot.deploymentGroup),
    ...single('the deployment config', deploymentConfigName(snapshot), snapshot.deploymentConfig),
    ...keyed('the target group', snapshot.targetGroups),
    ...keyed('the listener', snapshot.listeners),
    ...keyed('the listener rule', snapshot.rules),
    ...keyed('the role', snapshot.roles),
    ...keyed('the function', snapshot.functions),
    ...logGroups,
    ...keyed('the secret', snapshot.secrets),
  ];
  for (const [what, resource, lookup, where] of reads) {
    if (lookup.state !== 'denied') continue;
    findings.warning(
      'live/access-denied',
      resource,
      `${what} ${quoteResource(resource)}${where} could not be read (access denied to ${lookup.action}): its checks were skipped`,
      `allow ${lookup.action} to the role or user this runs as (the README lists every read-only action --live uses)`,
    );
  }
  return findings.findings;
}

function deploymentConfigName(snapshot: LiveSnapshot): string | undefined {
  return snapshot.deploymentGroup?.state === 'found' ? snapshot.deploymentGroup.value.deploymentConfigName : undefined;
}
