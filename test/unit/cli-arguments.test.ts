import { helpText, parseArguments } from '../../src/hosts/cli';
import { INPUTS } from '../../src/interface';
import { UserError } from '../../src/errors';

test.each<[string, string[], object]>([
  ['no arguments: build with defaults', [], { kind: 'run', command: 'build', inputs: {} }],
  [
    'command and flags',
    ['validate', '--taskdef', 'td.json', '--appspec=a.yml'],
    { kind: 'run', command: 'validate', inputs: { taskdef: 'td.json', appspec: 'a.yml' } },
  ],
  [
    'boolean alone is true',
    ['--repository', 'web', '--create-repository'],
    { kind: 'run', command: 'build', inputs: { repository: 'web', 'create-repository': 'true' } },
  ],
  [
    'boolean =false',
    ['--cache=false', '--repository', 'web'],
    { kind: 'run', command: 'build', inputs: { cache: 'false', repository: 'web' } },
  ],
  [
    'list inputs repeat',
    ['--repository', 'web', '--tags', 'a', '--tags=b'],
    { kind: 'run', command: 'build', inputs: { repository: 'web', tags: 'a\nb' } },
  ],
  [
    'a value may start with a dash after =',
    ['--repository', 'web', '--build-args=-X=1'],
    { kind: 'run', command: 'build', inputs: { repository: 'web', 'build-args': '-X=1' } },
  ],
  ['--help wins', ['build', '--repository', 'web', '--help'], { kind: 'help' }],
  ['--version', ['--version'], { kind: 'version' }],
  ['validate --explain RULE', ['validate', '--explain', 'taskdef/tags'], { kind: 'explain', rule: 'taskdef/tags' }],
  ['validate --explain=RULE', ['validate', '--explain=health-check'], { kind: 'explain', rule: 'health-check' }],
  ['--help wins over --explain', ['validate', '--explain', 'x', '--help'], { kind: 'help' }],
])('%s', (_name, argv, request) => {
  expect(parseArguments(argv).request).toEqual(request);
});

test('own flags are recorded', () => {
  expect([...parseArguments(['validate', '--json', '--debug']).flags]).toEqual(['json', 'debug']);
});

test.each<[string, string[], string | undefined, RegExp, RegExp | undefined]>([
  [
    'unknown flag with a suggestion',
    ['--repositry', 'web'],
    undefined,
    /^unknown option --repositry$/,
    /did you mean --repository\?/,
  ],
  ['unknown flag without one', ['--frobnicate'], undefined, /^unknown option --frobnicate$/, /see --help/],
  ['missing value', ['--repository'], 'repository', /needs a value/, /--repository <name>/],
  ['flag as value', ['--repository', '--tags', 'x'], 'repository', /needs a value/, undefined],
  ['repeated single input', ['--region', 'a', '--region', 'b'], 'region', /is given twice/, undefined],
  ['unknown command', ['deploy'], 'command', /'deploy' is not a command/, /build, validate, render/],
  [
    'stray argument after a boolean',
    ['--create-repository', 'true'],
    undefined,
    /unexpected argument 'true'/,
    /--name=true\|false/,
  ],
  [
    'input of another command',
    ['validate', '--repository', 'web'],
    'repository',
    /is not an option of validate/,
    /belongs to build/,
  ],
  ['--explain without a rule', ['validate', '--explain'], 'explain', /needs a rule id/, /validate --explain taskdef\//],
  ['--explain twice', ['validate', '--explain', 'a', '--explain', 'b'], 'explain', /is given twice/, /one rule/],
  [
    '--explain outside validate',
    ['--explain', 'taskdef/tags'],
    'explain',
    /is not an option of build/,
    /validate --explain/,
  ],
  ['--command is the positional', ['--command', 'validate'], undefined, /unknown option --command/, undefined],
])('%s', (_name, argv, input, message, fix) => {
  let error: unknown;
  try {
    parseArguments(argv);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.subject).toEqual(input === undefined ? undefined : { input });
  expect(userError.message).toMatch(message);
  if (fix) expect(userError.fix).toMatch(fix);
});

test('help lists every input under the commands that read it', () => {
  const help = helpText('1.2.3');
  expect(help).toMatch(/^ecs-bluegreen-build 1\.2\.3/);
  for (const input of INPUTS.filter((spec) => spec.name !== 'command')) expect(help).toContain(`--${input.name}`);
  expect(help).toMatch(/validate options:\n(.*\n)*? {2}--taskdef <file>/);
});
