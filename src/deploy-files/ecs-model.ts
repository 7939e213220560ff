/**
 * Deployment files checked against ECS's own API model: the task definition against the RegisterTaskDefinition input,
 * the service definition against the CreateService or UpdateService input — keys, value types, enumerations and
 * required members, as generated from @aws-sdk/client-ecs by scripts/ecs-model.mjs.
 */
import { closestMatch } from '../suggest';
import taskDefinitionModelFile from '../../generated/ecs-model.json' with { type: 'json' };
import serviceModelFile from '../../generated/ecs-service-model.json' with { type: 'json' };
import { quote, joinWords, type FileFindings } from './findings';
import { childPath, describeValue, pathLabel, type PositionedObject, type PositionedValue } from './positioned-value';

interface ModelShape {
  readonly members: Readonly<Record<string, string>>;
  readonly required?: readonly string[];
  readonly union?: boolean;
}

interface ModelFile {
  readonly source: string;
  readonly root: string;
  readonly otherRoots?: readonly string[];
  readonly describeOnly: readonly string[];
  readonly shapes: Readonly<Record<string, ModelShape>>;
  readonly enums: Readonly<Record<string, readonly string[]>>;
}

/** One generated model and how findings about its documents are named. */
interface Model {
  readonly file: ModelFile;
  /** The rule ids of the model walk (literals, so that the README's rule table test finds them). */
  readonly rules: ModelRules;
  /** The document in messages: `the task definition`. */
  readonly document: string;
  /** For each shape, where it sits in the document (`containerDefinitions[].portMappings[]`), for "move it there". */
  readonly locations: ReadonlyMap<string, string>;
}

interface ModelRules {
  readonly unknownKey: string;
  readonly valueType: string;
  readonly enumValue: string;
  readonly missingRequired: string;
}

const TASK_DEFINITION_MODEL = modelOf(
  taskDefinitionModelFile,
  {
    unknownKey: 'taskdef/unknown-key',
    valueType: 'taskdef/value-type',
    enumValue: 'taskdef/enum-value',
    missingRequired: 'taskdef/missing-required',
  },
  'the task definition',
);
const SERVICE_MODEL = modelOf(
  serviceModelFile,
  {
    unknownKey: 'service/unknown-key',
    valueType: 'service/value-type',
    enumValue: 'service/enum-value',
    missingRequired: 'service/missing-required',
  },
  'the service definition',
);

/** Where the models come from, e.g. `@aws-sdk/client-ecs@3.1164.0`. */
export const ECS_MODEL_SOURCE = TASK_DEFINITION_MODEL.file.source;

/**
 * Top-level keys that DescribeTaskDefinition returns and RegisterTaskDefinition does not take (`taskDefinitionArn`,
 * `revision`, `status`, …): the model's TaskDefinition members that its RegisterTaskDefinitionRequest lacks.
 */
export const DESCRIBE_ONLY_FIELDS: readonly string[] = TASK_DEFINITION_MODEL.file.describeOnly;

/**
 * Top-level keys that DescribeServices returns and neither CreateService nor UpdateService takes (`serviceArn`,
 * `status`, `deployments`, `events`, …): the model's Service members that both inputs lack.
 */
export const SERVICE_DESCRIBE_ONLY_FIELDS: readonly string[] = SERVICE_MODEL.file.describeOnly;

/** The input shapes a service definition can be: a create-service or an update-service `--cli-input-json`. */
export type ServiceInputShape = 'CreateServiceRequest' | 'UpdateServiceRequest';

/** The values of an ECS enumeration as the generated models hold them (`DeploymentLifecycleHookStage`, …). */
export function ecsEnumValues(name: string): readonly string[] {
  const values = SERVICE_MODEL.file.enums[name] ?? TASK_DEFINITION_MODEL.file.enums[name];
  if (values === undefined) throw new Error(`the generated ECS models have no enumeration ${name}`);
  return values;
}

