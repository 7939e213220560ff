/**
 * What the task definition rule families share: the containers of a parsed task definition, where the task runs
 * (Fargate, network mode), how findings name a field, and the check of a whole number against a documented range.
 */
import { quote, type FileFindings, type Position } from './findings';
import {
  childPath,
  describeValue,
  memberOf,
  stringMemberOf,
  type PositionedObject,
  type PositionedValue,
} from './positioned-value';

/** What the rules need to know about one container definition. */
export interface ContainerSummary {
  /** Its index in `containerDefinitions`. */
  readonly index: number;
  readonly node: PositionedObject;
  readonly name?: string;
  /** The `image` value when it is a string. */
  readonly image?: string;
  /** Where the image is written, or the container itself when it has none. */
  readonly imagePosition: Position;
  /** Its `portMappings[].containerPort` numbers. */
  readonly containerPorts: readonly number[];
}

/** A parsed task definition (an object) with what every rule family asks of it. */
export interface TaskContext {
  readonly root: PositionedObject;
  readonly containers: readonly ContainerSummary[];
  readonly findings: FileFindings;
  /** The "FARGATE" entry of requiresCompatibilities, if there is one. */
  readonly fargate?: PositionedValue;
  /** The network mode as ECS applies it: `bridge` when not set (on Linux EC2), undefined when not a string. */
  readonly networkMode?: string;
}

/** The container definitions of a parsed task definition (those that are objects). */
export function containersOf(root: PositionedValue): ContainerSummary[] {
  const definitions = memberOf(root, 'containerDefinitions');
  if (definitions?.kind !== 'array') return [];
  const containers: ContainerSummary[] = [];
  definitions.items.forEach((node, index) => {
    if (node.kind !== 'object') return;
    const imageNode = memberOf(node, 'image');
    const portMappings = memberOf(node, 'portMappings');
    const containerPorts =
      portMappings?.kind === 'array'
        ? portMappings.items.flatMap((mapping) => {
            const port = memberOf(mapping, 'containerPort');
            return port?.kind === 'number' ? [port.value] : [];
          })
        : [];
    const name = stringMemberOf(node, 'name');
    const image = imageNode?.kind === 'string' ? imageNode.value : undefined;
    containers.push({
      index,
      node,
      ...(name !== undefined && { name }),
      ...(image !== undefined && { image }),
      imagePosition: imageNode?.position ?? node.position,
      containerPorts,
    });
  });
  return containers;
}

/** How a container is named in messages: `containerDefinitions[0] ("web")`. */
export function containerLabel(container: ContainerSummary): string {
  const path = childPath('containerDefinitions', container.index);
  return container.name !== undefined ? `${path} (${quote(container.name)})` : path;
}

/** The path of a field inside a container, for messages: `containerDefinitions[0].healthCheck.interval`. */
export function containerPath(container: ContainerSummary, ...keys: readonly (string | number)[]): string {
  return keys.reduce<string>((path, key) => childPath(path, key), childPath('containerDefinitions', container.index));
}

/** The items of a list member, or none when it is absent or not a list (the model walk reports the type). */
export function itemsOf(node: PositionedValue | undefined, key: string): readonly PositionedValue[] {
  const list = memberOf(node, key);
  return list?.kind === 'array' ? list.items : [];
}

/** An inclusive range a number field must be in (no max: unbounded above). */
export interface NumberRange {
  readonly min: number;
  readonly max?: number;
  /** Words for messages: `between 5 and 300 seconds`. */
  readonly unit?: string;
}

/**
 * Reports a number outside its range (or not whole) as an error of `rule`. Values of the wrong type are left to the
 * model walk.
 * @param source where the range is documented, for the message
 * @returns the number when it is in range
 */
export function checkWholeNumber(
  node: PositionedValue | undefined,
  path: string,
  range: NumberRange,
  rule: string,
  findings: FileFindings,
  source: string,
): number | undefined {
  if (node?.kind !== 'number') return undefined;
  const { min, max, unit = '' } = range;
  const inRange = Number.isInteger(node.value) && node.value >= min && (max === undefined || node.value <= max);
  if (inRange) return node.value;
  const allowed = max === undefined ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
  findings.error(
    rule,
    node.position,
    `${path} is ${describeValue(node)}; it must be ${allowed}${unit ? ` ${unit}` : ''} (${source})`,
    max === undefined ? `set ${path} to ${min} or more` : `set ${path} to a value from ${min} to ${max}`,
  );
  return undefined;
}
