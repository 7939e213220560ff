/**
 * What every deploy action of a pipeline shares: where its artifacts come from (the CodePipeline pipeline structure
 * reference: an input artifact is the output of an action in an earlier stage, or of a lower runOrder in the same one).
 */
import { closestMatch } from '../suggest';
import { joinWords, quote, type FileFindings } from './findings';
import { entryOf, memberOf, stringMemberOf, type PositionedObject, type PositionedValue } from './positioned-value';
import type { PlaceholderUse } from './placeholders';
import type { ServiceDefinition } from './service-definition';
import type { DeployTarget } from './deploy-target';
import { itemsOf, type ContainerSummary } from './task-context';

const SOURCE = 'CodePipeline action reference, CodeDeployToECS';

/** What the pipeline is checked against: the files of the artifact and the placeholders of the task definition. */
export interface PipelineContext {
  /** The file names the artifact holds (the tool writes the templates under their own base names). */
  readonly taskdefName?: string;
  readonly appspecName?: string;
  /** The `<NAME>` placeholders in the task definition's images. */
  readonly placeholders: readonly PlaceholderUse[];
  /** The task definition's containers, to recognise a placeholder written without brackets. */
  readonly containers: readonly ContainerSummary[];
  /** Where the artifact goes (default `codedeploy`). */
  readonly deployTarget?: DeployTarget;
  /** The containers that get the run's images: the names the build writes into imagedefinitions.json. */
  readonly imageContainers?: readonly string[];
  /** The service the pipeline deploys, when its definition was given. */
  readonly serviceDefinition?: ServiceDefinition;
}

/** Where an artifact is made: the stage and run order of the action that outputs it. */
export interface ArtifactOutput {
  readonly stage: number;
  readonly runOrder: number;
  readonly action: string;
}

/** A deploy action of the pipeline and when it runs. */
export interface DeployAction {
  readonly node: PositionedValue;
  readonly stage: number;
  readonly runOrder: number;
}

/** The names of an action's input artifacts. */
export function inputArtifactNames(action: PositionedValue): string[] {
  return itemsOf(action, 'inputArtifacts').flatMap((artifact) => {
    const name = stringMemberOf(artifact, 'name');
    return name !== undefined ? [name] : [];
  });
}

/**
 * `pipeline/artifact-reference`: an artifact the action names is one of its inputs (unless `inputs` is undefined: the
 * action's own input list) and the output of an action that runs before it.
 */
export function checkArtifactReference(
  node: PositionedValue & { kind: 'string' },
  key: string,
  label: string,
  inputs: readonly string[] | undefined,
  action: { stage: number; runOrder: number },
  outputs: ReadonlyMap<string, ArtifactOutput>,
  findings: FileFindings,
): void {
  const name = node.value;
  if (inputs !== undefined && !inputs.includes(name)) {
    const closest = closestMatch(name, inputs);
    findings.error(
      'pipeline/artifact-reference',
      node.position,
      `${key} ${quote(name)} is not an input artifact of ${label}; its inputArtifacts are ${inputs.map((input) => `${quote(input)}`).join(', ') || 'none'} ` +
        `(${SOURCE}: the artifacts it names are among the action's input artifacts)` +
        (closest !== undefined ? `; did you mean ${quote(closest)}?` : ''),
      closest !== undefined ? `write ${quote(closest)}` : `add {"name": ${quote(name)}} to the action's inputArtifacts`,
    );
    return;
  }
  const output = outputs.get(name);
  const earlier =
    output !== undefined &&
    (output.stage < action.stage || (output.stage === action.stage && output.runOrder < action.runOrder));
  if (earlier) return;
  findings.error(
    'pipeline/artifact-reference',
    node.position,
    output === undefined
      ? `${key} ${quote(name)} is the output artifact of no action in the pipeline; CodePipeline would fail to find it`
      : `${key} ${quote(name)} is the output of action ${quote(output.action)}, which does not run before ${label} ` +
          '(an input comes from an earlier stage, or from a lower runOrder in the same stage)',
    output === undefined
      ? `name the Build action's output artifact, or add {"name": ${quote(name)}} to its outputArtifacts`
      : 'move the action that produces it to an earlier stage or a lower runOrder',
  );
}

/**
 * `pipeline/configuration`: the action's configuration object with each of `required`.
 * @param action the action's provider as messages name it, and where its reference is
 * @returns the configuration, or undefined when there is no object to check further
 */
export function requiredConfiguration(
  node: PositionedValue,
  label: string,
  action: { readonly name: string; readonly source: string; readonly example: string },
  required: readonly string[],
  findings: FileFindings,
): PositionedObject | undefined {
  const configuration = memberOf(node, 'configuration');
  if (configuration?.kind !== 'object') {
    findings.error(
      'pipeline/configuration',
      (configuration ?? node).position,
      `${label} has no configuration object; ${action.name} needs ${joinWords([...required], 'and')} (${action.source})`,
      `add "configuration": ${action.example}`,
    );
    return undefined;
  }
  for (const key of required) {
    if (entryOf(configuration, key) !== undefined) continue;
    findings.error(
      'pipeline/configuration',
      configuration.position,
      `${label} has no ${key} in its configuration (${action.source})`,
      `add ${quote(key)}`,
    );
  }
  return configuration;
}
