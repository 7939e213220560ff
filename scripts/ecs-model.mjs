// @ts-check
/**
 * Writes generated/ecs-model.json, the key tree of ECS's RegisterTaskDefinition input, and
 * generated/ecs-service-model.json, that of its CreateService and UpdateService inputs, taken from the schemas that
 * @aws-sdk/client-ecs generates from the ECS API model. src/deploy-files checks task definitions and service
 * definitions against them, so the bundle carries a few kilobytes of keys instead of the whole client. Same SDK
 * version ⇒ same bytes.
 *
 * Schema format: see scripts/sdk-schema.mjs.
 * Enumerations are plain strings in the schemas; which member takes which enumeration is read from the client's
 * type declarations (`networkMode?: NetworkMode | undefined;`), and the values from its exported enum objects.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as ecs from '@aws-sdk/client-ecs';
import { deref, describeSimpleType, exportedStructure as clientStructure, structureParts } from './sdk-schema.mjs';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const clientPackageFile = createRequire(import.meta.url).resolve('@aws-sdk/client-ecs/package.json');
const clientVersion = /** @type {{ version: string }} */ (JSON.parse(readFileSync(clientPackageFile, 'utf8'))).version;

/** @type {Record<string, unknown>} */
const ecsExports = { ...ecs };

/** @type {Map<string, Shape>} */
let shapes = new Map();
/** @type {Array<{ name: string, schema: unknown[] }>} */
let pendingShapes = [];

/** @type {Map<string, string[]>} */
let enums = new Map();

/**
 * @typedef {{ required?: string[], union?: true, members: Record<string, string> }} Shape
 * A type descriptor is a string: "string" | "number" | "boolean" | "timestamp" | "blob" | "document" |
 * "enum:<Name>" | "structure:<Shape>" | "list:<descriptor>" | "map:<descriptor>".
 */

/**
 * @param {unknown} ref a schema reference (forms: scripts/sdk-schema.mjs)
 * @returns {string} its type descriptor; structures are queued for their own entry
 */
function describe(ref) {
  const schema = deref(ref);
  if (typeof schema === 'number') return describeSimpleType(schema);
  if (!Array.isArray(schema)) throw new Error(`ecs-model: unexpected schema ${JSON.stringify(schema)}`);
  if (schema.length === 2) return describe(schema[0]);
  const [kind, , name] = schema;
  switch (kind) {
    case 0:
      return describe(schema[4]);
    case 1:
      return `list:${describe(schema[4])}`;
    case 2:
      return `map:${describe(schema[5])}`;
    case 3:
    case 4:
      if (typeof name !== 'string') throw new Error(`ecs-model: structure without a name: ${String(schema)}`);
      if (!pendingShapes.some((pending) => pending.name === name) && !shapes.has(name)) {
        pendingShapes.push({ name, schema });
      }
      return `structure:${name}`;
    default:
      throw new Error(`ecs-model: unknown schema kind ${String(kind)} in ${String(name)}`);
  }
}

/** Member type names per interface in the client's declarations, e.g. PortMapping.protocol → "TransportProtocol". */
const declaredMemberTypes = readDeclaredMemberTypes(join(dirname(clientPackageFile), 'dist-types', 'models'));

/**
 * @param {string} directory
 * @returns {Map<string, Map<string, string>>}
 */
function readDeclaredMemberTypes(directory) {
  /** @type {Map<string, Map<string, string>>} */
  const interfaces = new Map();
  const files = readdirSync(directory)
    .filter((file) => /^models_\d+\.d\.ts$/.test(file))
    .sort();
  for (const file of files) {
    const text = readFileSync(join(directory, file), 'utf8');
    // Generated declarations put `export interface X {` and its closing `}` at column 0 and members at 4 spaces;
    // a union X is a namespace of `interface <Member>Member` with the member at 8 spaces (the others typed `never`).
    for (const match of text.matchAll(/^export (interface|declare namespace) (\w+) \{\n([\s\S]*?)^\}/gm)) {
      const [, kind, name = '', body = ''] = match;
      const memberPattern =
        kind === 'interface' ? /^ {4}(\w+)\??: (.+?)(?: \| undefined)?;$/gm : /^ {8}(\w+): (?!never;)(.+?);$/gm;
      /** @type {Map<string, string>} */
      const members = new Map();
      for (const member of body.matchAll(memberPattern)) {
        members.set(member[1] ?? '', member[2] ?? '');
      }
      interfaces.set(name, members);
    }
  }
  return interfaces;
}

