/**
 * Rendering: the task definition and appspec as ECS and CodeDeploy will use them, with the image and the task
 * definition ARN filled in — for teams that map no image in the pipeline, and for deployments without CodePipeline.
 */

/** How the tool puts the image into the task definition itself: in place of a placeholder, or into a container. */
export type ImagePlacement = { readonly placeholder: string } | { readonly container: string };

/** The placeholder CodeDeployToECS replaces with the ARN of the task definition it registers. */
export const TASK_DEFINITION_PLACEHOLDER = '<TASK_DEFINITION>';

/** A full task definition ARN with its revision: the only other TaskDefinition CodeDeploy takes. */
export const TASK_DEFINITION_ARN = /^arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d+:task-definition\/[A-Za-z0-9_-]{1,255}:[1-9]\d*$/;

/** CodeDeployToECS maps at most four images: Image1ContainerName … Image4ContainerName. */
export const MAX_IMAGES = 4;

/** A placeholder's name without angle brackets: `<IMAGE1_NAME>` and `IMAGE1_NAME` both give `IMAGE1_NAME`. */
export function placeholderName(name: string): string {
  const trimmed = name.trim();
  return /^<.+>$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed;
}

/**
 * The task definition with every image of a run filled in: Image1 at `target`, each other image at its placeholder.
 * Pure; the one place `render` and `build` fill images.
 */
export function fillImages(
  taskDefinition: Readonly<Record<string, unknown>>,
  image1: string,
  target: ImagePlacement,
  others: readonly { readonly placeholder: string; readonly uri: string }[],
): Record<string, unknown> {
  return others.reduce(
    (rendered, image) => renderTaskDefinition(rendered, image.uri, { placeholder: image.placeholder }),
    renderTaskDefinition(taskDefinition, image1, target),
  );
}

/**
 * The task definition with `imageUri` substituted the way CodeDeploy does it: every `<NAME>` in a container's image
 * replaced (placeholder target), or the named container's image set (container target). Pure: returns a new object.
 * Give it the cleaned task definition from `checkDeployFiles`.
 * @throws Error when the target matches no container (`checkDeployFiles` reports that as a finding first)
 */
export function renderTaskDefinition(
  taskDefinition: Readonly<Record<string, unknown>>,
  imageUri: string,
  target: ImagePlacement,
): Record<string, unknown> {
  const rendered = structuredClone(taskDefinition) as Record<string, unknown>;
  const containers = Array.isArray(rendered['containerDefinitions']) ? rendered['containerDefinitions'] : [];
  let matched = 0;
  for (const container of containers) {
    if (typeof container !== 'object' || container === null) continue;
    const definition = container as Record<string, unknown>;
    if ('container' in target) {
      if (definition['name'] !== target.container) continue;
      definition['image'] = imageUri;
      matched++;
    } else {
      const placeholder = `<${placeholderName(target.placeholder)}>`;
      const image = definition['image'];
      if (typeof image !== 'string' || !image.includes(placeholder)) continue;
      definition['image'] = image.split(placeholder).join(imageUri);
      matched++;
    }
  }
  if (matched === 0) {
    const what =
      'container' in target
        ? `no container is named "${target.container}"`
        : `no container image holds <${placeholderName(target.placeholder)}>`;
    throw new Error(`cannot render the image into the task definition: ${what}`);
  }
  return rendered;
}

/**
 * The appspec file's text with `<TASK_DEFINITION>` replaced by `taskDefinitionArn`, as CodeDeployToECS does it:
 * comments, formatting and `version: 0.0` stay exactly as written.
 * @throws Error when `taskDefinitionArn` is not a full task definition ARN with a revision
 */
export function renderAppspecText(text: string, taskDefinitionArn: string): string {
  checkTaskDefinitionArn(taskDefinitionArn);
  return text.split(TASK_DEFINITION_PLACEHOLDER).join(taskDefinitionArn);
}

function checkTaskDefinitionArn(arn: string): void {
  if (!TASK_DEFINITION_ARN.test(arn)) {
    throw new Error(
      `"${arn}" is not a task definition ARN with a revision (arn:aws:ecs:<region>:<account>:task-definition/<family>:<revision>)`,
    );
  }
}

/** JSON as the artifact files are written: 2-space indentation, keys in their original order, a final newline. */
export function serializeJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
