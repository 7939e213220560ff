/**
 * The one entry point for validation: parse the deployment files, check each on its own and against each other,
 * and return every finding with the task definition as it will be written.
 */
import { basename } from 'node:path';
import { checkAppspec, checkAppspecAgainstTaskDefinition, type LoadBalancerContainer } from './appspec';
import { FileFindings, MAX_FINDINGS_PER_FILE, sortFindings, type Finding } from './findings';
import { checkImageDetail } from './image-detail';
import { parseJson } from './parse-json';
import { parseYaml } from './parse-yaml';
import { checkPipeline } from './pipeline';
import { checkPlaceholders, type ImageContainers, type PlaceholderUse } from './placeholders';
import { parsed } from './parsed-file';
import { entryOf } from './positioned-value';
import type { ImagePlacement } from './render-files';
import { parseServiceDefinition, type ServiceDefinition } from './service-definition';
import type { DeployTarget } from './deploy-target';
import { checkServiceDefinition } from './service-rules';
import { checkExecutionRole, checkTaskDefinition, type TaskDefinitionCheck } from './task-definition';
import { checkTaskDefinitionSize } from './taskdef-size';
import type { RuleDoc } from './rule-docs';

export type { ImagePlacement } from './render-files';
export type { ImageContainers, PlaceholderUse } from './placeholders';
export type { DeployTarget } from './deploy-target';
export type { ServiceDefinition } from './service-definition';

/** A file to check: its path as the user gave it (for messages) and its text. */
export interface DeployFile {
  readonly path: string;
  readonly text: string;
}

/** The files to check and how the image gets into the task definition. */
export interface CheckInput {
  readonly taskdef?: DeployFile;
  /** YAML unless the path ends in `.json`. */
  readonly appspec?: DeployFile;
  readonly imageDetail?: DeployFile;
  /** A CodePipeline definition (get-pipeline JSON) whose CodeDeployToECS actions must fit the other files. */
  readonly pipeline?: DeployFile;
  /** The configured placeholder name, what the pipeline's Image1ContainerName holds: `IMAGE1_NAME`. */
  readonly imagePlaceholder: string;
  /** Set when the tool substitutes the image itself (then the container target needs no placeholder). */
  readonly render?: ImagePlacement;
  /** Placeholders the pipeline maps to other image artifacts (Image2ContainerName …), without brackets. */
  readonly otherPlaceholders?: readonly string[];
  /** Placeholders of the run's images besides Image1 (`extra-images`), without brackets: each must be in a container. */
  readonly extraPlaceholders?: readonly string[];
  /** Build mode: the image must end up in the task definition, and the appspec must take the new task definition. */
  readonly requirePlaceholder?: boolean;
  /** The ECS service (create-service / update-service input or describe-services output), checked with `service/…`. */
  readonly serviceDefinition?: DeployFile;
  /** Where the artifact goes: `codedeploy` (the default; CodeDeployToECS) or `ecs` (the ECS deploy action). */
  readonly deployTarget?: DeployTarget;
}

/** Everything validation found and what the files will become. */
export interface CheckResult {
  /** Sorted by file, line and column. */
  readonly findings: readonly Finding[];
  /** The parsed task definition without the Describe-only fields; undefined if it is missing or unparsable. */
  readonly taskDefinition?: Readonly<Record<string, unknown>>;
  /** The Describe-only fields removed from it. */
  readonly removedFields: readonly string[];
  /** Containers that will receive the new image (by placeholder or render target): the imagedefinitions.json names. */
  readonly imageContainers: readonly string[];
  /** Every `<NAME>` placeholder in the task definition's images and the container it is in. */
  readonly placeholders: readonly PlaceholderUse[];
  /**
   * The containers each image of the run goes into: Image1's (`imageContainers`), then each extra placeholder's, in
   * the order given (empty when the task definition is missing or unparsable).
   */
  readonly containersPerImage: readonly ImageContainers[];
  /** The parsed service definition, when one was given and holds a service. */
  readonly serviceDefinition?: ServiceDefinition;
}

/**
 * Validates the deployment files against what CodeDeploy and ECS accept (see AWS-CONTRACTS.md). Pure: give it the
 * texts, get the findings. Unparsable files yield a syntax finding and skip the checks that need their content.
 */
