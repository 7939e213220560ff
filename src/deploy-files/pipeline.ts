/**
 * CodePipeline's side of the contract: the deploy actions of a pipeline definition (the JSON of
 * `aws codepipeline get-pipeline`, or of `create-pipeline --cli-input-json`) against the files the Build stage hands
 * over and the service they deploy. Sources: the CodePipeline action reference for "Amazon ECS and CodeDeploy
 * blue/green" (its configuration keys, the TaskDefinitionTemplatePath and AppSpecTemplatePath defaults,
 * Image1…Image4), for the standard "Amazon Elastic Container Service" deploy action (pipeline-ecs-action.ts), and the
 * CodePipeline pipeline structure reference (artifact names: letters, digits, "_" and "-", at most 100 characters; an
 * input artifact is the output of an earlier action).
 */
import { closestMatch } from '../suggest';
import { quote, type FileFindings, type Position } from './findings';
import { MAX_IMAGES, placeholderName } from './render-files';
import { describeValue, memberOf, stringMemberOf, type PositionedValue } from './positioned-value';
import { itemsOf } from './task-context';
import {
  checkArtifactReference,
  inputArtifactNames,
  requiredConfiguration,
  type ArtifactOutput,
  type DeployAction,
  type PipelineContext,
} from './pipeline-artifacts';
import { checkDeployActionFits, checkEcsDeployAction } from './pipeline-ecs-action';

const ARTIFACT_NAME = /^[A-Za-z0-9_-]{1,100}$/;
const REQUIRED_CONFIGURATION = [
  'ApplicationName',
  'DeploymentGroupName',
  'TaskDefinitionTemplateArtifact',
  'AppSpecTemplateArtifact',
];
const IMAGE_SLOTS = Array.from({ length: MAX_IMAGES }, (_, i) => i + 1);
const SOURCE = 'CodePipeline action reference, CodeDeployToECS';

export type { PipelineContext } from './pipeline-artifacts';

/**
 * Checks every CodeDeployToECS action of a parsed pipeline definition: its configuration, that its artifacts are
 * inputs of the action and outputs of an earlier one, that the template paths are the artifact's file names and that
 * the Image<N>ContainerName values are the task definition's placeholders. And every artifact name in the pipeline.
 */
export function checkPipeline(root: PositionedValue, findings: FileFindings, context: PipelineContext): void {
  const wrapped = memberOf(root, 'pipeline');
  const pipeline = wrapped?.kind === 'object' ? wrapped : root;
  const stages = memberOf(pipeline, 'stages');
  if (stages?.kind !== 'array') {
    findings.error(
      'pipeline/structure',
      (stages ?? pipeline).position,
      stages === undefined
        ? 'the file has no "stages"; a pipeline definition is {"pipeline": {"name", "stages": [...]}} (get-pipeline output)'
        : `stages is ${describeValue(stages)}; it must be a list of stages`,
      'pass the JSON of "aws codepipeline get-pipeline --name <pipeline>"',
    );
    return;
  }
  const outputs = new Map<string, ArtifactOutput>();
  const deployActions: DeployAction[] = [];
  const ecsActions: DeployAction[] = [];
  stages.items.forEach((stage, stageIndex) => {
    for (const action of itemsOf(stage, 'actions')) {
      const runOrderNode = memberOf(action, 'runOrder');
      const runOrder = runOrderNode?.kind === 'number' ? runOrderNode.value : 1;
      for (const key of ['inputArtifacts', 'outputArtifacts']) {
        for (const artifact of itemsOf(action, key)) checkArtifactName(memberOf(artifact, 'name'), findings);
      }
      for (const artifact of itemsOf(action, 'outputArtifacts')) {
        const name = stringMemberOf(artifact, 'name');
        if (name !== undefined && !outputs.has(name)) {
          outputs.set(name, { stage: stageIndex, runOrder, action: stringMemberOf(action, 'name') ?? '(unnamed)' });
        }
      }
      const provider = stringMemberOf(memberOf(action, 'actionTypeId'), 'provider');
      if (provider === 'CodeDeployToECS') deployActions.push({ node: action, stage: stageIndex, runOrder });
      if (provider === 'ECS') ecsActions.push({ node: action, stage: stageIndex, runOrder });
    }
  });
  if (deployActions.length === 0 && ecsActions.length === 0) {
    findings.warning(
      'pipeline/no-deploy-action',
      stages.position,
      'the pipeline has no CodeDeployToECS action (actionTypeId.provider "CodeDeployToECS") and no ECS deploy action ' +
        '(provider "ECS"), so there is nothing to check the files against',
      (context.deployTarget ?? 'codedeploy') === 'ecs'
        ? 'pass the pipeline whose Deploy stage is the ECS deploy action'
        : 'pass the pipeline whose Deploy stage is the ECS blue/green action',
    );
  }
  for (const action of deployActions) {
    checkDeployActionFits(action.node, 'CodeDeployToECS', findings, context);
    if ((context.deployTarget ?? 'codedeploy') === 'codedeploy') checkDeployAction(action, outputs, findings, context);
  }
  for (const action of ecsActions) {
    checkDeployActionFits(action.node, 'ECS', findings, context);
    checkEcsDeployAction(action, outputs, findings, context);
  }
}

