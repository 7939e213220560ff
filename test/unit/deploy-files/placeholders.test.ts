import type { CheckInput } from '../../../src/deploy-files/check';
import {
  checkTaskdef,
  expectFinding,
  firstContainer,
  positionAfter,
  positionOf,
  taskdefText,
  withRule,
  type ExpectedFinding,
} from './fixtures';

const literalImage = taskdefText((t) => {
  firstContainer(t)['image'] = 'REPOSITORY_URI:IMAGE_TAG';
});
const withSidecar = (sidecarImage: string) =>
  taskdefText((t) => {
    t['containerDefinitions'].push({ name: 'envoy', image: sidecarImage, essential: false });
  });

interface PlaceholderCase {
  readonly name: string;
  readonly text: string;
  readonly input: Partial<CheckInput>;
  readonly expected: ExpectedFinding;
}

const failing: PlaceholderCase[] = [
  {
    name: 'an image written without brackets',
    text: taskdefText((t) => void (firstContainer(t)['image'] = 'IMAGE1_NAME')),
    input: {},
    expected: {
      rule: 'placeholder/missing-brackets',
      at: positionAfter(
        taskdefText((t) => void (firstContainer(t)['image'] = 'IMAGE1_NAME')),
        '"image": ',
      ),
      message:
        'containerDefinitions[0] ("web") has the image "IMAGE1_NAME" without angle brackets; CodeDeploy only replaces "<IMAGE1_NAME>"',
    },
  },
  {
    name: 'a configured name with brackets',
    text: taskdefText(),
    input: { imagePlaceholder: '<IMAGE1_NAME>' },
    expected: {
      rule: 'placeholder/configured-with-brackets',
      at: positionAfter(taskdefText(), '"image": '),
      message:
        'the configured placeholder name "<IMAGE1_NAME>" has angle brackets; the pipeline\'s Image1ContainerName holds the bare name IMAGE1_NAME',
    },
  },
  {
    name: 'a placeholder that differs from the configured one',
    text: taskdefText((t) => void (firstContainer(t)['image'] = '<IMAGE_NAME>')),
    input: {},
    expected: {
      rule: 'placeholder/mismatch',
      at: positionAfter(
        taskdefText((t) => void (firstContainer(t)['image'] = '<IMAGE_NAME>')),
        '"image": ',
      ),
      message:
        'containerDefinitions[0] ("web") uses the placeholder <IMAGE_NAME>, but the configured placeholder is IMAGE1_NAME: ' +
        'CodeDeploy would replace only <IMAGE1_NAME> and leave "<IMAGE_NAME>" as the image',
    },
  },
  {
    name: 'a second placeholder that nothing maps',
    text: withSidecar('<IMAGE2_NAME>'),
    input: {},
    expected: {
      rule: 'placeholder/unmapped',
      at: positionAfter(withSidecar('<IMAGE2_NAME>'), '"image": ', 2),
      message:
        'containerDefinitions[1] ("envoy") uses the placeholder <IMAGE2_NAME>, which nothing maps to an image ' +
        '(the configured placeholder is IMAGE1_NAME): ECS would receive the literal image "<IMAGE2_NAME>"',
    },
  },
  {
    name: 'a render target container that does not exist',
    text: literalImage,
    input: { render: { container: 'webb' } },
    expected: {
      rule: 'placeholder/render-target-missing',
      at: positionOf(literalImage, '"containerDefinitions"'),
      message:
        'the image is to be rendered into the container "webb", but the task definition has no such container (it has "web"); did you mean "web"?',
    },
  },
  {
    name: 'a render target placeholder that no image holds',
    text: literalImage,
    input: { render: { placeholder: 'IMAGE1_NAME' } },
    expected: {
      rule: 'placeholder/render-target-missing',
      at: positionAfter(literalImage, '"image": '),
      message: 'the image is to be rendered in place of <IMAGE1_NAME>, but no container image holds it',
    },
  },
  {
    name: 'an extra image whose placeholder no container holds, when validating too',
    text: withSidecar('public.ecr.aws/appmesh/aws-appmesh-envoy:v1'),
    input: { extraPlaceholders: ['IMAGE2_NAME'] },
    expected: {
      rule: 'placeholder/extra-missing',
      at: positionAfter(withSidecar('public.ecr.aws/appmesh/aws-appmesh-envoy:v1'), '"image": '),
      message:
        'no container image holds the placeholder <IMAGE2_NAME> of an extra image: the image built for it would never be deployed',
    },
  },
  {
    name: 'an extra image whose placeholder no container holds, in build mode',
    text: taskdefText(),
    input: { extraPlaceholders: ['IMAGE2_NAME'], requirePlaceholder: true },
    expected: {
      rule: 'placeholder/extra-missing',
      at: positionAfter(taskdefText(), '"image": '),
      message: 'no container image holds the placeholder <IMAGE2_NAME> of an extra image',
    },
  },
  {
    name: "an extra image's placeholder without brackets",
    text: withSidecar('IMAGE2_NAME'),
    input: { extraPlaceholders: ['IMAGE2_NAME'] },
    expected: {
      rule: 'placeholder/missing-brackets',
      at: positionAfter(withSidecar('IMAGE2_NAME'), '"image": ', 2),
      message:
        'containerDefinitions[1] ("envoy") has the image "IMAGE2_NAME" without angle brackets; CodeDeploy only replaces "<IMAGE2_NAME>"',
    },
  },
  {
    name: "an extra image's placeholder inside a longer image",
    text: withSidecar('<IMAGE2_NAME>:v1'),
    input: { extraPlaceholders: ['IMAGE2_NAME'] },
    expected: {
      rule: 'placeholder/partial-image',
      at: positionAfter(withSidecar('<IMAGE2_NAME>:v1'), '"image": ', 2),
      message: 'containerDefinitions[1] ("envoy") has the image "<IMAGE2_NAME>:v1"',
    },
  },
  {
    name: 'five images: Image1, one other and three extra',
    text: withSidecar('<IMAGE2_NAME>'),
    input: { otherPlaceholders: ['IMAGE2_NAME'], extraPlaceholders: ['IMAGE3_NAME', 'IMAGE4_NAME', 'IMAGE5_NAME'] },
    expected: {
      rule: 'placeholder/too-many',
      at: positionOf(withSidecar('<IMAGE2_NAME>'), '"containerDefinitions"'),
      message:
        '5 image placeholders are mapped (IMAGE1_NAME, IMAGE2_NAME, IMAGE3_NAME, IMAGE4_NAME, IMAGE5_NAME), but CodeDeployToECS ' +
        'fills at most 4 (Image1ContainerName … Image4ContainerName)',
    },
  },
  {
    name: 'no placeholder in build mode',
    text: literalImage,
    input: { requirePlaceholder: true },
    expected: {
      rule: 'placeholder/missing',
      at: positionAfter(literalImage, '"image": '),
      message:
        'no container image holds the placeholder <IMAGE1_NAME> and the image is not rendered into a container ' +
        '(containerDefinitions[0] ("web") has the image "REPOSITORY_URI:IMAGE_TAG"): the image this build pushes would never be deployed',
    },
  },
  {
    name: 'no placeholder when only validating (pattern B)',
    text: literalImage,
    input: {},
    expected: {
      rule: 'placeholder/missing',
      severity: 'warning',
      at: positionAfter(literalImage, '"image": '),
      message: 'fine if the image is substituted before CodeDeploy reads this file (sed in the buildspec)',
    },
  },
];

