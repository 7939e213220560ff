/**
 * Placeholder consistency between the task definition and the pipeline. CodeDeployToECS replaces `<NAME>` in a
 * container's image, where NAME is what the pipeline's Image1ContainerName holds — without brackets there, with
 * brackets in the task definition. Getting that backwards, or a name that differs, deploys a literal `<NAME>`.
 */
import { closestMatch } from '../suggest';
import { quote, START_OF_FILE, type FileFindings, type Position, type Severity } from './findings';
import { MAX_IMAGES, placeholderName, type ImagePlacement } from './render-files';
import { containerLabel, type ContainerSummary } from './task-context';

const PLACEHOLDER = /<([^<>\s]+)>/g;

/** One `<NAME>` placeholder written in a container's image. */
export interface PlaceholderUse {
  /** Its name without brackets. */
  readonly placeholder: string;
  /** The container's name (or its path when it has none). */
  readonly container: string;
  readonly line: number;
  readonly column: number;
}

/** How images get into the task definition. */
export interface ImageMapping {
  /** The configured placeholder name (the pipeline's Image1ContainerName), normally without brackets. */
  readonly imagePlaceholder: string;
  /** Set when the tool substitutes the image itself. */
  readonly render?: ImagePlacement;
  /** Placeholders the pipeline maps to other image artifacts (Image2ContainerName …), without brackets. */
  readonly otherPlaceholders?: readonly string[];
  /**
   * Placeholders of the images this run builds or takes besides Image1 (`extra-images`), without brackets. Each
   * must be some container's whole image, in build and validation alike: these images exist only to be deployed.
   */
  readonly extraPlaceholders?: readonly string[];
  /** Build mode: the image being built must end up in some container. */
  readonly requirePlaceholder: boolean;
}

/** The containers one image of the run goes into. */
export interface ImageContainers {
  /** The configured placeholder (Image1) or an extra image's, without brackets. */
  readonly placeholder: string;
  /** The containers' names, in file order, each once. */
  readonly containers: readonly string[];
}

/** The placeholders found and the containers that will run the new image. */
export interface PlaceholderCheck {
  readonly uses: readonly PlaceholderUse[];
  /** Names of the containers that will receive the new image, by placeholder or render target, in file order. */
  readonly imageContainers: readonly string[];
  /** Image1's containers (as `imageContainers`), then each extra placeholder's, in the order given. */
  readonly containersPerImage: readonly ImageContainers[];
}

/**
 * Checks the placeholders of a task definition against the configuration: `placeholder/configured-with-brackets`,
 * `placeholder/missing-brackets`, `placeholder/partial-image`, `placeholder/mismatch`, `placeholder/unmapped`,
 * `placeholder/render-target-missing`, `placeholder/too-many`, `placeholder/extra-missing`
 * and `placeholder/missing` (an error in build mode, a warning otherwise: "pattern B" files get their image by sed).
 * @param containersPosition where findings about the container list as a whole point
 */