function checkArtifactName(name: PositionedValue | undefined, findings: FileFindings): void {
  if (name?.kind !== 'string' || ARTIFACT_NAME.test(name.value)) return;
  findings.error(
    'pipeline/artifact-name',
    name.position,
    `artifact name ${quote(name.value)} is not valid: artifact names are 1 to 100 letters, digits, "_" and "-" ` +
      '(CodePipeline pipeline structure reference)',
    `rename it, e.g. ${quote(name.value.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 100) || 'BuildArtifact')}`,
  );
}

function checkDeployAction(
  action: DeployAction,
  outputs: ReadonlyMap<string, ArtifactOutput>,
  findings: FileFindings,
  context: PipelineContext,
): void {
  const actionName = stringMemberOf(action.node, 'name') ?? '(unnamed)';
  const label = `action ${quote(actionName)}`;
  const configuration = requiredConfiguration(
    action.node,
    label,
    {
      name: 'CodeDeployToECS',
      source: SOURCE,
      example:
        '{"ApplicationName": …, "DeploymentGroupName": …, "TaskDefinitionTemplateArtifact": …, "AppSpecTemplateArtifact": …}',
    },
    REQUIRED_CONFIGURATION,
    findings,
  );
  if (configuration === undefined) return;
  const inputs = inputArtifactNames(action.node);
  const referenced = [
    'TaskDefinitionTemplateArtifact',
    'AppSpecTemplateArtifact',
    ...IMAGE_SLOTS.map((n) => `Image${n}ArtifactName`),
  ];
  for (const key of referenced) {
    const node = memberOf(configuration, key);
    if (node?.kind === 'string') checkArtifactReference(node, key, label, inputs, action, outputs, findings);
  }
  checkTemplatePath(
    memberOf(configuration, 'TaskDefinitionTemplatePath'),
    'TaskDefinitionTemplatePath',
    'taskdef.json',
    context.taskdefName,
    configuration.position,
    findings,
  );
  checkTemplatePath(
    memberOf(configuration, 'AppSpecTemplatePath'),
    'AppSpecTemplatePath',
    'appspec.yaml',
    context.appspecName,
    configuration.position,
    findings,
  );
  checkImages(configuration, label, findings, context);
}

