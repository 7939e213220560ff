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
  ])('%s', (_name, text, expected) => {
    expect(neutralizeCommands(text, 'T')).toBe(expected);
  });
});