/** A member's type, decoded from the model's descriptor strings (`list:structure:PortMapping`, `enum:NetworkMode`). */
type ModelType =
  | { readonly kind: 'string' | 'number' | 'boolean' | 'timestamp' | 'blob' | 'document' }
  | { readonly kind: 'enum'; readonly name: string; readonly values: readonly string[] }
  | { readonly kind: 'structure'; readonly name: string }
  | { readonly kind: 'list' | 'map'; readonly of: ModelType };

function decodeType(file: ModelFile, descriptor: string): ModelType {
  const separator = descriptor.indexOf(':');
  const head = separator === -1 ? descriptor : descriptor.slice(0, separator);
  const rest = descriptor.slice(separator + 1);
  switch (head) {
    case 'string':
    case 'number':
    case 'boolean':
    case 'timestamp':
    case 'blob':
    case 'document':
      return { kind: head };
    case 'enum':
      return { kind: 'enum', name: rest, values: file.enums[rest] ?? [] };
    case 'structure':
      return { kind: 'structure', name: rest };
    case 'list':
    case 'map':
      return { kind: head, of: decodeType(file, rest) };
    default:
      throw new Error(`a generated ECS model has an unknown type descriptor ${JSON.stringify(descriptor)}`);
  }
}

function shapeOf(file: ModelFile, name: string): ModelShape {
  const shape = file.shapes[name];
  if (shape === undefined) throw new Error(`a generated ECS model (${file.root}) has no shape ${name}`);
  return shape;
}

function modelOf(file: ModelFile, rules: ModelRules, document: string): Model {
  const locations = new Map<string, string>([[file.root, '']]);
  for (const root of file.otherRoots ?? []) locations.set(root, '');
  const queue = [file.root, ...(file.otherRoots ?? [])];
  for (let shapeName = queue.shift(); shapeName !== undefined; shapeName = queue.shift()) {
    const base = locations.get(shapeName) ?? '';
    for (const [member, descriptor] of Object.entries(shapeOf(file, shapeName).members)) {
      let path = base === '' ? member : `${base}.${member}`;
      let type = decodeType(file, descriptor);
      while (type.kind === 'list' || type.kind === 'map') {
        path += type.kind === 'list' ? '[]' : '.<key>';
        type = type.of;
      }
      if (type.kind === 'structure' && !locations.has(type.name)) {
        locations.set(type.name, path);
        queue.push(type.name);
      }
    }
  }
  return { file, rules, document, locations };
}

/** `RegisterTaskDefinitionRequest` → `RegisterTaskDefinition`: the operation, for messages. */
function operationOf(rootShape: string): string {
  return rootShape.replace(/Request$/, '');
}

function typeName(type: ModelType): string {
  switch (type.kind) {
    case 'string':
    case 'blob':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'timestamp':
      return 'a timestamp';
    case 'enum':
      return `one of ${quotedList(type.values)}`;
    case 'structure':
      return 'an object';
    case 'list':
      return `a list of ${pluralTypeName(type.of)}`;
    case 'map':
      return `an object whose values are ${pluralTypeName(type.of)}`;
    case 'document':
      return 'any value';
  }
}

function pluralTypeName(type: ModelType): string {
  switch (type.kind) {
    case 'string':
    case 'blob':
      return 'strings';
    case 'number':
      return 'numbers';
    case 'boolean':
      return 'booleans';
    case 'enum':
      return `values among ${quotedList(type.values)}`;
    case 'structure':
      return 'objects';
    default:
      return 'values';
  }
}

function quotedList(values: readonly string[]): string {
  return values.map((value) => quote(value)).join(', ');
}

function matchesType(node: PositionedValue, type: ModelType): boolean {
  switch (type.kind) {
    case 'document':
      return node.kind !== 'null';
    case 'timestamp':
      return node.kind === 'string' || node.kind === 'number';
    case 'string':
    case 'blob':
    case 'enum':
      return node.kind === 'string';
    case 'number':
    case 'boolean':
      return node.kind === type.kind;
    case 'structure':
    case 'map':
      return node.kind === 'object';
    case 'list':
      return node.kind === 'array';
  }
}

