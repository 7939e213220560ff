import { neutralizeCommands } from '../../src/hosts/workflow-commands';

describe('neutralizeCommands: user text never becomes a workflow command', () => {
  test.each<[string, string, string]>([
    ['plain text is left alone', 'pushed r/web:v1', 'pushed r/web:v1'],
    ['a colon pair inside a line is no command', 'tag a::b', 'tag a::b'],
    ['a line starting with ::', 'tag v1\n::warning::forged', '::stop-commands::T\ntag v1\n::warning::forged\n::T::'],
    ['blanks before ::', 'x\n   ::add-mask::y', '::stop-commands::T\nx\n   ::add-mask::y\n::T::'],
    ['the first line', '::error::x', '::stop-commands::T\n::error::x\n::T::'],
    ['the old ##[ form anywhere', 'a ##[set-output name=x;]y', '::stop-commands::T\na ##[set-output name=x;]y\n::T::'],
    ['a final line break stays last', '::debug::x\n', '::stop-commands::T\n::debug::x\n::T::\n'],
    [
      'NEXT LINE (U+0085), which the runner trims',
      'a\n\u0085::warning::x',
      '::stop-commands::T\na\n\u0085::warning::x\n::T::',
    ],
    ['a no-break space', '\u00a0::error::x', '::stop-commands::T\n\u00a0::error::x\n::T::'],
    [
      'an ideographic space after a carriage return',
      'a\r\u3000::add-mask::x',
      '::stop-commands::T\na\r\u3000::add-mask::x\n::T::',
    ],
    [
      'an output-dir holding a line break and an annotation',
      'writing ecs-deploy\n::warning title=forged::x',
      '::stop-commands::T\nwriting ecs-deploy\n::warning title=forged::x\n::T::',
    ],
  ])('%s', (_name, text, expected) => {
    expect(neutralizeCommands(text, 'text', 'T')).toBe(expected);
  });

  test.each<[number, unknown]>([
    [1, { findings: [{ message: 'unknown key "##[error]forged"' }] }],
    [2, { appspec: '# ##[add-mask]e\nversion: 0.0\n' }],
    [3, { key: '\\##[warning]x', list: ['##[group]a', '::error::b', '\u0085::warning::c'] }],
  ])('%i: JSON stays the same document, with no line a command', (_n, value) => {
    const json = `${JSON.stringify(value, null, 2)}\n`;
    const out = neutralizeCommands(json, 'json', 'T');
    expect(JSON.parse(out)).toEqual(value);
    expect(out).not.toContain('##[');
    for (const line of out.split(/\r?\n|\r/)) expect(line.trim().startsWith('::')).toBe(false);
  });
});
