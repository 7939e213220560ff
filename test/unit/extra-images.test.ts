import { parseExtraImages, type ExtraImageEntry } from '../../src/config/extra-images';
import { extraImageSlug } from '../../src/images';
import { userError } from './user-error';

const lines = (...text: string[]) => `${text.join('\n')}\n`;

describe('good inputs give exactly these entries', () => {
  test.each<[string, string, ExtraImageEntry[]]>([
    ['nothing', '', []],
    ['only blanks', '  \n\n', []],
    ['only comments', '# no sidecar yet\n', []],
    ['an explicit empty list', '[]', []],
    [
      'the least: placeholder and repository',
      lines('- placeholder: IMAGE2_NAME', '  repository: team/envoy'),
      [{ placeholder: 'IMAGE2_NAME', repository: 'team/envoy', label: 'entry 1 (IMAGE2_NAME)' }],
    ],
    [
      'every build key, build-args as a mapping, tags as a list',
      lines(
        '- placeholder: IMAGE2_NAME',
        '  repository: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/envoy',
        '  context: envoy',
        '  dockerfile: envoy/Dockerfile.prod',
        '  target: runtime',
        '  build-args:',
        '    ENVOY_VERSION: 1.30',
        '    DEBUG: false',
        '    EMPTY: ""',
        '    URL: http://example.com/a=b',
        '  tags:',
        '    - "{short_sha}"',
        '    - envoy-{build_number}',
        '    - 1.10',
      ),
      [
        {
          placeholder: 'IMAGE2_NAME',
          repository: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/envoy',
          context: 'envoy',
          dockerfile: 'envoy/Dockerfile.prod',
          target: 'runtime',
          buildArgs: [
            ['ENVOY_VERSION', '1.30'],
            ['DEBUG', 'false'],
            ['EMPTY', ''],
            ['URL', 'http://example.com/a=b'],
          ],
          tags: ['{short_sha}', 'envoy-{build_number}', '1.10'],
          label: 'entry 1 (IMAGE2_NAME)',
        },
      ],
    ],
    [
      'build-args as KEY=VALUE, the value kept as written after the first =',
      lines('- placeholder: IMAGE2_NAME', '  repository: team/envoy', '  build-args: [A=1, "B= two=2", C=]'),
      [
        {
          placeholder: 'IMAGE2_NAME',
          repository: 'team/envoy',
          buildArgs: [
            ['A', '1'],
            ['B', ' two=2'],
            ['C', ''],
          ],
          label: 'entry 1 (IMAGE2_NAME)',
        },
      ],
    ],
    [
      'tags as one comma-separated string',
      lines('- placeholder: IMAGE2_NAME', '  repository: team/envoy', '  tags: "{short_sha}, latest,"'),
      [
        {
          placeholder: 'IMAGE2_NAME',
          repository: 'team/envoy',
          tags: ['{short_sha}', 'latest'],
          label: 'entry 1 (IMAGE2_NAME)',
        },
      ],
    ],
    [
      'a prebuilt image, and three entries in flow style',
      lines(
        '- {placeholder: IMAGE2_NAME, image: "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0"}',
        '- {placeholder: ENVOY_IMAGE, repository: team/envoy}',
        '- {placeholder: migrations, repository: team/web, target: migrate}',
      ),
      [
        {
          placeholder: 'IMAGE2_NAME',
          image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.0',
          label: 'entry 1 (IMAGE2_NAME)',
        },
        { placeholder: 'ENVOY_IMAGE', repository: 'team/envoy', label: 'entry 2 (ENVOY_IMAGE)' },
        { placeholder: 'migrations', repository: 'team/web', target: 'migrate', label: 'entry 3 (migrations)' },
      ],
    ],
    [
      'YAML 1.2: yes and no are text, and so are keys like Y',
      lines('- placeholder: IMAGE2_NAME', '  repository: team/envoy', '  build-args: {Y: yes, N: no}'),
      [
        {
          placeholder: 'IMAGE2_NAME',
          repository: 'team/envoy',
          buildArgs: [
            ['Y', 'yes'],
            ['N', 'no'],
          ],
          label: 'entry 1 (IMAGE2_NAME)',
        },
      ],
    ],
    [
      'anchors and aliases resolve',
      lines(
        '- placeholder: IMAGE2_NAME',
        '  repository: team/envoy',
        '  build-args: &args {REGION: eu-west-1}',
        '- placeholder: IMAGE3_NAME',
        '  repository: team/logs',
        '  build-args: *args',
      ),
      [
        {
          placeholder: 'IMAGE2_NAME',
          repository: 'team/envoy',
          buildArgs: [['REGION', 'eu-west-1']],
          label: 'entry 1 (IMAGE2_NAME)',
        },
        {
          placeholder: 'IMAGE3_NAME',
          repository: 'team/logs',
          buildArgs: [['REGION', 'eu-west-1']],
          label: 'entry 2 (IMAGE3_NAME)',
        },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseExtraImages(text)).toEqual(expected);
  });
});

interface Mistake {
  readonly text: string;
  /** The whole message, so that each names the entry and the key exactly. */
  readonly message: string;
  /** A part of the fix. */
  readonly fix: string;
}

const entry = (...keys: string[]) => lines('- placeholder: IMAGE2_NAME', ...keys.map((key) => `  ${key}`));

const mistakes: Record<string, Mistake> = {
  'not YAML': {
    text: '- placeholder: [IMAGE2_NAME\n',
    message: expect.stringMatching(/^is not valid YAML: .+ \(line \d+, column \d+\)$/),
    fix: 'check the indentation and the closing quotes and brackets',
  },
  'a tab before a key': {
    text: '- placeholder: IMAGE2_NAME\n\trepository: team/envoy\n',
    message: 'is not valid YAML: Unexpected scalar at node end (line 2, column 2)',
    fix: 'fix the YAML syntax at this place',
  },
  'an unknown YAML tag': {
    text: '- placeholder: !env IMAGE2_NAME\n  repository: team/envoy\n',
    message: 'is not valid YAML: Unresolved tag: !env (line 1, column 16)',
    fix: 'rewrite this part in plain YAML',
  },
  'two YAML documents': {
    text: '- {placeholder: IMAGE2_NAME, repository: a}\n---\n- {placeholder: IMAGE3_NAME, repository: b}\n',
    message: expect.stringMatching(/^is not valid YAML: Source contains multiple documents.* \(line 2, column 1\)$/),
    fix: 'keep one document',
  },
  'a single mapping, not a list': {
    text: lines('placeholder: IMAGE2_NAME', 'repository: team/envoy'),
    message: 'is one mapping, not a list of images',
    fix: 'a list of one: `- placeholder: …`',
  },
  'a string': {
    text: 'IMAGE2_NAME',
    message: 'is the string "IMAGE2_NAME", not a YAML list of images',
    fix: '- placeholder: IMAGE2_NAME',
  },
  'a file name without @': {
    text: 'extra-images.yml',
    message: 'is the string "extra-images.yml", not a YAML list of images',
    fix: 'write @extra-images.yml',
  },
  'four entries': {
    text: [2, 3, 4, 5].map((n) => `- {placeholder: IMAGE${n}_NAME, repository: team/s${n}}`).join('\n'),
    message: 'lists 4 images; CodeDeployToECS fills at most four images: Image1 (the top-level inputs) and three here',
    fix: 'keep at most 3 entries',
  },
  'an entry that is a string': {
    text: '- IMAGE2_NAME\n',
    message: 'entry 1 is the string "IMAGE2_NAME", not a mapping',
    fix: '`- placeholder: IMAGE2_NAME`',
  },
  'an empty entry': {
    text: lines('- placeholder: IMAGE2_NAME', '  repository: team/envoy', '-'),
    message: 'entry 2 is empty, not a mapping',
    fix: '`- placeholder: IMAGE3_NAME`',
  },
  'an entry that is a list': {
    text: '- [IMAGE2_NAME, team/envoy]\n',
    message: 'entry 1 is a list, not a mapping',
    fix: 'write its keys under the dash',
  },
  'an unknown key, misspelt': {
    text: entry('repository: team/envoy', 'dockerflie: Dockerfile'),
    message: 'entry 1 (IMAGE2_NAME): unknown key dockerflie; did you mean dockerfile?',
    fix: 'write dockerfile',
  },
  build_args: {
    text: entry('repository: team/envoy', 'build_args: {A: 1}'),
    message: 'entry 1 (IMAGE2_NAME): unknown key build_args; did you mean build-args?',
    fix: 'write build-args',
  },
  buildArgs: {
    text: entry('repository: team/envoy', 'buildArgs: {A: 1}'),
    message: 'entry 1 (IMAGE2_NAME): unknown key buildArgs; did you mean build-args?',
    fix: 'write build-args',
  },
  repo: {
    text: entry('repo: team/envoy'),
    message: 'entry 1 (IMAGE2_NAME): unknown key repo; did you mean repository?',
    fix: 'write repository',
  },
  'a key nothing resembles': {
    text: entry('repository: team/envoy', 'memory: 512'),
    message: 'entry 1 (IMAGE2_NAME): unknown key memory',
    fix: 'use only the keys placeholder, repository, context, dockerfile, target, build-args, tags, image',
  },
  'a shared input inside an entry': {
    text: entry('repository: team/envoy', 'platform: linux/arm64'),
    message:
      'entry 1 (IMAGE2_NAME): platform is not a key of an extra image: platform is set once, at the top level, for every image',
    fix: 'set the input platform',
  },
  'a key given twice': {
    text: entry('repository: team/envoy', 'repository: team/other'),
    message: 'entry 1 (IMAGE2_NAME): repository is given twice (lines 2 and 3)',
    fix: 'keep one repository',
  },
  'no placeholder': {
    text: lines('- repository: team/envoy'),
    message: 'entry 1: placeholder is missing',
    fix: 'add placeholder: IMAGE2_NAME',
  },
  'the placeholder of the third entry missing': {
    text: lines(
      '- {placeholder: IMAGE2_NAME, repository: a}',
      '- {placeholder: IMAGE3_NAME, repository: b}',
      '- {repository: c}',
    ),
    message: 'entry 3: placeholder is missing',
    fix: 'Image4ContainerName holds (taskdef.json has "image": "<IMAGE4_NAME>")',
  },
  'a placeholder with angle brackets': {
    text: lines('- placeholder: <IMAGE2_NAME>', '  repository: team/envoy'),
    message:
      "entry 1 (<IMAGE2_NAME>): placeholder <IMAGE2_NAME> has angle brackets; the pipeline's Image<N>ContainerName holds the bare name",
    fix: 'write placeholder: IMAGE2_NAME; the brackets belong in taskdef.json only',
  },
  'a placeholder with a space': {
    text: lines('- placeholder: IMAGE 2', '  repository: team/envoy'),
    message:
      'entry 1 (IMAGE 2): placeholder "IMAGE 2" is not a placeholder name: letters, digits, _, . and -, starting with a letter or digit (it also names the image\'s artifact directory and zip)',
    fix: 'IMAGE2_NAME',
  },
  'a placeholder with a slash': {
    text: lines('- placeholder: team/IMAGE2', '  repository: team/envoy'),
    message: expect.stringContaining('entry 1 (team/IMAGE2): placeholder "team/IMAGE2" is not a placeholder name'),
    fix: 'IMAGE2_NAME',
  },
  'the appspec placeholder': {
    text: lines('- placeholder: TASK_DEFINITION', '  repository: team/envoy'),
    message:
      "entry 1 (TASK_DEFINITION): placeholder TASK_DEFINITION is the appspec's placeholder for the new task definition",
    fix: 'IMAGE2_NAME',
  },
  'a placeholder that is only _NAME': {
    text: lines('- placeholder: _NAME', '  repository: team/envoy'),
    message: expect.stringContaining('entry 1 (_NAME): placeholder "_NAME" is not a placeholder name'),
    fix: 'IMAGE2_NAME',
  },
  'a placeholder that is a number': {
    text: lines('- placeholder: 2', '  repository: team/envoy'),
    message: 'entry 1: placeholder is the number 2, not text',
    fix: 'placeholder: "2"',
  },
  'an empty placeholder': {
    text: lines('- placeholder: ""', '  repository: team/envoy'),
    message: 'entry 1: placeholder is empty',
    fix: 'give placeholder a value',
  },
  'the same placeholder twice': {
    text: lines('- {placeholder: IMAGE2_NAME, repository: a}', '- {placeholder: IMAGE2_NAME, repository: b}'),
    message: "entry 2 (IMAGE2_NAME): placeholder IMAGE2_NAME is also entry 1 (IMAGE2_NAME)'s",
    fix: 'give each image its own placeholder',
  },
  'placeholders that name one artifact directory': {
    text: lines('- {placeholder: IMAGE2_NAME, repository: a}', '- {placeholder: image2, repository: b}'),
    message:
      'entry 2 (image2): placeholders IMAGE2_NAME (entry 1 (IMAGE2_NAME)) and image2 both name the artifact <output-dir>-image2',
    fix: 'differ by more than case or a trailing _NAME',
  },
  'image with build keys': {
    text: entry('image: public.ecr.aws/x/y:1', 'context: envoy', 'tags: [a]'),
    message:
      'entry 1 (IMAGE2_NAME): image cannot be combined with context, tags: a prebuilt image is not built or pushed here',
    fix: 'remove context, tags, or remove image',
  },
  'image with repository': {
    text: entry('repository: team/envoy', 'image: public.ecr.aws/x/y:1'),
    message:
      'entry 1 (IMAGE2_NAME): image cannot be combined with repository: a prebuilt image is not built or pushed here',
    fix: 'remove repository',
  },
  'neither repository nor image': {
    text: entry('context: envoy'),
    message:
      'entry 1 (IMAGE2_NAME): needs repository (the ECR repository to build and push to) or image (a prebuilt image URI)',
    fix: 'add repository: team/sidecar',
  },
  'an empty repository': {
    text: entry('repository: "  "'),
    message: 'entry 1 (IMAGE2_NAME): repository is empty',
    fix: 'give repository a value',
  },
  'a repository without a value': {
    text: entry('repository:'),
    message: 'entry 1 (IMAGE2_NAME): repository is given without a value, not text',
    fix: 'give repository one value',
  },
  'a target that is a number': {
    text: entry('repository: a', 'target: 2'),
    message: 'entry 1 (IMAGE2_NAME): target is the number 2, not text',
    fix: 'target: "2"',
  },
  'a context that is a list': {
    text: entry('repository: a', 'context: [a, b]'),
    message: 'entry 1 (IMAGE2_NAME): context is a list, not text',
    fix: 'give context one value',
  },
  'build-args as one string': {
    text: entry('repository: a', 'build-args: A=1'),
    message: 'entry 1 (IMAGE2_NAME): build-args is the string "A=1"',
    fix: 'a mapping (KEY: value on lines indented under build-args) or a list of KEY=VALUE',
  },
  'a build-args line without =': {
    text: entry('repository: a', 'build-args: [A=1, DEBUG]'),
    message: 'entry 1 (IMAGE2_NAME): build-args item 2 is "DEBUG", not KEY=VALUE',
    fix: 'e.g. DEBUG=value',
  },
  'a build-args line with no name': {
    text: entry('repository: a', 'build-args: ["=1"]'),
    message: 'entry 1 (IMAGE2_NAME): build-args has the name "", which is no build argument name',
    fix: 'a word without spaces or =',
  },
  'a build-args mapping inside the list': {
    text: entry('repository: a', 'build-args:', '  - A: 1'),
    message: 'entry 1 (IMAGE2_NAME): build-args item 1 is an object, not KEY=VALUE',
    fix: 'make build-args a mapping',
  },
  'a build-args value missing': {
    text: entry('repository: a', 'build-args:', '  A:'),
    message: 'entry 1 (IMAGE2_NAME): build-args A is given without a value',
    fix: 'A: "" for an empty value',
  },
  'a build-args value that is a list': {
    text: entry('repository: a', 'build-args: {A: [1]}'),
    message: 'entry 1 (IMAGE2_NAME): build-args A is a list',
    fix: 'write A: value',
  },
  'a build-args name with a space': {
    text: entry('repository: a', 'build-args: {"A B": 1}'),
    message: 'entry 1 (IMAGE2_NAME): build-args has the name "A B", which is no build argument name',
    fix: 'without spaces',
  },
  'a build argument twice in the mapping': {
    text: entry('repository: a', 'build-args:', '  A: 1', '  A: 2'),
    message: 'entry 1 (IMAGE2_NAME): build-args sets A twice (lines 4 and 5)',
    fix: 'keep one A',
  },
  'a build argument twice in the list': {
    text: entry('repository: a', 'build-args: [A=1, A=2]'),
    message: 'entry 1 (IMAGE2_NAME): build-args sets A twice (lines 3 and 3)',
    fix: 'keep one A',
  },
  'empty build-args': {
    text: entry('repository: a', 'build-args: {}'),
    message: 'entry 1 (IMAGE2_NAME): build-args is empty',
    fix: 'remove build-args',
  },
  'a tag template read as a mapping': {
    text: entry('repository: a', 'tags: [{short_sha}]'),
    message: 'entry 1 (IMAGE2_NAME): tags item 1 is {short_sha} read as a YAML mapping',
    fix: 'quote the template: - "{short_sha}"',
  },
  'tags as one unquoted template': {
    text: entry('repository: a', 'tags: {short_sha}'),
    message: 'entry 1 (IMAGE2_NAME): tags is {short_sha} read as a YAML mapping',
    fix: 'quote the template: tags: "{short_sha}"',
  },
  'tags as a mapping': {
    text: entry('repository: a', 'tags: {a: b}'),
    message: 'entry 1 (IMAGE2_NAME): tags is an object',
    fix: 'write a list of tags',
  },
  'an empty tag': {
    text: entry('repository: a', 'tags: [a, ""]'),
    message: 'entry 1 (IMAGE2_NAME): tags item 2 is empty',
    fix: 'remove the empty item',
  },
  'a tag that is a list': {
    text: entry('repository: a', 'tags: [[a]]'),
    message: 'entry 1 (IMAGE2_NAME): tags item 1 is a list',
    fix: 'write each tag as text',
  },
  'an empty tag list': {
    text: entry('repository: a', 'tags: []'),
    message: 'entry 1 (IMAGE2_NAME): tags is empty',
    fix: 'remove tags to take the top-level tags',
  },
  'a tag string of commas': {
    text: entry('repository: a', 'tags: ", ,"'),
    message: 'entry 1 (IMAGE2_NAME): tags is empty',
    fix: 'give at least one tag',
  },
  'tags without a value': {
    text: entry('repository: a', 'tags:'),
    message: 'entry 1 (IMAGE2_NAME): tags is given without a value',
    fix: 'write a list of tags',
  },
};

describe('every mistake is a UserError about extra-images naming the entry and the key', () => {
  test.each(Object.entries(mistakes))('%s', (_name, { text, message, fix }) => {
    const error = userError(() => parseExtraImages(text));
    expect(error.subject).toEqual({ input: 'extra-images' });
    expect(error.message).toEqual(message);
    expect(error.fix).toContain(fix);
  });
});

describe('read from a file, messages name the file and the place', () => {
  test.each<[string, string, string]>([
    [
      'a key',
      entry('repository: a', 'tag: [a]'),
      'images.yml:3:3: entry 1 (IMAGE2_NAME): unknown key tag; did you mean tags?',
    ],
    [
      'a value',
      entry('repository: a', 'build-args: [A=1, DEBUG]'),
      'images.yml:3:21: entry 1 (IMAGE2_NAME): build-args item 2 is "DEBUG", not KEY=VALUE',
    ],
    [
      'an entry',
      lines('- {placeholder: IMAGE2_NAME, repository: a}', '- repository: b'),
      'images.yml:2:3: entry 2: placeholder is missing',
    ],
    [
      'the fourth entry',
      [2, 3, 4, 5].map((n) => `- {placeholder: IMAGE${n}_NAME, repository: s${n}}`).join('\n'),
      'images.yml:4:3: lists 4 images; CodeDeployToECS fills at most four images: Image1 (the top-level inputs) and three here',
    ],
    [
      'the syntax',
      '- placeholder: IMAGE2_NAME\n\trepository: a\n',
      'images.yml:2:2: is not valid YAML: Unexpected scalar at node end',
    ],
    [
      'an alias bomb (8 levels of nine aliases)',
      [
        '- placeholder: IMAGE2_NAME',
        '  repository: a',
        '  tags: &t0 [a, a, a, a, a, a, a, a, a]',
        ...[1, 2, 3, 4, 5, 6, 7, 8].map(
          (n) =>
            `  t${n}: &t${n} [${Array<string>(9)
              .fill(`*t${n - 1}`)
              .join(', ')}]`,
        ),
      ].join('\n'),
      'images.yml:7:12: is not valid YAML: the aliases expand the file to more than 10,000 values (an alias of an alias of …, in 530 characters); *t3 here is where it stopped',
    ],
  ])('%s', (_name, text, message) => {
    const error = userError(() => parseExtraImages(text, 'images.yml'));
    expect(error.subject).toEqual({ input: 'extra-images' });
    expect(error.message).toEqual(message);
  });
});

test.each([
  ['IMAGE2_NAME', 'image2'],
  ['ENVOY_IMAGE', 'envoy-image'],
  ['Sidecar', 'sidecar'],
  ['LOG_ROUTER_NAME', 'log-router'],
  ['app.v2', 'app.v2'],
])('the artifact suffix of %s is %s', (placeholder, slug) => {
  expect(extraImageSlug(placeholder)).toBe(slug);
});
