import {
  placeholderName,
  renderAppspecText,
  renderTaskDefinition,
  serializeJson,
} from '../../../src/deploy-files/render-files';
import { VALID_APPSPEC, VALID_TASKDEF } from './fixtures';

const IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/web@sha256:${'1'.repeat(64)}`;
const ARN = 'arn:aws:ecs:eu-west-1:123456789012:task-definition/web-app:7';

const withSidecar = {
  ...VALID_TASKDEF,
  containerDefinitions: [
    ...VALID_TASKDEF.containerDefinitions,
    { name: 'envoy', image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1' },
  ],
};

describe('renderTaskDefinition', () => {
  test.each([
    ['by placeholder', { placeholder: 'IMAGE1_NAME' }],
    ['by placeholder written with brackets', { placeholder: '<IMAGE1_NAME>' }],
    ['by container name', { container: 'web' }],
  ])('puts the image into the container %s', (_name, target) => {
    const rendered = renderTaskDefinition(withSidecar, IMAGE, target);
    expect(rendered['containerDefinitions']).toEqual([
      { ...VALID_TASKDEF.containerDefinitions[0], image: IMAGE },
      { name: 'envoy', image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1' },
    ]);
    expect(withSidecar.containerDefinitions[0]?.image).toBe('<IMAGE1_NAME>');
  });

  test.each([
    [{ container: 'api' }, 'no container is named "api"'],
    [{ placeholder: 'IMAGE2_NAME' }, 'no container image holds <IMAGE2_NAME>'],
  ])('refuses a target that matches nothing: %j', (target, message) => {
    expect(() => renderTaskDefinition(VALID_TASKDEF, IMAGE, target)).toThrow(message);
  });
});

test('renderAppspecText replaces the placeholder and keeps the text as written', () => {
  const text = `# deploy\n${VALID_APPSPEC}`;
  expect(renderAppspecText(text, ARN)).toBe(`# deploy\n${VALID_APPSPEC.replace('<TASK_DEFINITION>', ARN)}`);
  expect(renderAppspecText(text, ARN)).toContain('version: 0.0');
  expect(() => renderAppspecText(text, ARN.replace(/:7$/, ''))).toThrow('is not a task definition ARN with a revision');
});

test('serializeJson writes 2-space JSON in key order with a final newline', () => {
  expect(serializeJson({ b: 1, a: [true, null] })).toBe('{\n  "b": 1,\n  "a": [\n    true,\n    null\n  ]\n}\n');
});

test.each([
  ['IMAGE1_NAME', 'IMAGE1_NAME'],
  ['<IMAGE1_NAME>', 'IMAGE1_NAME'],
  [' <IMAGE1_NAME> ', 'IMAGE1_NAME'],
])('placeholderName(%j) is %j', (name, bare) => {
  expect(placeholderName(name)).toBe(bare);
});