/**
 * Checks a task definition against the RegisterTaskDefinition input model: `taskdef/unknown-key` (with a "did you
 * mean" or "it belongs in …"), `taskdef/value-type`, `taskdef/enum-value` and `taskdef/missing-required`.
 * @param skipRootKeys top-level keys reported elsewhere (the Describe-only fields)
 */
export function checkAgainstModel(
  root: PositionedValue,
  findings: FileFindings,
  skipRootKeys: readonly string[],
): void {
  const { file } = TASK_DEFINITION_MODEL;
  new ModelWalk(TASK_DEFINITION_MODEL, file.root, findings, skipRootKeys).check(
    root,
    { kind: 'structure', name: file.root },
    '',
  );
}

/**
 * Checks a service definition against the CreateService or UpdateService input model: `service/unknown-key`,
 * `service/value-type`, `service/enum-value` and `service/missing-required`, as `checkAgainstModel` does for the
 * task definition.
 * @param skipRootKeys top-level keys reported elsewhere (the DescribeServices-only fields)
 */
export function checkServiceAgainstModel(
  root: PositionedValue,
  findings: FileFindings,
  skipRootKeys: readonly string[],
  inputShape: ServiceInputShape,
): void {
  new ModelWalk(SERVICE_MODEL, inputShape, findings, skipRootKeys).check(
    root,
    { kind: 'structure', name: inputShape },
    '',
  );
}

class ModelWalk {
  private readonly operation: string;

  constructor(
    private readonly model: Model,
    private readonly rootShape: string,
    private readonly findings: FileFindings,
    private readonly skipRootKeys: readonly string[],
  ) {
    this.operation = operationOf(rootShape);
  }

  check(node: PositionedValue, type: ModelType, path: string): void {
    if (!matchesType(node, type)) {
      this.reportType(node, type, path);
      return;
    }
    if (type.kind === 'enum' && node.kind === 'string' && !type.values.includes(node.value)) {
      this.reportEnum(node, node.value, type, path);
    } else if (type.kind === 'structure' && node.kind === 'object') {
      this.checkStructure(node, type.name, path);
    } else if (type.kind === 'list' && node.kind === 'array') {
      node.items.forEach((item, index) => this.check(item, type.of, childPath(path, index)));
    } else if (type.kind === 'map' && node.kind === 'object') {
      for (const entry of node.entries) this.check(entry.value, type.of, childPath(path, entry.key));
    }
  }

  private checkStructure(node: PositionedObject, shapeName: string, path: string): void {
    const { file, document } = this.model;
    const shape = shapeOf(file, shapeName);
    const memberNames = Object.keys(shape.members);
    for (const entry of node.entries) {
      const descriptor = shape.members[entry.key];
      if (descriptor !== undefined) {
        this.check(entry.value, decodeType(file, descriptor), childPath(path, entry.key));
      } else if (!(path === '' && this.skipRootKeys.includes(entry.key))) {
        this.reportUnknownKey(entry.key, entry.keyPosition, shapeName, memberNames, path);
      }
    }
    const present = new Set(node.entries.map((entry) => entry.key));
    for (const member of shape.required ?? []) {
      if (present.has(member)) continue;
      const where = path === '' ? document : path;
      this.findings.error(
        this.model.rules.missingRequired,
        node.position,
        `${where} has no ${quote(member)}, which ${this.operation} requires`,
        `add ${quote(member)}: ${typeName(decodeType(file, shape.members[member] ?? 'string'))}`,
      );
    }
    if (shape.union === true && present.size !== 1) {
      this.findings.error(
        this.model.rules.valueType,
        node.position,
        `${pathLabel(path)} must set exactly one of ${memberNames.map((name) => `${quote(name)}`).join(', ')}; it sets ${present.size}`,
        'keep exactly one of them',
      );
    }
  }

