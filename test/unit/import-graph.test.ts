/**
 * The floors of src/ (docs/ARCHITECTURE.md): no import circle, type-only imports included, and no arrow going up
 * but the ones named here with their reason.
 */
import path from 'node:path';
import { cycles, depth, importGraph } from '../../scripts/import-graph.mjs';

const graph = importGraph(path.join(import.meta.dirname, '../../src'));

/** The floors, lowest first; a module imports its own floor or lower ones. */
const FLOORS = [
  // The shared vocabulary: pure modules every floor may use (deploy-files/ is the checks of the deployment files).
  [
    'ground',
    /^(errors|log|trace|suggest|cleanup|proxy|debug-env|tags|outputs|images|preflight-rules)\.ts$|^deploy-files\//,
  ],
  // One outside system each (programs, AWS, files), taking its client or runner as a parameter.
  ['outside', /^(command|aws|git|input-file)\.ts$|^(docker|ecr|s3|artifact|live)\//],
  // Raw inputs → a readonly Config, and the inputs table.
  ['config', /^(config|interface|extra-images)\.ts$|^config\//],
  // The commands as functions: a config and a context in, a result out.
  ['commands', /^preflight\.ts$|^commands\//],
  // Where the program runs: the only code that knows GitHub, CodeBuild or a terminal.
  ['hosts', /^hosts\//],
  ['program', /^(main|index)\.ts$/],
] as const;

type Floor = (typeof FLOORS)[number][0];

function floorOf(file: string): number {
  const floor = FLOORS.findIndex(([, pattern]) => pattern.test(file));
  if (floor < 0) throw new Error(`${file} is on no floor: add it to FLOORS (and docs/ARCHITECTURE.md)`);
  return floor;
}

/** The arrows allowed to go up, by importing file and the floor it reaches, each with its reason. */
const ALLOWED_UP: readonly (readonly [string, Floor, string])[] = [
  ['docker/docker.ts', 'config', "Limits: the run's timeouts, a config type the daemon's calls honour"],
];

test('src/ has no import circle (type-only imports count)', () => {
  expect(cycles(graph)).toEqual([]);
});

test('every import stays on its floor or goes down, but the arrows allowed up', () => {
  const up = [...graph].flatMap(([file, targets]) =>
    targets.filter((target) => floorOf(target) > floorOf(file)).map((target) => `${file} -> ${target}`),
  );
  const allowed = up.filter((arrow) =>
    ALLOWED_UP.some(([file, floor]) => {
      const [from = '', to = ''] = arrow.split(' -> ');
      return from === file && FLOORS[floorOf(to)]?.[0] === floor;
    }),
  );
  expect(up).toEqual(allowed);
  expect(allowed).toHaveLength(ALLOWED_UP.length); // an allowance nothing uses any more goes
});

test.each([
  [
    1,
    'a circle is found, its files named',
    { 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': [] },
    [['a.ts', 'b.ts', 'c.ts']],
  ],
  [2, 'a file importing itself is a circle', { 'a.ts': ['a.ts'] }, [['a.ts']]],
  [3, 'a diamond is no circle', { 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['d.ts'], 'c.ts': ['d.ts'], 'd.ts': [] }, []],
])('%i cycles: %s', (_n, _name, edges, expected) => {
  expect(cycles(new Map(Object.entries(edges)))).toEqual(expected);
});

test('the graph reads type-only imports, re-exports and dynamic import(), and its depth is that of its longest chain', () => {
  // main.ts reaches the commands by dynamic import(), report.ts FilesCheck by a type-only import.
  expect(graph.get('main.ts')).toEqual(expect.arrayContaining(['commands/build.ts', 'commands/validate.ts']));
  // commands/context.ts imports nothing but types.
  expect(graph.get('commands/context.ts')).toEqual(['command.ts', 'log.ts']);
  expect(depth(new Map(Object.entries({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] })))).toBe(2);
  expect(depth(graph)).toBeGreaterThan(0);
});