test.each(failing)('$expected.rule: $name', ({ text, input, expected }) => {
  expectFinding(checkTaskdef(text, input), expected);
});

const PLACEHOLDER_RULES = [
  'placeholder/configured-with-brackets',
  'placeholder/missing-brackets',
  'placeholder/mismatch',
  'placeholder/unmapped',
  'placeholder/render-target-missing',
  'placeholder/missing',
  'placeholder/extra-missing',
  'placeholder/too-many',
  'placeholder/partial-image',
];

test.each([
  { name: 'the configured placeholder', text: taskdefText(), input: {}, containers: ['web'] },
  {
    name: 'the configured placeholder in build mode',
    text: taskdefText(),
    input: { requirePlaceholder: true },
    containers: ['web'],
  },
  {
    name: 'another name, configured',
    text: taskdefText((t) => void (firstContainer(t)['image'] = '<IMAGE_NAME>')),
    input: { imagePlaceholder: 'IMAGE_NAME' },
    containers: ['web'],
  },
  {
    name: 'a second placeholder mapped by the pipeline',
    text: withSidecar('<IMAGE2_NAME>'),
    input: { otherPlaceholders: ['IMAGE2_NAME'] },
    containers: ['web'],
  },
  {
    name: 'a literal sidecar image',
    text: withSidecar('public.ecr.aws/appmesh/aws-appmesh-envoy:v1'),
    input: {},
    containers: ['web'],
  },
  {
    name: 'rendering into a container by name',
    text: literalImage,
    input: { render: { container: 'web' }, requirePlaceholder: true },
    containers: ['web'],
  },
  {
    name: 'rendering in place of the placeholder',
    text: taskdefText(),
    input: { render: { placeholder: 'IMAGE1_NAME' }, requirePlaceholder: true },
    containers: ['web'],
  },
  {
    name: 'an extra image, in build mode',
    text: withSidecar('<IMAGE2_NAME>'),
    input: { extraPlaceholders: ['IMAGE2_NAME'], requirePlaceholder: true },
    containers: ['web'],
  },
  {
    name: 'four images: Image1, one other and two extra (a placeholder given twice counts once)',
    text: taskdefText((t) => {
      t['containerDefinitions'].push(
        { name: 'envoy', image: '<IMAGE2_NAME>' },
        { name: 'logs', image: '<IMAGE3_NAME>' },
        { name: 'cron', image: '<IMAGE4_NAME>' },
      );
    }),
    input: {
      otherPlaceholders: ['IMAGE4_NAME'],
      extraPlaceholders: ['IMAGE2_NAME', 'IMAGE3_NAME', 'IMAGE2_NAME'],
      requirePlaceholder: true,
    },
    containers: ['web'],
  },
])('no placeholder finding for $name', ({ text, input, containers }) => {
  const result = checkTaskdef(text, input);
  for (const rule of PLACEHOLDER_RULES) expect(withRule(result, rule)).toEqual([]);
  expect(result.imageContainers).toEqual(containers);
});

