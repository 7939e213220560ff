import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS } from '../../src/interface';
import { OUTPUTS } from '../../src/outputs';

interface ActionYml {
  inputs: Record<string, { description: string; required: boolean; default: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('action.yml', () => {
  test('declares every input of the table, in order, with its default and description', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map((input) => input.name));
    for (const input of INPUTS) {
      expect({ name: input.name, ...action.inputs[input.name] }).toEqual({
        name: input.name,
        description: input.description,
        required: false,
        default: input.default,
      });
    }
  });

  test('declares every output', () => {
    expect(Object.entries(action.outputs)).toEqual(
      OUTPUTS.map((output) => [output.name, { description: output.description }]),
    );
  });

  test('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('the README documents the interface as it is', () => {
  test.each(INPUTS.map((input) => [input.name, input] as const))(
    'input %s: a row with its default and description',
    (name, input) => {
      const row = readme.split('\n').find((line) => line.startsWith(`| \`${name}\` |`));
      expect(row).toBeDefined();
      const [, , defaultCell, description] = (row as string)
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim());
      expect(defaultCell).toBe(input.default === '' ? '' : `\`${input.default}\``);
      expect(description?.startsWith(input.description)).toBe(true);
    },
  );

  test.each(OUTPUTS.map((output) => [output.name, output] as const))(
    'output %s: a row with its env file variable',
    (name, output) => {
      expect(readme).toContain(`| \`${name}\` | \`${output.variable}\` | ${output.description} |`);
    },
  );
});