/**
 * @param {string} typeName e.g. "NetworkMode"
 * @returns {string[] | undefined} the enumeration's values, when the client exports one by that name
 */
function enumValues(typeName) {
  const candidate = ecsExports[typeName];
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return undefined;
  const values = Object.values(candidate);
  return values.length > 0 && values.every((value) => typeof value === 'string') ? values : undefined;
}

/**
 * Replaces "string" by "enum:<Name>" where the declarations type the member with an exported enumeration.
 * @param {string} shapeName
 * @param {string} memberName
 * @param {string} descriptor
 * @returns {string}
 */
function withEnum(shapeName, memberName, descriptor) {
  const declared = declaredMemberTypes.get(shapeName)?.get(memberName);
  if (declared === undefined) {
    throw new Error(`ecs-model: ${shapeName}.${memberName} is not in the client's type declarations`);
  }
  const typeName = declared.replace(/\[\]$/, '');
  const values = enumValues(typeName);
  if (values === undefined) return descriptor;
  if (descriptor !== 'string' && descriptor !== 'list:string') {
    throw new Error(`ecs-model: ${shapeName}.${memberName} is the enumeration ${typeName} but not a string`);
  }
  enums.set(typeName, values);
  return descriptor.replace(/string$/, `enum:${typeName}`);
}

/**
 * @param {string} shapeName
 * @returns {unknown[]} the client's exported schema of that structure
 */
function exportedStructure(shapeName) {
  return clientStructure(ecsExports, shapeName);
}

/** @param {string} a @param {string} b */
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Writes one model file: the shapes reachable from its root operation inputs, and the members of the described shape
 * (what the Describe operation returns) that none of those inputs takes.
 * @param {{ file: string, roots: string[], described: string }} spec roots[0] is the model's main root
 */
function writeModel({ file, roots, described }) {
  shapes = new Map();
  pendingShapes = [];
  enums = new Map();
  for (const root of roots) describe(exportedStructure(root));
  for (let pending = pendingShapes.shift(); pending !== undefined; pending = pendingShapes.shift()) {
    const { name, schema } = pending;
    const { names, refs, requiredCount } = structureParts(schema);
    /** @type {Shape} */
    const shape = { members: {} };
    if (requiredCount > 0) shape.required = names.slice(0, requiredCount);
    if (schema[0] === 4) shape.union = true;
    names.forEach((memberName, index) => {
      shape.members[memberName] = withEnum(name, memberName, describe(refs[index]));
    });
    shapes.set(name, shape);
  }

  const inputMembers = roots.flatMap((root) => structureParts(exportedStructure(root)).names);
  const describeOnly = structureParts(exportedStructure(described)).names.filter(
    (member) => !inputMembers.includes(member),
  );
  if (describeOnly.length === 0) throw new Error(`ecs-model: ${described} has no member beyond ${roots.join(', ')}`);

  const [root, ...otherRoots] = roots;
  const model = {
    source: `@aws-sdk/client-ecs@${clientVersion}`,
    root,
    ...(otherRoots.length > 0 && { otherRoots }),
    describeOnly: [...describeOnly].sort(byName),
    shapes: Object.fromEntries([...shapes].sort(([a], [b]) => byName(a, b))),
    enums: Object.fromEntries([...enums].sort(([a], [b]) => byName(a, b))),
  };

  const outputFile = join(repositoryRoot, 'generated', file);
  const text = `${JSON.stringify(model)}\n`;
  mkdirSync(dirname(outputFile), { recursive: true });
  // Rewriting identical bytes would still touch the file's time stamp and wake file watchers; skip it.
  let previous = '';
  try {
    previous = readFileSync(outputFile, 'utf8');
  } catch {
    // first run
  }
  if (previous !== text) writeFileSync(outputFile, text);
}

// DescribeTaskDefinition returns a TaskDefinition; its members that RegisterTaskDefinition lacks are "describe-only".
writeModel({ file: 'ecs-model.json', roots: ['RegisterTaskDefinitionRequest'], described: 'TaskDefinition' });
// DescribeServices returns Services; a service definition is a CreateService or an UpdateService input.
writeModel({
  file: 'ecs-service-model.json',
  roots: ['CreateServiceRequest', 'UpdateServiceRequest'],
  described: 'Service',
});
