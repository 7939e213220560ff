import {
  checkArtifactSize,
  CODEDEPLOY_ARTIFACT_LIMIT_BYTES,
  IMAGE_DEFINITIONS_LIMIT_BYTES,
} from '../../../src/deploy-files/artifact-size';

const SMALL_FILES = [
  { name: 'taskdef.json', bytes: 1200 },
  { name: 'appspec.yaml', bytes: 300 },
  { name: 'imageDetail.json', bytes: 140 },
  { name: 'imagedefinitions.json', bytes: 160 },
];

test.each([
  ['a small artifact', 2000, SMALL_FILES],
  [
    'exactly at both limits',
    CODEDEPLOY_ARTIFACT_LIMIT_BYTES,
    [{ name: 'imagedefinitions.json', bytes: IMAGE_DEFINITIONS_LIMIT_BYTES }],
  ],
])('%s passes', (_name, zipBytes, entries) => {
  expect(checkArtifactSize(zipBytes, entries)).toEqual([]);
});

test('a zip over 3 MB fails with its size and its largest files', () => {
  const entries = [...SMALL_FILES, { name: 'node_modules.tar', bytes: 3_400_000 }];
  expect(checkArtifactSize(3_145_728, entries, 'out/artifact.zip')).toEqual([
    {
      file: 'out/artifact.zip',
      line: 1,
      column: 1,
      rule: 'artifact/zip-too-large',
      severity: 'error',
      message:
        'the artifact zip is 3,145,728 bytes (3.1 MB); CodeDeployToECS reads an input artifact of at most 3 MB ' +
        '(3,000,000 bytes (3.0 MB), the smaller reading of "3 MB") and otherwise fails with "Exception while trying ' +
        'to read the task definition artifact file"; the largest files are node_modules.tar (3,400,000 bytes (3.4 MB)), ' +
        'taskdef.json (1,200 bytes (1.2 KB)), appspec.yaml (300 bytes)',
      fix: expect.stringContaining('shrink the largest files'),
    },
  ]);
});

test('an imagedefinitions.json over 100 KB fails with its size', () => {
  expect(checkArtifactSize(50_000, [{ name: 'deploy/imagedefinitions.json', bytes: 100_001 }])).toEqual([
    expect.objectContaining({
      file: 'deploy/imagedefinitions.json',
      rule: 'artifact/imagedefinitions-too-large',
      severity: 'error',
      message:
        'imagedefinitions.json is 100,001 bytes (100.0 KB); the ECS deploy action reads at most 100 KB (100,000 bytes (100.0 KB))',
    }),
  ]);
});
