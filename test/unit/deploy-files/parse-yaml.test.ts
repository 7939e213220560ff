import { parseYaml } from '../../../src/deploy-files/parse-yaml';
import { memberOf, toPlainValue, type PositionedValue } from '../../../src/deploy-files/positioned-value';

function parsedValue(text: string): PositionedValue {
  const outcome = parseYaml(text);
  expect(outcome.problems).toEqual([]);
  return outcome.value as PositionedValue;
}

test('reads version: 0.0 as a number and keeps what was written', () => {
  expect(memberOf(parsedValue('version: 0.0\n'), 'version')).toEqual({
    kind: 'number',
    position: { line: 1, column: 10 },
    value: 0,
    raw: '0.0',
  });
});

test('keeps the position of keys and values in block and flow style', () => {
  const root = parsedValue('Resources:\n  - Subnets: [a, "b"]\n');
  expect(root).toEqual({
    kind: 'object',
    position: { line: 1, column: 1 },
    entries: [
      {
        key: 'Resources',
        keyPosition: { line: 1, column: 1 },
        value: {
          kind: 'array',
          position: { line: 2, column: 3 },
          items: [
            {
              kind: 'object',
              position: { line: 2, column: 5 },
              entries: [
                {
                  key: 'Subnets',
                  keyPosition: { line: 2, column: 5 },
                  value: {
                    kind: 'array',
                    position: { line: 2, column: 14 },
                    items: [
                      { kind: 'string', position: { line: 2, column: 15 }, value: 'a', raw: 'a' },
                      { kind: 'string', position: { line: 2, column: 18 }, value: 'b', raw: '"b"' },
                    ],
                  },
                },
              ],
            },
          ],
        },
      },
    ],
  });
});

test.each([
  ['YAML 1.1 booleans', 'a: yes\nb: off\n', { a: true, b: false }],
  ['timestamps stay as written', 'at: 2001-12-14\n', { at: '2001-12-14' }],
  ['an empty value is null', 'a:\nb: ~\n', { a: null, b: null }],
  ['aliases are expanded', 'base: &base {Weight: 1}\nitem: *base\n', { base: { Weight: 1 }, item: { Weight: 1 } }],
  ['JSON is YAML', '{"version": 0.0, "Hooks": []}', { version: 0, Hooks: [] }],
])('%s', (_name, text, plain) => {
  expect(toPlainValue(parsedValue(text))).toEqual(plain);
});

test('an empty value is null, just after its key', () => {
  expect(memberOf(parsedValue('a: 1\nb:\n'), 'b')).toEqual({ kind: 'null', position: { line: 2, column: 3 }, raw: '' });
});

test.each([
  ['an empty file', '# nothing here\n', 1, 1, 'the file is empty'],
  ['two documents', 'a: 1\n---\nb: 2\n', 2, 1, 'Source contains multiple documents'],
  ['an alias without its anchor', 'a: *nowhere\n', 1, 4, 'the alias *nowhere refers to no anchor before it'],
  ['a tab as indentation', 'a:\n\tb: 1\n', 2, 1, 'Tabs are not allowed as indentation'],
  ['a mapping key that is a list', '? [a, b]\n: 1\n', 1, 3, 'a mapping key here is not a plain value'],
])('%s is an error at its position', (_name, text, line, column, message) => {
  const outcome = parseYaml(text);
  expect(outcome.value).toBeUndefined();
  expect(outcome.problems).toEqual([
    expect.objectContaining({
      severity: 'error',
      position: { line, column },
      message: expect.stringContaining(message),
    }),
  ]);
});

test('on request, an empty document is the null value and scalars read as YAML 1.2', () => {
  expect(parseYaml('# nothing yet\n', { allowEmpty: true })).toEqual({
    value: { kind: 'null', position: { line: 1, column: 1 }, raw: '' },
    problems: [],
  });
  expect(parseYaml('# nothing yet\n').value).toBeUndefined();
  expect(toPlainValue(parsedValue('a: yes\n'))).toEqual({ a: true });
  const outcome = parseYaml('a: yes\n', { version: '1.2' });
  expect(outcome.value === undefined ? undefined : toPlainValue(outcome.value)).toEqual({ a: 'yes' });
});

/** `levels` anchors, each a list of nine aliases of the one before: 9^levels strings from a few hundred bytes. */
function aliasBomb(levels: number): string {
  let text = 'a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
  for (let level = 1; level <= levels; level++) {
    text += `a${level}: &a${level} [${Array<string>(9)
      .fill(`*a${level - 1}`)
      .join(', ')}]\n`;
  }
  return text;
}

describe('aliases expand within a budget of values relative to the text', () => {
  test.each<[number, string, string, number]>([
    [1, 'a 3-level bomb (6,561 strings) fits the floor of 10,000 values', aliasBomb(3), 6561],
    [
      2,
      'a shared part reused 500 times fits',
      `base: &b {Weight: 1}\nitems: [${Array(500).fill('*b').join(', ')}]\n`,
      500,
    ],
  ])('%i: %s', (_n, _name, text, count) => {
    const value = toPlainValue(parsedValue(text)) as Record<string, unknown[]>;
    const items = Object.values(value).at(-1) as unknown[];
    expect(items.flat(Infinity)).toHaveLength(count);
  });

  test.each<[number, number, { line: number; column: number }, string]>([
    [1, 4, { line: 5, column: 10 }, '*a3 here'],
    [2, 8, { line: 5, column: 10 }, '*a3 here'],
    [3, 12, { line: 5, column: 10 }, '*a3 here'],
  ])('%i: a %i-level bomb is one error at the alias that overran, found at once', (_n, levels, position, where) => {
    const outcome = parseYaml(aliasBomb(levels));
    expect(outcome.value).toBeUndefined();
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        position,
        message: expect.stringMatching(
          /^the aliases expand the file to more than 10,000 values .*; \*a\d here is where it stopped$/,
        ),
        fix: 'write the values out, or use aliases only for small, shared parts',
      },
    ]);
    expect(outcome.problems[0]?.message).toContain(where);
  });
});
