import { outputsEnvFile, outputsJson } from '../../src/outputs';

const outputs = { 'image-uri': 'r/web@sha256:1', 'image-tags': "a,it's" };

test('env file: every output, single-quoted, nothing expanded', () => {
  expect(outputsEnvFile(outputs)).toBe([
    "export IMAGE_URI='r/web@sha256:1'",
    "export IMAGE_DIGEST=''",
    "export IMAGE_TAGS='a,it'\\''s'",
    "export ARTIFACT_DIR=''",
    "export ARTIFACT_ZIP=''",
    "export ARTIFACT_SHA256=''",
    "export S3_URI=''",
    "export S3_VERSION_ID=''",
    '',
  ].join('\n'));
});

test('json: every output by name', () => {
  expect(JSON.parse(outputsJson(outputs))).toEqual({
    'image-uri': 'r/web@sha256:1', 'image-digest': '', 'image-tags': "a,it's", 'artifact-dir': '', 'artifact-zip': '',
    'artifact-sha256': '', 's3-uri': '', 's3-version-id': '',
  });
});
