/** Where a build's artifact goes: the unit of what the artifact holds and which rules apply. */

/** CodeDeploy blue/green (CodeDeployToECS, with an appspec) or ECS itself (the `ECS` deploy action, no appspec). */
export type DeployTarget = 'codedeploy' | 'ecs';

/** The deploy targets, the default first. */
export const DEPLOY_TARGETS: readonly DeployTarget[] = ['codedeploy', 'ecs'];
