import { checkDeployFiles, type CheckResult } from '../../../src/deploy-files/check';
import { imageDefinitionsJson, imageDetailJson } from '../../../src/deploy-files/image-detail';
import { expectFinding, positionOf, withRule } from './fixtures';

const DIGEST = `sha256:${'0f'.repeat(32)}`;
const IMAGE = `123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/web@${DIGEST}`;

function checkImageDetail(text: string, path = 'imageDetail.json'): CheckResult {
  return checkDeployFiles({ imagePlaceholder: 'IMAGE1_NAME', imageDetail: { path, text } });
}

describe('writing', () => {
  test('imageDetail.json holds the ImageURI', () => {
    expect(imageDetailJson(IMAGE)).toBe(`{\n  "ImageURI": "${IMAGE}"\n}\n`);
  });

  test('imagedefinitions.json lists name and imageUri per container', () => {
    expect(imageDefinitionsJson([{ name: 'web', imageUri: IMAGE }])).toBe(
      `[\n  {\n    "name": "web",\n    "imageUri": "${IMAGE}"\n  }\n]\n`,
    );
  });

  test.each([
    ['an invalid image', () => imageDetailJson('Not An Image')],
    ['an empty container name', () => imageDefinitionsJson([{ name: '', imageUri: IMAGE }])],
  ])('refuses %s', (_name, write) => {
    expect(write).toThrow(/not an image reference|name is empty/);
  });
});

describe('checking an existing imageDetail.json', () => {
  const ecrSourceFile = JSON.stringify(
    {
      ImageSizeInBytes: '50000',
      ImageDigest: DIGEST,
      Version: '1.0',
      ImagePushedAt: 'Mon Jan 21 20:04:00 UTC 2019',
      RegistryId: '123456789012',
      RepositoryName: 'team/web',
      ImageURI: IMAGE,
      ImageTags: ['latest'],
    },
    null,
    2,
  );

  test.each([
    ['the digest form', `{"ImageURI": "${IMAGE}"}`],
    ["the ECR source action's full file", ecrSourceFile],
    ['a path in a directory', `{"ImageURI": "${IMAGE}"}`, 'build/out/imageDetail.json'],
  ])('%s has no findings', (_name, text, path = 'imageDetail.json') => {
    expect(checkImageDetail(text, path).findings).toEqual([]);
  });

  test.each([
    {
      name: 'a plural file name',
      text: `{"ImageURI": "${IMAGE}"}`,
      path: 'out/imageDetails.json',
      rule: 'image-detail/file-name',
      at: { line: 1, column: 1 },
      message:
        'the file is named "imageDetails.json", but CodeDeployToECS reads the image from "imageDetail.json" exactly',
    },
    {
      name: "the other action's file",
      text: `[{"name": "web", "imageUri": "${IMAGE}"}]`,
      path: 'imagedefinitions.json',
      rule: 'image-detail/file-name',
      at: { line: 1, column: 1 },
      message: "imagedefinitions.json is the standard ECS deploy action's format",
    },
    {
      name: 'a list',
      text: `[{"name": "web", "imageUri": "${IMAGE}"}]`,
      rule: 'image-detail/value-type',
      at: { line: 1, column: 1 },
      message:
        'imageDetail.json holds a list; it must be an object {"ImageURI": "…"} (a list is the imagedefinitions.json format)',
    },
    {
      name: 'broken JSON',
      text: `{"ImageURI": "${IMAGE}",}`,
      rule: 'image-detail/syntax',
      at: positionOf(`{"ImageURI": "${IMAGE}",}`, '}'),
      message: 'trailing comma before }',
    },
    {
      name: 'a key given twice',
      text: `{\n  "ImageURI": "${IMAGE}",\n  "ImageURI": "${IMAGE}"\n}`,
      rule: 'image-detail/duplicate-key',
      at: { line: 3, column: 3 },
      message: 'duplicate key "ImageURI" (first at line 2)',
    },
    {
      name: 'a misspelt key',
      text: `{\n  "ImageUri": "${IMAGE}"\n}`,
      rule: 'image-detail/missing-image-uri',
      at: { line: 2, column: 3 },
      message: 'imageDetail.json has "ImageUri" but no "ImageURI"; the key is case-sensitive',
    },
    {
      name: 'a number',
      text: '{"ImageURI": 42}',
      rule: 'image-detail/value-type',
      at: { line: 1, column: 14 },
      message: 'ImageURI is the number 42; it must be a string',
    },
    {
      name: 'an invalid reference',
      text: '{"ImageURI": "REPOSITORY_URI:IMAGE_TAG"}',
      rule: 'image-detail/invalid-image-uri',
      at: { line: 1, column: 14 },
      message:
        'ImageURI "REPOSITORY_URI:IMAGE_TAG" is not an image reference: the repository path part "REPOSITORY_URI" is not valid',
    },
    {
      name: 'no tag and no digest',
      text: '{"ImageURI": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web"}',
      rule: 'image-detail/invalid-image-uri',
      at: { line: 1, column: 14 },
      message: 'has neither a tag nor a digest',
    },
    {
      name: 'a tag and a digest',
      text: `{"ImageURI": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:v1@${DIGEST}"}`,
      rule: 'image-detail/invalid-image-uri',
      at: { line: 1, column: 14 },
      message: 'has both a tag and a digest',
    },
    {
      name: 'the latest tag',
      text: '{"ImageURI": "123456789012.dkr.ecr.eu-west-1.amazonaws.com/web:latest"}',
      rule: 'image-detail/not-digest-pinned',
      severity: 'warning' as const,
      at: { line: 1, column: 14 },
      message: 'names a tag, not a digest. "latest" moves with every push',
    },
    {
      name: 'an extra key',
      text: `{"ImageURI": "${IMAGE}", "Image": "web"}`,
      rule: 'image-detail/unknown-key',
      severity: 'warning' as const,
      at: positionOf(`{"ImageURI": "${IMAGE}", "Image": "web"}`, '"Image"'),
      message: '"Image" is not a key of imageDetail.json; CodeDeploy reads only "ImageURI"',
    },
  ])('$rule: $name', ({ text, path, rule, severity, at, message }) => {
    expectFinding(checkImageDetail(text, path), { rule, severity: severity ?? 'error', at, message });
  });

  test('a misspelt ImageURI is reported once, as missing', () => {
    const text = `{"ImageUri": "${IMAGE}"}`;
    const result = checkImageDetail(text);
    expect(withRule(result, 'image-detail/unknown-key')).toEqual([]);
    expect(withRule(result, 'image-detail/missing-image-uri')).toEqual([
      expect.objectContaining({ ...positionOf(text, '"ImageUri"') }),
    ]);
  });
});
