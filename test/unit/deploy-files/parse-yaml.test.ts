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