  private reportUnknownKey(
    key: string,
    at: PositionedValue['position'],
    shapeName: string,
    memberNames: readonly string[],
    path: string,
  ): void {
    if (this.findings.counting) {
      this.findings.error(this.model.rules.unknownKey, at, '', ''); // counted only
      return;
    }
    const { file, document, locations } = this.model;
    const where = path === '' ? `at the top level of ${document}` : `in ${path}`;
    const closest = closestMatch(key, memberNames);
    if (closest !== undefined) {
      this.findings.error(
        this.model.rules.unknownKey,
        at,
        `unknown key ${quote(key)} ${where}; did you mean ${quote(closest)}? ${this.operation} rejects unknown keys`,
        `rename ${quote(key)} to ${quote(closest)}`,
      );
      return;
    }
    // The other root (UpdateService's `service`, CreateService's `serviceName`) is no home for a key of this one.
    const homes = [...locations]
      .filter(
        ([otherShape, location]) =>
          otherShape !== shapeName &&
          !(location === '' && otherShape !== this.rootShape) &&
          shapeOf(file, otherShape).members[key] !== undefined,
      )
      .map(([, location]) => (location === '' ? `the top level of ${document}` : location));
    if (homes.length > 0) {
      this.findings.error(
        this.model.rules.unknownKey,
        at,
        `${quote(key)} is not a key ${where}; it belongs in ${joinWords(homes)}`,
        `move ${quote(key)} into ${joinWords(homes)}`,
      );
      return;
    }
    const known =
      memberNames.length <= 12
        ? `the keys here are ${memberNames.map((name) => `${quote(name)}`).join(', ')}`
        : `see the ${shapeName} keys in the ECS ${this.operation} API reference`;
    this.findings.error(
      this.model.rules.unknownKey,
      at,
      `unknown key ${quote(key)} ${where}; ${this.operation} rejects unknown keys`,
      `remove ${quote(key)} (${known})`,
    );
  }

  private reportType(node: PositionedValue, type: ModelType, path: string): void {
    const expected = typeName(type);
    const message = `${pathLabel(path)} is ${describeValue(node)}; the ECS API takes ${expected} here`;
    // A scalar of the wrong kind is what a lenient reader might convert; say so, and fail anyway (the safe side).
    const convertible =
      (node.kind === 'number' || node.kind === 'boolean' || node.kind === 'string') &&
      (type.kind === 'string' || type.kind === 'number' || type.kind === 'boolean' || type.kind === 'enum');
    const unverified = convertible
      ? ' (the AWS CLI rejects this; whether CodeDeploy converts it is unverified, so it counts as an error)'
      : '';
    this.findings.error(this.model.rules.valueType, node.position, `${message}${unverified}`, typeFix(node, type));
  }

  private reportEnum(node: PositionedValue, value: string, type: ModelType & { kind: 'enum' }, path: string): void {
    const closest =
      type.values.find((candidate) => candidate.toLowerCase() === value.toLowerCase()) ??
      closestMatch(value, type.values);
    this.findings.error(
      this.model.rules.enumValue,
      node.position,
      `${pathLabel(path)} is ${quote(value)}; ECS accepts ${typeName(type)}${closest !== undefined ? `; did you mean ${quote(closest)}?` : ''}`,
      closest !== undefined ? `write ${quote(closest)}` : `use one of the accepted values`,
    );
  }
}

function typeFix(node: PositionedValue, type: ModelType): string {
  if (node.kind === 'null') return `remove the key, or give it ${typeName(type)}`;
  if ((type.kind === 'string' || type.kind === 'enum') && (node.kind === 'number' || node.kind === 'boolean')) {
    return `write it in quotes: ${quote(node.raw)}`;
  }
  if (
    type.kind === 'number' &&
    node.kind === 'string' &&
    node.value.trim() !== '' &&
    Number.isFinite(Number(node.value))
  ) {
    return `write it without quotes: ${node.value.trim()}`;
  }
  if (type.kind === 'boolean' && node.kind === 'string' && /^(true|false)$/i.test(node.value.trim())) {
    return `write it without quotes: ${node.value.trim().toLowerCase()}`;
  }
  if (type.kind === 'list' && node.kind !== 'array') return 'wrap it in a list: [ … ]';
  return `write ${typeName(type)}`;
}
