// @ts-check
/**
 * Reading the schemas that the AWS SDK clients generate from the AWS API models (@smithy/core's
 * "static schemas", exported by each client as `<Shape>$`). scripts/ecs-model.mjs builds the bundled
 * task definition model from them; the tests check the pipeline examples against them.
 *
 * Schema format:
 *   a number           a simple type: 0 string, 1 number, 2 boolean, 4–7 timestamp, 15 document, 17/19 big number,
 *                      21/42 blob; `64 | t` is a list of t and `128 | t` a map (string keys) of t
 *   [ref, traits]      a member's schema with its traits
 *   [0, ns, name, traits, ref]                               a named simple type
 *   [1, ns, name, traits, member]                            a list
 *   [2, ns, name, traits, key, value]                        a map
 *   [3, ns, name, traits, names, schemas, requiredCount?]    a structure; its first requiredCount members are required
 *   [4, ns, name, traits, names, schemas]                    a union (exactly one member set)
 *   () => schema       a lazy reference to any of the above
 * Every reader throws when it meets anything else: the format is the SDK's, and may move.
 */

/**
 * @param {unknown} ref
 * @returns {unknown}
 */
export function deref(ref) {
  return typeof ref === 'function' ? ref() : ref;
}

/**
 * @param {number} code
 * @returns {string} "string" | "number" | "boolean" | "timestamp" | "document" | "blob", or "list:…" / "map:…" of one
 */
export function describeSimpleType(code) {
  if (code >= 128 && code <= 255) return `map:${describeSimpleType(code & 0b0011_1111)}`;
  if (code >= 64 && code < 128) return `list:${describeSimpleType(code & 0b0011_1111)}`;
  switch (code) {
    case 0:
      return 'string';
    case 1:
    case 17:
    case 19:
      return 'number';
    case 2:
      return 'boolean';
    case 4:
    case 5:
    case 6:
    case 7:
      return 'timestamp';
    case 15:
      return 'document';
    case 21:
    case 42:
      return 'blob';
    default:
      throw new Error(`sdk-schema: unknown simple schema code ${code}; the @smithy/core schema format changed`);
  }
}

/**
 * @param {unknown[]} schema a structure or union schema
 * @returns {{ names: string[], refs: unknown[], requiredCount: number }}
 */
export function structureParts(schema) {
  const [, , name, , names, refs, requiredCount] = schema;
  if (!Array.isArray(names) || !Array.isArray(refs) || names.length !== refs.length) {
    throw new Error(`sdk-schema: structure ${String(name)} has no member list`);
  }
  return { names: names.map(String), refs, requiredCount: typeof requiredCount === 'number' ? requiredCount : 0 };
}

/**
 * @param {Record<string, unknown>} client the client package's exports
 * @param {string} shapeName e.g. "CreatePipelineInput"
 * @returns {unknown[]} the client's exported schema of that structure
 */
export function exportedStructure(client, shapeName) {
  const schema = client[`${shapeName}$`];
  if (!Array.isArray(schema) || schema[0] !== 3)
    throw new Error(`sdk-schema: the client exports no structure schema ${shapeName}$`);
  return schema;
}

/**
 * Checks a JSON value (an AWS CLI `--cli-input-json` file, say) against a schema: every key a
 * member, every required member there, one member of a union, each value of its member's type.
 * Enumerations are not checked: the schemas hold them as plain strings.
 * @param {unknown} ref the schema
 * @param {unknown} value
 * @param {string} [path] where `value` is, for the messages
 * @returns {string[]} the problems, empty when the value fits
 */
export function checkValue(ref, value, path = '$') {
  const schema = deref(ref);
  if (typeof schema === 'number') return checkSimple(describeSimpleType(schema), value, path);
  if (!Array.isArray(schema)) throw new Error(`sdk-schema: unexpected schema ${JSON.stringify(schema)} at ${path}`);
  if (schema.length === 2) return checkValue(schema[0], value, path);
  const [kind, , name] = schema;
  switch (kind) {
    case 0:
      return checkValue(schema[4], value, path);
    case 1:
      if (!Array.isArray(value)) return [`${path}: a list (${String(name)}) expected, found ${typeName(value)}`];
      return value.flatMap((item, i) => checkValue(schema[4], item, `${path}[${i}]`));
    case 2:
      if (!isObject(value)) return [`${path}: a map (${String(name)}) expected, found ${typeName(value)}`];
      return Object.entries(value).flatMap(([key, item]) => checkValue(schema[5], item, `${path}.${key}`));
    case 3:
    case 4: {
      if (!isObject(value)) return [`${path}: a ${String(name)} object expected, found ${typeName(value)}`];
      const { names, refs, requiredCount } = structureParts(schema);
      const problems = Object.keys(value)
        .filter((key) => !names.includes(key))
        .map((key) => `${path}.${key}: not a member of ${String(name)} (its members: ${names.join(', ')})`);
      for (const required of names.slice(0, requiredCount)) {
        if (!(required in value)) problems.push(`${path}: ${String(name)} requires ${required}`);
      }
      if (kind === 4 && Object.keys(value).length !== 1)
        problems.push(`${path}: ${String(name)} takes exactly one of ${names.join(', ')}`);
      names.forEach((member, i) => {
        if (member in value) problems.push(...checkValue(refs[i], value[member], `${path}.${member}`));
      });
      return problems;
    }
    default:
      throw new Error(`sdk-schema: unknown schema kind ${String(kind)} in ${String(name)}`);
  }
}

/**
 * @param {string} descriptor
 * @param {unknown} value
 * @param {string} path
 * @returns {string[]}
 */
function checkSimple(descriptor, value, path) {
  const [outer, ...rest] = descriptor.split(':');
  const inner = rest.join(':');
  if (outer === 'list') {
    if (!Array.isArray(value)) return [`${path}: a list expected, found ${typeName(value)}`];
    return value.flatMap((item, i) => checkSimple(inner, item, `${path}[${i}]`));
  }
  if (outer === 'map') {
    if (!isObject(value)) return [`${path}: a map expected, found ${typeName(value)}`];
    return Object.entries(value).flatMap(([key, item]) => checkSimple(inner, item, `${path}.${key}`));
  }
  const fits = {
    string: typeof value === 'string',
    number: typeof value === 'number',
    boolean: typeof value === 'boolean',
    timestamp: typeof value === 'string' || typeof value === 'number',
    document: true,
    blob: typeof value === 'string',
  }[descriptor];
  return fits ? [] : [`${path}: ${descriptor} expected, found ${typeName(value)}`];
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** @param {unknown} value */
function typeName(value) {
  return Array.isArray(value)
    ? 'a list'
    : value === null
      ? 'null'
      : typeof value === 'object'
        ? 'an object'
        : `${typeof value} ${JSON.stringify(value)}`;
}