export function checkDeployFiles(input: CheckInput): CheckResult {
  // Each file's findings are bounded (FileFindings), and joined without spreading them into a call's arguments.
  const files: FileFindings[] = [];
  const requirePlaceholder = input.requirePlaceholder ?? false;
  const deployTarget = input.deployTarget ?? 'codedeploy';

  if (input.imageDetail !== undefined) {
    const file = new FileFindings(input.imageDetail.path, 'image-detail');
    const root = parsed(parseJson(input.imageDetail.text), file);
    checkImageDetail(input.imageDetail.path, root, file);
    files.push(file);
  }

  let taskdef: TaskDefinitionCheck | undefined;
  let imageContainers: readonly string[] = [];
  let placeholders: readonly PlaceholderUse[] = [];
  let containersPerImage: readonly ImageContainers[] = [];
  if (input.taskdef !== undefined) {
    const file = new FileFindings(input.taskdef.path, 'taskdef');
    const root = parsed(parseJson(input.taskdef.text), file);
    if (root !== undefined) {
      taskdef = checkTaskDefinition(root, file, input.imagePlaceholder);
      if (root.kind === 'object') {
        const placeholderCheck = checkPlaceholders(
          taskdef.containers,
          {
            imagePlaceholder: input.imagePlaceholder,
            requirePlaceholder,
            ...(input.render !== undefined && { render: input.render }),
            ...(input.otherPlaceholders !== undefined && { otherPlaceholders: input.otherPlaceholders }),
            ...(input.extraPlaceholders !== undefined && { extraPlaceholders: input.extraPlaceholders }),
          },
          file,
          entryOf(root, 'containerDefinitions')?.keyPosition ?? root.position,
        );
        imageContainers = placeholderCheck.imageContainers;
        placeholders = placeholderCheck.uses;
        containersPerImage = placeholderCheck.containersPerImage;
        checkExecutionRole(root, taskdef.containers, imageContainers, file);
        if (taskdef.taskDefinition !== undefined) checkTaskDefinitionSize(taskdef.taskDefinition, file, root.position);
      }
    }
    files.push(file);
  }

  let appspecLoadBalancer: LoadBalancerContainer | undefined;
  if (input.appspec !== undefined) {
    const { path, text } = input.appspec;
    const file = new FileFindings(path, 'appspec');
    const root = parsed(/\.json$/i.test(path) ? parseJson(text) : parseYaml(text), file);
    if (root !== undefined) {
      const target = checkAppspec(root, file, requirePlaceholder);
      appspecLoadBalancer = target;
      if (taskdef?.taskDefinition !== undefined && input.taskdef !== undefined) {
        checkAppspecAgainstTaskDefinition(target, taskdef.containers, file, input.taskdef.path);
      }
    }
    files.push(file);
  }

  let serviceDefinition: ServiceDefinition | undefined;
  if (input.serviceDefinition !== undefined) {
    const file = new FileFindings(input.serviceDefinition.path, 'service');
    serviceDefinition = parseServiceDefinition(input.serviceDefinition.text, file);
    if (serviceDefinition !== undefined) {
      checkServiceDefinition(
        serviceDefinition,
        {
          target: deployTarget,
          ...(taskdef?.taskDefinition !== undefined &&
            input.taskdef !== undefined && {
              taskDefinition: {
                path: input.taskdef.path,
                containers: taskdef.containers,
                ...(taskdef.networkMode !== undefined && { networkMode: taskdef.networkMode }),
                ...(taskdef.compatibilities !== undefined && { compatibilities: taskdef.compatibilities }),
              },
            }),
          ...(appspecLoadBalancer !== undefined &&
            input.appspec !== undefined && {
              appspec: { path: input.appspec.path, loadBalancer: appspecLoadBalancer },
            }),
        },
        file,
      );
    }
    files.push(file);
  }

  if (input.pipeline !== undefined) {
    const file = new FileFindings(input.pipeline.path, 'pipeline');
    const root = parsed(parseJson(input.pipeline.text), file);
    if (root !== undefined) {
      checkPipeline(root, file, {
        ...(input.taskdef !== undefined && { taskdefName: basename(input.taskdef.path) }),
        ...(input.appspec !== undefined && { appspecName: basename(input.appspec.path) }),
        placeholders,
        containers: taskdef?.containers ?? [],
        deployTarget,
        imageContainers: containersPerImage.flatMap((target) => target.containers),
        ...(serviceDefinition !== undefined && { serviceDefinition }),
      });
    }
    files.push(file);
  }

  return {
    findings: sortFindings(files.flatMap((file) => file.findings)),
    ...(taskdef?.taskDefinition !== undefined && { taskDefinition: taskdef.taskDefinition }),
    removedFields: taskdef?.removedFields ?? [],
    imageContainers,
    placeholders,
    containersPerImage,
    ...(serviceDefinition !== undefined && { serviceDefinition }),
  };
}

/** The parse step's rules for the task definition, with their examples. */
export const PARSE_RULES: readonly RuleDoc[] = [
  {
    id: 'taskdef/syntax',
    dataType: 'RegisterTaskDefinition',
    field: '(the file)',
    rule: 'strict JSON (no comments, no trailing commas)',
    source: 'RFC 8259; RegisterTaskDefinition takes JSON',
    path: '',
    refuses: { text: '{"family": "web-app",}\n' },
    accepts: {},
  },
  {
    id: 'taskdef/duplicate-key',
    dataType: 'RegisterTaskDefinition',
    field: '(every object)',
    rule: 'each key once (readers disagree on which one counts)',
    source: 'RFC 8259: names "SHOULD be unique"',
    path: 'duplicate key "family"',
    refuses: { text: '{"family": "a", "family": "b", "containerDefinitions": []}\n' },
    accepts: {},
  },
  {
    id: 'taskdef/more-findings',
    dataType: 'RegisterTaskDefinition',
    field: '(the file)',
    rule: `at most ${MAX_FINDINGS_PER_FILE} findings listed, then one that counts the rest (an error when any is)`,
    source: "GitHub's 1 MiB job summary and a readable log; not an AWS limit",
    path: 'not listed',
    refuses: {
      task: Object.fromEntries(Array.from({ length: MAX_FINDINGS_PER_FILE + 1 }, (_, index) => [`unknown${index}`, 1])),
    },
    accepts: {},
  },
];
