import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUTS } from '../../src/config';
import { OUTPUTS } from '../../src/outputs';

interface ActionYml {
  inputs: Record<string, { description: string; required: boolean; default: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml;

test('action.yml declares every input of the table, in order, with its default and description', () => {
  expect(Object.keys(action.inputs)).toEqual(INPUTS.map((input) => input.name));
  for (const input of INPUTS) {
    expect({ name: input.name, ...action.inputs[input.name] }).toEqual({
      name: input.name, description: input.description, required: false, default: input.default,
    });
  }
});

test('action.yml declares every output', () => {
  expect(Object.entries(action.outputs)).toEqual(OUTPUTS.map((output) => [output.name, { description: output.description }]));
});

test('the action runs the bundle on node24', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
});
