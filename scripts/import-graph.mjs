// The import graph of src/: every static import and export-from, type-only ones included (a type import still ties
// two modules' floors together), and dynamic import() of a relative path. Read with the TypeScript compiler's own
// parser, so what counts as an import is what tsc sees. Used by test/unit/import-graph.test.ts (no cycle, the floors)
// and printed by `node scripts/import-graph.mjs` (the edges, the depth, the arrows going up).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The .ts files under `dir`, as paths relative to it with forward slashes, sorted.
 * @param {string} dir
 * @param {string} [prefix]
 * @returns {string[]}
 */
function sourceFiles(dir, prefix = '') {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => /** @type {string[]} */ {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return sourceFiles(dir, relative);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [relative] : [];
    })
    .sort();
}

/**
 * The relative module specifiers one file imports (static, type-only, re-exports and dynamic import()).
 * @param {string} file
 * @param {string} text
 * @returns {string[]}
 */
function specifiers(file, text) {
  /** @type {string[]} */
  const found = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  /** @param {ts.Node} node */
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) found.push(argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) found.push(literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((specifier) => specifier.startsWith('.'));
}

/**
 * The import graph of the TypeScript files under `dir`: a map from each file (relative, `a/b.ts`) to the files it
 * imports. A specifier's `.js` is the `.ts` beside it (ESM spelling of TypeScript imports).
 * @param {string} dir
 * @returns {Map<string, string[]>}
 */
export function importGraph(dir) {
  const files = sourceFiles(dir);
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const targets = new Set();
    for (const specifier of specifiers(file, readFileSync(path.join(dir, file), 'utf8'))) {
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const candidate = resolved.replace(/\.js$/, '.ts');
      if (known.has(candidate)) targets.add(candidate);
      else if (known.has(`${resolved}.ts`)) targets.add(`${resolved}.ts`);
      else if (known.has(`${resolved}/index.ts`)) targets.add(`${resolved}/index.ts`);
      else if (!resolved.endsWith('.json'))
        throw new Error(`${file}: import '${specifier}' resolves to no file under src/`);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * The graph's cycles, each as the files around it: Tarjan's strongly connected components of more than one file, or
 * a file importing itself.
 * @param {Map<string, string[]>} graph
 * @returns {string[][]}
 */
export function cycles(graph) {
  let counter = 0;
  /** @type {Map<string, number>} */
  const index = new Map();
  /** @type {Map<string, number>} */
  const low = new Map();
  /** @type {string[]} */
  const stack = [];
  const onStack = new Set();
  /** @type {string[][]} */
  const found = [];
  /** @param {string} file */
  const connect = (file) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        connect(target);
        low.set(file, Math.min(Number(low.get(file)), Number(low.get(target))));
      } else if (onStack.has(target)) low.set(file, Math.min(Number(low.get(file)), Number(index.get(target))));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = String(stack.pop());
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) connect(file);
  return found;
}

/**
 * The longest chain of imports (a file importing nothing is depth 0); the graph must have no cycle.
 * @param {Map<string, string[]>} graph
 * @returns {number}
 */
export function depth(graph) {
  /** @type {Map<string, number>} */
  const memo = new Map();
  /** @type {(file: string) => number} */
  const of = (file) => {
    const known = memo.get(file);
    if (known !== undefined) return known;
    const found = Math.max(-1, ...(graph.get(file) ?? []).map(of)) + 1;
    memo.set(file, found);
    return found;
  };
  return Math.max(0, ...[...graph.keys()].map(of));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const graph = importGraph(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'src'));
  for (const [file, targets] of graph) console.log(`${file} -> ${targets.join(' ') || '(nothing)'}`);
  const found = cycles(graph);
  for (const cycle of found) console.log(`cycle: ${cycle.join(' ')}`);
  if (found.length === 0) console.log(`depth: ${depth(graph)}`);
}