function checkTemplatePath(
  node: PositionedValue | undefined,
  key: string,
  defaultName: string,
  fileName: string | undefined,
  configurationPosition: Position,
  findings: FileFindings,
): void {
  if (fileName === undefined) return;
  const path = node?.kind === 'string' ? node.value : node === undefined ? defaultName : undefined;
  if (path === undefined || path === fileName) return;
  findings.error(
    'pipeline/template-path',
    node?.position ?? configurationPosition,
    node === undefined
      ? `${key} is not set, so CodeDeployToECS reads ${quote(defaultName)} from the artifact, but the artifact holds ${quote(fileName)} (${SOURCE})`
      : `${key} is ${quote(path)}, but the artifact holds ${quote(fileName)}; CodeDeployToECS would not find the file ("Exception while trying to read the task definition artifact file")`,
    node === undefined ? `add ${quote(key)}: ${quote(fileName)}` : `set ${quote(key)}: ${quote(fileName)}`,
  );
}

function checkImages(
  configuration: PositionedValue,
  label: string,
  findings: FileFindings,
  context: PipelineContext,
): void {
  const placeholders = [...new Set(context.placeholders.map((use) => use.placeholder))];
  const filled = new Set<string>();
  for (const slot of IMAGE_SLOTS) {
    const nameKey = `Image${slot}ContainerName`;
    const artifactKey = `Image${slot}ArtifactName`;
    const nameNode = memberOf(configuration, nameKey);
    const artifactNode = memberOf(configuration, artifactKey);
    if ((nameNode === undefined) !== (artifactNode === undefined)) {
      const [present, missing] = nameNode === undefined ? [artifactKey, nameKey] : [nameKey, artifactKey];
      findings.error(
        'pipeline/image-mapping',
        (nameNode ?? artifactNode ?? configuration).position,
        `${label} sets ${present} without ${missing}; an image is mapped by both: the artifact with imageDetail.json and ` +
          `the placeholder it fills (${SOURCE})`,
        `add ${quote(missing)}`,
      );
    }
    if (nameNode?.kind !== 'string') continue;
    const written = nameNode.value.trim();
    const bare = placeholderName(written);
    filled.add(bare);
    if (bare !== written) {
      findings.error(
        'pipeline/container-name-brackets',
        nameNode.position,
        `${nameKey} is ${quote(written)} with angle brackets; CodeDeploy adds the brackets itself and would look for ` +
          `"<${written}>" in the task definition (${SOURCE})`,
        `write ${quote(nameKey)}: ${quote(bare)}; the brackets belong in taskdef.json: "image": "<${bare}>"`,
      );
      continue;
    }
    if (placeholders.includes(bare)) continue;
    const swapped = context.containers.find((container) => container.image?.trim() === bare);
    const closest = closestMatch(bare, placeholders);
    findings.error(
      'pipeline/unknown-placeholder',
      nameNode.position,
      swapped !== undefined
        ? `${nameKey} is ${quote(bare)}, and the task definition's container ${quote(String(swapped.name ?? swapped.index))} has the image ` +
            `${quote(bare)} without angle brackets: CodeDeploy replaces only "<${bare}>", so ECS would get the literal image ${quote(bare)}`
        : `${nameKey} is ${quote(bare)}, but no container image in the task definition holds <${bare}>; ` +
            `its placeholders are ${placeholders.map((name) => `<${name}>`).join(', ') || 'none'}` +
            (closest !== undefined ? `; did you mean ${quote(closest)}?` : ''),
      swapped !== undefined
        ? `write "image": "<${bare}>" in taskdef.json (brackets there, none in the pipeline)`
        : closest !== undefined
          ? `set ${quote(nameKey)}: ${quote(closest)}`
          : `write "image": "<${bare}>" in the container that runs this image`,
    );
  }
  for (const name of placeholders) {
    if (filled.has(name)) continue;
    findings.error(
      'pipeline/unmapped-placeholder',
      configuration.position,
      `the task definition's placeholder <${name}> is filled by no Image<N>ContainerName of ${label}: ECS would receive ` +
        `the literal image "<${name}>"`,
      `add "Image${filled.size + 1}ContainerName": ${quote(name)} and the Image${filled.size + 1}ArtifactName of its image artifact`,
    );
  }
}
