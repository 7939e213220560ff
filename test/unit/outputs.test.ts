import { outputsEnvFile, outputsJson } from '../../src/outputs';

const images = { IMAGE1_NAME: { uri: 'r/web@sha256:1', digest: 'sha256:1', tags: ['a', "it's"] } };
const outputs = { 'image-uri': 'r/web@sha256:1', 'image-tags': "a,it's", images: JSON.stringify(images) };

test('env file: every output, single-quoted, nothing expanded', () => {
  expect(outputsEnvFile(outputs)).toBe(
    [
      "export IMAGE_URI='r/web@sha256:1'",
      "export IMAGE_DIGEST=''",
      "export IMAGE_TAGS='a,it'\\''s'",
      "export ARTIFACT_DIR=''",
      "export ARTIFACT_ZIP=''",
      "export ARTIFACT_SHA256=''",
      "export S3_URI=''",
      "export S3_VERSION_ID=''",
      `export IMAGES='{"IMAGE1_NAME":{"uri":"r/web@sha256:1","digest":"sha256:1","tags":["a","it'\\''s"]}}'`,
      '',
    ].join('\n'),
  );
});

test('json: every output by name', () => {
  expect(JSON.parse(outputsJson(outputs))).toEqual({
    'image-uri': 'r/web@sha256:1',
    'image-digest': '',
    'image-tags': "a,it's",
    'artifact-dir': '',
    'artifact-zip': '',
    'artifact-sha256': '',
    's3-uri': '',
    's3-version-id': '',
    images,
  });
});

test('json: an absent JSON output is an empty string', () => {
  expect(JSON.parse(outputsJson({}))).toMatchObject({ images: '' });
});