export function checkPlaceholders(
  containers: readonly ContainerSummary[],
  mapping: ImageMapping,
  findings: FileFindings,
  containersPosition: Position = START_OF_FILE,
): PlaceholderCheck {
  const configured = placeholderName(mapping.imagePlaceholder);
  const { render } = mapping;
  const renderPlaceholder =
    render !== undefined && 'placeholder' in render ? placeholderName(render.placeholder) : undefined;
  const renderContainer = render !== undefined && 'container' in render ? render.container : undefined;
  const newImagePlaceholders = new Set([configured, ...(renderPlaceholder !== undefined ? [renderPlaceholder] : [])]);
  const others = (mapping.otherPlaceholders ?? []).map(placeholderName);
  const extras = [...new Set((mapping.extraPlaceholders ?? []).map(placeholderName))];
  const mapped = new Set([...newImagePlaceholders, ...others, ...extras]);

  const images = [...new Set([configured, ...others, ...extras])];
  if (images.length > MAX_IMAGES) {
    findings.error(
      'placeholder/too-many',
      containersPosition,
      `${images.length} image placeholders are mapped (${images.join(', ')}), but CodeDeployToECS fills at most ` +
        `${MAX_IMAGES} (Image1ContainerName … Image4ContainerName)`,
      'map at most four images to this deployment: drop the other placeholders or extra images it does not deploy',
    );
  }

  const uses: (PlaceholderUse & { readonly summary: ContainerSummary; readonly position: Position })[] = [];
  for (const container of containers) {
    for (const match of (container.image ?? '').matchAll(PLACEHOLDER)) {
      uses.push({
        placeholder: match[1] ?? '',
        container: container.name ?? containerLabel(container),
        line: container.imagePosition.line,
        column: container.imagePosition.column,
        summary: container,
        position: container.imagePosition,
      });
    }
  }

  if (configured !== mapping.imagePlaceholder.trim()) {
    const place = uses.find((use) => use.placeholder === configured)?.position ?? containers[0]?.imagePosition;
    findings.error(
      'placeholder/configured-with-brackets',
      place ?? containersPosition,
      `the configured placeholder name ${quote(mapping.imagePlaceholder)} has angle brackets; the pipeline's ` +
        `Image1ContainerName holds the bare name ${configured}, and CodeDeploy looks for "<${configured}>" in the task definition`,
      `configure ${configured} without brackets; keep them in taskdef.json: "image": "<${configured}>"`,
    );
  }

  let explained = false;
  const explainedExtras = new Set<string>();
  for (const container of containers) {
    const image = container.image?.trim();
    if (image === undefined || !(newImagePlaceholders.has(image) || extras.includes(image))) continue;
    if (newImagePlaceholders.has(image)) explained = true;
    else explainedExtras.add(image);
    findings.error(
      'placeholder/missing-brackets',
      container.imagePosition,
      `${containerLabel(container)} has the image ${quote(image)} without angle brackets; CodeDeploy only replaces ` +
        `"<${image}>", so ECS would get the literal image ${quote(image)}`,
      `write "image": "<${image}>" — brackets in taskdef.json, none in ` +
        (newImagePlaceholders.has(image)
          ? `the pipeline's Image1ContainerName (${image})`
          : `the extra image's placeholder (${image})`),
    );
  }

  // CodeDeployToECS puts the whole ImageURI (registry/repository@sha256:…) in place of <NAME>: any text around the
  // placeholder ends up around a complete reference, which is no image reference at all.
  for (const use of uses) {
    const image = use.summary.image?.trim() ?? '';
    if (!mapped.has(use.placeholder) || image === `<${use.placeholder}>`) continue;
    findings.error(
      'placeholder/partial-image',
      use.position,
      `${containerLabel(use.summary)} has the image ${quote(image)}: CodeDeploy replaces <${use.placeholder}> with the whole ` +
        `image URI (registry/repository@sha256:…), so the result would be "${image.replace(`<${use.placeholder}>`, '123456789012.dkr.ecr.<region>.amazonaws.com/repo@sha256:…')}", ` +
        'which is not an image reference',
      `write "image": "<${use.placeholder}>" alone; the tag or repository comes from the image artifact (imageDetail.json)`,
    );
  }

  const newImageUsed = uses.some((use) => newImagePlaceholders.has(use.placeholder));
  for (const use of uses) {
    if (mapped.has(use.placeholder)) continue;
    const label = containerLabel(use.summary);
    if (!newImageUsed && renderContainer === undefined) {
      explained = true;
      findings.error(
        'placeholder/mismatch',
        use.position,
        `${label} uses the placeholder <${use.placeholder}>, but the configured placeholder is ${configured}: ` +
          `CodeDeploy would replace only <${configured}> and leave "<${use.placeholder}>" as the image`,
        `either write "image": "<${configured}>", or configure the placeholder name ${use.placeholder} ` +
          "(the pipeline's Image1ContainerName, without brackets)",
      );
    } else {
      findings.error(
        'placeholder/unmapped',
        use.position,
        `${label} uses the placeholder <${use.placeholder}>, which nothing maps to an image (the configured ` +
          `placeholder is ${configured}): ECS would receive the literal image "<${use.placeholder}>"`,
        `put a real image URI there, or build its image in this run as an extra image, or map ${use.placeholder} to an ` +
          'image in the pipeline (Image2ContainerName …) and declare it as an additional placeholder',
      );
    }
  }

  const names = containers.flatMap((container) => (container.name !== undefined ? [container.name] : []));
  if (renderContainer !== undefined && !names.includes(renderContainer)) {
    explained = true;
    const closest = closestMatch(renderContainer, names);
    findings.error(
      'placeholder/render-target-missing',
      containersPosition,
      `the image is to be rendered into the container ${quote(renderContainer)}, but the task definition has no such ` +
        `container (it has ${names.map((name) => `${quote(name)}`).join(', ') || 'none'})` +
        (closest !== undefined ? `; did you mean ${quote(closest)}?` : ''),
      `name one of the task definition's containers${closest !== undefined ? `: ${quote(closest)}` : ''}`,
    );
  }
  if (renderPlaceholder !== undefined && !uses.some((use) => use.placeholder === renderPlaceholder)) {
    explained = true;
    findings.error(
      'placeholder/render-target-missing',
      containers[0]?.imagePosition ?? containersPosition,
      `the image is to be rendered in place of <${renderPlaceholder}>, but no container image holds it`,
      `write "image": "<${renderPlaceholder}>" in the container that runs this image, or render into a container by name`,
    );
  }

  const imageContainers: string[] = [];
  for (const container of containers) {
    if (container.name === undefined || imageContainers.includes(container.name)) continue;
    const receives =
      container.name === renderContainer ||
      uses.some((use) => use.summary === container && newImagePlaceholders.has(use.placeholder));
    if (receives) imageContainers.push(container.name);
  }

  if (imageContainers.length === 0 && !explained && containers.length > 0) {
    reportMissingPlaceholder(containers, configured, mapping.requirePlaceholder ? 'error' : 'warning', findings);
  }

  const containersPerImage: ImageContainers[] = [{ placeholder: configured, containers: imageContainers }];
  for (const extra of extras) {
    const holders = uses.filter((use) => use.placeholder === extra);
    containersPerImage.push({
      placeholder: extra,
      containers: [...new Set(holders.flatMap((use) => (use.summary.name !== undefined ? [use.summary.name] : [])))],
    });
    if (holders.length > 0 || explainedExtras.has(extra)) continue;
    // Unlike Image1's, an extra image has no "pattern B" (sed in the buildspec): it is built to be deployed here.
    findings.error(
      'placeholder/extra-missing',
      containers[0]?.imagePosition ?? containersPosition,
      `no container image holds the placeholder <${extra}> of an extra image: the image built for it would never be deployed`,
      `write "image": "<${extra}>" in the container that runs this image (and map ${extra} in the pipeline's ` +
        'Image<N>ContainerName), or remove the extra image',
    );
  }

  return {
    uses: uses.map(({ placeholder, container, line, column }) => ({ placeholder, container, line, column })),
    imageContainers,
    containersPerImage,
  };
}

function reportMissingPlaceholder(
  containers: readonly ContainerSummary[],
  configured: string,
  severity: Severity,
  findings: FileFindings,
): void {
  const literal = containers
    .filter((container) => container.image !== undefined)
    .map((container) => `${containerLabel(container)} has the image ${quote(container.image ?? '')}`);
  const images = literal.length > 0 ? ` (${literal.join('; ')})` : '';
  const fix =
    `write "image": "<${configured}>" in the container that runs the image of this pipeline ` +
    `(the pipeline's Image1ContainerName is ${configured}, without brackets)`;
  findings.add(
    severity,
    'placeholder/missing',
    containers[0]?.imagePosition ?? START_OF_FILE,
    severity === 'error'
      ? `no container image holds the placeholder <${configured}> and the image is not rendered into a container${images}: ` +
          'the image this build pushes would never be deployed'
      : `no container image holds the placeholder <${configured}>${images}; fine if the image is substituted before ` +
          'CodeDeploy reads this file (sed in the buildspec), otherwise the pipeline never updates these containers',
    severity === 'error' ? `${fix}, or have the tool render the image into the container by name` : fix,
  );
}
