/**
 * The service definition's rules in one call: the deployment controller against the deploy target, the deployment
 * configuration, the load balancers, Service Connect, the network and where the tasks run.
 */
import type { FileFindings } from './findings';
import type { ServiceDefinition } from './service-definition';
import { checkDeploymentConfiguration, checkDeploymentController } from './service-deployment';
import {
  checkLaunchType,
  checkLoadBalancers,
  checkNetworkConfiguration,
  checkServiceConnect,
  type ServiceTrafficContext,
} from './service-traffic';

export type { ServiceTrafficContext as ServiceCheckContext } from './service-traffic';

/**
 * Checks a parsed service definition on its own and against the task definition and appspec in `context`; findings
 * go to `findings` (rules `service/…`).
 */
export function checkServiceDefinition(
  definition: ServiceDefinition,
  context: ServiceTrafficContext,
  findings: FileFindings,
): void {
  checkDeploymentController(definition, context.target, findings);
  checkDeploymentConfiguration(definition, findings);
  checkLoadBalancers(definition, context, findings);
  checkServiceConnect(definition, findings);
  checkNetworkConfiguration(definition, context, findings);
  checkLaunchType(definition, context, findings);
}