test('reports which placeholders are in which containers', () => {
  const text = withSidecar('<IMAGE2_NAME>');
  const result = checkTaskdef(text, { otherPlaceholders: ['IMAGE2_NAME'] });
  expect(result.placeholders).toEqual([
    { placeholder: 'IMAGE1_NAME', container: 'web', ...positionAfter(text, '"image": ') },
    { placeholder: 'IMAGE2_NAME', container: 'envoy', ...positionAfter(text, '"image": ', 2) },
  ]);
});

test('a configured name with brackets still finds its containers', () => {
  expect(checkTaskdef(taskdefText(), { imagePlaceholder: '<IMAGE1_NAME>' }).imageContainers).toEqual(['web']);
});

test('a bracket mistake is not also reported as a missing placeholder', () => {
  const text = taskdefText((t) => void (firstContainer(t)['image'] = 'IMAGE1_NAME'));
  expect(withRule(checkTaskdef(text, { requirePlaceholder: true }), 'placeholder/missing')).toEqual([]);
});

test("an extra image's placeholder without brackets is not also reported as missing", () => {
  const result = checkTaskdef(withSidecar('IMAGE2_NAME'), {
    extraPlaceholders: ['IMAGE2_NAME'],
    requirePlaceholder: true,
  });
  expect(withRule(result, 'placeholder/extra-missing')).toEqual([]);
  expect(withRule(result, 'placeholder/unmapped')).toEqual([]);
});

test('each extra placeholder that no container holds is its own finding', () => {
  const result = checkTaskdef(taskdefText(), { extraPlaceholders: ['IMAGE2_NAME', 'IMAGE3_NAME'] });
  expect(withRule(result, 'placeholder/extra-missing').map((finding) => finding.message)).toEqual([
    expect.stringContaining('<IMAGE2_NAME>'),
    expect.stringContaining('<IMAGE3_NAME>'),
  ]);
});

describe('which containers each image of the run goes into', () => {
  const twoSidecars = taskdefText((t) => {
    t['containerDefinitions'].push(
      { name: 'envoy', image: '<IMAGE2_NAME>', essential: false },
      { name: 'logs', image: '<IMAGE3_NAME>', essential: false },
      { name: 'envoy-canary', image: '<IMAGE2_NAME>', essential: false },
    );
  });

  test.each([
    {
      name: 'Image1 first, then each extra image in the order given, every container of a placeholder',
      text: twoSidecars,
      input: { extraPlaceholders: ['IMAGE3_NAME', 'IMAGE2_NAME'] },
      targets: [
        { placeholder: 'IMAGE1_NAME', containers: ['web'] },
        { placeholder: 'IMAGE3_NAME', containers: ['logs'] },
        { placeholder: 'IMAGE2_NAME', containers: ['envoy', 'envoy-canary'] },
      ],
    },
    {
      name: 'an other placeholder is no image of the run',
      text: twoSidecars,
      input: { otherPlaceholders: ['IMAGE3_NAME'], extraPlaceholders: ['IMAGE2_NAME'] },
      targets: [
        { placeholder: 'IMAGE1_NAME', containers: ['web'] },
        { placeholder: 'IMAGE2_NAME', containers: ['envoy', 'envoy-canary'] },
      ],
    },
    {
      name: 'Image1 rendered into a container by name',
      text: withSidecar('<IMAGE2_NAME>'),
      input: { render: { container: 'web' }, extraPlaceholders: ['IMAGE2_NAME'] },
      targets: [
        { placeholder: 'IMAGE1_NAME', containers: ['web'] },
        { placeholder: 'IMAGE2_NAME', containers: ['envoy'] },
      ],
    },
    {
      name: 'an extra placeholder no container holds',
      text: taskdefText(),
      input: { extraPlaceholders: ['IMAGE2_NAME'] },
      targets: [
        { placeholder: 'IMAGE1_NAME', containers: ['web'] },
        { placeholder: 'IMAGE2_NAME', containers: [] },
      ],
    },
  ])('$name', ({ text, input, targets }) => {
    expect(checkTaskdef(text, input).containersPerImage).toEqual(targets);
  });

  test('none without a task definition', () => {
    expect(checkTaskdef('{', { extraPlaceholders: ['IMAGE2_NAME'] }).containersPerImage).toEqual([]);
  });
});
