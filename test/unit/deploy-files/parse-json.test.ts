import { parseJson } from '../../../src/deploy-files/parse-json';
import { toPlainValue, type PositionedValue } from '../../../src/deploy-files/positioned-value';

describe('syntax errors are problems at their position', () => {
  test.each([
    ['an empty file', '  \n', 1, 1, 'the file is empty'],
    ['a trailing comma in an object', '{"a": 1,}', 1, 9, 'trailing comma before }'],
    ['a trailing comma in a list', '{"a": [1, 2,]}', 1, 13, 'trailing comma before ]'],
    ['a missing comma between properties', '{\n  "a": 1\n  "b": 2\n}', 3, 3, 'missing \',\' after the value of "a"'],
    ['a missing comma between items', '[1 2]', 1, 4, "missing ',' between list items"],
    [
      'an unquoted property name',
      '{family: "x"}',
      1,
      2,
      'expected a property name in double quotes, found the unquoted name "family"',
    ],
    ['a single-quoted string', '{"a": \'x\'}', 1, 7, 'found a single-quoted string'],
    ['a line comment', '{\n  // the family\n  "family": "x"\n}', 2, 3, 'comments are not allowed in JSON'],
    ['a comment after the value', '{}\n/* end */', 2, 1, 'comments are not allowed in JSON'],
    ['a missing colon', '{"a" 1}', 1, 6, 'expected \':\' after the property name "a"'],
    ['a leading zero', '{"a": 01}', 1, 7, '"01" is not a JSON number'],
    ['NaN', '{"a": NaN}', 1, 7, 'expected a value (object, list, string, number, true, false or null), found "NaN"'],
    ['a misspelt literal', '{"a": tru}', 1, 7, 'found "tru"'],
    ['a line break in a string', '{"a": "x\n"}', 1, 7, 'string is not closed'],
    ['a tab in a string', '{"a": "x\ty"}', 1, 9, 'control character U+0009 inside a string'],
    ['an invalid escape', '{"a": "C:\\dir"}', 1, 10, 'invalid escape \\d in a string'],
    ['a second value', '{}{}', 1, 3, "unexpected '{' after the end of the JSON value"],
    ['an unclosed object', '{"a": 1', 1, 8, "expected ',' or '}' after the value of \"a\", found end of file"],
    ['nesting past the limit', '['.repeat(300), 1, 258, 'values are nested more than 256 deep'],
  ])('%s', (_name, text, line, column, message) => {
    const outcome = parseJson(text);
    expect(outcome.value).toBeUndefined();
    expect(outcome.problems).toEqual([
      {
        severity: 'error',
        position: { line, column },
        message: expect.stringContaining(message),
        fix: expect.any(String),
      },
    ]);
  });
});

describe('valid JSON', () => {
  test.each([
    '{}',
    '[]',
    '{"a": [1, -2.5e3, 0, 1E+2, "x", true, false, null, {"b": {}}]}',
    '"\\u00e9\\n\\t\\"\\\\\\/"',
    '  {"__proto__": {"polluted": true}, "k": "v"}  \n',
    '{"a": 1, "a": 2}',
  ])('%s reads as JSON.parse reads it', (text) => {
    const outcome = parseJson(text);
    expect(outcome.problems).toEqual([]);
    expect(toPlainValue(outcome.value as PositionedValue)).toEqual(JSON.parse(text));
  });

  test('keeps the position of every key and value', () => {
    const outcome = parseJson('{\n  "family": "web",\n  "ports": [80,\n    443]\n}');
    expect(outcome.value).toEqual({
      kind: 'object',
      position: { line: 1, column: 1 },
      entries: [
        {
          key: 'family',
          keyPosition: { line: 2, column: 3 },
          value: { kind: 'string', position: { line: 2, column: 13 }, value: 'web', raw: '"web"' },
        },
        {
          key: 'ports',
          keyPosition: { line: 3, column: 3 },
          value: {
            kind: 'array',
            position: { line: 3, column: 12 },
            items: [
              { kind: 'number', position: { line: 3, column: 13 }, value: 80, raw: '80' },
              { kind: 'number', position: { line: 4, column: 5 }, value: 443, raw: '443' },
            ],
          },
        },
      ],
    });
  });

  test('a byte order mark is a warning and is skipped', () => {
    const outcome = parseJson('\uFEFF{"a": 1}');
    expect(outcome.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        position: { line: 1, column: 1 },
        message: expect.stringContaining('byte order mark'),
      }),
    ]);
    expect(toPlainValue(outcome.value as PositionedValue)).toEqual({ a: 1 });
  });
});
